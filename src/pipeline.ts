/**
 * The whole pipeline in one place: files → sources → claims → alignment →
 * rules → findings. The CLI and the tests call this; reporters format its result.
 */
import { groupStories, StoryGrouper } from './align/stories';
import type { CrosscheckError } from './errors';
import type { RuleSettings } from './rules/engine';
import { loadRules } from './rules/load';
import type { Rule } from './rules/types';
import { compareLintFindings, focusOnDraft } from './lint/select';
import { StringPool } from './claim-store';
import { Threads } from './parallel';
import { ARTICLES_AT_ONCE } from './claims';
import { checkStories, sourcesClaims, STORIES_AT_ONCE, storyFindings, UNTIMED, type StageClock } from './story';
import { readSources } from './sources';
import { expandInputs } from './sources/files';
import { release } from './sources/stored';
import { isStdin, STDIN, stdinNames } from './sources/stdin';
import type { FieldMap } from './sources/json-fields';
import { SEVERITY_RANK, type Claim, type Finding, type Report, type Source, type Story } from './types';

export interface AnalyzeOptions {
  /** force a source format */
  sourceFormat?: string;
  /** published date for sources that state none */
  published?: string;
  /** JSON record field names (`--field-map`) */
  fieldMap?: FieldMap;
  /** how standard input (`-`) is shown (`--stdin-name`) */
  stdinName?: string;
  /** extra rule folders */
  rulesDirs?: string[];
  /** per-rule severity overrides */
  settings?: RuleSettings;
  cwd?: string;
  /**
   * called once the input files are found, before any is read, with their
   * count and the threads that will share them (the CLI tunes V8 for a long
   * run; with threads, large exports count as the articles their size
   * holds); and again once they are read when they held more articles than
   * files (the records of JSON exports), with the number of articles
   */
  onFiles?(files: number, threads: number): void;
  /** called after each source's claims are extracted (for a progress bar) */
  onProgress?(done: number, total: number): void;
  /** threads that read and extract (`--jobs`; 1 or absent: this thread only) */
  jobs?: number;
  /**
   * keep every claim for the report (default); false: only their count, for
   * reports that show findings alone, so a large run holds one story's claims at a time
   */
  keepClaims?: boolean;
  /**
   * keep each article's file text to the end (default); false: let it go once
   * its story is checked (it is read from the file again if asked for), for
   * reports that read only the findings, which carry their own quotes and places
   */
  keepFileTexts?: boolean;
  /** times the stages (the benchmark) */
  clock?: StageClock;
}

export interface Analysis {
  report: Report;
  /** inputs that could not be read; the rest were still checked */
  problems: CrosscheckError[];
}

/** `[from, to)` ranges of `n` items, `size` at a time. */
function batchesOf(n: number, size: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let from = 0; from < n; from += size) out.push([from, Math.min(n, from + size)]);
  return out;
}

/** Claims of already parsed sources (each resolved against its published date), extracted a few articles at a time (see story.ts). */
export function claimsOf(sources: readonly Source[], pool = new StringPool()): Claim[] {
  return batchesOf(sources.length, ARTICLES_AT_ONCE).flatMap(([from, to]) => {
    const some = sources.slice(from, to);
    return sourcesClaims(some, some.map(() => pool)).flat();
  });
}

/** Findings in report order: by severity, then source order, offset and rule. */
function sortFindings(findings: Finding[], sources: readonly Source[]): Finding[] {
  const order = new Map(sources.map((s, i) => [s.id, i]));
  return findings.sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      (order.get(a.evidence[0]?.source ?? '') ?? 0) - (order.get(b.evidence[0]?.source ?? '') ?? 0) ||
      (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0) ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

/** Each story's sources, in story order. */
function storySources(stories: readonly Story[], sources: readonly Source[]): Source[][] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return stories.map((st) => st.sources.map((id) => byId.get(id)).filter((s): s is Source => s !== undefined));
}

