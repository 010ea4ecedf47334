/**
 * Which indexed references a draft may share a story with. Up to a few
 * hundred references every one is used (the result is then exactly that of
 * a plain `lint`); beyond, only references that share one of the draft's
 * distinctive terms, a term not so common among the references that it
 * tells nothing apart, ranked by how many such terms they share (and
 * sharing a fair part of what the best one shares). This is the
 * inverted-index step of story grouping, done from the index without reading
 * a single reference.
 */
import type { IndexRow } from './db';

/** Up to this many references, all are used. */
export const ALL_REFERENCES = 400;
/** At most this many candidates per draft. */
const MAX_CANDIDATES = 200;
/** A candidate shares at least this share of the best candidate's count of terms. */
const MIN_SHARE = 0.4;

type Row = Pick<IndexRow, 'path' | 'terms'>;

/** Absolute paths of the references to lint `draftTerms` against (all when few). */
export function candidateReferences(rows: readonly Row[], drafts: ReadonlyArray<readonly string[]>): string[] {
  if (rows.length <= ALL_REFERENCES) return rows.map((r) => r.path);
  const termsOf = rows.map((r) => JSON.parse(r.terms) as string[]);
  const df = new Map<string, number>();
  for (const ts of termsOf) for (const t of ts) df.set(t, (df.get(t) ?? 0) + 1);
  // a term among the top terms of more than this many references names no one story
  const common = Math.max(20, rows.length * 0.02);
  const chosen = new Set<string>();
  for (const terms of drafts) {
    const mine = new Set(terms.filter((t) => (df.get(t) ?? 0) <= common));
    const scored: Array<[number, number]> = [];
    termsOf.forEach((ts, i) => {
      let shared = 0;
      for (const t of ts) if (mine.has(t)) shared++;
      if (shared > 0) scored.push([shared, i]);
    });
    scored.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    // story-mates share many distinctive terms; one shared name among many is chance
    const floor = Math.max(1, Math.ceil((scored[0]?.[0] ?? 0) * MIN_SHARE));
    for (const [shared, i] of scored.slice(0, MAX_CANDIDATES)) if (shared >= floor) chosen.add(rows[i].path);
  }
  return rows.filter((r) => chosen.has(r.path)).map((r) => r.path);
}
