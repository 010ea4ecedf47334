/**
 * `npm run bench:startup`: what a CI run of `crosscheck lint` costs before it
 * does any work, and what re-linting against a big claim index costs.
 *
 * 1. Cold start: `node -e 0` beside `crosscheck lint <draft> --against <five
 *    references>` (a generated story: one draft, five sources), each in a new
 *    process, interleaved, N runs; the medians and their ratio (target < 2.5×).
 * 2. The claim index: `crosscheck index` over a generated archive (default
 *    10,000 references, built once and kept in the temporary folder), then
 *    `crosscheck lint <draft> --index` with the archive as references, cold,
 *    N runs (target: under a second).
 *
 * Each process also reports the CPU time it used (user + system, through a
 * preloaded hook), which a shared, busy machine disturbs less than wall time.
 * It runs the built CLI (`dist/cli/main.js`: `npm run build` first).
 *
 *   node dist-bench/tests/bench/startup.js [--runs 15] [--refs 10000] [--seed 42]
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runBenchmark, UsageError, wholeNumber } from './cli-args';
import { corpusStamp, generateCorpus, isWritten, markWritten } from './generate';

interface Options {
  runs: number;
  refs: number;
  seed: number;
}

/** Sources per generated story: the draft is the last one, the references the rest. */
const PER_STORY = 6;

const USAGE = 'npm run bench:startup -- [--runs 15] [--refs 10000] [--seed 42]';

function parseArgs(argv: readonly string[]): Options {
  const o: Options = { runs: 15, refs: 10000, seed: 42 };
  for (let i = 0; i < argv.length; i += 2) {
    const [a, v] = [argv[i], argv[i + 1]];
    if (a === '--runs') o.runs = wholeNumber(a, v, 1);
    else if (a === '--refs') o.refs = wholeNumber(a, v, 0);
    else if (a === '--seed') o.seed = wholeNumber(a, v, 0);
    else if (a === '--help' || a === '-h') throw new UsageError(`usage: ${USAGE}`, 0);
    else throw new UsageError(`unknown argument "${a}" (usage: ${USAGE})`);
  }
  return o;
}

/** The built CLI: beside the repository's package.json. */
const ROOT = findRoot(__dirname);
const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error('no package.json above the benchmark');
  }
}

/** Stories generated beyond those asked for, to find one whose draft gets a fact wrong (one source in five does). */
const SPARE_STORIES = 40;

/**
 * A folder holding `refs/` (the first five sources of each of `stories`
 * stories) and the draft (the sixth source of the first story), written
 * once per size and seed (and again when the generator changed). The first
 * story is the first generated whose sixth source gets a fact wrong, so that
 * the lint finds a problem and prints it, as a lint that fails a build does.
 */
function corpus(stories: number, seed: number): { dir: string; draft: string } {
  const dir = path.join(os.tmpdir(), `crosscheck-startup-${stories}-${seed}`);
  const generated = generateCorpus(stories + SPARE_STORIES, PER_STORY, seed);
  const byStory = Array.from({ length: generated.length / PER_STORY }, (_, i) => generated.slice(i * PER_STORY, (i + 1) * PER_STORY));
  const wrong = byStory.findIndex((st) => st[PER_STORY - 1].wrong !== undefined);
  if (wrong < 0) throw new Error(`no story of seed ${seed} has a draft with a fact wrong`);
  const chosen = [byStory[wrong], ...byStory.filter((_, i) => i !== wrong)].slice(0, stories);
  const draft = chosen[0][PER_STORY - 1];
  const draftFile = path.join(dir, `draft${path.extname(draft.name)}`);
  const stamp = corpusStamp(corpus.toString());
  if (!isWritten(dir, stamp)) {
    fs.rmSync(dir, { recursive: true, force: true });
    for (const a of chosen.flatMap((st) => st.slice(0, PER_STORY - 1))) {
      const file = path.join(dir, 'refs', a.name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, a.text);
    }
    fs.writeFileSync(draftFile, draft.text);
    markWritten(dir, stamp);
  }
  return { dir, draft: draftFile };
}

