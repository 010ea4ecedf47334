/**
 * Bare years: a four-digit number from 1900 to 2199 used as a year ("in 2022",
 * "the 2022 Istanbul talks", "Russia's 2022 invasion", "by the end of 2027",
 * "from 2014 to 2022"), not as a count ("2000 troops", "a total of 2000",
 * "$2025", "2022 km"). chrono does not read bare years; this does, cautiously:
 * a number it takes as a year is no longer counted by the quantity extractor.
 * "2015-16" is a season, "2015-12" and "12-2015" a month, "2015-32" nothing.
 *
 * {@link findPeriods} reads the periods written around a year or month.
 */
import type { Span } from '../types';
import { loadData } from '../rules/data';
import { lastWord } from './last-word';
import { CARDINALS, ORDINALS as ORDINAL_VALUES } from './numbers-words';

/** A year, or a span of years ("2014-2022"), found in the text. */
export interface YearHit extends Span {
  year: number;
  /** last year of a span */
  to?: number;
  /** the month of an ISO-style year-month ("2015-12", "2015-3", "12-2015") */
  month?: number;
}

interface YearCues {
  before: string[];
  eventNouns: string[];
}

let cues: { before: Set<string>; events: Set<string> } | undefined;

function lists(): { before: Set<string>; events: Set<string> } {
  if (cues) return cues;
  const d = loadData<{ yearCues: YearCues }>('dates').yearCues;
  cues = { before: new Set(d.before), events: new Set(d.eventNouns) };
  return cues;
}

const CALENDAR_YEAR_RE = /\bcy\s?(\d{4}|\d{2})\b/gi;
const YEAR_RE = /(?:\b(0?[1-9]|1[0-2])[-/])?\b(19\d\d|20\d\d|21\d\d)\b(?:(\s?[-–~]\s?)(\d{4}|\d{1,2})\b)?/g;
/** Words after a number that make it a measure, not a year. */
const UNIT_AFTER = /^(?:km|kg|m|mm|cm|ft|mi|mph|kmh|kph|mw|gw|kw|t|lb|lbs|bpd|gmt|utc|hrs|h|pm|am)\b/i;
/** Words before "of" that make the number a count ("a total of 2000"). */
const COUNT_OF = /\b(?:total|number|sum|maximum|minimum|average|population|figure|tally|count|toll|estimate|out|group|crowd|force)\s+of\s+$/i;
/** "to", "and", "or" join two years ("from 2014 to 2022"); without a year before them they join counts. */
const JOINER = /^(?:to|and|or|through)$/;

