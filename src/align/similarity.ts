/** Cosine similarity of weighted word bags, with inverse document frequency over the run. */

/** Document frequencies of word keys over a set of bags. */
export class Idf {
  private readonly df = new Map<string, number>();
  private n = 0;

  add(bag: ReadonlyMap<string, number>): void {
    this.n++;
    for (const k of bag.keys()) this.df.set(k, (this.df.get(k) ?? 0) + 1);
  }

  weight(key: string): number {
    // smoothed, never zero: a word every claim shares still says a little
    return Math.log(1 + (this.n + 1) / ((this.df.get(key) ?? 0) + 1));
  }
}

/** Cosine of two bags, each word weighted by its IDF. 0 when either is empty. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, idf?: Idf): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, w] of a) {
    const x = w * (idf ? idf.weight(k) : 1);
    na += x * x;
    const v = b.get(k);
    if (v !== undefined) dot += x * v * (idf ? idf.weight(k) : 1);
  }
  for (const [k, w] of b) {
    const x = w * (idf ? idf.weight(k) : 1);
    nb += x * x;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * A bag made ready for many cosines once the IDF is complete: words as
 * numbers, weights and IDF looked up once. Its words are kept in the bag's
 * order (sums run in that order, so every cosine is the same number
 * {@link cosine} gives, to the last bit) and sorted by number (two bags meet
 * in one merge instead of a lookup per word).
 */
export interface WeightedBag {
  /** word numbers, in the bag's order */
  ids: Int32Array;
  /** the bag's weights, in its order */
  weights: Float64Array;
  /** each word's IDF */
  idfs: Float64Array;
  /** weight × IDF */
  scaled: Float64Array;
  /** positions of the words, sorted by word number */
  sorted: Int32Array;
  /** squared length of the scaled vector */
  norm: number;
}

/** Numbers for words, so that bags compare by number. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();

  /** `bag` with each word's weight multiplied by `idf`'s (which must have seen every bag by now), or as it is. */
  weigh(bag: ReadonlyMap<string, number>, idf?: Idf): WeightedBag {
    const n = bag.size;
    const ids = new Int32Array(n);
    const weights = new Float64Array(n);
    const idfs = new Float64Array(n);
    const scaled = new Float64Array(n);
    let norm = 0;
    let i = 0;
    for (const [k, w] of bag) {
      let id = this.ids.get(k);
      if (id === undefined) this.ids.set(k, (id = this.ids.size));
      const f = idf ? idf.weight(k) : 1;
      const x = w * f;
      ids[i] = id;
      weights[i] = w;
      idfs[i] = f;
      scaled[i] = x;
      norm += x * x;
      i++;
    }
    const sorted = Int32Array.from({ length: n }, (_, p) => p).sort((p, q) => ids[p] - ids[q]);
    return { ids, weights, idfs, scaled, sorted, norm };
  }
}

/** Products of shared words by position in the first bag (grown as needed, reused: cosines run one at a time). */
let products = new Float64Array(64);

/** {@link cosine} of two weighted bags (the same number, found by merging their sorted words). */
export function weightedCosine(a: WeightedBag, b: WeightedBag): number {
  if (!(a.norm && b.norm)) return 0;
  const n = a.ids.length;
  if (products.length < n) products = new Float64Array(Math.max(n, products.length * 2));
  products.fill(0, 0, n);
  let p = 0;
  let q = 0;
  let shared = false;
  while (p < n && q < b.ids.length) {
    const i = a.sorted[p];
    const j = b.sorted[q];
    const d = a.ids[i] - b.ids[j];
    if (d < 0) p++;
    else if (d > 0) q++;
    else {
      products[i] = a.scaled[i] * b.weights[j] * a.idfs[i];
      shared = true;
      p++;
      q++;
    }
  }
  if (!shared) return 0;
  // summed in the first bag's order, as cosine sums
  let dot = 0;
  for (let i = 0; i < n; i++) dot += products[i];
  return dot / Math.sqrt(a.norm * b.norm);
}
