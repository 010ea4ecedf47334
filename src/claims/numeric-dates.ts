/**
 * Dates written with figures, which chrono misreads or leaves out: ranges
 * ("10/1-11/7", "5/1/2019-5/7/2020", "02-02-2020 - 03-03-2020", "Dec/2018-May/2019"),
 * compact and spaced forms ("20161016", "2016 10 16"), a month name among
 * figures ("2020/23/Sep", "September-2020-23", "Dec31, 1994"), a two-digit year
 * ("03/18/40"), and a month and day after a weekday ("Friday 7/6", "this
 * Friday 7.6").
 *
 * A chunk of figures and month names joined by `/ . - ~` is split into its
 * pieces and read by their shapes: a four-digit year, a month name, numbers
 * that can be a month or a day. A month and day without a year need a cue
 * before them (on, from, between, a weekday…), and with dots or dashes
 * ("7.6", "7-6", which are figures too) a weekday.
 */
import type { Span } from '../types';
import type { DateParts, StatedDate } from './chrono';
import { shareParts } from './date-ranges';
import { twoDigitYear } from './year-inference';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![A-Za-z])';
const PIECE = `(?:${MONTH}\\d{0,2}|\\d{1,8})`;
const JOIN = '(?:\\s?[-–~]\\s?|[/.-]|\\s?,\\s?(?=\\d{4}\\b))';
// "2016 10 16": figures apart by single spaces only as a whole date
// two pieces or more, or one glued ("Dec31") or compact ("20161016"): a lone figure is no chunk
const CHUNK_RE = new RegExp(`(?<![\\w.,$€£¥/])(?:\\d{4} \\d{1,2} \\d{1,2}(?![\\w/.-])|(?:${PIECE}(?:${JOIN}${PIECE})+|\\d{8}|${MONTH}\\d{1,2})(?![\\w/]))`, 'gi');
/** A sentence without one of these has no date in figures beyond chrono's. sentence-cues.ts sets its bit wherever this may match (widen both: tests/claims/sentence-cues.test.ts checks them together). */
export const CUE_RE = /\d[-/.~–]\s?[\dA-Za-z]|[A-Za-z][-/]\d|\d{8}|\d{4} \d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\d/i;
const CUE_BEFORE_RE = /\b(?:on|by|until|till|from|to|between|and|or|through|thru|since|before|after|this|next|last)\s+$/i;
const WEEKDAY_BEFORE_RE = /\b(?:(this|next|last)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+$/i;
const MODIFIER_BEFORE_RE = /\b(this|next|last)\s+$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

interface Piece {
  /** digits as written, or undefined for a month name */
  digits?: string;
  month?: number;
  /** the separator before this piece ('' for the first, or glued to a month name) */
  sep: string;
}

/** Split a chunk into pieces: "Dec31, 1994" → Dec, 31 (glued), 1994 (after ", "). */
function piecesOf(chunk: string): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const m of chunk.matchAll(/[A-Za-z]+|\d+/g)) {
    const gap = chunk.slice(last, m.index);
    const sep = gap.trim() || (gap ? ' ' : '');
    last = (m.index ?? 0) + m[0].length;
    if (/^\d/.test(m[0])) out.push({ digits: m[0], sep });
    else out.push({ month: MONTHS.indexOf(m[0].slice(0, 3).toLowerCase()) + 1, sep });
  }
  return out;
}

const num = (p: Piece): number => Number(p.digits);
const isYear = (p: Piece): boolean => p.digits?.length === 4 && num(p) >= 1900 && num(p) <= 2100;
const isSmall = (p: Piece, max: number): boolean => p.digits !== undefined && p.digits.length <= 2 && num(p) >= 1 && num(p) <= max;
const isMonthName = (p: Piece): boolean => p.month !== undefined && p.month > 0;

/** Month and day from two numbers, month first unless the first cannot be a month ("22/04"). */
function monthDay(a: Piece, b: Piece): DateParts | null {
  if (isSmall(a, 12) && isSmall(b, 31)) return { month: num(a), day: num(b) };
  if (isSmall(a, 31) && isSmall(b, 12)) return { month: num(b), day: num(a) };
  return null;
}

