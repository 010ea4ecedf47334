/**
 * A thin wrapper around chrono-node: it finds the dates an article *states*
 * (month names, weekdays, ISO and slash dates) and returns only what was
 * written. Its known faults for news text are fixed here and nowhere else:
 *
 * - chrono fills what was not written from the reference date, looking
 *   forward: a bare "Friday" becomes the nearest Friday, future included, and
 *   "March" next March. News writes "said on Friday" for the past. We keep only
 *   the components chrono is certain of; callers resolve the rest by tense.
 * - "may be scaled back", "a march", "he sat", "The Sun": month and weekday
 *   words that are not dates. We keep a month name only when capitalized, a
 *   bare month only after a cue ("in May", "mid-June"), a bare weekday only
 *   when written out in full.
 * - "2/3 of", "24/7": slash dates need a year.
 * - spans such as "on Friday" or "On Wednesday,": we report "Friday", and
 *   "Thursday's" with its possessive.
 *
 * - modifiers and parts chrono leaves out: "previous Wednesday", "this
 *   September", "april 9th through 17th", "july 4th of 1995".
 *
 * Dates in words ("May twenty nine", "13 Sept nineteen seventy two") and a
 * weekday with a bare day ("Mon 13th") are read in word-dates.ts.
 *
 * We load the English-only entry (`chrono-node/en`, ~20 ms) rather than the
 * package root (~100 ms, every locale), and run it only on short windows
 * around a cue word, never on whole texts: that keeps extraction fast.
 */
import * as chrono from 'chrono-node/en';
import { loadData } from '../rules/data';
import { parseOrdinal } from './numbers';
import { shareParts } from './date-ranges';
import { lastWord } from './last-word';
import { twoDigitYear } from './year-inference';

/** Calendar components as written (month 1–12, weekday 0 = Sunday). */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

/** A date expression found in the text, with only its stated components. */
export interface StatedDate extends DateParts {
  /** offsets into the text given to {@link findStatedDates} */
  start: number;
  end: number;
  /** "last Friday", "next Monday", "this Friday" */
  modifier?: 'last' | 'next' | 'this';
  /**
   * Which weekday a modifier means: `nearest` for "this past Friday", "the
   * coming Monday"; `week` (that day of the week before or after the published
   * one) for "previous Wednesday", "following Friday". Plain "last" and "next"
   * are the nearest, unless that is yesterday or tomorrow.
   */
  reach?: 'nearest' | 'week';
  /** the end of a range ("July 23-25", "Monday to Wednesday") */
  to?: DateParts;
}

// chrono's parsers that find calendar dates; time-of-day and "in 5 days"
// parsers are left out (we read relative expressions ourselves, with anchors)
const KEEP = new Set([
  'ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser', 'ENWeekdayParser', 'ENMonthNameParser', 'ENYearMonthNameParser', 'ENSlashMonthFormatParser',
]);

/**
 * chrono's day-before-month parser ("5th of May", "1 January 2020") has by
 * far the costliest pattern to compile (~5 ms, more than the others
 * together, and a lint compiles each pattern it runs). Each of its matches
 * holds a day's last character (a digit, or the st/nd/rd/th ending every
 * ordinal word) then its separator then a month's first three letters
 * (case-insensitive, as chrono's): text without these is parsed without
 * it, with the same results, since it would find nothing there.
 */
