/**
 * Which articles story grouping compares: up to a few hundred articles, every
 * pair; beyond, the pairs that share one of their heaviest terms (an inverted
 * index, so cost follows overlap) and were published at most `maxDays` apart
 * or are undated. Each article is handed its candidates once, each pair from
 * one side only: whether two articles join does not depend on the order
 * pairs come in.
 */

/** Up to this many articles every pair is compared; beyond, only pairs that share a distinctive term. */
export const ALL_PAIRS = 400;
/** How many of an article's heaviest terms it is indexed under. */
const INDEX_TERMS = 15;
/** A term among the top terms of more articles than this tells nothing apart. */
const MAX_POSTINGS = 500;

/** An article's terms (by number) and their weights, in the order first met. */
export interface TermWeights {
  ids: ArrayLike<number>;
  weights: ArrayLike<number>;
}

/** The articles of one term: dated ones by day (then index), undated ones by index. */
interface Postings {
  dated: number[];
  undated: number[];
}

/**
 * Call `visit(i, candidates)` for each article `i` with the articles it is to
 * be compared with (each pair offered once, from one of its articles).
 */
export function forEachCandidates(
  vectors: readonly TermWeights[],
  days: ReadonlyArray<number | undefined>,
  maxDays: number,
  visit: (i: number, candidates: readonly number[]) => void,
): void {
  const n = vectors.length;
  if (n <= ALL_PAIRS) {
    const all = Array.from({ length: n }, (_, j) => j);
    for (let i = 0; i < n; i++) visit(i, all.slice(i + 1));
    return;
  }
  const byTerm = new Map<number, number[]>();
  vectors.forEach((v, i) => {
    for (const term of heaviest(v.ids, v.weights, INDEX_TERMS)) {
      const list = byTerm.get(term);
      if (list) list.push(i);
      else byTerm.set(term, [i]);
    }
  });
  // each article's places: pairs of a posting's number and where the article stands in it (numbers, not objects: there are tens of thousands)
  const postings: Postings[] = [];
  const places: number[][] = vectors.map(() => []);
  const someUndated = days.includes(undefined);
  for (const list of byTerm.values()) {
    if (list.length > MAX_POSTINGS) continue;
    const p = postings.length;
    const dated = someUndated ? list.filter((i) => days[i] !== undefined) : list;
    dated.sort((a, b) => (days[a] as number) - (days[b] as number));
    const undated = someUndated ? list.filter((i) => days[i] === undefined) : [];
    postings.push({ dated, undated });
    for (let at = 0; at < dated.length; at++) places[dated[at]].push(p, at);
    for (let at = 0; at < undated.length; at++) places[undated[at]].push(p, at);
  }
  const offered = new Int32Array(n).fill(-1);
  const candidates: number[] = [];
  for (let i = 0; i < n; i++) {
    candidates.length = 0;
    const day = days[i];
    const mine = places[i];
    for (let k = 0; k < mine.length; k += 2) {
      const { dated, undated } = postings[mine[k]];
      const at = mine[k + 1];
      if (day === undefined) {
        // undated with undated, from the first of the two; with dated, from the dated side
        for (let y = at + 1; y < undated.length; y++) offer(offered, candidates, i, undated[y]);
        continue;
      }
      const last = day + maxDays;
      for (let y = at + 1; y < dated.length && (days[dated[y]] as number) <= last; y++) offer(offered, candidates, i, dated[y]);
      for (const u of undated) offer(offered, candidates, i, u);
    }
    if (candidates.length) visit(i, candidates);
  }
}

/** Offer `j` to `i` unless it was offered already (`offered[j]` is the last article it was offered to). */
function offer(offered: Int32Array, candidates: number[], i: number, j: number): void {
  if (offered[j] === i) return;
  offered[j] = i;
  candidates.push(j);
}

/** The `count` heaviest of `all` (with `allWeights`), heaviest first, the earlier of equals first (as a stable sort puts them). */
export function heaviest<T>(all: ArrayLike<T>, allWeights: ArrayLike<number>, count: number): T[] {
  const terms: T[] = [];
  const weights: number[] = [];
  for (let i = 0; i < all.length; i++) {
    const term = all[i];
    const w = allWeights[i];
    if (terms.length === count && !(w > weights[count - 1])) continue;
    // shift lighter terms down (the last falls off a full list) and put this one in its place
    let at = Math.min(terms.length, count - 1);
    while (at > 0 && weights[at - 1] < w) {
      terms[at] = terms[at - 1];
      weights[at] = weights[at - 1];
      at--;
    }
    terms[at] = term;
    weights[at] = w;
  }
  return terms;
}
