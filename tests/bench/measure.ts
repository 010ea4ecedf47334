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
  /** milliseconds per stage, in pipeline order */
  stages: Record<string, number>;
  /** bytes */
  peakRss: number;
}

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
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
  const stages: Record<string, number> = {};
  const rules = loadRules();
  let sources: Source[];
  let claims: Claim[];
  if (jobs > 1) {
    // parse and extract run together in the workers: timed as one stage
    const [read, ms] = time(() => readAndExtract([dir], { cwd: dir }, jobs));
    stages['parse+extract'] = ms;
    sources = read.sources;
    claims = read.claims;
  } else {
    const [read, parseMs] = time(() => readSources([dir], { cwd: dir }));
    stages.parse = parseMs;
    sources = read.sources;
    [claims, stages.extract] = time(() => claimsOf(sources));
  }
  // stories, then per story: alignment (contexts, IDF) and rules, timed apart; each story's
  // alignment is dropped after its rules run, as the pipeline does
  const [stories, storiesMs] = time(() => groupStories(sources));
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
    const [found, r] = time(() => runRules(rules, mine, theirs, alignment));
    alignMs += a;
    rulesMs += r;
    for (const f of found) findings.push(f);
  }
  stages.align = alignMs;
  stages.rules = rulesMs;
  const report = { sources, stories, claims, findings, stats: { sources: sources.length, claims: claims.length, findings: findings.length, ms: 0 } };
  const [, reportMs] = time(() => formatReport(report, 'check', 'json', { color: false }));
  stages.report = reportMs;
  return { articles: sources.length, bytes, stories: stories.length, claims: claims.length, findings: findings.length, regexMs, stages, peakRss: process.resourceUsage().maxRSS * 1024 };
}
