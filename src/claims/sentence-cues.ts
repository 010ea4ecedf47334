/**
 * Which extractors and finders a sentence is worth running: one pass over
 * its characters that sets a bit for each whose cue could match there. Most
 * sentences hold no date, and each date finder testing its own
 * case-insensitive alternation of words over every sentence cost more than
 * all the finding. The pipeline runs the pass once per sentence before the
 * extractors (claims/index.ts), and every extractor reads its bits: the date
 * finders ({@link CUE}), relative.ts's patterns each by the words they need
 * ({@link RELATIVE}), durations ({@link TIME_UNIT}), quantities
 * ({@link QUANTITY}) and people ({@link CAPITAL}). The bits, and the tables of words the pass looks up, are
 * in cue-tables.ts; what is a name's letter or a capital, names.ts tells.
 *
 * A bit is a necessary condition, never a judgement: each is set whenever
 * the finder's own cue (or, for the range lead, its pattern) can match in the
 * sentence, and the finder still tests that cue itself. The pass reads the
 * sentence as the finders read their slice of it: a word starts at the
 * sentence start, and every word is a run of `\w` (`[A-Za-z0-9_]`), as `\b`
 * sees it. Letters are compared case-insensitively and only in ASCII (a
 * pattern's `i` flag without `u` matches an ASCII letter with nothing else), so
 * a case-sensitive cue is only matched more often. Each cue is read as:
 *
 * - a whole word: `\bMay\b`, `\bdays?\b`, `\bfrom\b` hold a word of exactly
 *   those letters. We look up its first three letters and its length ("jan"
 *   of 3 or 7 letters), which every such word has;
 * - a word after another: "in" or "since" then white space then "ten" …
 *   "twenty" (a year in words), "the" then white space then a word ending in
 *   st, nd, rd or th ("the 18th", "the first");
 * - a string anywhere ("end", "christmas", "ties"): we look up each run of
 *   three or four letters; a string holds the three or four letters we chose
 *   from it ("ksgi" of "thanksgiving", rarer than "than"); a pattern of two
 *   strings ("new\s+year", "king\s+day") needs both;
 * - a figure: any digit, or a digit right before `-` or `/` (chrono's dates in
 *   figures: "2024-05-01", "5/1/2024", "5/2024", "5/1").
 */
import type { ExtractContext, Span } from '../types';
import { isSpaceCode } from '../sources/chars';
import { isCapitalCode, isNameLetterCode } from './names';
import * as tables from './cue-tables';

export { CAPITAL, CUE, QUANTITY, RELATIVE, TIME_UNIT } from './cue-tables';

// the tables as constants of this module: read through the module's exports, every look-up of the loop below was a property load (the pass took a tenth longer)
const { ASTE, BEFORE_DAY, CAPITAL, code, CUE, DAY, LEAD_LENGTHS, NAME_LENGTHS, NEW, PREFIX4, pieces3, pieces4, QUANTITY, quantityChars, quantityRuns, quantityShort, RELATIVE, RELATIVE_LENGTHS, relativeWords, STER, TIME_PIECE, TIME_UNIT, YEAR, YEAR_WORD_LENGTHS } = tables;

// words after which a next one may be a year in words ("in", "by", "since", "until"), or an ordinal ("the"),
// and the last two letters of an ordinal, as codes compared one by one (a set lookup for each word costs more)
const [IN, BY, SINCE, UNTIL, THE] = ['in', 'by', 'since', 'until', 'the'].map(code);
// "the twenty-first", "the thirty-first": the word after "the" is "twenty" or "thirty"
const [TWE, THI] = ['twe', 'thi'].map(code);
// units of time of two letters
const [HR, WK, YR] = ['hr', 'wk', 'yr'].map(code);
// "a", "an": a quantity word after them may be one only there ("a third")
const [A, AN] = ['a', 'an'].map(code);

