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
 * in one merge instead of a lookup per word). Plain arrays, two per bag: a
 * story has thousands of bags, and small typed arrays cost more to make.
 */
export interface WeightedBag {
  /** number of words */
  size: number;
  /** word numbers in the bag's order, then the positions of the words sorted by number */
  words: number[];
  /** per word, in the bag's order: its weight, its IDF, and weight × IDF */
  values: number[];
  /** squared length of the scaled vector */
  norm: number;
}

/** Numbers for words, so that bags compare by number. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();

  /** `bag` with each word's weight multiplied by `idf`'s (which must have seen every bag by now), or as it is. */
  weigh(bag: ReadonlyMap<string, number>, idf?: Idf): WeightedBag {
    const size = bag.size;
    const words = new Array<number>(2 * size);
    const values = new Array<number>(3 * size);
    let norm = 0;
    let i = 0;
    for (const [k, w] of bag) {
      let id = this.ids.get(k);
      if (id === undefined) this.ids.set(k, (id = this.ids.size));
      const f = idf ? idf.weight(k) : 1;
      const x = w * f;
      words[i] = id;
      words[size + i] = i;
      values[3 * i] = w;
      values[3 * i + 1] = f;
      values[3 * i + 2] = x;
      norm += x * x;
      i++;
    }
    sortPositions(words, size);
    return { size, words, values, norm };
  }
}

/** Sort `words[size, 2·size)` (positions) by the word numbers in `words[0, size)`: by insertion when short (a claim's bag), else by a sort (an article's). */
function sortPositions(words: number[], size: number): void {
  if (size > 32) {
    const sorted = words.slice(size).sort((x, y) => words[x] - words[y]);
    for (let p = 0; p < size; p++) words[size + p] = sorted[p];
    return;
  }
  for (let p = size + 1; p < 2 * size; p++) {
    const pos = words[p];
    const id = words[pos];
    let q = p - 1;
    while (q >= size && words[words[q]] > id) {
      words[q + 1] = words[q];
      q--;
    }
    words[q + 1] = pos;
  }
}

/** Products of shared words by position in the first bag (grown as needed, reused: cosines run one at a time). */
let products = new Float64Array(64);

/** {@link cosine} of two weighted bags (the same number, found by merging their sorted words). */
export function weightedCosine(a: WeightedBag, b: WeightedBag): number {
  if (!(a.norm && b.norm)) return 0;
  const n = a.size;
  const m = b.size;
  if (products.length < n) products = new Float64Array(Math.max(n, products.length * 2));
  const aw = a.words;
  const bw = b.words;
  let p = n;
  let q = m;
  let shared = false;
  products.fill(0, 0, n);
  while (p < 2 * n && q < 2 * m) {
    const i = aw[p];
    const j = bw[q];
    const d = aw[i] - bw[j];
    if (d < 0) p++;
    else if (d > 0) q++;
    else {
      // (weight × IDF) × other weight × IDF, as cosine multiplies
      products[i] = a.values[3 * i + 2] * b.values[3 * j] * a.values[3 * i + 1];
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
