/** Cosine similarity of weighted word bags, with inverse document frequency over the run. */

/** Document frequencies of word keys over a set of bags. */
export class Idf {
  /** per key: the documents it is in, and the last document it was seen in (so that keys seen one at a time count once per document); one lookup a key */
  private readonly counts = new Map<string, { df: number; seenIn: number }>();
  private n = 0;

  add(bag: ReadonlyMap<string, number>): void {
    this.n++;
    for (const k of bag.keys()) {
      const c = this.counts.get(k);
      if (c) c.df++;
      else this.counts.set(k, { df: 1, seenIn: 0 });
    }
  }

  /** Start a document whose keys come one at a time ({@link see}), repeats allowed. */
  begin(): void {
    this.n++;
  }

  /** A key of the document begun last. */
  see(key: string): void {
    const c = this.counts.get(key);
    if (!c) this.counts.set(key, { df: 1, seenIn: this.n });
    else if (c.seenIn !== this.n) {
      c.seenIn = this.n;
      c.df++;
    }
  }

  weight(key: string): number {
    // smoothed, never zero: a word every claim shares still says a little
    return Math.log(1 + (this.n + 1) / ((this.counts.get(key)?.df ?? 0) + 1));
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
 * in one merge instead of a lookup per word). Two arrays per bag: plain ones
 * for a claim's few words (small typed arrays cost more to make), typed ones
 * for an article's hundreds (the collector need not copy them).
 */
export interface WeightedBag {
  /** number of words */
  size: number;
  /**
   * word numbers in the bag's order, then the positions of the words sorted
   * by number; a {@link plain} bag holds the numbers only (an article's bag
   * is compared by spreading it, {@link SpreadBag}), and a merge sorts them
   * when asked ({@link mergeable})
   */
  words: number[] | Int32Array;
  /** per word, in the bag's order: its weight, its IDF, and weight × IDF (a {@link plain} bag: its weight alone) */
  values: number[] | Float64Array;
  /** squared length of the scaled vector */
  norm: number;
  /** no IDF: every word's IDF is 1 and its weight × IDF its weight, so `values` holds only the weights (an article's bag: a third of the memory) */
  plain?: boolean;
}

/** The weight of word `i` of `bag`. */
function weightAt(bag: WeightedBag, i: number): number {
  return bag.plain ? bag.values[i] : bag.values[3 * i];
}

/** The IDF of word `i` of `bag`. */
function idfAt(bag: WeightedBag, i: number): number {
  return bag.plain ? 1 : bag.values[3 * i + 1];
}

/** Weight × IDF of word `i` of `bag`. */
function scaledAt(bag: WeightedBag, i: number): number {
  return bag.plain ? bag.values[i] : bag.values[3 * i + 2];
}

/** Numbers for words, so that bags compare by number. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];

  /** How many words have numbers. */
  get size(): number {
    return this.ids.size;
  }

  /** The number of a word (a new one for a word not met before). */
  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      this.ids.set(word, (id = this.words.length));
      this.words.push(word);
    }
    return id;
  }

  /** The word of a number. */
  wordOf(id: number): string {
    return this.words[id];
  }

  /**
   * A plain bag of the words numbered `ids` (each once) with `weights` as
   * they are. The bag keeps both arrays themselves (an archive's articles'
   * bags are all made at once: no copy): they must not change while it is used.
   */
  weighNumbers(ids: Int32Array, weights: Float64Array): WeightedBag {
    let norm = 0;
    for (let i = 0; i < weights.length; i++) {
      // no IDF: the weight as it is (w × 1 is w)
      const w = weights[i];
      norm += w * w;
    }
    return { size: ids.length, words: ids, values: weights, norm, plain: true };
  }

  /** `bag` with each word's weight multiplied by `idf`'s (which must have seen every bag by now). */
  weigh(bag: ReadonlyMap<string, number>, idf: Idf): WeightedBag {
    const weighed = new WeighedBag(bag.size);
    for (const [k, w] of bag) weighed.add(this.idOf(k), w, idf.weight(k));
    return weighed.done();
  }
}