/** One date from all of `p`, or null. */
function oneDate(p: readonly Piece[], reference: string | undefined): DateParts | null {
  const seps = p.slice(1).map((x) => x.sep);
  const same = seps.every((s) => s === seps[0]);
  if (p.length === 1) {
    // "20161016"
    const d = p[0].digits;
    if (d?.length !== 8) return null;
    const [year, month, day] = [Number(d.slice(0, 4)), Number(d.slice(4, 6)), Number(d.slice(6))];
    return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { year, month, day } : null;
  }
  if (p.length === 2) {
    const [a, b] = p;
    if (isMonthName(a) && b.sep === '' && isSmall(b, 31)) return { month: a.month, day: num(b) }; // "Dec31", "mar3"
    if (isMonthName(a) && isYear(b) && b.sep !== ' ') return { month: a.month, year: num(b) }; // "Dec/2018"
    if (a.digits && b.digits && b.sep !== ' ') return monthDay(a, b);
    return null;
  }
  if (p.length !== 3) return null;
  const [a, b, c] = p;
  // "Dec31, 1994", "5/7, 2020": a year after a comma
  const commaYear = c.sep === ',' && isYear(c) && (b.sep === '' || b.sep === '/');
  if (!same && !commaYear) return null;
  if (a.sep === '' && b.sep === ' ' && !(isYear(a) && isSmall(b, 12) && isSmall(c, 31))) return null;
  if (isYear(a)) {
    if (isSmall(b, 12) && isSmall(c, 31)) return { year: num(a), month: num(b), day: num(c) }; // 2016-10-16, "2016 10 16"
    if (isMonthName(b) && isSmall(c, 31)) return { year: num(a), month: b.month, day: num(c) }; // 2019/aug/01
    if (isSmall(b, 31) && isMonthName(c)) return { year: num(a), month: c.month, day: num(b) }; // 2020/23/Sep
    return null;
  }
  if (isMonthName(a) && isYear(b) && isSmall(c, 31)) return { year: num(b), month: a.month, day: num(c) }; // September-2020-23
  if (isSmall(a, 31) && isYear(b) && isMonthName(c)) return { year: num(b), month: c.month, day: num(a) }; // 23-2020-September
  const year = isYear(c) ? num(c) : c.digits?.length === 2 && /^[/-]$/.test(b.sep) ? twoDigitYear(num(c), reference) : undefined;
  if (year === undefined) return null;
  if (isMonthName(a) && isSmall(b, 31)) return { year, month: a.month, day: num(b) };
  const md = a.digits && b.digits ? monthDay(a, b) : null;
  return md ? { ...md, year } : null;
}

/** A range: two dates split at a dash or tilde, what one leaves out taken from the other. */
function rangeOf(p: readonly Piece[], reference: string | undefined): [DateParts, DateParts] | null {
  for (let k = 1; k < p.length; k++) {
    if (!/^[-–~]$/.test(p[k].sep)) continue;
    const a = oneDate(p.slice(0, k), reference);
    const b = oneDate([{ ...p[k], sep: '' }, ...p.slice(k + 1)], reference);
    if (!a || !b || (a.day === undefined) !== (b.day === undefined)) continue;
    shareParts(a, b);
    return [a, b];
  }
  return null;
}

/** Dates in figures in `sentence` of `text`; see the module comment. */
export function findNumericDates(text: string, sentence: Span, reference?: string): StatedDate[] {
  const s = text.slice(sentence.start, sentence.end);
  if (!CUE_RE.test(s)) return [];
  const out: StatedDate[] = [];
  for (const m of s.matchAll(CHUNK_RE)) {
    const p = piecesOf(m[0]);
    if (p.length < 1 || p.every((x) => x.digits === undefined)) continue;
    const range = rangeOf(p, reference);
    const date = range ? range[0] : oneDate(p, reference);
    if (!date || date.month === undefined) continue;
    const head = s.slice(Math.max(0, m.index - 24), m.index);
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 6);
    // "2/3 of the budget", "1.5%": figures, not dates
    if (/^\s*(?:of\b|%|\d)/.test(after)) continue;
    const weekday = WEEKDAY_BEFORE_RE.exec(head);
    const mod = weekday ? undefined : MODIFIER_BEFORE_RE.exec(head);
    const numericOnly = p.every((x) => x.digits !== undefined);
    if (date.year === undefined && numericOnly) {
      // "7/6" needs a cue; "7.6" and "7-6" are figures unless a weekday comes before
      const slashes = p.slice(1).every((x) => x.sep === '/' || /^[-–~]$/.test(x.sep));
      // "2/29-3/1": two slash dates joined by a dash are dates, whatever comes before
      const slashRange = range !== null && p.every((x, k) => k === 0 || x.sep === '/' || /^[-–~]$/.test(x.sep)) && /^\s*(?:[.,;:!?)]|$)/.test(after);
      if (!weekday && !slashRange && !(slashes && CUE_BEFORE_RE.test(head))) continue;
    }
    const start = sentence.start + m.index;
    const found: StatedDate = { start, end: start + m[0].length, ...date };
    if (weekday) {
      found.start = start - (head.length - weekday.index);
      found.weekday = WEEKDAYS.indexOf(weekday[2].slice(0, 3).toLowerCase());
    } else if (mod && date.year === undefined) {
      found.start = start - (head.length - mod.index);
      found.modifier = mod[1].toLowerCase() as StatedDate['modifier'];
    }
    if (range) found.to = range[1];
    out.push(found);
  }
  return out;
}