function wordBefore(s: string): string {
  const w = lastWord(s, true).toLowerCase();
  return /['’]s$/.test(w) ? 's' : w; // "Russia's 2022 invasion": a possessive
}

/** Is the number at `[start, end)` of `s` a count or a measure rather than a year ("$2025", "2000 troops", "2022 km")? */
export function countNotYear(s: string, start: number, end: number): boolean {
  const { events } = lists();
  const prevChar = s[start - 1] ?? ' ';
  if (/[$€£¥#№/\\.,:\d]/.test(prevChar)) return true;
  const after = s.slice(end, end + 40);
  if (/^(?:%|[.,]\d|\/\d|[-–]\d{2}[-–]|\s*per\s?cent\b|\s*percent\b)/.test(after)) return true;
  const next = /^[\s-]*([A-Za-z'’]+)/.exec(after)?.[1] ?? '';
  if (UNIT_AFTER.test(next)) return true;
  // a plural noun after the number is what it counts, unless it names events ("the 2022 talks")
  return /^[a-z]+s$/.test(next) && !events.has(next);
}

/** Is the number at `[start, end)` of `s` used as a year? */
function usedAsYear(s: string, start: number, end: number): boolean {
  const { before } = lists();
  if (countNotYear(s, start, end)) return false;
  const head = s.slice(Math.max(0, start - 40), start);
  if (start < 40 && /^\W*$/.test(head)) return true; // sentence start: "2022 was the year …"
  const prev = wordBefore(head);
  if (prev === 'of') return !COUNT_OF.test(head);
  if (JOINER.test(prev)) return /\b(?:19|20)\d\d\s+\S+\s*$/.test(head);
  return before.has(prev) || /\(\s*$/.test(head);
}

/** Years used as years in `text[sentence]`. */
export function findYears(text: string, sentence: Span): YearHit[] {
  const out: YearHit[] = [];
  const s = text.slice(sentence.start, sentence.end);
  // "CY2008", "cy 2008", "cy18": a calendar year. The shared patterns are run with exec, not matchAll (which copies
  // its pattern each call), and reset first: nothing these loops call runs them
  CALENDAR_YEAR_RE.lastIndex = 0;
  for (let m = CALENDAR_YEAR_RE.exec(s); m; m = CALENDAR_YEAR_RE.exec(s)) {
    const year = m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
    if (year >= 1900 && year <= 2100) out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, year });
  }
  const re = YEAR_RE;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const year = Number(m[2]);
    const at = m.index + (m[1] ? m[1].length + 1 : 0);
    let to: number | undefined;
    let month: number | undefined;
    let end = m.index + m[0].length;
    if (m[1]) {
      // "12-2015": a month and a year; "3-2015" after a digit is a score or a code
      if (m[4] || /[\d.,/-]/.test(s[m.index - 1] ?? '')) continue;
      out.push({ start: sentence.start + m.index, end: sentence.start + at + 4, year, month: Number(m[1]) });
      continue;
    }
    if (m[4]) {
      const tight = m[3].trim() === m[3] || m[3].trim() === '';
      const t = m[4].length === 4 ? Number(m[4]) : m[4].length === 2 ? Math.floor(year / 100) * 100 + Number(m[4]) : NaN;
      // "2015-16" (a season), "2014-18", "2014-2018": a span; "2015-12", "2015-3": a year-month; "2015-32": neither
      if (m[4].length === 2 && t === year + 1) to = t;
      else if (m[4].length <= 2 && tight && m[3].trim() === '-' && Number(m[4]) >= 1 && Number(m[4]) <= 12) month = Number(m[4]);
      else if (t > year && t <= (m[4].length === 2 ? year + 10 : 2199)) to = t;
      else if (m[4].length <= 2) continue;
      else end = at + 4;
    }
    // "2014-2018", "2014~2018": two years joined are years without a cue, unless they are a chain of figures ("138-2010-2015")
    const span = to !== undefined && m[4].length === 4 && !/\d[-–~]$/.test(s.slice(Math.max(0, at - 2), at)) && !/^[-–~]\d/.test(s.slice(end, end + 2));
    if (month === undefined && !(span ? !countNotYear(s, at, end) : usedAsYear(s, at, at + 4))) continue;
    if (month !== undefined && /^[-–/]\d/.test(s.slice(end, end + 2))) continue; // "2015-1-32": a broken day
    // "the year 2008", "calendar year 2008": the claim holds the word
    const yearWord = to === undefined && month === undefined ? /\b(?:calendar\s+)?year\s+$/i.exec(s.slice(Math.max(0, m.index - 16), m.index)) : null;
    const start = m.index - (yearWord ? yearWord[0].length : 0);
    out.push({ start: sentence.start + start, end: sentence.start + end, year, ...(to !== undefined ? { to } : {}), ...(month !== undefined ? { month } : {}) });
  }
  return out;
}

// ---------------------------------------------------------------- periods

/** A period written around a year or a relative year: a decade, a century, a quarter, a part of a year, a week of a month. */
export interface PeriodHit extends Span {
  /** first day (or month, or year) of the period, ISO */
  value: string;
  /** last day (month, year) of the period, inclusive, same precision as `value` */
  last?: string;
  precision: 'day' | 'month' | 'year';
  /** how what was not written was filled in: the reference's year or month */
  resolvedFrom?: 'published' | 'inferred-year';
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** The ordinal words of the numbers data from `from` to `to` ("first" 1 … "thirtieth" 30). */
const ordinalWords = (from: number, to: number): string[] => [...ORDINAL_VALUES].filter(([, v]) => v >= from && v <= to).map(([w]) => w);
/** "the twenty-sixth day of", "the thirty first day of": ordinals to 31 in words, for days of a month */
const ORD_WORD = `(?:(?:twenty|thirty)[-\\s](?:${ordinalWords(1, 9).join('|')})|${ordinalWords(1, 30).join('|')}|last|final|\\d{1,2}(?:st|nd|rd|th))`;
const ORD_WORD_RE = new RegExp(`^(?:the )?(${ORD_WORD})`, 'i');
const DECADE_WORDS: Record<string, number> = { twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 };

/** The period after "of" / "in": a year, a month (and year), or a year or month relative to the reference. */
const INNER = `(\\d{4}|${MONTH_NAME}(?:(?<=[a-z]{3})\\.(?=\\s+\\d))?(?:,?\\s+\\d{4})?|(?:(?:this|last|next|the following|the previous|the|current) )?(?:year|month))`;

const DECADE_RE = /\b(?:(1[5-9]|20)(\d)0\s?['’]?s|['’](\d)0s|(the )?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/gi;
const CENTURY_RE = /\b(?:the )?(\d{1,2})(?:st|nd|rd|th)\s+century\b|\b(?:the )?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second)\s+century\b/gi;
const REL_DECADE_RE = /\bthe (next|last|past|previous|coming|current|this) (?:(two|three|\d) )?decades?\b/gi;
const QUARTER_RE = /\b(?:(\d{4})[-\s]?([qh])([1-4])|([qh])([1-4])(?:[-\s]|\s+of\s+)(\d{4})|(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th) (quarter|half) of (?:the )?(\d{4}|year|(?:this|last|next) year))\b/gi;
const PART_RE = new RegExp(`\\b(?:(?:the )?(beginning|start|middle|end) of (?:the )?|(early|mid|late)[-\\s]+)${INNER}(?![\\w-])|\\b(eoy|eom)\\b`, 'gi');
const WEEK_OF_RE = new RegExp(`\\b(?:the )?${ORD_WORD}(?: (\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))? (week|month|day)s? of (?:the )?${INNER}(?![\\w-])`, 'gi');
const WEEK_NUMBER_RE = /\bweek (\d{1,2})(?: of (\d{4}|(?:this|last|next) year))?\b/gi;

/** The finder's cue; sentence-cues.ts sets its bit wherever this may match (widen both: tests/claims/sentence-cues.test.ts checks them together). */
export const PERIOD_CUE_RE = /\d0\s?['’]?s\b|ties\b|century|decade|\b[qh][1-4]\b|\d[qh][1-4]|quarter|half|beginning|start|middle|end|early|mid|late|\beo[ym]\b|(?:week|month|day)s? of |week \d/i;
const CUES = new Map<RegExp, RegExp>([
  [DECADE_RE, /\d0\s?['’]?s\b|ties\b/i],
  [CENTURY_RE, /century/i],
  [REL_DECADE_RE, /decade/i],
  [QUARTER_RE, /\b[qh][1-4]\b|\d[qh][1-4]|quarter|half/i],
  [PART_RE, /beginning|start|middle|end|early|mid|late|\beo[ym]\b/i],
  [WEEK_OF_RE, /(?:week|month|day)s? of /i],
  [WEEK_NUMBER_RE, /week \d/i],
]);

/** An ordinal of {@link ORD_WORD} as a number: "fifth" 5, "twenty-sixth" 26, "31st" 31. */
function ordinalNumber(word: string): number {
  const compound = /^(twenty|thirty)[-\s]+(\w+)$/.exec(word);
  if (compound) return (CARDINALS.get(compound[1]) ?? NaN) + (ORDINAL_VALUES.get(compound[2]) ?? NaN);
  return ORDINAL_VALUES.get(word) ?? Number.parseInt(word, 10);
}
const SMALL: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const CENTURY_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first', 'twenty-second'];

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function day(y: number, m: number, d: number): string {
  const x = new Date(Date.UTC(y, m - 1, d));
  return `${String(x.getUTCFullYear()).padStart(4, '0')}-${pad2(x.getUTCMonth() + 1)}-${pad2(x.getUTCDate())}`;
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Monday of the ISO week that holds a day. */
function monday(y: number, m: number, d: number): Date {
  const x = new Date(Date.UTC(y, m - 1, d));
  x.setUTCDate(x.getUTCDate() - ((x.getUTCDay() + 6) % 7));
  return x;
}

function iso(x: Date): string {
  return x.toISOString().slice(0, 10);
}

function plus(x: Date, days: number): Date {
  const y = new Date(x.getTime());
  y.setUTCDate(y.getUTCDate() + days);
  return y;
}

/** A year or a month, as the inner period of "end of …", "the last week of …". */
interface Inner {
  year: number;
  month?: number;
  /** how the year was found when it was not written */
  from?: 'published' | 'inferred-year';
}

function innerPeriod(s: string, reference: string | undefined): Inner | null {
  const w = s.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
  if (/^\d{4}$/.test(w)) return { year: Number(w) };
  const ref = reference ? { year: Number(reference.slice(0, 4)), month: Number(reference.slice(5, 7)) } : undefined;
  // "end of year", "end of this month": the one of the published day when no other is named
  const rel = /^(?:(this|last|next|the following|the previous|the|current) )?(year|month)$/.exec(w);
  if (rel) {
    if (!ref) return null;
    const shift = rel[1] === 'last' || rel[1] === 'the previous' ? -1 : rel[1] === 'next' || rel[1] === 'the following' ? 1 : 0;
    if (rel[2] === 'year') return { year: ref.year + shift, from: 'published' };
    const k = ref.year * 12 + ref.month - 1 + shift;
    return { year: Math.floor(k / 12), month: (k % 12) + 1, from: 'published' };
  }
  const mon = /^([a-z]+)\.?(?:,? (\d{4}))?$/.exec(w);
  if (!mon) return null;
  const month = MONTHS.indexOf(mon[1].slice(0, 3)) + 1;
  if (month === 0) return null;
  if (mon[2]) return { year: Number(mon[2]), month };
  return ref ? { year: ref.year, month, from: 'inferred-year' } : null;
}

/** The Monday-to-Sunday weeks that belong to a period: those whose Thursday falls in it (as ISO weeks do). */
function weeksOf(p: Inner): Date[] {
  const [m0, m1] = p.month ? [p.month, p.month] : [1, 12];
  const out: Date[] = [];
  for (let x = monday(p.year, m0, 1); ; x = plus(x, 7)) {
    const thu = plus(x, 3);
    if (thu.getUTCFullYear() > p.year || (thu.getUTCFullYear() === p.year && thu.getUTCMonth() + 1 > m1)) break;
    if (thu.getUTCFullYear() === p.year && thu.getUTCMonth() + 1 >= m0) out.push(x);
  }
  return out;
}

function range(start: Date, lastDayIncl: Date): Pick<PeriodHit, 'value' | 'last' | 'precision'> {
  return { value: iso(start), last: iso(lastDayIncl), precision: 'day' };
}

/** "end of 2000" (Sep–Dec), "mid-November" (10th–20th): a third of the year or month. */
function partOf(part: string, p: Inner): Pick<PeriodHit, 'value' | 'last' | 'precision'> {
  const k = /^(?:beginning|start|early)$/.test(part) ? 0 : /^(?:middle|mid)$/.test(part) ? 1 : 2;
  if (p.month === undefined) {
    const m = 1 + 4 * k;
    return { value: `${p.year}-${pad2(m)}`, last: `${p.year}-${pad2(m + 3)}`, precision: 'month' };
  }
  const from = [1, 10, 21][k];
  const to = [10, 20, lastDay(p.year, p.month)][k];
  return { value: day(p.year, p.month, from), last: day(p.year, p.month, to), precision: 'day' };
}

function nthOf(ordWord: string, countWord: string | undefined, unit: string, p: Inner): Pick<PeriodHit, 'value' | 'last' | 'precision'> | null {
  const last = /^(?:last|final)$/.test(ordWord);
  const n = last ? 1 : ordinalNumber(ordWord);
  const count = countWord ? (SMALL[countWord] ?? Number(countWord)) : 1;
  if (!Number.isFinite(n) || n < 1 || !Number.isFinite(count) || count < 1) return null;
  if (countWord && n !== 1 && !last) return null; // "the second 3 weeks": not a thing
  if (unit === 'week') {
    const weeks = weeksOf(p);
    const first = last ? weeks.length - count : n - 1;
    if (first < 0 || first + count > weeks.length) return null;
    return range(weeks[first], plus(weeks[first + count - 1], 6));
  }
  const [m0, m1] = p.month ? [p.month, p.month] : [1, 12];
  if (unit === 'month') {
    if (p.month !== undefined) return null;
    const a = last ? 13 - count : n;
    const b = a + count - 1;
    if (a < m0 || b > m1) return null;
    return a === b ? { value: `${p.year}-${pad2(a)}`, precision: 'month' } : { value: `${p.year}-${pad2(a)}`, last: `${p.year}-${pad2(b)}`, precision: 'month' };
  }
  const total = p.month ? lastDay(p.year, p.month) : p.year % 4 === 0 && (p.year % 100 !== 0 || p.year % 400 === 0) ? 366 : 365;
  const a = last ? total - count + 1 : n;
  if (a < 1 || a + count - 1 > total) return null;
  const start = new Date(Date.UTC(p.year, m0 - 1, 1));
  return range(plus(start, a - 1), plus(start, a + count - 2));
}

/**
 * Periods written around a year or month: "the 1990s", "21st century", "the
 * next decade", "2017 q1", "2019 H2", "the first quarter of 2024", "end of
 * 2000", "mid-November", "the last week of July", "week 31". `reference`
 * (ISO day) resolves "this year", "next month" and a month without a year.
 */
export function findPeriods(text: string, sentence: Span, reference?: string): PeriodHit[] {
  const s = text.slice(sentence.start, sentence.end);
  if (!PERIOD_CUE_RE.test(s)) return [];
  const out: PeriodHit[] = [];
  const refYear = reference ? Number(reference.slice(0, 4)) : undefined;
  const push = (m: RegExpExecArray, lead: number, r: Pick<PeriodHit, 'value' | 'last' | 'precision'> | null, from?: Inner['from']): void => {
    if (r) out.push({ start: sentence.start + m.index + lead, end: sentence.start + m.index + m[0].length, ...r, ...(from ? { resolvedFrom: from } : {}) });
  };
  // each pattern runs only when its own cue is in the sentence: most sentences have none
  const each = (re: RegExp, f: (m: RegExpExecArray) => void): void => {
    const cue = CUES.get(re);
    if (cue && !cue.test(s)) return;
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) f(m);
  };
  each(DECADE_RE, (m) => {
    let y: number;
    if (m[1]) y = Number(`${m[1]}${m[2]}0`);
    else if (m[3]) y = 1900 + 10 * Number(m[3]);
    else y = 1900 + DECADE_WORDS[m[5].toLowerCase()];
    push(m, m[4] ? m[4].length : 0, { value: String(y), last: String(y + 9), precision: 'year' });
  });
  each(CENTURY_RE, (m) => {
    const n = m[1] ? Number(m[1]) : CENTURY_WORDS.indexOf(m[2].toLowerCase()) + 1;
    const lead = /^the /i.test(m[0]) ? 4 : 0;
    if (n >= 1 && n <= 22) push(m, lead, { value: String((n - 1) * 100).padStart(4, '0'), last: String(n * 100 - 1).padStart(4, '0'), precision: 'year' });
  });
  each(REL_DECADE_RE, (m) => {
    if (refYear === undefined) return;
    const which = m[1].toLowerCase();
    const count = m[2] ? (SMALL[m[2].toLowerCase()] ?? Number(m[2])) : 1;
    const d0 = Math.floor(refYear / 10) * 10;
    const first = which === 'next' || which === 'coming' ? d0 + 10 : which === 'this' || which === 'current' ? d0 : d0 - 10 * count;
    push(m, 0, { value: String(first), last: String(first + 10 * count - 1), precision: 'year' });
  });
  each(QUARTER_RE, (m) => {
    let year: number | undefined;
    let kind: string;
    let n: number;
    if (m[1]) {
      year = Number(m[1]);
      kind = m[2].toLowerCase();
      n = Number(m[3]);
    } else if (m[4]) {
      year = Number(m[6]);
      kind = m[4].toLowerCase();
      n = Number(m[5]);
    } else {
      kind = m[8].toLowerCase() === 'half' ? 'h' : 'q';
      n = ordinalNumber(m[7].toLowerCase());
      const inner = /^\d{4}$/.test(m[9]) ? { year: Number(m[9]) } : innerPeriod(m[9].toLowerCase() === 'year' ? 'the year' : m[9], reference);
      year = inner?.year;
    }
    if (year === undefined || (kind === 'h' && n > 2)) return;
    const len = kind === 'h' ? 6 : 3;
    const m0 = (n - 1) * len + 1;
    push(m, 0, { value: `${year}-${pad2(m0)}`, last: `${year}-${pad2(m0 + len - 1)}`, precision: 'month' });
  });
  each(PART_RE, (m) => {
    if (m[4]) {
      if (!reference) return;
      const p = innerPeriod(m[4].toLowerCase() === 'eoy' ? 'this year' : 'this month', reference);
      if (p) push(m, 0, partOf('end', p), p.from);
      return;
    }
    const part = (m[1] ?? m[2]).toLowerCase();
    const lead = /^the /i.test(m[0]) ? 4 : 0; // "at the end of 2000": the claim is "end of 2000"
    // "end of June" stays the day chrono reads (a deadline); a part of a month only after "early", "mid", "late"
    const p = innerPeriod(m[3], reference);
    if (!p || (p.month !== undefined && m[1] && /^[A-Za-z]/.test(m[3]) && !/^(?:this|last|next|the|current)/i.test(m[3]))) return;
    push(m, lead, partOf(part, p), p.from);
  });
  each(WEEK_OF_RE, (m) => {
    const ord = ORD_WORD_RE.exec(m[0])?.[1].toLowerCase() ?? '';
    const p = innerPeriod(m[3], reference);
    if (p) push(m, 0, nthOf(ord, m[1]?.toLowerCase(), m[2].toLowerCase(), p), p.from);
  });
  each(WEEK_NUMBER_RE, (m) => {
    const inner = m[2] ? innerPeriod(m[2], reference) : refYear !== undefined ? { year: refYear } : null;
    const n = Number(m[1]);
    if (!inner || n < 1 || n > 53) return;
    const w1 = monday(inner.year, 1, 4);
    const start = plus(w1, 7 * (n - 1));
    push(m, 0, range(start, plus(start, 6)));
  });
  return out;
}
