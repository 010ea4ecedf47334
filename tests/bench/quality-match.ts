/**
 * Matching findings to the corpus's expectation markers. A finding matches an
 * expected tag when its rule id is the tag's and any of its evidence spans
 * overlaps a marker of that tag in the same file; it hits a trap when any of
 * its evidence overlaps a trap marker.
 */
import * as path from 'node:path';
import { SINGLE_SOURCE_RULES, type CorpusStory } from '../corpus/corpus';
import { overlaps, type Marker } from '../corpus/strip';
import type { Evidence, Finding } from '../../src/types';

/** One marker with the article it sits in. */
export interface Placed {
  rel: string;
  marker: Marker;
}

/** All `expect` markers of one tag in one story: one expected finding. */
export interface Expected {
  story: string;
  tag: string;
  ruleId: string;
  places: Placed[];
}

/** A finding as the bench shows it: rule, severity, message, primary location. */
export interface FindingNote {
  ruleId: string;
  severity: string;
  message: string;
  /** `<story>/<file>:<line>:<column>` of the primary evidence */
  where: string;
  /** story folders its evidence comes from */
  stories: string[];
  /** why it counts as false, when it does */
  cause?: string;
}

/** The findings of a run with the corpus-relative file of every evidence. */
export interface Located {
  finding: Finding;
  /** per evidence: `<story>/<file>` */
  rels: string[];
  /** the folder the clean corpus was written to */
  root: string;
  note: FindingNote;
}

/** `<story>/<file>` of an evidence path (as the run gave it) under `root`. */
export function relOf(root: string, file: string): string {
  return path.relative(root, path.resolve(root, file)).split(path.sep).join('/');
}

/** Expected findings of the corpus (tags per story) and every trap marker. */
export function expectations(stories: readonly CorpusStory[]): { expected: Expected[]; traps: Placed[] } {
  const byKey = new Map<string, Expected>();
  const traps: Placed[] = [];
  for (const s of stories) {
    for (const a of s.articles) {
      for (const marker of a.markers) {
        if (marker.type === 'trap') {
          traps.push({ rel: a.rel, marker });
          continue;
        }
        const key = `${s.slug}\u0000${marker.tag}`;
        const e = byKey.get(key) ?? { story: s.slug, tag: marker.tag, ruleId: marker.kind, places: [] };
        e.places.push({ rel: a.rel, marker });
        byKey.set(key, e);
      }
    }
  }
  return { expected: [...byKey.values()], traps };
}

/** Findings with evidence paths made relative to the folder the clean corpus was written to. */
export function locate(findings: readonly Finding[], root: string): Located[] {
  return findings.map((finding) => {
    const rels = finding.evidence.map((ev) => relOf(root, ev.path));
    const first = finding.evidence[0];
    const stories = [...new Set(rels.map((r) => r.split('/')[0]))];
    const where = first ? `${rels[0]}:${first.line}:${first.column}` : '(no evidence)';
    return { finding, rels, root, note: { ruleId: finding.ruleId, severity: finding.severity, message: finding.message, where, stories } };
  });
}

/** Whether some evidence of `l` overlaps one of `places`. */
export function touches(l: Located, places: readonly Placed[]): boolean {
  return l.finding.evidence.some((ev, i) => places.some((p) => p.rel === l.rels[i] && overlaps(p.marker, ev.start, ev.end)));
}

/** Whether some of `evidence` (of a finding located under `root`) overlaps one of `places`. */
export function covers(root: string, evidence: readonly Evidence[], places: readonly Placed[]): boolean {
  return evidence.some((ev) => places.some((p) => p.rel === relOf(root, ev.path) && overlaps(p.marker, ev.start, ev.end)));
}

/**
 * Evidence a finding holds against: every side but the majority's. With no
 * majority ("the sources disagree") every side is contested.
 */
export function contested(f: Finding): Evidence[] {
  const majority = f.majority;
  if (!majority || f.sides.length === 0) return f.evidence;
  return f.sides.filter((s) => s.display !== majority.display).flatMap((s) => s.evidence);
}

/**
 * Files of `e` whose markers some evidence of `l` overlaps. A rule that
 * compares sources must land on the tag in two files (both sides of the
 * disagreement, or two steps of an update) when the tag is in two or more:
 * "C$2.4 billion" against an unrelated "C$80" is not the bonds finding.
 */
function filesHit(l: Located, e: Expected): number {
  const files = new Set<string>();
  l.finding.evidence.forEach((ev, i) => {
    for (const p of e.places) if (p.rel === l.rels[i] && overlaps(p.marker, ev.start, ev.end)) files.add(p.rel);
  });
  return files.size;
}

/** Expected findings `l` matches: same rule id, evidence on the tag's markers (in two files when it compares sources; one with `lenient`). */
export function matches(l: Located, expected: readonly Expected[], lenient = false): Expected[] {
  return expected.filter((e) => {
    if (e.ruleId !== l.finding.ruleId) return false;
    const hit = filesHit(l, e);
    if (hit === 0) return false;
    if (lenient || SINGLE_SOURCE_RULES.includes(e.ruleId)) return true;
    return hit >= Math.min(2, new Set(e.places.map((p) => p.rel)).size);
  });
}

/** `<story>/<file>:<line>` of a placed marker. */
export function placeName(p: Placed): string {
  return `${p.rel}:${p.marker.line}`;
}
