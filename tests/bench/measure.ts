/**
 * One benchmark measurement, in this process: the regex yardstick, then
 * crosscheck's stages over a folder of articles, each timed on its own.
 */
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Alignment } from '../../src/align';
import { groupStories } from '../../src/align/stories';
import { claimsOf } from '../../src/pipeline';
import { readAndExtract } from '../../src/parallel';
import { formatReport } from '../../src/report';
import { runRules } from '../../src/rules/engine';
import { loadRules } from '../../src/rules/load';
import { readSources } from '../../src/sources';
import { expandInputs } from '../../src/sources/files';
import type { Claim, Finding, Source } from '../../src/types';

/** What one size gave. */
export interface Measurement {
  articles: number;
  bytes: number;
  stories: number;
  claims: number;
  findings: number;
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

/** The yardstick: read every file and split it into words with one regex. */
function regexPass(files: readonly string[]): number {
  let words = 0;
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    const re = /[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*/gu;
    while (re.exec(text)) words++;
  }
  return words;
}

/** Measure crosscheck over every article in `dir`; `jobs` > 1 reads and extracts in worker threads. */
export function measure(dir: string, jobs: number): Measurement {
  const files = expandInputs([dir], dir).files.map((f) => f.abs);
  const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  const [, regexMs] = time(() => regexPass(files));
  const regexCpuMs = lastCpu;
  const stages: Record<string, number> = {};
  const cpu: Record<string, number> = {};
  const rules = loadRules();
  let sources: Source[];
  let claims: Claim[];
  if (jobs > 1) {
    // parse and extract run together in the workers: timed as one stage
    const [read, ms] = time(() => readAndExtract([dir], { cwd: dir }, jobs));
    stages['parse+extract'] = ms;
    cpu['parse+extract'] = lastCpu;
    sources = read.sources;
    claims = read.claims;
  } else {
    const [read, parseMs] = time(() => readSources([dir], { cwd: dir }));
    stages.parse = parseMs;
    cpu.parse = lastCpu;
    sources = read.sources;
    [claims, stages.extract] = time(() => claimsOf(sources));
    cpu.extract = lastCpu;
  }
  // stories, then per story: alignment (contexts, IDF) and rules, timed apart; each story's
  // alignment is dropped after its rules run, as the pipeline does
  const [stories, storiesMs] = time(() => groupStories(sources));
  let alignCpu = lastCpu;
  let rulesCpu = 0;
  const bySource = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = bySource.get(c.source);
    if (list) list.push(c);
    else bySource.set(c.source, [c]);
  }
  const byId = new Map(sources.map((s) => [s.id, s]));
  let alignMs = storiesMs;
  let rulesMs = 0;
  const findings: Finding[] = [];
  for (const st of stories) {
    const mine = st.sources.map((id) => byId.get(id)!);
    const theirs = st.sources.flatMap((id) => bySource.get(id) ?? []);
    const [alignment, a] = time(() => new Alignment(mine, theirs));
    alignCpu += lastCpu;
    const [found, r] = time(() => runRules(rules, mine, theirs, alignment));
    rulesCpu += lastCpu;
    alignMs += a;
    rulesMs += r;
    for (const f of found) findings.push(f);
  }
  stages.align = alignMs;
  stages.rules = rulesMs;
  cpu.align = alignCpu;
  cpu.rules = rulesCpu;
  const report = { sources, stories, claims, findings, stats: { sources: sources.length, claims: claims.length, findings: findings.length, ms: 0 } };
  const [, reportMs] = time(() => formatReport(report, 'check', 'json', { color: false }));
  stages.report = reportMs;
  cpu.report = lastCpu;
  return { articles: sources.length, bytes, stories: stories.length, claims: claims.length, findings: findings.length, regexMs, regexCpuMs, stages, cpu, peakRss: process.resourceUsage().maxRSS * 1024 };
}