/** Findings over parsed sources and their claims, compared story by story. */
export function findingsOf(
  sources: readonly Source[],
  claims: readonly Claim[],
  opts: Pick<AnalyzeOptions, 'rulesDirs' | 'settings'> = {},
  rules: readonly Rule[] = loadRules(opts.rulesDirs ?? []),
  stories: readonly Story[] = groupStories(sources),
): Finding[] {
  const storyOf = new Map<string, number>();
  stories.forEach((st, i) => {
    for (const id of st.sources) storyOf.set(id, i);
  });
  // each story's claims in one pass (filtering per story would cost stories × claims)
  const claimsBy: Claim[][] = stories.map(() => []);
  for (const c of claims) {
    const i = storyOf.get(c.source);
    if (i !== undefined) claimsBy[i].push(c);
  }
  const grouped = storySources(stories, sources);
  const findings: Finding[] = [];
  stories.forEach((story, i) => {
    for (const f of storyFindings(story, grouped[i], claimsBy[i], rules, opts.settings)) findings.push(f);
  });
  return sortFindings(findings, sources);
}

/**
 * Read, extract, align and check. `withFindings: false` stops after the
 * claims. Stories are taken a few at a time ({@link STORIES_AT_ONCE}): their
 * claims are extracted, aligned and checked, and then let go unless
 * `keepClaims` asks for them, so a run over an archive never holds every
 * article's claims at once. With `jobs`, files and then stories are shared
 * out over worker threads.
 */
export function analyze(paths: readonly string[], opts: AnalyzeOptions = {}, withFindings = true): Analysis {
  const t0 = Date.now();
  const clock = opts.clock ?? UNTIMED;
  // a bad rule file stops the run before any article is read
  const rules = withFindings ? loadRules(opts.rulesDirs ?? []) : [];
  const readOpts = { format: opts.sourceFormat, published: opts.published, cwd: opts.cwd, fieldMap: opts.fieldMap, stdinName: opts.stdinName };
  const keepClaims = opts.keepClaims ?? true;
  // a run that shows no claims lets each article's parsed form go once its words are counted for
  // story grouping, and parses it again when its story is checked: an archive's texts are never all
  // held. A report that reads no file text lets that go too, and the file is read again for its story.
  const letGo = !keepClaims;
  const letTextsGo = opts.keepFileTexts === false;
  let grouper: StoryGrouper | undefined = new StoryGrouper();
  const each = (s: Source): void => {
    clock.time('align', () => grouper?.add(s));
    if (letGo) release(s, letTextsGo);
  };
  const threads = Threads.open(paths, readOpts, opts.jobs ?? 1);
  // a run of a few large exports is long from its start: told as the articles they are guessed to hold
  if (threads) opts.onFiles?.(Math.max(threads.fileCount, threads.articleGuess), threads.count);
  try {
    const { sources, problems } = clock.time('parse', () => (threads ? threads.read(letGo, each, letTextsGo) : readSources([...paths], { ...readOpts, reparsable: letGo, exportTextsGo: letTextsGo, each, onFiles: opts.onFiles })));
    // readSources tells the articles of exports as it reads them; the workers' are counted here
    if (threads && sources.length > threads.fileCount) opts.onFiles?.(sources.length, threads.count);
    const stories = clock.time('align', () => (grouper as StoryGrouper).stories());
    // its vocabulary and article vectors are done with (the closures below share this scope)
    grouper = undefined;
    const grouped = storySources(stories, sources);
    // kept claims share one pool of strings over the run
    const how = { rules, settings: opts.settings, keepClaims, keepFileTexts: !letTextsGo, pool: keepClaims ? new StringPool() : undefined };
    let done = 0;
    const results = threads
      ? clock.time('stories', () =>
          threads.checkStories(stories, grouped, { ...how, rulesDirs: opts.rulesDirs ?? [] }, (n) => {
            done += n;
            opts.onProgress?.(done, sources.length);
          }),
        )
      : batchesOf(stories.length, STORIES_AT_ONCE).flatMap(([from, to]) =>
          checkStories(stories.slice(from, to), grouped.slice(from, to), { ...how, clock }, () => opts.onProgress?.(++done, sources.length)),
        );
    const findings: Finding[] = [];
    const claimsBy = new Map<string, Claim[]>();
    let claimCount = 0;
    results.forEach((r, i) => {
      for (const f of r.findings) findings.push(f);
      grouped[i].forEach((s, j) => claimsBy.set(s.id, r.claims[j]));
      claimCount += r.claimCount;
    });
    // kept claims in source order, as extracted
    const claims = keepClaims ? sources.flatMap((s) => claimsBy.get(s.id) ?? []) : [];
    return {
      report: { sources, stories, claims, findings: sortFindings(findings, sources), stats: { sources: sources.length, claims: claimCount, findings: findings.length, ms: Date.now() - t0 } },
      problems,
    };
  } finally {
    threads?.close();
  }
}

