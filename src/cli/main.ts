#!/usr/bin/env node
/**
 * The `crosscheck` executable. `npm run build` bundles the command line
 * (`program.ts` and what it uses, except a few packages loaded on demand)
 * into one file, `crosscheck.js` beside this one, and stores V8's code cache
 * for it after a training run (`crosscheck.js.cache`): a start then reads two
 * files instead of resolving, reading and compiling some 280 modules, and
 * most functions it runs are already compiled. Without the bundle (a plain
 * `tsc` build) it runs `program.js` and its modules as they are.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

type Program = typeof import('./program');

/** V8's budget of work before a function is considered for optimization (Node 20's default: 67,584). */
const INTERRUPT_BUDGET = 1_000_000;

/** The bundled command line, beside this file. */
export const BUNDLE = path.join(__dirname, 'crosscheck.js');

/** The bundle's last line: this, then the build's id; its code cache starts with the same id. */
export const BUILD_MARK = '//# crosscheck-build=';

/** The bundle run, and the script V8 compiled it as (to take a code cache from). */
export interface LoadedBundle {
  program: Program;
  script: vm.Script;
  /** whether V8 accepted the code cache */
  cached: boolean;
}

/** The build id the bundle's last line carries ('' when none). */
function buildId(source: string): string {
  const at = source.lastIndexOf(BUILD_MARK);
  return at < 0 ? '' : source.slice(at + BUILD_MARK.length).trim();
}

/**
 * The code cache at `file` if it was made for the build `id` (V8 itself
 * checks no more than the source's length and its own version and flags).
 */
function readCodeCache(file: string, id: string): Buffer | undefined {
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  return id && data.toString('latin1', 0, id.length) === id ? data.subarray(id.length) : undefined;
}

/** `data` stored at `file` for the build `id`, atomically; false when it cannot be. */
export function writeCodeCache(file: string, id: string, data: Buffer): boolean {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, Buffer.concat([Buffer.from(id, 'latin1'), data]));
    fs.renameSync(tmp, file);
    return true;
  } catch {
    fs.rmSync(tmp, { force: true });
    return false;
  }
}

/**
 * Where a run keeps a code cache of its own, for processes whose V8 flags
 * (NODE_OPTIONS=--max-old-space-size=…, another Node) make V8 reject the
 * build's: in the temporary folder, one per user, Node version, options and build.
 */
function localCodeCache(id: string): string {
  const key = `${process.version} ${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''} ${id}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return path.join(os.tmpdir(), `crosscheck-code-cache-${process.getuid?.() ?? 'user'}`, `${h.toString(16)}-${key.length}.cache`);
}

/**
 * Compile and run the bundle at `file` as Node runs a CommonJS module, with
 * its code cache unless `useCache` is false; undefined when there is no
 * bundle, or when `program.js` beside it is newer (tsc ran since the bundle was made).
 */
export function loadBundle(file = BUNDLE, useCache = true): LoadedBundle | undefined {
  /*
   * Tuned for short runs. Regular expressions are compiled once, to machine
   * code, instead of first to bytecode and again when run a second time: a
   * lint runs hundreds of patterns a few times each (a tenth of its start-up
   * went to compiling them twice). Functions are optimized after about fifteen
   * times as much work as V8's default budget: a lint otherwise spent a
   * quarter of its time optimizing functions it was about to stop calling
   * (a long run sets V8's default budget back: v8-tuning.ts). Set before the bundle is compiled,
   * at build time too: V8 takes a code cache only under the flags it was made with.
   */
  v8.setFlagsFromString('--no-regexp-tier-up');
  v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  let source: string;
  try {
    // a tsc build since the bundle was made (modules changed, bundle not yet): run the modules
    const modules = fs.statSync(path.join(path.dirname(file), 'program.js'), { throwIfNoEntry: false });
    if (modules && modules.mtimeMs > fs.statSync(file).mtimeMs) return undefined;
    source = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const id = buildId(source);
  // this process's own cache when an earlier run under the same flags found the build's rejected
  const local = useCache && id ? localCodeCache(id) : undefined;
  const own = local ? readCodeCache(local, id) : undefined;
  const cachedData = own ?? (useCache ? readCodeCache(`${file}.cache`, id) : undefined);
  // Node's module wrapper, on the first line: line numbers in stack traces stay the bundle's
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  if (local && (cachedData === undefined || script.cachedDataRejected)) {
    // what this run compiles is kept for the next (best effort: nothing is said when it cannot be written)
    process.once('exit', () => writeCodeCache(local, id, script.createCachedData()));
  }
  const mod = { exports: {} as Program };
  // packages left out of the bundle are found from its folder (this file's require, when it is this folder)
  const req = path.dirname(file) === __dirname ? require : createRequire(file);
  (script.runInThisContext() as (...args: unknown[]) => void)(mod.exports, req, mod, file, path.dirname(file));
  return { program: mod.exports, script, cached: cachedData !== undefined && !script.cachedDataRejected };
}

if (require.main === module) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const program = loadBundle()?.program ?? (require('./program') as Program);
  program.main(process.argv.slice(2));
}
