/**
 * Which date finders a sentence is worth running: one pass over its
 * characters that sets a bit for each finder whose cue pattern could match
 * there. Most sentences hold no date, and each finder testing its own
 * case-insensitive alternation of words over every sentence cost more than
 * all the finding. The pipeline runs the pass once per sentence before the
 * extractors (claims/index.ts), and it serves more than dates: relative.ts's
 * patterns each by the words they need ({@link RELATIVE}), durations
 * ({@link TIME_UNIT}) and quantities ({@link QUANTITY}).
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
import { isSpaceCode } from '../sources/chars';
import { QUANTITY_CUE_WORDS } from './numbers';
import { isNameLetterCode } from './names';

/** Bits of {@link dateCues}: which finders may find something in a sentence. */
export const CUE = {
  /** a digit: numeric-dates.ts, findYears */
  digit: 1,
  /** a digit right before `-` or `/`: chrono's dates in figures */
  digitJoin: 2,
  /** a month or weekday name, or "may" / "march" (chrono.ts, word-dates.ts) */
  name: 4,
  /** "in", "since", "until", "by" before a number word that begins a year in words (word-dates.ts) */
  yearWords: 8,
  /** a unit or a casual day ("days", "month", "today", "ytd"), or "the" before an ordinal (relative.ts) */
  relative: 16,
  /** a word of findPeriods' cue ("end", "quarter", "century", "mid", "week") or one of its figures ("1990s", "q3") */
  period: 32,
  /** a named day (holidays.ts) */
  holiday: 64,
  /** "from" or "between" (a range lead, date-ranges.ts) */
  lead: 128,
} as const;

/**
 * Finer bits for relative.ts, above the {@link CUE} bits of {@link dateCues}:
 * each of its patterns runs only where the words it needs are all there
 * (most sentences with "year" or "day" hold none of its expressions). Each
 * is a whole word of those listed, as the finder's pattern reads it.
 */
export const RELATIVE = {
  /** yesterday, today, tonight, tomorrow, tmrw */
  casual: 1 << 16,
  /** this, last, next, past, previous */
  which: 1 << 17,
  /** a unit: day(s), week(s), weekend, workweek, workday(s), fortnight(s), month(s), quarter(s), year(s) */
  unit: 1 << 18,
  /** rest, remainder, remaining, balance */
  rest: 1 << 19,
  /** date, ytd, mtd */
  date: 1 << 20,
  /** weekend */
  weekend: 1 << 21,
  /** "the" and then a day of the month ("the 18th", "the first", "the twenty-first") */
  dayNumber: 1 << 22,
  /** earlier, later */
  earlierLater: 1 << 23,
  /** ago */
  ago: 1 << 24,
  /** earlier, later, before, after, previously, prior */
  anchor: 1 << 25,
  /** previous, preceding, next, following, same */
  order: 1 << 26,
  /** within, next, coming, following, upcoming, previous, preceding, last, past */
  ahead: 1 << 27,
  /** quarter, fortnight */
  quarter: 1 << 28,
} as const;

/**
 * A unit of time, for durations.ts: its UNIT_CUE's strings anywhere in a run
 * of letters ("minute", "hour", "day", "week", "night", "month", "year",
 * "decade", "centur", "second": looked up as "minu", "hour", "day", "week",
 * "nigh", "mont", "year", "deca", "ntur", "seco"), the words "hr(s)",
 * "min(s)", "sec(s)", "wk(s)", "yr(s)", or a digit and then "h", "d", "w" or
 * "y" ending a word ("3h").
 */
export const TIME_UNIT = 1 << 29;

/**
 * Where quantities.ts's QUANTITY_CUES may say yes, a digit aside (that is
 * {@link CUE.digit}): a run of letters that is one of its words, or one of its
 * words after "a" or "an" ("a third"), or one of its characters ("½"). A run
 * of letters is read as its test reads one, but in ASCII: a run it matches is
 * bounded by characters that are no letters in either.
 */
export const QUANTITY = 1 << 30;

/**
 * A capital letter past the first letter a name token could start with
 * (names.ts): an ASCII capital, or a character of `\p{Lu}`. Clear, the
 * sentence has at most one capitalized word, its first (people.ts).
 */
export const CAPITAL = 1 << 31;

/** Per UTF-16 code unit beyond ASCII: 0 not yet asked, 1 a capital (`\p{Lu}`, as names.ts tells capitals), 2 not. */
const capitals = new Uint8Array(0x10000);
const CAPITAL_RE = /^\p{Lu}/u;