/** Elements in a block of {@link TypedBlocks} (four or eight megabytes). */
const BLOCK = 1 << 20;

/**
 * Typed arrays cut from a few large blocks. Thousands of small typed arrays
 * (an article's terms), each allocated apart in the C heap, leave that heap
 * as large as they all were once they are freed; a large block is mapped on
 * its own and given back to the system with its last array.
 */
export class TypedBlocks {
  private ints = new Int32Array(0);
  private intsUsed = 0;
  private floats = new Float64Array(0);
  private floatsUsed = 0;
  /** every block cut so far */
  private readonly blocks: ArrayBuffer[] = [];

  /** A zeroed array of `n` 32-bit integers. */
  int32(n: number): Int32Array {
    if (n > BLOCK / 4) return new Int32Array(n);
    if (this.intsUsed + n > this.ints.length) {
      this.ints = new Int32Array(BLOCK);
      this.intsUsed = 0;
      this.blocks.push(this.ints.buffer);
    }
    return this.ints.subarray(this.intsUsed, (this.intsUsed += n));
  }

  /** A zeroed array of `n` doubles. */
  float64(n: number): Float64Array {
    if (n > BLOCK / 4) return new Float64Array(n);
    if (this.floatsUsed + n > this.floats.length) {
      this.floats = new Float64Array(BLOCK);
      this.floatsUsed = 0;
      this.blocks.push(this.floats.buffer);
    }
    return this.floats.subarray(this.floatsUsed, (this.floatsUsed += n));
  }

  /**
   * Give the blocks back now: every array cut from them is empty from here
   * on. Blocks outlive many young collections and would otherwise wait for
   * the next full one, while the next stages fill the heap; handed over to a
   * copy that nothing keeps, they go with the next young collection.
   */
  release(): void {
    for (const b of this.blocks) structuredClone(b, { transfer: [b] });
    this.blocks.length = 0;
    this.ints = new Int32Array(0);
    this.floats = new Float64Array(0);
  }
}

/** A weighted bag being made, word by word in the bag's order. */
class WeighedBag {
  private readonly words: number[];
  private readonly values: number[];
  private norm = 0;
  private i = 0;

  constructor(private readonly size: number) {
    this.words = new Array<number>(2 * size);
    this.values = new Array<number>(3 * size);
  }

  add(id: number, w: number, f: number): void {
    const i = this.i++;
    const x = w * f;
    this.words[i] = id;
    this.words[this.size + i] = i;
    this.values[3 * i] = w;
    this.values[3 * i + 1] = f;
    this.values[3 * i + 2] = x;
    this.norm += x * x;
  }

  done(): WeightedBag {
    sortPositions(this.words, this.size);
    return { size: this.size, words: this.words, values: this.values, norm: this.norm, plain: false };
  }
}

/** Sort `words[size, 2·size)` (positions) by the word numbers in `words[0, size)`: by insertion when short, else by a sort. */
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

/** `bag` with the positions of its words sorted by number after them (a plain bag holds its numbers only: a copy that has them). */
function mergeable(bag: WeightedBag): WeightedBag {
  const { size, words } = bag;
  if (words.length >= 2 * size) return bag;
  const positions = Array.from({ length: size }, (_, i) => i).sort((x, y) => words[x] - words[y]);
  const both = new Int32Array(2 * size);
  for (let i = 0; i < size; i++) {
    both[i] = words[i];
    both[size + i] = positions[i];
  }
  return { ...bag, words: both };
}

