/**
 * One story's share of the pipeline: its sources' claims extracted, aligned,
 * and every rule run over them. The pipeline takes stories one at a time on
 * this thread; with `--jobs` worker threads take them too (parallel/work.ts),
 * so this is the one place that says what checking a story is.
 */
import { Alignment } from './align';
import { StringPool } from './claim-store';
import { extractClaims } from './claims';
import { cachedClaims } from './index/cache';
import { runRules, type RuleSettings } from './rules/engine';
import { release, restore } from './sources/stored';
import type { Rule } from './rules/types';
import type { Claim, Finding, Source, Story } from './types';

/** The pipeline's stages, as the benchmark times them (story grouping counts as alignment). */
export type Stage = 'parse' | 'extract' | 'align' | 'rules' | 'stories';

/** Runs each stage's work; the benchmark's clock times it, the CLI's just runs it. */
export interface StageClock {
  time<T>(stage: Stage, work: () => T): T;
}

export const UNTIMED: StageClock = { time: (_stage, work) => work() };

/**
 * One source's claims: `lint --index` installs the claim index, and unchanged
 * references are not extracted again. With `pool`, their strings are made
 * flat and shared, for claims kept to the end of a run.
 */
export function sourceClaims(s: Source, pool?: StringPool): Claim[] {
  const claims = cachedClaims(s) ?? extractClaims(s, s.published);
  return pool ? pool.claims(claims) : claims;
}

/** One story's findings over claims already extracted: the claims aligned, then every rule run over them. */
export function storyFindings(story: Story, sources: readonly Source[], claims: readonly Claim[], rules: readonly Rule[], settings: RuleSettings | undefined, clock: StageClock = UNTIMED): Finding[] {
  const alignment = clock.time('align', () => new Alignment(sources, claims));
  const found = clock.time('rules', () => runRules(rules, sources, claims, alignment, settings));
  return found.map((f) => ({ ...f, story: story.id }));
}

/** How a story is checked. */
export interface StoryCheck {
  /** rules to run; none: claims only (`crosscheck claims`) */
  rules: readonly Rule[];
  settings?: RuleSettings;
  /** hand the claims back (a report that shows them); else only their count */
  keepClaims: boolean;
  /** keep each source's file text once the story is checked (default); false: let it go when it can be read again */
  keepFileTexts?: boolean;
  /** shares the kept claims' strings over a run (default: a pool of this story's own when they are kept) */
  pool?: StringPool;
  clock?: StageClock;
}

/** What checking a story gave. */
export interface StoryResult {
  findings: Finding[];
  /** the claims of each of the story's sources, in its order (empty lists unless kept) */
  claims: Claim[][];
  claimCount: number;
}

/**
 * Extract, align and check one story's sources (`sources`: the story's, in
 * its order). A source that let its parsed form go is parsed again for the
 * story, and lets it go again after.
 */
export function checkStory(story: Story, sources: readonly Source[], how: StoryCheck, onSource?: () => void): StoryResult {
  const clock = how.clock ?? UNTIMED;
  clock.time('parse', () => sources.forEach(restore));
  // claims let go with the story need no flat strings: the findings that outlive it have their own
  const pool = how.pool ?? (how.keepClaims ? new StringPool() : undefined);
  const perSource = clock.time('extract', () =>
    sources.map((s) => {
      const found = sourceClaims(s, pool);
      onSource?.();
      return found;
    }),
  );
  const claims = perSource.flat();
  const findings = how.rules.length ? storyFindings(story, sources, claims, how.rules, how.settings, clock) : [];
  for (const s of sources) release(s, how.keepFileTexts === false);
  return { findings, claims: how.keepClaims ? perSource : sources.map(() => []), claimCount: claims.length };
}
