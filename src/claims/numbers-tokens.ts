/**
 * The tokens numbers are read from: digits joined by single dots or commas
 * ("3,000", "1.5"), words of letters with at most one inner apostrophe, or any
 * other single character, each with its exact offsets in the text. A run of
 * digits written as a list ("22,24,26") gives each number its own token.
 */
import type { Token } from './numbers-words';
import { splitDigitList } from './numbers-digits';
import { isSpaceCode, lowerCase } from '../sources/chars';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** A letter of the token pattern: ASCII or Latin-1 Supplement to Latin Extended-B (U+00C0–U+024F, × and ÷ included, as the range has always been). */
export const isTokenLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);

/**
 * End of the token starting at `i` (not white space), scanning by hand what
 * `/\d+(?:[.,]\d+)*|[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z\u00C0-\u024F]+)?|\S/`
 * matches there: digits joined by single dots or commas, letters with at most
 * one inner apostrophe, or any one other code unit.
 */
function tokenEnd(text: string, i: number): number {
  const n = text.length;
  const c = text.charCodeAt(i);
  let j = i + 1;
  // every read is inside the text: a read past its end deoptimizes the compiled loop
  if (isDigit(c)) {
    for (;;) {
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      if (j + 1 >= n) return j;
      const d = text.charCodeAt(j);
      if ((d === 46 || d === 44) && isDigit(text.charCodeAt(j + 1))) j += 2;
      else return j;
    }
  }
  if (!isTokenLetter(c)) return j;
  while (j < n && isTokenLetter(text.charCodeAt(j))) j++;
  if (j + 1 >= n) return j;
  const a = text.charCodeAt(j);
  if ((a === 39 || a === 0x2019) && isTokenLetter(text.charCodeAt(j + 1))) {
    j += 2;
    while (j < n && isTokenLetter(text.charCodeAt(j))) j++;
  }
  return j;
}

/**
 * Split `text[from, to)` into tokens with absolute offsets. A token running
 * past `to` is cut there (it is read as the whole text has it, as a regex
 * scanning on would). One pass by code unit, no regex.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let prevEnd = from;
  let i = from;
  for (;;) {
    while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= to) break;
    const end = Math.min(tokenEnd(text, i), to);
    const t = text.slice(i, end);
    // the first character tells the kind (the pattern's alternatives start with a digit, a letter or anything else)
    const c = text.charCodeAt(i);
    const type = isDigit(c) ? 'num' : isTokenLetter(c) ? 'word' : 'sym';
    const list = type === 'num' ? splitDigitList(t) : null;
    if (list) pushList(out, t, i, list, i > prevEnd);
    else out.push({ text: t, lower: type === 'num' ? t : lowerCase(t), start: i, end, type, gap: i > prevEnd });
    prevEnd = end;
    i = end;
  }
  return out;
}

/** "22,24,26" as the numbers of a list: "22", ",", "24", ",", "26", written together. */
function pushList(out: Token[], t: string, at: number, list: ReadonlyArray<[number, number]>, gap: boolean): void {
  list.forEach(([s, e], n) => {
    if (n > 0) out.push({ text: ',', lower: ',', start: at + s - 1, end: at + s, type: 'sym', gap: false });
    out.push({ text: t.slice(s, e), lower: t.slice(s, e), start: at + s, end: at + e, type: 'num', gap: n === 0 && gap });
  });
}
