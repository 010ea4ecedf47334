/**
 * The whole pipeline in one place: files → sources → claims → alignment →
 * rules → findings. The CLI and the tests call this; reporters format its result.
 */
import { Alignment } from './align';
import { extractClaims } from './claims';
import type { CrosscheckError } from './errors';
import { runRules, type RuleSettings } from './rules/engine';
import { loadRules } from './rules/load';
import type { Rule } from './rules/types';
import { readSources } from './sources';
import { SEVERITY_RANK, type Claim, type Finding, type Report, type Source } from './types';

export interface AnalyzeOptions {
  /** force a source format */
  sourceFormat?: string;
  /** published date for sources that state none */
  published?: string;
  /** extra rule folders */
  rulesDirs?: string[];
  /** per-rule severity overrides */
  settings?: RuleSettings;
  cwd?: string;
}

export interface Analysis {
  report: Report;
  /** inputs that could not be read; the rest were still checked */
  problems: CrosscheckError[];
}

/** Claims of already parsed sources (each resolved against its published date). */
export function claimsOf(sources: readonly Source[]): Claim[] {
  return sources.flatMap((s) => extractClaims(s, s.published));
}

/** Findings over parsed sources and their claims. */
export function findingsOf(
  sources: readonly Source[],
  claims: readonly Claim[],
  opts: Pick<AnalyzeOptions, 'rulesDirs' | 'settings'> = {},
  rules: readonly Rule[] = loadRules(opts.rulesDirs ?? []),
): Finding[] {
  const alignment = new Alignment(sources, claims);
  const order = new Map(sources.map((s, i) => [s.id, i]));
  return runRules(rules, sources, claims, alignment, opts.settings).sort(
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
  const { sources, problems } = readSources([...paths], { format: opts.sourceFormat, published: opts.published, cwd: opts.cwd });
  const claims = claimsOf(sources);
  const findings = withFindings ? findingsOf(sources, claims, opts, rules) : [];
  return {
    report: { sources, claims, findings, stats: { sources: sources.length, claims: claims.length, findings: findings.length, ms: Date.now() - t0 } },
    problems,
  };
}
