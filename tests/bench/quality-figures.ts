/**
 * Precision and recall of crosscheck's findings over the development corpus
 * (`tests/corpus/`). One pipeline run over every story at once, so findings
 * that mix stories are counted. A jest test can hold floors on these figures.
 *
 * Three families are scored apart:
 * - conflicts: every finding at warning or above except style variants and
 *   updates, against `[[expect:<rule-id>:…]]` markers;
 * - updates (`quantity-update`, any severity) against `[[expect:quantity-update:…]]`;
 * - style variants (`name-variant`, `spelling-variant`, any severity).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../src/pipeline';
import { SEVERITY_RANK, type Finding } from '../../src/types';
import { readCorpus, writeClean, type CorpusStory } from '../corpus/corpus';
import { contested, covers, expectations, locate, matches, placeName, touches, type Expected, type FindingNote, type Located, type Placed } from './quality-match';

export type { FindingNote } from './quality-match';

/** Rule ids scored as style variants (info), not conflicts. */
export const VARIANT_RULES: readonly string[] = ['name-variant', 'spelling-variant'];
/** The rule id of figures that changed over time. */
export const UPDATE_RULE = 'quantity-update';

/** Counts of one rule or family. Precision is over findings, recall over expected findings. */
export interface Tally {
  /** expected findings (tags) */
  expected: number;
  /** expected findings some finding matched (true positives) */
  found: number;
  /** expected findings nothing matched (false negatives) */
  missed: number;
  /** findings of the rule(s) scored */
  findings: number;
  /** findings that matched no expected finding (false positives) */
  falseFindings: number;
  /** null when there is no finding */
  precision: number | null;
  /** null when nothing is expected */
  recall: number | null;
}

/** An expected finding nothing matched. */
export interface MissNote {
  ruleId: string;
  story: string;
  tag: string;
  where: string[];
}

/** A trap marker covered by a finding's evidence. */
export interface TrapHit {
  kind: string;
  tag: string;
  where: string;
  text: string;
  finding: FindingNote;
}

export interface QualityFigures {
  stories: number;
  articles: number;
  /** read problems and marker problems, one line each */
  problems: string[];
  /** conflicts, per rule id (those expected or found) */
  byRule: Record<string, Tally>;
  conflicts: Tally;
  /** conflicts scored as the issue first put it: evidence on any one marker of the tag matches */
  lenient: { precision: number | null; recall: number | null };
  updates: Tally;
  variants: Tally;
  /** conflict findings (at warning or above) on figures marked as updates */
  updatesAsConflicts: FindingNote[];
  /** trap hits by findings at warning or above; `infoHits` by info findings (updates, variants), shown apart */
  traps: { total: number; hits: TrapHit[]; infoHits: TrapHit[] };
  /** findings whose evidence comes from more than one story folder */
  crossStory: FindingNote[];
  falsePositives: FindingNote[];
  falseNegatives: MissNote[];
}

function tally(expected: readonly Expected[], located: readonly Located[], all: readonly Expected[], fps: FindingNote[], fns: MissNote[]): Tally {
  const hit = new Set<Expected>();
  let falseFindings = 0;
  for (const l of located) {
    const m = matches(l, all);
    m.forEach((e) => hit.add(e));
    if (m.length === 0) {
      falseFindings++;
      const near = all.find((e) => touches(l, e.places));
      const cause = !near
        ? 'matches no marker'
        : near.ruleId === l.finding.ruleId
          ? `lands on one side of ${near.ruleId}:${near.tag} only`
          : `overlaps expected ${near.ruleId}:${near.tag}`;
      fps.push({ ...l.note, cause });
    }
  }
  const found = expected.filter((e) => hit.has(e)).length;
  for (const e of expected) if (!hit.has(e)) fns.push({ ruleId: e.ruleId, story: e.story, tag: e.tag, where: e.places.map(placeName) });
  const findings = located.length;
  return {
    expected: expected.length,
    found,
    missed: expected.length - found,
    findings,
    falseFindings,
    precision: findings === 0 ? null : (findings - falseFindings) / findings,
    recall: expected.length === 0 ? null : found / expected.length,
  };
}

/**
 * Traps a finding lands on. A finding that matches no expected finding hits
 * every trap under any of its evidence; one that does match (a true conflict)
 * hits a trap only when the trap is on a side it holds against (not the
 * majority's): a shortened quote listed with the agreeing sources is fine.
 */
