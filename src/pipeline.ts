/**
 * The whole pipeline in one place: files → sources → claims → alignment →
 * rules → findings. The CLI and the tests call this; reporters format its result.
 */
import { Alignment } from './align';
import { groupStories } from './align/stories';
import { extractClaims } from './claims';
import type { CrosscheckError } from './errors';
import { runRules, type RuleSettings } from './rules/engine';
import { loadRules } from './rules/load';
import type { Rule } from './rules/types';
import { compareLintFindings, focusOnDraft } from './lint/select';
import { cachedClaims } from './index/cache';
import { StringPool } from './claim-store';
import { readAndExtract } from './parallel';
import { readSources } from './sources';
import { expandInputs } from './sources/files';
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
  /** called after each source's claims are extracted (for a progress bar) */
  onProgress?(done: number, total: number): void;
  /** threads that read and extract (`--jobs`; 1 or absent: this thread only) */
  jobs?: number;
}

export interface Analysis {
  report: Report;
  /** inputs that could not be read; the rest were still checked */
  problems: CrosscheckError[];
}

/** Claims of already parsed sources (each resolved against its published date). */
export function claimsOf(sources: readonly Source[], pool = new StringPool()): Claim[] {
  // `lint --index` installs the claim index here: unchanged references are not extracted again
  return sources.flatMap((s) => pool.claims(cachedClaims(s) ?? extractClaims(s, s.published)));
}

/** Findings over parsed sources and their claims, compared story by story. */
export function findingsOf(
  sources: readonly Source[],
  claims: readonly Claim[],
  opts: Pick<AnalyzeOptions, 'rulesDirs' | 'settings'> = {},
  rules: readonly Rule[] = loadRules(opts.rulesDirs ?? []),
  stories: readonly Story[] = groupStories(sources),
): Finding[] {
  const order = new Map(sources.map((s, i) => [s.id, i]));
  const storyOf = new Map<string, string>();
  for (const st of stories) for (const id of st.sources) storyOf.set(id, st.id);
  // each story's sources and claims in one pass (filtering per story would cost stories × claims)
  const sourcesBy = new Map<string, Source[]>(stories.map((st) => [st.id, []]));
  const claimsBy = new Map<string, Claim[]>(stories.map((st) => [st.id, []]));
  for (const s of sources) sourcesBy.get(storyOf.get(s.id) ?? '')?.push(s);
  for (const c of claims) claimsBy.get(storyOf.get(c.source) ?? '')?.push(c);
  const findings: Finding[] = [];
  for (const story of stories) {
    const mine = sourcesBy.get(story.id) ?? [];
    const theirClaims = claimsBy.get(story.id) ?? [];
    const alignment = new Alignment(mine, theirClaims);
    for (const f of runRules(rules, mine, theirClaims, alignment, opts.settings)) findings.push({ ...f, story: story.id });
  }
  return findings.sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      (order.get(a.evidence[0]?.source ?? '') ?? 0) - (order.get(b.evidence[0]?.source ?? '') ?? 0) ||
      (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0) ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

/** Read, extract, align and check. `withFindings: false` stops after the claims. */
export function analyze(paths: readonly string[], opts: AnalyzeOptions = {}, withFindings = true): Analysis {
  const t0 = Date.now();
  // a bad rule file stops the run before any article is read
  const rules = withFindings ? loadRules(opts.rulesDirs ?? []) : [];
  const readOpts = { format: opts.sourceFormat, published: opts.published, cwd: opts.cwd, fieldMap: opts.fieldMap, stdinName: opts.stdinName };
  if ((opts.jobs ?? 1) > 1) {
    // parse and extract in worker threads; the rest of the run is the same
    const read = readAndExtract(paths, readOpts, opts.jobs, opts.onProgress);
    return finish(read.sources, read.claims, read.problems, rules, opts, withFindings, t0);
  }
  const { sources, problems } = readSources([...paths], readOpts);
  const pool = new StringPool();
  const claims = opts.onProgress
    ? sources.flatMap((s, i) => {
        const found = pool.claims(extractClaims(s, s.published));
        opts.onProgress?.(i + 1, sources.length);
        return found;
      })
    : claimsOf(sources, pool);
  return finish(sources, claims, problems, rules, opts, withFindings, t0);
}

/** Stories, findings and the report of read sources and their claims. */
function finish(sources: Source[], claims: Claim[], problems: CrosscheckError[], rules: readonly Rule[], opts: AnalyzeOptions, withFindings: boolean, t0: number): Analysis {
  const stories = groupStories(sources);
  const findings = withFindings ? findingsOf(sources, claims, opts, rules, stories) : [];
  return {
    report: { sources, stories, claims, findings, stats: { sources: sources.length, claims: claims.length, findings: findings.length, ms: Date.now() - t0 } },
    problems,
  };
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
  const read = readSources([...draftFiles.map((f) => f.shown), ...refFiles.map((f) => f.shown), ...stdin], { format: opts.sourceFormat, published: opts.published, cwd, fieldMap: opts.fieldMap, stdinName: opts.stdinName });
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