function isCapitalCode(c: number): boolean {
  let k = capitals[c];
  if (k === 0) capitals[c] = k = CAPITAL_RE.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

// bits that only combine into CUE.holiday, when both of a pair are found: "new\s+year", "<…>\s+day", "easter"
const NEW = 1 << 8;
const YEAR = 1 << 9;
const BEFORE_DAY = 1 << 10;
const DAY = 1 << 11;
const ASTE = 1 << 12;
const STER = 1 << 13;
/** Set on three letters that begin a four-letter piece: only then is the larger table read. */
const PREFIX4 = 1 << 14;
/** A piece of a unit of time: stands for {@link TIME_UNIT} (the piece tables hold sixteen bits). */
const TIME_PIECE = 1 << 15;

/** Up to six lower-case letters as a number, five bits a letter ("a" is 1), as the loop of {@link dateCues} reads them. */
function code(letters: string): number {
  let c = 0;
  for (const ch of letters) c = (c << 5) | (ch.charCodeAt(0) - 96);
  return c;
}

/** Whole words by their first three letters: the lengths each may have, a bit each, for each cue bit. */
const WORDS: ReadonlyArray<[number, string[]]> = [
  // chrono's MONTH, WEEKDAY and LOWER_CUE: "Jan", "January", "Sept", "Thurs", "may", "march"
  [CUE.name, ['jan 3 7', 'feb 3 8', 'mar 3 5', 'apr 3 5', 'may 3', 'jun 3 4', 'jul 3 4', 'aug 3 6', 'sep 3 4 9', 'oct 3 7', 'nov 3 8', 'dec 3 8',
    'mon 3 6', 'tue 3 4 7', 'wed 3 9', 'thu 3 4 5 8', 'fri 3 6', 'sat 3 8', 'sun 3 6']],
  // relative.ts CUE_RE's words
  [CUE.relative, ['day 3 4', 'wee 4 5 7', 'wor 8', 'mon 5 6', 'yea 4 5', 'qua 7 8', 'for 9', 'yes 9', 'tod 5', 'ton 7', 'tom 8', 'tmr 4', 'ytd 3', 'mtd 3']],
  [CUE.lead, ['fro 4', 'bet 7']],
  // word-dates.ts: the number word after "in": ten … nineteen, twenty, "two thousand"
  [CUE.yearWords, ['ten 3', 'ele 6', 'twe 6', 'thi 8', 'fou 8', 'fif 7', 'six 7', 'sev 9', 'eig 8', 'nin 8', 'two 3']],
];

/** Whole words by their first three letters and lengths: relative.ts's patterns', for each {@link RELATIVE} bit, and the short forms of units of time ({@link TIME_UNIT}). */
const RELATIVE_WORDS: ReadonlyArray<[number, string[]]> = [
  [RELATIVE.casual, ['yes 9', 'tod 5', 'ton 7', 'tom 8', 'tmr 4']],
  [RELATIVE.which, ['thi 4', 'las 4', 'nex 4', 'pas 4', 'pre 8']],
  [RELATIVE.unit, ['day 3 4', 'wee 4 5 7', 'wor 7 8', 'for 9 10', 'mon 5 6', 'qua 7 8', 'yea 4 5']],
  [RELATIVE.rest, ['res 4', 'rem 9', 'bal 7']],
  [RELATIVE.date, ['dat 4', 'ytd 3', 'mtd 3']],
  [RELATIVE.weekend, ['wee 7']],
  [RELATIVE.earlierLater, ['ear 7', 'lat 5']],
  [RELATIVE.ago, ['ago 3']],
  [RELATIVE.anchor, ['ear 7', 'lat 5', 'bef 6', 'aft 5', 'pre 10', 'pri 5']],
  [RELATIVE.order, ['pre 8 9', 'nex 4', 'fol 9', 'sam 4']],
  [RELATIVE.ahead, ['wit 6', 'nex 4', 'com 6', 'fol 9', 'upc 8', 'pre 8 9', 'las 4', 'pas 4']],
  [RELATIVE.quarter, ['qua 7', 'for 9']],
  [TIME_UNIT, ['hrs 3', 'min 3 4', 'sec 3 4', 'wks 3', 'yrs 3']],
];

/** Strings found anywhere: the three- or four-letter piece looked up, and the bit it sets. */
const PIECES: ReadonlyArray<[number, string[]]> = [
  // findPeriods' PERIOD_CUE_RE: ties, century, decade, quarter, half, beginning, start, middle, end, early, mid, late, eoy, eom, "week of", "months of", "days of"
  [CUE.period, ['ties', 'cent', 'deca', 'quar', 'half', 'begi', 'star', 'mid', 'end', 'earl', 'late', 'eoy', 'eom', 'week', 'mont', 'day']],
  // holidays.ts HOLIDAY_CUE_RE: christmas, halloween, thanksgiving, patrick; easter, "new year" and "<independence … king> day" by pairs
  // (a piece of "workers", "labour" or "king" alone is common)
  [CUE.holiday, ['stma', 'owee', 'ksgi', 'atri']],
  [ASTE, ['aste']],
  [STER, ['ster']],
  [NEW, ['new']],
  [YEAR, ['year']],
  // "black friday" holds "day" too
  [BEFORE_DAY, ['frid', 'ndep', 'arth', 'labo', 'mori', 'orke', 'vale', 'bast', 'rmis', 'vete', 'boxi', 'moth', 'fath', 'king']],
  [DAY, ['day']],
  [TIME_PIECE, ['minu', 'hour', 'day', 'week', 'nigh', 'mont', 'year', 'deca', 'ntur', 'seco']],
];

const wordLengths = new Map<number, Uint16Array>();
const pieces3 = new Uint16Array(1 << 15);
const pieces4 = new Uint16Array(1 << 20);
for (const [bit, words] of WORDS) {
  const table = new Uint16Array(1 << 15);
  for (const w of words) {
    const [head, ...lengths] = w.split(' ');
    for (const n of lengths) table[code(head)] |= 1 << Number(n);
  }
  wordLengths.set(bit, table);
}
for (const [bit, list] of PIECES) {
  for (const p of list) {
    if (p.length === 3) pieces3[code(p)] |= bit;
    else {
      pieces4[code(p)] |= bit;
      pieces3[code(p.slice(0, 3))] |= PREFIX4;
    }
  }
}
/** The bits of those words (shifted down 16) by a word's first three letters and length: `head << 4 | length` (lengths below 16). */
const relativeWords = new Uint16Array(1 << 19);
for (const [bit, words] of RELATIVE_WORDS) {
  for (const w of words) {
    const [head, ...lengths] = w.split(' ');
    for (const n of lengths) relativeWords[(code(head) << 4) | Number(n)] |= bit >>> 16;
  }
}
const NAME_LENGTHS = wordLengths.get(CUE.name) as Uint16Array;
const RELATIVE_LENGTHS = wordLengths.get(CUE.relative) as Uint16Array;
const LEAD_LENGTHS = wordLengths.get(CUE.lead) as Uint16Array;
const YEAR_WORD_LENGTHS = wordLengths.get(CUE.yearWords) as Uint16Array;
// words after which a next one may be a year in words ("in", "by", "since", "until"), or an ordinal ("the"),
// and the last two letters of an ordinal, as codes compared one by one (a set lookup for each word costs more)
const [IN, BY, SINCE, UNTIL, THE] = ['in', 'by', 'since', 'until', 'the'].map(code);
// "the twenty-first", "the thirty-first": the word after "the" is "twenty" or "thirty"
const [TWE, THI] = ['twe', 'thi'].map(code);
// units of time of two letters
const [HR, WK, YR] = ['hr', 'wk', 'yr'].map(code);

/** Runs of letters that are {@link QUANTITY} words: 1 alone, 2 after "a" or "an", by `head << 4 | length` (three letters or more, shorter than 16), and the shorter ones by their codes. */
const quantityRuns = new Uint8Array(1 << 19);
const quantityShort = new Uint8Array(1 << 10);
for (const [bit, words] of [[1, QUANTITY_CUE_WORDS.words], [2, QUANTITY_CUE_WORDS.afterArticle]] as const) {
  for (const w of words) {
    if (!/^[a-z]+$/.test(w) || w.length >= 16) throw new Error(`date-cues: cannot look up the quantity word "${w}"`);
    if (w.length < 3) quantityShort[code(w)] |= bit;
    else quantityRuns[(code(w.slice(0, 3)) << 4) | w.length] |= bit;
  }
}
const quantityChars = new Uint8Array(0x10000);
for (const c of QUANTITY_CUE_WORDS.chars) if (c > 0x7f) quantityChars[c] = 1;
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
export function dateCues(text: string, start: number, end: number): number {
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

/** The bits {@link dateCues} gives: {@link CUE}'s and {@link RELATIVE}'s (the pair bits between them only combine into CUE.holiday). */
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