/** {@link cosine} of two weighted bags (the same number, found by merging their sorted words). */
export function weightedCosine(x: WeightedBag, y: WeightedBag): number {
  if (!(x.norm && y.norm)) return 0;
  const a = mergeable(x);
  const b = mergeable(y);
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
      products[i] = scaledAt(a, i) * weightAt(b, j) * idfAt(a, i);
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

/**
 * One bag spread over the word numbers, for its cosines with many others:
 * each costs a pass over the other bag (and, as the first of the two, one
 * over this bag's products), with the same number {@link cosine} gives.
 */
export class SpreadBag {
  /** by word number: 1 + its position in the spread bag, 0 when it has none */
  private readonly positions: Int32Array;
  private bag?: WeightedBag;

  /** `size`: the number of words the vocabulary had when the bags were weighed. */
  constructor(size: number) {
    this.positions = new Int32Array(size);
  }

  spread(bag: WeightedBag): void {
    if (this.bag) for (let i = 0; i < this.bag.size; i++) this.positions[this.bag.words[i]] = 0;
    for (let i = 0; i < bag.size; i++) this.positions[bag.words[i]] = i + 1;
    this.bag = bag;
  }

  /** The cosine of the spread bag (first) and `other`. */
  cosineWith(other: WeightedBag): number {
    const a = this.bag as WeightedBag;
    if (!(a.norm && other.norm)) return 0;
    if (a.plain && other.plain) return plainCosineWith(this.positions, a, other);
    const n = a.size;
    if (products.length < n) products = new Float64Array(Math.max(n, products.length * 2));
    products.fill(0, 0, n);
    let shared = false;
    for (let q = 0; q < other.size; q++) {
      const p = this.positions[other.words[q]] - 1;
      if (p < 0) continue;
      products[p] = scaledAt(a, p) * weightAt(other, q) * idfAt(a, p);
      shared = true;
    }
    if (!shared) return 0;
    // summed in the first bag's order, as cosine sums
    let dot = 0;
    for (let i = 0; i < n; i++) dot += products[i];
    return dot / Math.sqrt(a.norm * other.norm);
  }

  /** The cosine of `other` (first) and the spread bag. */
  cosineOf(other: WeightedBag): number {
    const b = this.bag as WeightedBag;
    if (!(other.norm && b.norm)) return 0;
    if (other.plain && b.plain) return plainCosineOf(this.positions, other, b);
    let dot = 0;
    for (let i = 0; i < other.size; i++) {
      const q = this.positions[other.words[i]] - 1;
      if (q >= 0) dot += scaledAt(other, i) * weightAt(b, q) * idfAt(other, i);
    }
    return dot / Math.sqrt(other.norm * b.norm);
  }
}

/**
 * {@link SpreadBag.cosineWith} of two plain bags (articles' bags, in typed
 * arrays: story grouping compares tens of thousands of pairs), to the same
 * number: a plain bag's IDF is 1, and a product times 1 is that product, to
 * the last bit; the products are summed in the same order. Apart, so that
 * its loads see typed arrays only.
 */
function plainCosineWith(positions: Int32Array, a: WeightedBag, other: WeightedBag): number {
  const n = a.size;
  if (products.length < n) products = new Float64Array(Math.max(n, products.length * 2));
  const out = products;
  out.fill(0, 0, n);
  const av = a.values as Float64Array;
  const ow = other.words as Int32Array;
  const ov = other.values as Float64Array;
  let shared = false;
  for (let q = 0; q < other.size; q++) {
    const p = positions[ow[q]] - 1;
    if (p < 0) continue;
    out[p] = av[p] * ov[q];
    shared = true;
  }
  if (!shared) return 0;
  let dot = 0;
  for (let i = 0; i < n; i++) dot += out[i];
  return dot / Math.sqrt(a.norm * other.norm);
}

/** {@link SpreadBag.cosineOf} of two plain bags, as {@link plainCosineWith} is to cosineWith. */
function plainCosineOf(positions: Int32Array, other: WeightedBag, b: WeightedBag): number {
  const ow = other.words as Int32Array;
  const ov = other.values as Float64Array;
  const bv = b.values as Float64Array;
  let dot = 0;
  for (let i = 0; i < other.size; i++) {
    const q = positions[ow[i]] - 1;
    if (q >= 0) dot += ov[i] * bv[q];
  }
  return dot / Math.sqrt(other.norm * b.norm);
}
