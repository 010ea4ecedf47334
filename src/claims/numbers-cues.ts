/**
 * Cheap tests over a sentence's characters that tell it cannot hold what an
 * extractor looks for, before it is tokenized: most sentences (71% at 4k) have
 * no digit and no word a number may start with. Tokenizing every sentence (a
 * string and an object per word) was most of the quantity extractor's time.
 * (For units of time the scan costs what the durations extractor's regex does.)
 *
 * A test must be true wherever the extractor could find something: it may let
 * through a sentence that holds nothing, never turn away one that holds a
 * claim. So it reads words as the tokenizer of numbers-tokens.ts makes them (runs of
 * `[A-Za-z\u00C0-\u024F]`, lower-cased), and where it is unsure says yes.
 */
import { isSpaceCode } from '../sources/chars';

/** Runs of letters are hashed, never cut into strings; a hash collision only lets a sentence through. */
const MASK = 0x3fffffff;
const hashOf = (word: string): number => {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) & MASK;
  return h;
};
const HASH_A = hashOf('a');
const HASH_AN = hashOf('an');

/** A letter of the numbers tokenizer outside ASCII (Latin-1 Supplement to Latin Extended-B). */
const isLatinLetter = (c: number): boolean => c >= 0xc0 && c <= 0x24f;

/** What may make a sentence worth tokenizing. */
export interface CueWords {
  /** words, lower case, any one of which is a cue */
  words: Iterable<string>;
  /** words that are a cue right after "a" or "an" ("a dozen", "a third") */
  afterArticle?: Iterable<string>;
  /** characters (UTF-16 code units) that are a cue: digits, "½" */
  chars?: Iterable<number>;
}

/** Bits of a hash that index {@link Cues}' table: a run whose entry is empty is no cue word, with no look-up in a set. */
const TABLE_BITS = 16;

/** A test for whether `text[from, to)` holds one of the cue words or characters. */
export class Cues {
  /** by the low bits of a word's hash: 1 a cue word may have them, 2 a cue word after an article may */
  private readonly table = new Uint8Array(1 << TABLE_BITS);
  private readonly words = new Set<number>();
  private readonly afterArticle = new Set<number>();
  private readonly chars = new Uint8Array(0x10000);
  private longest = 0;
  /** a cue word the tokenizer could make but a run of letters cannot show (an apostrophe): every sentence passes */
  private always = false;

  constructor(cues: CueWords) {
    this.add(this.words, cues.words, 1);
    this.add(this.afterArticle, cues.afterArticle ?? [], 2);
    for (const c of cues.chars ?? []) this.chars[c] = 1;
  }

  private add(set: Set<number>, words: Iterable<string>, bit: number): void {
    for (const w of words) {
      if (!/^[a-z]+$/.test(w)) this.always = true;
      const h = hashOf(w);
      set.add(h);
      this.table[h & ((1 << TABLE_BITS) - 1)] |= bit;
      this.longest = Math.max(this.longest, w.length);
    }
  }

  /** Does `text[from, to)` hold a cue? One pass by code unit; false means the extractor would find nothing. */
  test(text: string, from: number, to: number): boolean {
    if (this.always) return true;
    const { table, chars, longest } = this;
    let h = 0;
    let len = 0;
    let ascii = true;
    // the token before the current run is "a" or "an" (white space between, nothing else)
    let article = false;
    for (let i = from; i <= to; i++) {
      const c = i < to ? text.charCodeAt(i) : 32;
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
        h = (Math.imul(h, 31) + (c | 32)) & MASK;
        len++;
        continue;
      }
      if (isLatinLetter(c)) {
        ascii = false;
        len++;
        continue;
      }
      if (len > 0) {
        // a run of letters ended: a word of the tokenizer, or a piece of one (joined by an apostrophe), which only lets more through
        const bits = ascii && len <= longest ? table[h & ((1 << TABLE_BITS) - 1)] : 0;
        if (bits !== 0 && this.isCue(h, bits, article)) return true;
        article = ascii && ((len === 1 && h === HASH_A) || (len === 2 && h === HASH_AN));
        h = 0;
        len = 0;
        ascii = true;
      }
      if (chars[c] === 1) return true;
      if (!isSpaceCode(c)) article = false;
    }
    return false;
  }

  private isCue(h: number, bits: number, article: boolean): boolean {
    return ((bits & 1) !== 0 && this.words.has(h)) || (article && (bits & 2) !== 0 && this.afterArticle.has(h));
  }
}
