/**
 * Words seen before, found again by their characters in the text: a hash of
 * the code units (ASCII capitals folded, as lower-casing folds them) and a
 * compare, so a known word costs no slice, no lower-casing and no string
 * hash. A word with other characters is lower-cased as a string first, and
 * found by the same hash of its lower-cased form. Words are hashed as a
 * scan finds them (the words scanWords finds, with no second pass).
 */

import { isJoiner, wordCharAt } from './scan';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** The table is cleared when it holds this many words (as the key memo is bounded). */
const MAX_WORDS = 200_000;

export class WordTable {
  // open addressing, in parallel arrays: the hash, whether a slot is used, the word lower-cased, its key and its mark
  private hashes = new Int32Array(0);
  private used = new Uint8Array(0);
  private lowers: string[] = [];
  private keys: string[] = [];
  /** per slot: 0 while the word's mark is not worked out, 1 marked, 2 not */
  private marks = new Uint8Array(0);
  private count = 0;
  /** counts the times slots were laid out anew (grown or cleared): a slot's number means its word only within one layout */
  layout = 0;

  /**
   * `keyOf` gives the key of a lower-cased word; `markOf`, from a word and
   * its key, a yes or no worked out for a word when first asked
   * ({@link markAt}) rather than for every word met.
   */
  constructor(
    private readonly keyOf: (lower: string) => string,
    private readonly markOf: (lower: string, key: string) => boolean = () => false,
  ) {
    this.reset(1 << 12);
  }

  /**
   * Call `word(slot, start, end)` for each word of `text[from, to)` (the
   * words scanWords finds, in order) until it returns true; see
   * {@link lowerAt} and {@link keyAt}. Each word is hashed as it is scanned
   * (a scan and then a lookup read every character twice, and a text's
   * words are most of its characters), ASCII told by a table.
   */
  scan(text: string, from: number, to: number, word: (slot: number, start: number, end: number) => boolean | void): void {
    let i = from;
    while (i < to) {
      let c = text.charCodeAt(i);
      if (c < 0x80) {
        if (ASCII_CLASS[c] !== LETTER) {
          i++;
          continue;
        }
      } else if (wordCharAt(text, i, to) === 0) {
        // a surrogate pair that is not a letter is skipped whole, as scanWords skips it
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
        continue;
      }
      const start = i;
      let h = FNV_OFFSET;
      // whether every code unit so far is ASCII: only then is `h` the hash the table knows the word by
      let ascii = true;
      // `c` is a letter or digit, or a joiner with one after it, at `i`
      for (;;) {
        if (c < 0x80) {
          h = Math.imul(h ^ FOLDED[c], FNV_PRIME);
          i++;
        } else {
          ascii = false;
          // a letter beyond the BMP is a pair of surrogates
          i += (c & 0xfc00) === 0xd800 ? 2 : 1;
        }
        if (i >= to) break;
        c = text.charCodeAt(i);
        if (c < 0x80) {
          const k = ASCII_CLASS[c];
          if (k === LETTER) continue;
          if (k !== JOINER) break;
        } else if (wordCharAt(text, i, to) !== 0) continue;
        else if (!isJoiner(c)) break;
        // a joiner between letters belongs to the word ("U.S", "O'Neill", "co-op")
        if (i + 1 >= to) break;
        const next = text.charCodeAt(i + 1);
        if (next < 0x80 ? ASCII_CLASS[next] !== LETTER : wordCharAt(text, i + 1, to) === 0) break;
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

  /** The mark of the word of a slot (see the constructor). */
  markAt(slot: number): boolean {
    let m = this.marks[slot];
    if (m === 0) this.marks[slot] = m = this.markOf(this.lowers[slot], this.keys[slot]) ? 1 : 2;
    return m === 1;
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
    this.put(slot, h, lower, this.keyOf(lower), 0);
    return slot;
  }

  private put(slot: number, h: number, lower: string, key: string, mark: number): void {
    this.hashes[slot] = h;
    this.used[slot] = 1;
    this.lowers[slot] = lower;
    this.keys[slot] = key;
    this.marks[slot] = mark;
    this.count++;
  }

  private grow(): void {
    const { hashes, used, lowers, keys, marks } = this;
    this.reset(hashes.length * 2);
    const mask = this.hashes.length - 1;
    for (let i = 0; i < hashes.length; i++) {
      if (!used[i]) continue;
      let slot = hashes[i] & mask;
      while (this.used[slot]) slot = (slot + 1) & mask;
      this.put(slot, hashes[i], lowers[i], keys[i], marks[i]);
    }
  }

  /** How many slots there are (every slot is below). */
  get capacity(): number {
    return this.hashes.length;
  }

  private reset(size: number): void {
    this.layout++;
    this.hashes = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.lowers = new Array<string>(size).fill('');
    this.keys = new Array<string>(size).fill('');
    this.marks = new Uint8Array(size);
    this.count = 0;
  }
}

/** What an ASCII code unit is to a word: a letter or digit, a joiner (' . -) or neither. */
const LETTER = 1;
const JOINER = 2;
const ASCII_CLASS = new Uint8Array(0x80);
/** ASCII code units with capitals folded, as lower-casing folds them. */
const FOLDED = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) {
  ASCII_CLASS[c] = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? LETTER : isJoiner(c) ? JOINER : 0;
  FOLDED[c] = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
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