interface Run {
  ms: number;
  /** CPU time the process used, ms */
  cpuMs: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A module preloaded into each measured process: it writes the CPU time the process used to $CPU_OUT at exit. */
function cpuHook(): string {
  const file = path.join(os.tmpdir(), 'crosscheck-startup-cpu.js');
  fs.writeFileSync(file, "process.on('exit', () => { const u = process.cpuUsage(); require('fs').writeFileSync(process.env.CPU_OUT, String((u.user + u.system) / 1000)); });\n");
  return file;
}
const HOOK = cpuHook();
const CPU_OUT = path.join(os.tmpdir(), `crosscheck-startup-cpu-${process.pid}.txt`);

function run(args: readonly string[], cwd: string): Run {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-r', HOOK, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, CPU_OUT } });
  const ms = performance.now() - t0;
  return { ms, cpuMs: Number(fs.readFileSync(CPU_OUT, 'utf8')), status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A lint exits 0 or 1; anything else means the benchmark measured a failure. */
function checked(r: Run, what: string): Run {
  if (r.status !== 0 && r.status !== 1) throw new Error(`${what} failed (exit ${r.status}): ${r.stderr.trim()}`);
  return r;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** Wall and CPU time of runs: medians and minimums. */
const fmt = (rs: readonly Run[]): string => {
  const [wall, cpu] = [rs.map((r) => r.ms), rs.map((r) => r.cpuMs)];
  return `wall median ${median(wall).toFixed(0).padStart(5)} ms, min ${Math.min(...wall).toFixed(0).padStart(5)} ms;  CPU median ${median(cpu).toFixed(0).padStart(5)} ms`;
};
const ratio = (a: readonly Run[], b: readonly Run[], key: 'ms' | 'cpuMs'): string => (median(a.map((r) => r[key])) / median(b.map((r) => r[key]))).toFixed(2);

function coldStart(o: Options): void {
  const { dir, draft } = corpus(1, o.seed);
  const lintArgs = [CLI, 'lint', path.relative(dir, draft), '--against', 'refs', '--no-color'];
  const bare: Run[] = [];
  const lint: Run[] = [];
  const first = checked(run(lintArgs, dir), 'crosscheck lint');
  for (let i = 0; i < o.runs; i++) {
    bare.push(run(['-e', '0'], dir));
    lint.push(checked(run(lintArgs, dir), 'crosscheck lint'));
  }
  const findings = first.stdout.trim() ? first.stdout.trim().split('\n').pop() : 'clean';
  process.stdout.write(
    [
      `cold start, ${o.runs} runs each (one draft, five references; ${findings})`,
      `  node -e 0              ${fmt(bare)}`,
      `  crosscheck lint        ${fmt(lint)}`,
      `  ratio                  ${ratio(lint, bare, 'ms')}× wall, ${ratio(lint, bare, 'cpuMs')}× CPU (medians); target < 2.5×`,
      '',
    ].join('\n'),
  );
}

function indexed(o: Options): void {
  const stories = Math.ceil(o.refs / (PER_STORY - 1));
  const { dir, draft } = corpus(stories, o.seed);
  const db = path.join(dir, 'index.sqlite');
  const build = checked(run([CLI, 'index', 'refs', '--db', db], dir), 'crosscheck index');
  const size = fs.statSync(db).size;
  const withRefs = [CLI, 'lint', path.relative(dir, draft), '--against', 'refs', '--index', db, '--no-color'];
  const allIndexed = [CLI, 'lint', path.relative(dir, draft), '--index', db, '--no-color'];
  const a: Run[] = [];
  const b: Run[] = [];
  const first = checked(run(withRefs, dir), 'crosscheck lint --index');
  for (let i = 0; i < o.runs; i++) {
    a.push(checked(run(withRefs, dir), 'crosscheck lint --index'));
    b.push(checked(run(allIndexed, dir), 'crosscheck lint --index'));
  }
  const findings = first.stdout.trim() ? first.stdout.trim().split('\n').pop() : 'clean';
  process.stdout.write(
    [
      `claim index of ${stories * (PER_STORY - 1)} references (${(size / 1e6).toFixed(1)} MB; ${build.stdout.trim()})`,
      `re-lint of one draft, ${o.runs} runs each (${findings}):`,
      `  lint --index --against refs/   ${fmt(a)}`,
      `  lint --index (every indexed)   ${fmt(b)}`,
      `  target: under 1000 ms`,
      '',
    ].join('\n'),
  );
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(CLI)) throw new UsageError(`${path.relative(process.cwd(), CLI)} is missing: run npm run build first`);
  try {
    coldStart(o);
    if (o.refs > 0) indexed(o);
  } finally {
    fs.rmSync(CPU_OUT, { force: true });
  }
}

runBenchmark('bench:startup', main);
