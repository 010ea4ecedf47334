/**
 * Shared pieces of the bad-input tests: a scratch folder per suite, a good
 * article to check beside the bad inputs, a CLI run that reads the JSON report,
 * and the checks every input problem must pass (one line naming the file, no
 * stack trace).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli, type CliResult } from '../e2e/run-cli';

/** A fresh scratch folder under the system's temporary folder. */
export function scratch(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `cc-robust-${prefix}-`));
}

/** Write `content` to `dir/name` (folders created) and return the path. */
export function put(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

/** An article of our own, with numbers and a date, that every run must still check. */
export const GOOD = [
  '---',
  'title: "Flood waters close the Varna road"',
  'published: 2025-03-14',
  '---',
  '',
  'Flood waters closed the coastal road near Varna on Thursday, and 312 people were moved to shelters.',
  '',
  'The regional governor, Petar Ivanov, said repairs would cost 4.5 million euros and take three weeks.',
  '',
].join('\n');

/** The JSON report of a run, with its exit code and standard error. */
export interface JsonRun extends CliResult {
  /** `check` reports have findings and stats; `claims` reports have claims */
  report?: { sources: { id: string; path: string }[]; findings?: unknown[]; claims?: unknown[]; stats?: { sources: number; claims: number } };
  ms: number;
}

/** Run `crosscheck <args> --format json` in `cwd` and parse the report (when there is one). */
export function runJson(args: string[], cwd: string, env?: Record<string, string>, input?: string): JsonRun {
  // the report goes to a file: standard output of a child is capped at 1 MB
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cc-robust-out-')), 'report.json');
  const t0 = Date.now();
  const r = runCli([...args, '--format', 'json', '--output', out], { cwd, env, input });
  const ms = Date.now() - t0;
  let report: JsonRun['report'];
  try {
    report = JSON.parse(fs.readFileSync(out, 'utf8')) as JsonRun['report'];
  } catch {
    report = undefined;
  }
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  return { ...r, report, ms };
}

/** Non-empty lines of standard error. */
export function errLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.trim() !== '');
}

/** No stack frames, no internal error: what a user may see. */
export function clean(stderr: string): boolean {
  return !/\n\s+at /.test(`\n${stderr}`) && !/internal error/.test(stderr);
}

/** The standard-error lines about `shown` (`crosscheck: <shown>: …`). */
export function linesAbout(stderr: string, shown: string): string[] {
  return errLines(stderr).filter((l) => l.startsWith(`crosscheck: ${shown}: `));
}

/**
 * A `--require` hook that makes reading any file whose name holds `marker`
 * fail with EACCES: tests run as root in CI, where `chmod 000` does not stop a read.
 */
export function denyReadsHook(dir: string, marker: string): string {
  return put(
    dir,
    'deny-read.cjs',
    `const fs = require('fs');
const deny = (p) => {
  const e = new Error("EACCES: permission denied, open '" + p + "'");
  e.code = 'EACCES';
  return e;
};
for (const name of ['readFileSync', 'openSync']) {
  const real = fs[name];
  fs[name] = function (p, ...rest) {
    if (typeof p !== 'number' && String(p).includes(${JSON.stringify(marker)})) throw deny(p);
    return real.call(this, p, ...rest);
  };
}
`,
  );
}

/**
 * A `--require` hook that records (in `log`) and refuses every attempt to
 * reach the network: sockets, DNS, http(s) and fetch.
 */
export function noNetworkHook(dir: string, log: string): string {
  return put(
    dir,
    'no-network.cjs',
    `const fs = require('fs');
const note = (what) => { fs.appendFileSync(${JSON.stringify(log)}, what + '\\n'); throw new Error('network access: ' + what); };
const net = require('net');
net.Socket.prototype.connect = function () { note('net.connect'); };
const dns = require('dns');
dns.lookup = () => note('dns.lookup');
dns.resolve = () => note('dns.resolve');
for (const m of ['http', 'https']) {
  const mod = require(m);
  mod.request = () => note(m + '.request');
  mod.get = () => note(m + '.get');
}
globalThis.fetch = () => note('fetch');
`,
  );
}