/** The {@link QUANTITY} bit of a run of `n` letters (its first three `head`, its last two `tail2`), `article` when "a" or "an" and white space came before it. */
function quantityRun(n: number, head: number, tail2: number, article: boolean): number {
  const found = n >= 3 ? (n < 16 ? quantityRuns[(head << 4) | n] : 0) : quantityShort[n === 2 ? tail2 : tail2 & 31];
  return (found & 1) !== 0 || (article && (found & 2) !== 0) ? QUANTITY : 0;
}
const [ST, ND, RD, TH] = ['st', 'nd', 'rd', 'th'].map(code);

/**
 * The {@link CUE} bits of `text[start, end)`; a clear bit means that finder's
 * cue cannot match there. One pass, nothing allocated; it runs over every
 * character of every sentence, so it is written as one flat loop.
 */
export function cueBits(text: string, start: number, end: number): number {
  let bits = 0;
  // letters in a row (of any word), the last four of them, and the pieces bits of the three before this one
  let run = 0;
  let grams = 0;
  let prev3 = 0;
  // the word being read: where it started, its first three letters (or -1), the code of its letters while it has six or fewer (else -1)
  let wordStart = -1;
  let head = -1;
  let whole = 0;
  // the previous word was "in"/"by"/"since"/"until" (or "the"), and only white space has followed it
  let afterIn = false;
  let afterThe = false;
  let wordAfterIn = false;
  let wordAfterThe = false;
  // the first three letters of the run of letters being read; the last run was "a" or "an", and only white space has followed it
  let runHead = 0;
  let article = false;
  // a letter a name token may start with has been read
  let lettered = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // 1–26 for an ASCII letter of either case, and for no other code unit (c | 32 is never below c)
    const l = (c | 32) - 96;
    if (l >= 1 && l <= 26) {
      if (!lettered) lettered = true;
      else if (c <= 90) bits |= CAPITAL;
      grams = ((grams << 5) | l) & 0xfffff;
      run++;
      if (run === 3) runHead = grams & 0x7fff;
      if (run >= 3) {
        const v = pieces3[grams & 0x7fff];
        if (prev3 & PREFIX4) bits |= pieces4[grams];
        bits |= v;
        prev3 = v;
      }
      if (wordStart < 0) {
        wordStart = i;
        head = -1;
        whole = 0;
        wordAfterIn = afterIn;
        wordAfterThe = afterThe;
      }
      // only a word's first six letters are read for its code, and its first three for its head
      const k = i - wordStart;
      if (k < 6) {
        if (whole >= 0) whole = (whole << 5) | l;
        if (k === 2 && run === 3) head = grams & 0x7fff;
      } else whole = -1;
      continue;
    }
    const tail = run >= 2 ? grams & 0x3ff : -1;
    if (run > 0) {
      bits |= quantityRun(run, runHead, grams & 0x3ff, article);
      article = (run === 1 && (grams & 31) === A) || (run === 2 && (grams & 0x3ff) === AN);
    }
    if (!isSpaceCode(c)) article = false;
    if (c > 0x7f) {
      if (quantityChars[c] === 1) bits |= QUANTITY;
      if (lettered) {
        if (isCapitalCode(c)) bits |= CAPITAL;
      } else if (isNameLetterCode(c)) lettered = true;
    }
    run = 0;
    prev3 = 0;
    if ((c >= 48 && c <= 57) || c === 95) {
      // a digit or "_": part of a word, as `\w` is
      if (c !== 95) {
        bits |= digitBits(text, i, start, end);
        lettered = true;
      }
      if (wordStart < 0) {
        wordStart = i;
        head = -1;
        wordAfterIn = afterIn;
        wordAfterThe = afterThe;
      }
      whole = -1;
      continue;
    }
    if (wordStart >= 0) {
      bits |= wordBits(head, i - wordStart, tail, wordAfterIn, wordAfterThe);
      if (whole === HR || whole === WK || whole === YR) bits |= TIME_UNIT;
      afterIn = whole === IN || whole === BY || whole === SINCE || whole === UNTIL;
      afterThe = whole === THE;
      wordStart = -1;
    }
    // "in  twenty", "the 18th": only white space may stand between the two words
    if (!isSpaceCode(c)) afterIn = afterThe = false;
  }
  if (run > 0) bits |= quantityRun(run, runHead, grams & 0x3ff, article);
  if (wordStart >= 0) {
    bits |= wordBits(head, end - wordStart, run >= 2 ? grams & 0x3ff : -1, wordAfterIn, wordAfterThe);
    if (whole === HR || whole === WK || whole === YR) bits |= TIME_UNIT;
  }
  if (bits & TIME_PIECE) bits |= TIME_UNIT;
  if ((bits & NEW && bits & YEAR) || (bits & BEFORE_DAY && bits & DAY) || (bits & ASTE && bits & STER)) bits |= CUE.holiday;
  return bits & RETURNED;
}

