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