/** Options of {@link lint}: those of {@link analyze}, and the config's ignore globs. */
export interface LintOptions extends AnalyzeOptions {
  /** is this path (as shown, relative to cwd) ignored? */
  ignored?: (shown: string) => boolean;
}

/** What {@link lint} produced: the report (drafts and references as sources), which sources are drafts, the rules run. */
export interface LintAnalysis extends Analysis {
  drafts: Source[];
  rules: Rule[];
}

/**
 * Lint drafts against references: each draft is checked with the references
 * alone (never with the other drafts, whose figures would sway the
 * majority), and only findings the draft takes part in are kept, located in
 * the draft (its evidence first), in file and line order.
 */
export function lint(drafts: readonly string[], references: readonly string[], opts: LintOptions = {}): LintAnalysis {
  const t0 = Date.now();
  const rules = loadRules(opts.rulesDirs ?? []);
  const cwd = opts.cwd ?? process.cwd();
  const keep = (f: { shown: string }) => !opts.ignored?.(f.shown);
  // `-` (standard input) is a draft when given among the drafts, else a reference when given among them
  const stdinDraft = drafts.some(isStdin);
  const stdinRef = !stdinDraft && references.some(isStdin);
  const d = drafts.length ? expandInputs(drafts.filter((p) => !isStdin(p)), cwd) : { files: [], problems: [] };
  const draftFiles = d.files.filter(keep);
  const anyDraft = draftFiles.length > 0 || stdinDraft;
  const r = anyDraft && references.length ? expandInputs(references.filter((p) => !isStdin(p)), cwd) : { files: [], problems: [] };
  const isDraft = new Set(draftFiles.map((f) => f.abs));
  const refFiles = r.files.filter((f) => keep(f) && !isDraft.has(f.abs));
  const stdin = stdinDraft || (anyDraft && stdinRef) ? [STDIN] : [];
  const read = readSources([...draftFiles.map((f) => f.shown), ...refFiles.map((f) => f.shown), ...stdin], { format: opts.sourceFormat, published: opts.published, cwd, fieldMap: opts.fieldMap, stdinName: opts.stdinName, onFiles: opts.onFiles });
  const draftPaths = new Set(draftFiles.map((f) => f.shown));
  if (stdinDraft) draftPaths.add(stdinNames(opts.stdinName).shown);
  const draftSources = read.sources.filter((s) => draftPaths.has(s.path));
  const refSources = read.sources.filter((s) => !draftPaths.has(s.path));
  const claims = claimsOf(read.sources);
  const findings: Finding[] = [];
  for (const draft of draftSources) {
    const ids = new Set([draft.id, ...refSources.map((s) => s.id)]);
    const mine = findingsOf([draft, ...refSources], claims.filter((c) => ids.has(c.source)), opts, rules);
    for (const f of mine) {
      const focused = focusOnDraft(f, draft.id);
      if (focused) findings.push(focused);
    }
  }
  findings.sort(compareLintFindings);
  return {
    report: { sources: read.sources, claims, findings, stats: { sources: read.sources.length, claims: claims.length, findings: findings.length, ms: Date.now() - t0 } },
    problems: [...d.problems, ...r.problems, ...read.problems],
    drafts: draftSources,
    rules,
  };
}