/** The cue bits of each of `sentences` of `text`: one pass over each. */
export function cuesOf(text: string, sentences: readonly Span[]): Int32Array {
  const out = new Int32Array(sentences.length);
  for (let i = 0; i < sentences.length; i++) out[i] = cueBits(text, sentences[i].start, sentences[i].end);
  return out;
}

/**
 * The cue bits of a context's sentences: those the pipeline worked out once
 * for every extractor (claims/index.ts), else worked out now, for an
 * extractor run alone. Every extractor reads its sentences' bits this way.
 */
export function sentenceCues(ctx: Pick<ExtractContext, 'source' | 'sentences' | 'cues'>): ArrayLike<number> {
  return ctx.cues ?? cuesOf(ctx.source.text, ctx.sentences);
}

/** The bits {@link cueBits} gives: {@link CUE}'s and {@link RELATIVE}'s (the pair bits between them only combine into CUE.holiday). */
const RETURNED = 0xff | (0xffff << 16);

/** A code unit of `\w`: an ASCII letter, a digit or "_". */
function isWordCode(c: number): boolean {
  const l = (c | 32) - 96;
  return (l >= 1 && l <= 26) || (c >= 48 && c <= 57) || c === 95;
}

/** The bits the digit at `i` of `text[start, end)` sets. */
function digitBits(text: string, i: number, start: number, end: number): number {
  let bits = CUE.digit;
  const next = i + 1 < end ? text.charCodeAt(i + 1) : 0;
  if (next === 45 || next === 47) bits |= CUE.digitJoin;
  // "3h", "2d": a letter of a unit that ends the word
  const unit = next | 32;
  if ((unit === 104 || unit === 100 || unit === 119 || unit === 121) && !(i + 2 < end && isWordCode(text.charCodeAt(i + 2)))) bits |= TIME_UNIT;
  // findPeriods' figures: "1990s", "90's", "2017q1", "Q3", "h2" (and "week 31", which "week" sets)
  if (text.charCodeAt(i) === 48) {
    for (let k = i + 1; k <= i + 3 && k < end; k++) if ((text.charCodeAt(k) | 32) === 115) bits |= CUE.period;
  } else if (i > start && text.charCodeAt(i) <= 52) {
    const before = text.charCodeAt(i - 1) | 32;
    if (before === 113 || before === 104) bits |= CUE.period;
  }
  return bits;
}

/**
 * The bits a whole word sets: `n` characters long, starting with the three
 * letters `head` (or -1), ending with the two letters `tail` (or -1).
 */
function wordBits(head: number, n: number, tail: number, afterIn: boolean, afterThe: boolean): number {
  let bits = 0;
  if (head >= 0 && n < 16) {
    const len = 1 << n;
    if (NAME_LENGTHS[head] & len) bits |= CUE.name;
    if (RELATIVE_LENGTHS[head] & len) bits |= CUE.relative;
    if (LEAD_LENGTHS[head] & len) bits |= CUE.lead;
    if (afterIn && YEAR_WORD_LENGTHS[head] & len) bits |= CUE.yearWords;
    bits |= relativeWords[(head << 4) | n] << 16;
  }
  // "the 18th", "the first": relative.ts's `the\s+\w+(?:st|nd|rd|th)\b`
  if (afterThe && n >= 3 && (tail === ST || tail === ND || tail === RD || tail === TH)) bits |= CUE.relative | RELATIVE.dayNumber;
  if (afterThe && n === 6 && (head === TWE || head === THI)) bits |= RELATIVE.dayNumber;
  return bits;
}
