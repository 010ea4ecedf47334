/**
 * Words seen before, found again by their characters in the text: a hash of
 * the code units (ASCII capitals folded, as lower-casing folds them) and a
 * compare, so a known word costs no slice, no lower-casing and no string
 * hash. Words with other characters are lower-cased as strings, each time.
 */

/** A word lower-cased, with its key. */
export interface KnownWord {
  lower: string;
  key: string;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** The table is cleared when it holds this many words (as the key memo is bounded). */
const MAX_WORDS = 200_000;

export class WordTable {
  private hashes = new Int32Array(1 << 12);
  private words: Array<KnownWord | undefined> = new Array<KnownWord | undefined>(1 << 12);
  private count = 0;

  /** `keyOf` gives the key of a lower-cased word. */
  constructor(private readonly keyOf: (lower: string) => string) {}

  /** The word `text[start, end)`, lower-cased, and its key. */
  at(text: string, start: number, end: number): KnownWord {
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++) {
      let c = text.charCodeAt(i);
      if (c >= 0x80) return this.make(text.slice(start, end).toLowerCase());
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    const mask = this.hashes.length - 1;
    const len = end - start;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const w = this.words[slot];
      if (w === undefined) break;
      if (this.hashes[slot] === h && w.lower.length === len && sameFolded(w.lower, text, start)) return w;
    }
    const word = this.make(text.slice(start, end).toLowerCase());
    this.insert(h, word);
    return word;
  }

  private make(lower: string): KnownWord {
    return { lower, key: this.keyOf(lower) };
  }

  private insert(h: number, word: KnownWord): void {
    if (this.count >= MAX_WORDS) this.reset(this.hashes.length);
    else if (2 * (this.count + 1) > this.hashes.length) this.grow();
    const mask = this.hashes.length - 1;
    let slot = h & mask;
    while (this.words[slot] !== undefined) slot = (slot + 1) & mask;
    this.hashes[slot] = h;
    this.words[slot] = word;
    this.count++;
  }

  private grow(): void {
    const [hashes, words] = [this.hashes, this.words];
    this.reset(hashes.length * 2);
    const mask = this.hashes.length - 1;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (w === undefined) continue;
      let slot = hashes[i] & mask;
      while (this.words[slot] !== undefined) slot = (slot + 1) & mask;
      this.hashes[slot] = hashes[i];
      this.words[slot] = w;
      this.count++;
    }
  }

  private reset(size: number): void {
    this.hashes = new Int32Array(size);
    this.words = new Array<KnownWord | undefined>(size);
    this.count = 0;
  }
}

/** Whether `lower` is `text` from `start` with ASCII capitals folded. */
function sameFolded(lower: string, text: string, start: number): boolean {
  for (let k = 0; k < lower.length; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== lower.charCodeAt(k)) return false;
  }
  return true;
}
