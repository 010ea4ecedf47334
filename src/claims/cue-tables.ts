/**
 * What the sentence cue pass (sentence-cues.ts) looks for: its bits, and the
 * tables of words and pieces of words it looks them up in, built once from
 * the lists below. A word is looked up by a code of its letters ({@link code}):
 * whole words by their first three letters and their length, strings found
 * anywhere by a piece of three or four letters.
 */
import { QUANTITY_CUE_WORDS } from './numbers';

/** Bits of cueBits (sentence-cues.ts): which finders may find something in a sentence. */
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
 * Finer bits for relative.ts, above the {@link CUE} bits of cueBits:
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

// bits that only combine into CUE.holiday, when both of a pair are found: "new\s+year", "<…>\s+day", "easter"
export const NEW = 1 << 8;
export const YEAR = 1 << 9;
export const BEFORE_DAY = 1 << 10;
export const DAY = 1 << 11;
export const ASTE = 1 << 12;
export const STER = 1 << 13;
/** Set on three letters that begin a four-letter piece: only then is the larger table read. */
export const PREFIX4 = 1 << 14;
/** A piece of a unit of time: stands for {@link TIME_UNIT} (the piece tables hold sixteen bits). */
export const TIME_PIECE = 1 << 15;

/** Up to six lower-case letters as a number, five bits a letter ("a" is 1), as the loop of cueBits reads them. */
export function code(letters: string): number {
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
export const pieces3 = new Uint16Array(1 << 15);
export const pieces4 = new Uint16Array(1 << 20);
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
export const relativeWords = new Uint16Array(1 << 19);
for (const [bit, words] of RELATIVE_WORDS) {
  for (const w of words) {
    const [head, ...lengths] = w.split(' ');
    for (const n of lengths) relativeWords[(code(head) << 4) | Number(n)] |= bit >>> 16;
  }
}
export const NAME_LENGTHS = wordLengths.get(CUE.name) as Uint16Array;
export const RELATIVE_LENGTHS = wordLengths.get(CUE.relative) as Uint16Array;
export const LEAD_LENGTHS = wordLengths.get(CUE.lead) as Uint16Array;
export const YEAR_WORD_LENGTHS = wordLengths.get(CUE.yearWords) as Uint16Array;
/** Runs of letters that are {@link QUANTITY} words: 1 alone, 2 after "a" or "an", by `head << 4 | length` (three letters or more, shorter than 16), and the shorter ones by their codes. */
export const quantityRuns = new Uint8Array(1 << 19);
export const quantityShort = new Uint8Array(1 << 10);
for (const [bit, words] of [[1, QUANTITY_CUE_WORDS.words], [2, QUANTITY_CUE_WORDS.afterArticle]] as const) {
  for (const w of words) {
    if (!/^[a-z]+$/.test(w) || w.length >= 16) throw new Error(`cue-tables: cannot look up the quantity word "${w}"`);
    if (w.length < 3) quantityShort[code(w)] |= bit;
    else quantityRuns[(code(w.slice(0, 3)) << 4) | w.length] |= bit;
  }
}
export const quantityChars = new Uint8Array(0x10000);
for (const c of QUANTITY_CUE_WORDS.chars) if (c > 0x7f) quantityChars[c] = 1;
