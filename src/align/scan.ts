/**
 * Words of a text, found by a scan of its characters: the same words as the
 * global Unicode pattern `[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*` finds in
 * `text.slice(from, to)`, without a slice, a match object or a string per
 * word. Letters and digits are told by the same Unicode classes, looked up
 * once per character.
 */

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Per BMP code unit: 0 not yet known, 1 a letter or digit, 2 not. */
const known = new Uint8Array(0x10000);

function isWordCode(code: number): boolean {
  let k = known[code];
  if (k === 0) known[code] = k = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
  return k === 1;
}

/** Width (1 or 2 code units) of the letter or digit at `i` (before `to`), or 0 when none is there. */
export function wordCharAt(text: string, i: number, to: number): number {
  if (i >= to) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return isWordCode(c) ? 1 : 0;
}

/** The joiners a word may hold between letters: ’ ' . - */
export function isJoiner(c: number): boolean {
  return c === 0x2019 || c === 0x27 || c === 0x2e || c === 0x2d;
}

/** Call `word(start, end)` for each word of `text[from, to)`, in order, until it returns true (WordTable.scan finds the same words). */
export function scanWords(text: string, from: number, to: number, word: (start: number, end: number) => boolean | void): void {
  let i = from;
  while (i < to) {
    let w = wordCharAt(text, i, to);
    if (w === 0) {
      // a surrogate pair that is not a letter is skipped whole, as the pattern reads code points
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const start = i;
    while (w) {
      i += w;
      w = wordCharAt(text, i, to);
      if (w === 0 && i < to && isJoiner(text.charCodeAt(i))) {
        const after = wordCharAt(text, i + 1, to);
        if (after) {
          i += 1;
          w = after;
        }
      }
    }
    if (word(start, i) === true) return;
  }
}

const UPPER = /^\p{Lu}$/u;

/** Per BMP code unit: 0 not yet known, 1 an upper-case letter, 2 not. */
const upper = new Uint8Array(0x10000);

/** Whether the code unit at `i` is an upper-case letter (as `/^\p{Lu}/u` reads that one unit). */
export function isUpperAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  let k = upper[code];
  if (k === 0) upper[code] = k = UPPER.test(String.fromCharCode(code)) ? 1 : 2;
  return k === 1;
}
