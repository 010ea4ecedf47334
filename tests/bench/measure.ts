/**
 * One benchmark measurement: crosscheck's pipeline over a folder of
 * articles, each stage's share timed; and, in another process, the regex yardstick.
 */
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyze } from '../../src/pipeline';
import type { StageClock } from '../../src/story';
import { tuneForRun } from '../../src/cli/v8-tuning';
import { checkReadsTexts, checkShowsClaims, reportPieces } from '../../src/report';
import { expandInputs } from '../../src/sources/files';

/** What one size gave. */
export interface Measurement {
  articles: number;
  bytes: number;
  stories: number;
  claims: number;
  findings: number;
  /** milliseconds reading the files (the yardstick's, untimed in its pass) */
  readMs: number;
  /** milliseconds of the regex pass over the text already read */
  regexMs: number;
  /** CPU milliseconds of the regex pass (this thread) */
  regexCpuMs: number;
  /** milliseconds per stage, in pipeline order */
  stages: Record<string, number>;
  /**
   * CPU milliseconds per stage, every thread of the process counted (worker
   * threads and V8's compiler and collector threads too): unlike the wall
   * clock, not stretched when other processes share the cores
   */
  cpu: Record<string, number>;
  /** bytes */
  peakRss: number;
}

/** CPU time used since `since` (process.cpuUsage), in milliseconds. */
const cpuSince = (since: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};

/** CPU milliseconds of the last {@link time} call. */
let lastCpu = 0;

function time<T>(f: () => T): [T, number] {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const v = f();
  const ms = performance.now() - t0;
  lastCpu = cpuSince(c0);
  return [v, ms];
}

function timeWall<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
}

/**
 * The yardstick over every article in `dir`, in a process of its own (the heap
 * its whole-file strings grow is not crosscheck's): the files are read first,
 * then one regex splits their text into words. The yardstick is the
 * regex pass over text (about 100 MB/s here), so reading is timed apart.
 */
export function measureRegex(dir: string): Pick<Measurement, 'readMs' | 'regexMs' | 'regexCpuMs'> {
  const files = expandInputs([dir], dir).files.map((f) => f.abs);
  const [texts, readMs] = time(() => files.map((f) => fs.readFileSync(f, 'utf8')));
  const [, regexMs] = time(() => regexPass(texts));
  return { readMs, regexMs, regexCpuMs: lastCpu };
}

/**
 * The yardstick: split every text into words with one plain regex. Plain as
 * the is: an ASCII word class runs at well over 100 MB/s here, a
 * Unicode one (`[\p{L}\p{N}]`, with the `u` flag) at under half that.
 */
function regexPass(texts: readonly string[]): number {
  let words = 0;
  const re = /\w+(?:[’'.-]\w+)*/g;
  for (const text of texts) {
    re.lastIndex = 0;
    while (re.exec(text)) words++;
  }
  return words;
}

/** Measure crosscheck over every article in `dir`, as `check --format json` runs it; `jobs` > 1 shares files and stories out over worker threads
 * (their extraction, alignment and rules then show as one stage, `stories`). */
export function measure(dir: string, jobs: number): Omit<Measurement, 'readMs' | 'regexMs' | 'regexCpuMs'> {
  const stages: Record<string, number> = {};
  const cpu: Record<string, number> = {};
  // the pipeline itself, each stage's share timed as it runs (stories are taken a few at a time); a
  // stage run inside another (the words of each article counted for story grouping as it is read)
  // counts for itself alone
  const inner: Array<{ ms: number; cpu: number }> = [];
  const clock: StageClock = {
    time(stage, work) {
      // a stage inside another runs once per article: its CPU time is taken as its wall time, since
      // asking the kernel for the process's CPU time (12 µs a call here, with V8's threads running)
      // twice per article added ~0.1 s to a 4,000-article run
      const nestedIn = inner.length > 0;
      inner.push({ ms: 0, cpu: 0 });
      const [v, ms] = nestedIn ? timeWall(work) : time(work);
      const cpuMs = nestedIn ? ms : lastCpu;
      const nested = inner.pop()!;
      stages[stage] = (stages[stage] ?? 0) + ms - nested.ms;
      cpu[stage] = (cpu[stage] ?? 0) + cpuMs - nested.cpu;
      const outer = inner[inner.length - 1];
      if (outer) {
        outer.ms += ms;
        outer.cpu += cpuMs;
      }
      return v;
    },
  };
  const format = 'json';
  // as the CLI runs it: V8 tuned for a long run once the sources are read
  const { report } = analyze([dir], { cwd: dir, jobs, clock, keepClaims: checkShowsClaims(format), keepFileTexts: checkReadsTexts(format), onFiles: tuneForRun });
  // written as the CLI writes it, a piece at a time (here, counted and dropped)
  const [, reportMs] = time(() => {
    let chars = 0;
    for (const piece of reportPieces(report, 'check', format, { color: false })) chars += piece.length;
    return chars;
  });
  stages.report = reportMs;
  cpu.report = lastCpu;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const files = expandInputs([dir], dir).files.map((f) => f.abs);
  const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  const ordered = (o: Record<string, number>): Record<string, number> =>
    Object.fromEntries(['parse', 'extract', 'align', 'rules', 'stories', 'report'].filter((k) => k in o).map((k) => [k, o[k]]));
  return {
    articles: report.stats.sources,
    bytes,
    stories: report.stories?.length ?? 0,
    claims: report.stats.claims,
    findings: report.stats.findings,
    stages: ordered(stages),
    cpu: ordered(cpu),
    peakRss,
  };
}