const DAY_MONTH_PARSER = 'ENMonthNameLittleEndianParser';
const DAY_MONTH_RE = /(?:\d|st|nd|rd|th)(?:-|\/|\s{0,3}(?:of)?\s{0,3})(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

let parser: chrono.Chrono | undefined;
let parserNoDayMonth: chrono.Chrono | undefined;

function chronoParser(text: string): chrono.Chrono {
  if (DAY_MONTH_RE.test(text)) return (parser ??= makeParser((name) => KEEP.has(name)));
  return (parserNoDayMonth ??= makeParser((name) => KEEP.has(name) && name !== DAY_MONTH_PARSER));
}

function makeParser(keep: (name: string) => boolean): chrono.Chrono {
  const config = chrono.configuration.createCasualConfiguration(false);
  config.parsers = config.parsers.filter((p) => keep(p.constructor.name));
  return new chrono.Chrono(config);
}

export const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
const WEEKDAY_FULL = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
export const WEEKDAY = `(?:${WEEKDAY_FULL}|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)`;
/** What must be in a stretch of text for chrono to be worth running on it. */
// lower case, only names that are no other word ("may", "sun", "wed" are), or "may" and "march" after a strong cue
export const LOWER_CUE = '(?:january|february|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:in|of|since|until|by|early|late|mid)[\\s-]+(?:may|march))';
/** The finder's cue; sentence-cues.ts sets its bit wherever this may match (widen both: tests/claims/sentence-cues.test.ts checks them together). */
export const CUE_RE = new RegExp(`\\b(?:${MONTH}|${WEEKDAY}|${LOWER_CUE})\\b|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\b\\d{1,2}/\\d{4}\\b|\\b\\d{1,2}/\\d{1,2}\\b`, 'g');
const MONTH_WORD_RE = new RegExp(`\\b${MONTH}\\b`, 'i');
const MONTH_CAPITAL_RE = new RegExp(`\\b${MONTH}\\b`);
const WEEKDAY_FULL_RE = new RegExp(`\\b${WEEKDAY_FULL}\\b`, 'i');
/** Month names that are also common words ("may", "march"): lower case, they need a stronger cue. */
const MONTH_WORDLIKE_RE = /\b(?:may|march|mar)\b/;
/** Cues strong enough for a lower-case "may" or "march" without a day or year ("in may"). */
const STRONG_CUES = new Set(['in', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'during', 'throughout', 'of']);
const MODIFIER_RE = /\b(this|last|past|next)\b/i;
const SLASH_CUE_RE = new RegExp(`\\b(?:on|this|next|by|until|till|from|to|between|and|or|${WEEKDAY})\\s+$|,\\s*$`, 'i');
// "of 1995", "in 2020"; a two-digit year only after "of" and before no counted noun ("of 87", not "of 87 people")
const YEAR_AFTER_RE = /^\s+(?:of|in)\s+((?:1[6-9]|20)\d\d)\b|^\s+of\s+['’]?(\d\d)\b(?![.,]?\d|\s*%|\s+[a-z]+s\b)/i;
const FEB_29_RE = /\bfeb(?:ruary)?\.?\s+29|\b29(?:th)?\s+(?:of\s+)?feb|\b0?2\/29\b/i;
// "4th of " before "july of 1995"
const DAY_BEFORE_RE = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$/i;
const WEEKDAY_LEAD_RE = /\b(this past|this coming|this upcoming|previous|coming|upcoming|following)\s+$/i;
// the end day alone: "17th", "seventeenth", or "17" before punctuation; "to 17 May" is chrono's to read
const DAY_TO_RE = /^\s*(?:through|thru|till|until|to|-|–)\s*(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th\b|(?=\s*(?:[,.;)]|$)))|([a-z]+(?:-[a-z]+)?)\b)(?!\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i;
/** Characters either side of a cue given to chrono: enough for "Friday, 5th of September, 2025". */
const MARGIN = 24;

let monthCues: Set<string> | undefined;

function isMonthCue(word: string): boolean {
  monthCues ??= new Set(loadData<{ monthCues: string[] }>('dates').monthCues);
  return monthCues.has(word.toLowerCase());
}

/** Windows `[start, end)` around cues inside `[from, to)`, snapped to white space and merged. */
function windows(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = CUE_RE;
  re.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    let s = Math.max(from, from + m.index - MARGIN);
    let e = Math.min(to, from + m.index + m[0].length + MARGIN);
    while (s > from && !/\s/.test(text[s - 1])) s--;
    while (e < to && !/\s/.test(text[e])) e++;
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function parts(c: chrono.ParsedResult['start']): DateParts {
  const get = (k: 'year' | 'month' | 'day' | 'weekday'): number | undefined => (c.isCertain(k) ? (c.get(k) ?? undefined) : undefined);
  return { year: get('year'), month: get('month'), day: get('day'), weekday: get('weekday') };
}

/** The word before `at`, lower case ("in May" → "in"; "mid-June" → "mid"). */
function wordBefore(text: string, at: number): string {
  return lastWord(text.slice(Math.max(0, at - 20), at));
}

/** Keep chrono's hit? See the module comment for why each case is refused. */
function plausible(text: string, hit: string, start: number, p: DateParts): boolean {
  if (p.year === undefined && p.month === undefined && p.day === undefined && p.weekday === undefined) return false;
  // "30/4.85", "8/1.5": figures, not dates
  if (/\d\s*\/\s*\d/.test(hit) && (/\d\.\d/.test(hit) || /^[.,]?\d/.test(text.slice(start + hit.length)))) return false;
  if (/\d\s*\/\s*\d/.test(hit) && p.year === undefined) {
    // "2/3 of the budget", "24/7": a slash date needs a year, or a cue before it ("on 22/04", "Friday 7/6")
    const after = text.slice(start + hit.length, start + hit.length + 6);
    if (!SLASH_CUE_RE.test(text.slice(Math.max(0, start - 12), start)) || /^\s*(?:of\b|%|\/|\d)/.test(after)) return false;
  }
  // lower-case month names are fine ("april 9th", "june of 1992"), except those that are also words
  if (MONTH_WORD_RE.test(hit) && !MONTH_CAPITAL_RE.test(hit) && MONTH_WORDLIKE_RE.test(hit)) {
    if (p.year === undefined && !STRONG_CUES.has(wordBefore(text, start).toLowerCase())) return false;
  }
  if (p.month === undefined && p.day === undefined && p.year === undefined) return WEEKDAY_FULL_RE.test(hit);
  if (p.day === undefined && p.year === undefined) {
    const before = wordBefore(text, start);
    if (!isMonthCue(before)) return false;
    // "to" and "and" join two months ("June to August"), not a name ("Johnson and May")
    if (/^(?:to|and|or)$/i.test(before) && !MONTH_WORD_RE.test(text.slice(Math.max(0, start - 24), start))) return false;
  }
  return true;
}

/** Trim "on " and punctuation chrono includes; add a possessive "'s" that follows. */
function trim(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  const lead = /^(?:[,(（]\s*)?(?:on\s+)?/i.exec(text.slice(s, e));
  if (lead) s += lead[0].length;
  // "Sept. 5" keeps the abbreviation's point; "… of Aug." ends the sentence with it
  while (e > s && /[\s,)）.]/.test(text[e - 1]) && !(/\b[A-Z][a-z]{2,3}\.$/.test(text.slice(s, e)) && /^\s*[\d,a-z]/.test(text.slice(e, e + 3)))) e--;
  const poss = /^['’]s\b/.exec(text.slice(e, e + 3));
  if (poss) e += poss[0].length;
  // "the 9th of May": the article belongs to an ordinal day
  if (/^\d{1,2}(?:st|nd|rd|th)\b/i.test(text.slice(s, e)) && /\bthe\s+$/i.test(text.slice(Math.max(0, s - 4), s))) s -= /the\s+$/i.exec(text.slice(Math.max(0, s - 8), s))?.[0].length ?? 0;
  return [s, e];
}

/**
 * Dates stated in `text[from, to)`: absolute dates with whatever components
 * were written, and weekdays. `reference` (ISO day) only helps chrono
 * validate day numbers; nothing it implies is returned.
 */
export function findStatedDates(text: string, from: number, to_: number, reference?: string): StatedDate[] {
  const out: StatedDate[] = [];
  // made when a window needs it: most sentences have none, and a Date parsed from a string each time costs
  let published: Date | undefined;
  for (const [ws, we] of windows(text, from, to_)) {
    const ref = FEB_29_RE.test(text.slice(ws, we)) ? chronoReference(reference, text.slice(ws, we)) : (published ??= chronoReference(reference, ''));
    const win = text.slice(ws, we);
    const queue = chronoParser(win).parse(win, ref).map((r) => ({ r, base: ws }));
    for (let item = queue.shift(); item; item = queue.shift()) {
      const { r, base } = item;
      const start = base + r.index;
      // "$12 December 27", "6,107.31 August 2019": the number before the month is a figure; read on after it
      const figure = /^\d/.test(r.text) && /(?:[$€£¥]\s?|\d[.,])$/.test(text.slice(Math.max(0, start - 3), start)) ? /^\d+\s*/.exec(r.text) : null;
      if (figure) {
        const rest = start + figure[0].length;
        const after = text.slice(rest, we);
        queue.unshift(...chronoParser(after).parse(after, ref).filter((x) => x.index === 0).map((x) => ({ r: x, base: rest })));
        continue;
      }
      const date = readResult(text, r, start, to_, reference);
      if (date) out.push(date);
    }
  }
  return out;
}

/**
 * The reference chrono is given. It orders the ends of a range by it ("from
 * next monday to friday"), so it is the published day; but where February 29
 * is written it is moved to a leap year, so that a Feb 29 without a year passes
 * chrono's check (we keep none of what chrono infers; the year is chosen later).
 */
function chronoReference(reference: string | undefined, window: string): Date {
  if (!reference) return new Date(Date.UTC(2000, 0, 1, 12));
  let year = Number(reference.slice(0, 4));
  if (!FEB_29_RE.test(window)) return new Date(`${reference.slice(0, 10)}T12:00:00Z`);
  while (!(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) year--;
  // chrono gives a date without a year the one nearest its reference
  return new Date(Date.UTC(year, 1, 29, 12));
}

/** One chrono result as a {@link StatedDate}, with what chrono leaves out read around it, or null when it is no date. */
function readResult(text: string, r: chrono.ParsedResult, start: number, to_: number, reference: string | undefined): StatedDate | null {
  const p = parts(r.start);
  const toParts = r.end ? parts(r.end) : undefined;
  if (!plausible(text, r.text, start, p)) return null;
  let [s, e] = trim(text, start, start + r.text.length);
  let mod = p.weekday !== undefined && p.day === undefined ? MODIFIER_RE.exec(r.text)?.[1].toLowerCase() : undefined;
  let reach: StatedDate['reach'];
  if (p.weekday !== undefined && p.day === undefined) {
    // "previous Wednesday", "the coming Thursday", "this past Friday": modifiers chrono leaves out
    const lead = WEEKDAY_LEAD_RE.exec(text.slice(Math.max(0, s - 20), s));
    if (!lead && mod && /^(?:past|next)\b/i.test(text.slice(s, e)) && /\bthis\s+$/i.test(text.slice(Math.max(0, s - 6), s))) {
      s -= /this\s+$/i.exec(text.slice(Math.max(0, s - 10), s))?.[0].length ?? 0;
      reach = 'nearest';
    } else if (lead) {
      s -= lead[0].length;
      mod = /past|previous/i.test(lead[1]) ? 'last' : 'next';
      reach = /^(?:previous|following)$/i.test(lead[1]) ? 'week' : 'nearest';
    }
    if (mod === 'past') reach = 'nearest';
  }
  const dayBefore = p.month !== undefined && p.day === undefined && p.weekday === undefined ? DAY_BEFORE_RE.exec(text.slice(Math.max(0, s - 12), s)) : null;
  if (dayBefore && Number(dayBefore[1]) >= 1 && Number(dayBefore[1]) <= 31 && !/[\d.,$€£¥]/.test(text[s - dayBefore[0].length - 1] ?? '')) {
    // "4th of july of 1995", "26th june of 2020": chrono took the month and year, not the day before them
    p.day = Number(dayBefore[1]);
    s -= dayBefore[0].length;
  }
  const monthMod = p.month !== undefined && p.year === undefined && p.weekday === undefined ? /\b(this|next|last)\s+$/i.exec(text.slice(Math.max(0, s - 10), s)) : null;
  if (monthMod && (p.day !== undefined || monthMod[1].toLowerCase() === 'this')) {
    // "this September": the one of the published year; "next 6th of April": of the year after
    s -= monthMod[0].length;
    mod = monthMod[1].toLowerCase();
  }
  const last = toParts ?? p;
  const yearAfter = p.month !== undefined && last.year === undefined ? YEAR_AFTER_RE.exec(text.slice(e, e + 12)) : null;
  if (yearAfter) {
    // "july 4th of 1995", "28 june in 2020", "15 April of 87", "from april to June in 2017": the year chrono leaves out
    last.year = yearAfter[1] ? Number(yearAfter[1]) : twoDigitYear(Number(yearAfter[2]), reference);
    e += yearAfter[0].length;
  }
  const date: StatedDate = { start: s, end: e, ...p };
  if (mod) date.modifier = mod === 'past' ? 'last' : (mod as 'last' | 'next' | 'this');
  if (reach) date.reach = reach;
  const to = p.day !== undefined && !r.end ? DAY_TO_RE.exec(text.slice(e, Math.min(to_, e + 40))) : null;
  if (to) {
    // "april 9th through 17th", "april ninth through seventeenth": the end day chrono leaves out
    const day = to[1] ? Number(to[1]) : parseOrdinal(to[2]);
    if (day !== null && day > (p.day ?? 0) && day <= 31) {
      date.to = { day };
      e += to[0].length;
      date.end = e;
    }
  }
  if (toParts) {
    // "from January to April 2015": what one end leaves out it takes from the other
    date.to = toParts;
    if (!date.modifier) shareParts(date, date.to);
  }
  return date;
}
