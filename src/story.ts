/**
 * One story's share of the pipeline: its sources' claims extracted, aligned,
 * and every rule run over them. The pipeline takes stories a few at a time
 * ({@link STORIES_AT_ONCE}) on this thread; with `--jobs` worker threads take
 * them too (parallel/work.ts), so this is the one place that says what
 * checking a story is.
 */
import { Alignment } from './align';
import { StringPool } from './claim-store';
import { extractEach } from './claims';
import { cachedClaims } from './index/cache';
import { runRulesEach, type RuleSettings } from './rules/engine';
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
 * The claims of each of `sources` (`pools[i]`: source i's pool). `lint
 * --index` installs the claim index, and unchanged references are not
 * extracted again; the others are extracted together, extractor by
 * extractor (claims/index.ts). With a pool, their strings are made flat and
 * shared, for claims kept to the end of a run. `onSource` is called once for
 * each source.
 */
export function sourcesClaims(sources: readonly Source[], pools: ReadonlyArray<StringPool | undefined>, onSource?: () => void): Claim[][] {
  const cached = sources.map(cachedClaims);
  const fresh = sources.filter((_, i) => cached[i] === undefined);
  const extracted = extractEach(fresh, fresh.map((s) => s.published));
  let next = 0;
  return sources.map((_, i) => {
    const claims = cached[i] ?? extracted[next++];
    onSource?.();
    const pool = pools[i];
    return pool ? pool.claims(claims) : claims;
  });
}

/** One story's findings over claims already extracted: the claims aligned, then every rule run over them. */
export function storyFindings(story: Story, sources: readonly Source[], claims: readonly Claim[], rules: readonly Rule[], settings: RuleSettings | undefined, clock: StageClock = UNTIMED): Finding[] {
  return storiesFindings([story], [sources], [claims], rules, settings, clock)[0];
}

/** {@link storyFindings} of several stories, each stage over all of them before the next (rules rule by rule: rules/engine.ts). */
function storiesFindings(stories: readonly Story[], sources: ReadonlyArray<readonly Source[]>, claims: ReadonlyArray<readonly Claim[]>, rules: readonly Rule[], settings: RuleSettings | undefined, clock: StageClock): Finding[][] {
  const alignments = clock.time('align', () => stories.map((_, i) => new Alignment(sources[i], claims[i])));
  const found = clock.time('rules', () => runRulesEach(rules, stories.map((_, i) => ({ sources: sources[i], claims: claims[i], alignment: alignments[i] })), settings));
  return found.map((fs, i) => fs.map((f) => ({ ...f, story: stories[i].id })));
}

/**
 * Stories a thread checks at once ({@link checkStories}): enough articles
 * in a row for each piece of code to run from the caches; more only hold
 * more in memory. Over 4,000 articles, each article through every extractor
 * in turn took 4.3 s; each extractor over one story's five articles, 3.8 s;
 * over four stories' twenty, 3.4 s; over sixteen stories, the same with
 * 10 MB more held. Measured again once sentences shared their cue bits
 * (claims/index.ts): eight stories took 16,000 articles 3% less time than
 * four (4,000: 1%; 1,000 and `--jobs 2` the same), with no more memory.
 */
export const STORIES_AT_ONCE = 8;

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
 * Extract, align and check stories' sources (`sources[i]`: story i's, in its
 * order). A source that let its parsed form go is parsed again for its story,
 * and lets it go again after. Each stage runs over all the stories before
 * the next, and each extractor and rule over all their sources before the
 * next: a piece of code run over many articles in a row runs from the
 * processor's caches, where run over one article between all the others
 * it ran several times slower (chrono-node: 30 µs a call, against 6 µs).
 */
export function checkStories(stories: readonly Story[], sources: ReadonlyArray<readonly Source[]>, how: StoryCheck, onSource?: () => void): StoryResult[] {
  const clock = how.clock ?? UNTIMED;
  const all = sources.flat();
  clock.time('parse', () => all.forEach(restore));
  // claims let go with the story need no flat strings: the findings that outlive it have their own
  const pools = sources.flatMap((ss) => {
    const pool = how.pool ?? (how.keepClaims ? new StringPool() : undefined);
    return ss.map(() => pool);
  });
  const flat = clock.time('extract', () => sourcesClaims(all, pools, onSource));
  let at = 0;
  const perSource = sources.map((ss) => flat.slice(at, (at += ss.length)));
  const claims = perSource.map((ps) => ps.flat());
  const findings = how.rules.length ? storiesFindings(stories, sources, claims, how.rules, how.settings, clock) : stories.map(() => []);
  for (const s of all) release(s, how.keepFileTexts === false);
  return stories.map((_, i) => ({ findings: findings[i], claims: how.keepClaims ? perSource[i] : sources[i].map(() => []), claimCount: claims[i].length }));
}
