/**
 * Words seen before, found again by their characters in the text: a hash of
 * the code units (ASCII capitals folded, as lower-casing folds them) and a
 * compare, so a known word costs no slice, no lower-casing and no string
 * hash. A word with other characters is lower-cased as a string first, and
 * found by the same hash of its lower-cased form.
 */

import { isJoiner, wordCharAt } from './scan';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** The table is cleared when it holds this many words (as the key memo is bounded). */
const MAX_WORDS = 200_000;

export class WordTable {
  // open addressing, in parallel arrays: the hash, whether a slot is used, the word lower-cased and its key
  private hashes = new Int32Array(0);
  private used = new Uint8Array(0);
  private lowers: string[] = [];
  private keys: string[] = [];
  private count = 0;

  /** `keyOf` gives the key of a lower-cased word. */
  constructor(private readonly keyOf: (lower: string) => string) {
    this.reset(1 << 12);
  }

  /** The slot of the word `text[start, end)`: see {@link lowerAt} and {@link keyAt}. */
  find(text: string, start: number, end: number): number {
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++) {
      let c = text.charCodeAt(i);
      if (c >= 0x80) return this.findLower(text.slice(start, end).toLowerCase());
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    return this.findHashed(h, text, start, end);
  }

  /**
   * Call `word(slot, start, end)` for each word of `text[from, to)` (the
   * words scanWords finds, in order) until it returns true. Each word is
   * hashed as it is scanned: a scan and then a {@link find} read every
   * character twice, and a text's words are most of its characters.
   */
  scan(text: string, from: number, to: number, word: (slot: number, start: number, end: number) => boolean | void): void {
    let i = from;
    while (i < to) {
      let c = text.charCodeAt(i);
      let w = c < 0x80 ? asciiWordWidth(c) : wordCharAt(text, i, to);
      if (w === 0) {
        // a surrogate pair that is not a letter is skipped whole, as scanWords skips it
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
        continue;
      }
      const start = i;
      let h = FNV_OFFSET;
      // whether every code unit so far is ASCII: only then is `h` the word's hash (see find)
      let ascii = true;
      for (;;) {
        if (c < 0x80) h = Math.imul(h ^ (c >= 0x41 && c <= 0x5a ? c + 0x20 : c), FNV_PRIME);
        else ascii = false;
        i += w;
        if (i >= to) break;
        c = text.charCodeAt(i);
        w = c < 0x80 ? asciiWordWidth(c) : wordCharAt(text, i, to);
        if (w !== 0) continue;
        // a joiner between letters belongs to the word ("U.S", "O'Neill", "co-op")
        if (!isJoiner(c)) break;
        const after = wordCharAt(text, i + 1, to);
        if (after === 0) break;
        w = 1;
      }
      const slot = ascii ? this.findHashed(h, text, start, i) : this.findLower(text.slice(start, i).toLowerCase());
      if (word(slot, start, i) === true) return;
    }
  }

  /** The word of a slot, lower-cased. */
  lowerAt(slot: number): string {
    return this.lowers[slot];
  }

  /** The key of the word of a slot. */
  keyAt(slot: number): string {
    return this.keys[slot];
  }

  /** The slot of the ASCII word `text[start, end)`, whose hash (capitals folded) is `h`. */
  private findHashed(h: number, text: string, start: number, end: number): number {
    const mask = this.hashes.length - 1;
    const len = end - start;
    let slot = h & mask;
    for (; this.used[slot]; slot = (slot + 1) & mask) {
      if (this.hashes[slot] === h && this.lowers[slot].length === len && sameFolded(this.lowers[slot], text, start)) return slot;
    }
    return this.insert(h, text.slice(start, end).toLowerCase());
  }

  /** The slot of a lower-cased word with characters beyond ASCII. */
  private findLower(lower: string): number {
    let h = FNV_OFFSET;
    for (let i = 0; i < lower.length; i++) h = Math.imul(h ^ lower.charCodeAt(i), FNV_PRIME);
    const mask = this.hashes.length - 1;
    for (let slot = h & mask; this.used[slot]; slot = (slot + 1) & mask) if (this.hashes[slot] === h && this.lowers[slot] === lower) return slot;
    return this.insert(h, lower);
  }

  private insert(h: number, lower: string): number {
    if (this.count >= MAX_WORDS) this.reset(this.hashes.length);
    else if (2 * (this.count + 1) > this.hashes.length) this.grow();
    const mask = this.hashes.length - 1;
    let slot = h & mask;
    while (this.used[slot]) slot = (slot + 1) & mask;
    this.put(slot, h, lower, this.keyOf(lower));
    return slot;
  }

  private put(slot: number, h: number, lower: string, key: string): void {
    this.hashes[slot] = h;
    this.used[slot] = 1;
    this.lowers[slot] = lower;
    this.keys[slot] = key;
    this.count++;
  }

  private grow(): void {
    const { hashes, used, lowers, keys } = this;
    this.reset(hashes.length * 2);
    const mask = this.hashes.length - 1;
    for (let i = 0; i < hashes.length; i++) {
      if (!used[i]) continue;
      let slot = hashes[i] & mask;
      while (this.used[slot]) slot = (slot + 1) & mask;
      this.put(slot, hashes[i], lowers[i], keys[i]);
    }
  }

  private reset(size: number): void {
    this.hashes = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.lowers = new Array<string>(size).fill('');
    this.keys = new Array<string>(size).fill('');
    this.count = 0;
  }
}

/** Width of an ASCII code unit as a word character: 1 for a letter or digit, else 0. */
function asciiWordWidth(c: number): number {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
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