function trapHits(located: readonly Located[], traps: readonly Placed[], expected: readonly Expected[]): TrapHit[] {
  const hits: TrapHit[] = [];
  for (const l of located) {
    const evidence = matches(l, expected).length === 0 ? l.finding.evidence : contested(l.finding);
    for (const t of traps) {
      if (covers(l.root, evidence, [t])) hits.push({ kind: t.marker.kind, tag: t.marker.tag, where: placeName(t), text: t.marker.text, finding: l.note });
    }
  }
  return hits;
}

function lenientFigures(conflicts: readonly Located[], scored: readonly Expected[], all: readonly Expected[]): QualityFigures['lenient'] {
  const hit = new Set(conflicts.flatMap((l) => matches(l, all, true)));
  const good = conflicts.filter((l) => matches(l, all, true).length > 0).length;
  return {
    precision: conflicts.length === 0 ? null : good / conflicts.length,
    recall: scored.length === 0 ? null : scored.filter((e) => hit.has(e)).length / scored.length,
  };
}

const atLeastWarning = (f: Finding): boolean => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warning;

/** Score the findings of one run over the clean corpus written to `root`. */
export function scoreFindings(stories: readonly CorpusStory[], findings: readonly Finding[], root: string): Omit<QualityFigures, 'problems'> {
  const { expected, traps } = expectations(stories);
  const located = locate(findings, root);
  const isConflict = (l: Located): boolean => atLeastWarning(l.finding) && !VARIANT_RULES.includes(l.finding.ruleId) && l.finding.ruleId !== UPDATE_RULE;
  const conflicts = located.filter(isConflict);
  const conflictExpected = expected.filter((e) => !VARIANT_RULES.includes(e.ruleId) && e.ruleId !== UPDATE_RULE);
  const fps: FindingNote[] = [];
  const fns: MissNote[] = [];
  const byRule: Record<string, Tally> = {};
  const ruleIds = [...new Set([...conflictExpected.map((e) => e.ruleId), ...conflicts.map((l) => l.finding.ruleId)])].sort();
  for (const id of ruleIds) {
    byRule[id] = tally(conflictExpected.filter((e) => e.ruleId === id), conflicts.filter((l) => l.finding.ruleId === id), expected, fps, fns);
  }
  const sum = (k: 'expected' | 'found' | 'missed' | 'findings' | 'falseFindings'): number => Object.values(byRule).reduce((n, t) => n + t[k], 0);
  const n = { expected: sum('expected'), found: sum('found'), missed: sum('missed'), findings: sum('findings'), falseFindings: sum('falseFindings') };
  const updateMarks = expected.filter((e) => e.ruleId === UPDATE_RULE).flatMap((e) => e.places);
  return {
    stories: stories.length,
    articles: stories.reduce((k, s) => k + s.articles.length, 0),
    byRule,
    conflicts: { ...n, precision: n.findings === 0 ? null : (n.findings - n.falseFindings) / n.findings, recall: n.expected === 0 ? null : n.found / n.expected },
    lenient: lenientFigures(conflicts, conflictExpected, expected),
    updates: tally(expected.filter((e) => e.ruleId === UPDATE_RULE), located.filter((l) => l.finding.ruleId === UPDATE_RULE), expected, fps, fns),
    variants: tally(expected.filter((e) => VARIANT_RULES.includes(e.ruleId)), located.filter((l) => VARIANT_RULES.includes(l.finding.ruleId)), expected, fps, fns),
    updatesAsConflicts: conflicts.filter((l) => matches(l, expected).length === 0 && touches(l, updateMarks)).map((l) => l.note),
    traps: {
      total: traps.length,
      hits: trapHits(located.filter((l) => atLeastWarning(l.finding)), traps, expected),
      infoHits: trapHits(located.filter((l) => !atLeastWarning(l.finding)), traps, expected),
    },
    crossStory: located.filter((l) => l.note.stories.length > 1).map((l) => l.note),
    falsePositives: fps,
    falseNegatives: fns,
  };
}

/** Write the clean corpus to a temporary folder, run the pipeline over all of it, score. */
export function measureQuality(corpus?: string): QualityFigures {
  const stories = readCorpus(corpus);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-corpus-'));
  try {
    writeClean(stories, root);
    const { report, problems } = analyze([root], { cwd: root });
    const markerProblems = stories.flatMap((s) => s.articles.flatMap((a) => a.problems.map((p) => `${a.rel}:${p.line}:${p.column}: ${p.message}`)));
    return { problems: [...problems.map((p) => p.message), ...markerProblems], ...scoreFindings(stories, report.findings, root) };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
