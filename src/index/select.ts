/**
 * Which indexed references a draft may share a story with. Up to a few
 * hundred references every one is used (the result is then exactly that of
 * a plain `lint`); beyond, only references that share one of the draft's
 * distinctive terms, a term not so common among the references that it
 * tells nothing apart, ranked by how many such terms they share (and
 * sharing a fair part of what the best one shares). This is the
 * inverted-index step of story grouping, done from the index without reading
 * a single reference: the index answers how many references carry a term
 * and which references carry some of a few terms ({@link TermLookup}).
 */
import type { IndexRow } from './db';

/** Up to this many references, all are used. */
export const ALL_REFERENCES = 400;
/** At most this many candidates per draft. */
const MAX_CANDIDATES = 200;
/** A candidate shares at least this share of the best candidate's count of terms. */
const MIN_SHARE = 0.4;

/**
 * The references' terms as selection asks about them. References are
 * numbered 0…size-1 in the order they are ranked on ties (the references'
 * order in the run).
 */
export interface TermLookup {
  /** how many references there are */
  readonly size: number;
  /** for each of `terms`, how many references carry it (absent: none) */
  documentFrequency(terms: readonly string[]): Map<string, number>;
  /** each reference that carries at least one of `terms`, with how many of them it carries */
  sharedCounts(terms: ReadonlySet<string>): Array<[reference: number, shared: number]>;
}

/** Numbers (as {@link TermLookup} numbers them) of the references to lint drafts with `drafts` terms against: all when few. */
export function selectReferences(lookup: TermLookup, drafts: ReadonlyArray<readonly string[]>): number[] {
  if (lookup.size <= ALL_REFERENCES) return Array.from({ length: lookup.size }, (_, i) => i);
  const df = lookup.documentFrequency([...new Set(drafts.flat())]);
  // a term among the top terms of more than this many references names no one story
  const common = Math.max(20, lookup.size * 0.02);
  const chosen = new Set<number>();
  for (const terms of drafts) {
    const mine = new Set(terms.filter((t) => (df.get(t) ?? 0) <= common));
    const scored = lookup.sharedCounts(mine).map(([i, shared]): [number, number] => [shared, i]);
    scored.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    // story-mates share many distinctive terms; one shared name among many is chance
    const floor = Math.max(1, Math.ceil((scored[0]?.[0] ?? 0) * MIN_SHARE));
    for (const [shared, i] of scored.slice(0, MAX_CANDIDATES)) if (shared >= floor) chosen.add(i);
  }
  return [...chosen].sort((a, b) => a - b);
}

/** A {@link TermLookup} over term lists held in memory (each reference's terms, in order). */
export function memoryLookup(termLists: ReadonlyArray<readonly string[]>): TermLookup {
  return {
    size: termLists.length,
    documentFrequency(terms) {
      const wanted = new Set(terms);
      const df = new Map<string, number>();
      for (const ts of termLists) for (const t of ts) if (wanted.has(t)) df.set(t, (df.get(t) ?? 0) + 1);
      return df;
    },
    sharedCounts(terms) {
      const out: Array<[number, number]> = [];
      termLists.forEach((ts, i) => {
        let shared = 0;
        for (const t of ts) if (terms.has(t)) shared++;
        if (shared > 0) out.push([i, shared]);
      });
      return out;
    },
  };
}

/** Absolute paths of the references (rows with their terms as stored, JSON) to lint `drafts` against (all when few). */
export function candidateReferences(rows: ReadonlyArray<Pick<IndexRow, 'path' | 'terms'>>, drafts: ReadonlyArray<readonly string[]>): string[] {
  const lookup = rows.length <= ALL_REFERENCES ? memoryLookup(rows.map(() => [])) : memoryLookup(rows.map((r) => JSON.parse(r.terms) as string[]));
  return selectReferences(lookup, drafts).map((i) => rows[i].path);
}
