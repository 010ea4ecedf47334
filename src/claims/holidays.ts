/**
 * Named days: "Christmas", "easter 2018", "next Thanksgiving", "independence
 * day of this year", and the weekend that goes with one ("Labor Day weekend",
 * "the weekend of Halloween", "Thanksgiving 2023 weekend"): the named day and
 * the Saturday and Sunday nearest it ({@link holidayWeekend}).
 */
import type { Span } from '../types';
import { loadData } from '../rules/data';
import { addDays, holidayIn, nearestHoliday, weekdayOf, type HolidayRule } from './calendar';
import type { Resolved } from './date-hits';
import type { Tense } from './tense';

/** A named day ("Christmas", "easter 2018", "next Thanksgiving"), before its year is chosen. */
export interface HolidayHit extends Span {
  rule: HolidayRule;
  year?: number;
  modifier?: 'last' | 'next';
  /** "of this year", "of next year": the year as an offset from the published one */
  yearOffset?: number;
  /** "Labor Day weekend", "the weekend of Halloween": the named day with its weekend */
  weekend?: boolean;
}

const WEEKEND_AFTER_RE = /^\s+weekend\b(?:,?\s+((?:19|20)\d\d)\b)?/i;
const WEEKEND_BEFORE_RE = /\b(?:the\s+)?weekend\s+of\s+(?:the\s+)?$/i;
const YEAR_OF_RE = /^\s+of\s+(this|last|next)\s+year\b/i;

let holidayRe: { re: RegExp; rules: Map<string, HolidayRule> } | undefined;

function holidays(): NonNullable<typeof holidayRe> {
  if (holidayRe) return holidayRe;
  const rules = new Map(Object.entries(loadData<{ holidays: Record<string, HolidayRule> }>('dates').holidays));
  const names = [...rules.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.]/g, '\\.').replace(/['’]/g, "['’]").replace(/\s+/g, '\\s+'));
  const re = new RegExp(`\\b(?:(last|next|previous|following|this)\\s+)?(${names.join('|')})(?![\\w'’])(?:(?:\\s+|,\\s*)((?:19|20)\\d\\d)\\b)?`, 'gi');
  holidayRe = { re, rules };
  return holidayRe;
}

/** The finder's cue; sentence-cues.ts sets its bit wherever this may match (widen both: tests/claims/sentence-cues.test.ts checks them together). */
export const HOLIDAY_CUE_RE = /christmas|new\s+year|easter|halloween|thanksgiving|black\s+friday|patrick|(?:independence|earth|labou?r|memorial|workers['’]?|valentine['’]?s?|bastille|armistice|veterans|boxing|mother['’]s|father['’]s|king)\s+day/i;

/** Named days in `sentence` of `text`. */
export function findHolidays(text: string, sentence: Span): HolidayHit[] {
  const s = text.slice(sentence.start, sentence.end);
  if (!HOLIDAY_CUE_RE.test(s)) return [];
  const { re, rules } = holidays();
  const r = re;
  r.lastIndex = 0;
  const out: HolidayHit[] = [];
  for (let m = r.exec(s); m; m = r.exec(s)) {
    const rule = rules.get(m[2].toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'"));
    if (!rule) continue;
    const h: HolidayHit = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, rule };
    if (m[3]) h.year = Number(m[3]);
    const mod = m[1]?.toLowerCase();
    if (mod === 'last' || mod === 'previous') h.modifier = 'last';
    else if (mod === 'next' || mod === 'following') h.modifier = 'next';
    else if (mod === 'this') h.start += m[1].length + 1 + (m[0].length - m[0].trimStart().length);
    const after = text.slice(h.end, sentence.end);
    const yearOf = h.year === undefined && h.modifier === undefined ? YEAR_OF_RE.exec(after) : null;
    if (yearOf) {
      // "independence day of this year"
      const which = yearOf[1].toLowerCase();
      h.yearOffset = which === 'this' ? 0 : which === 'next' ? 1 : -1;
      h.end += yearOf[0].length;
    }
    const weekendAfter = WEEKEND_AFTER_RE.exec(text.slice(h.end, sentence.end));
    const weekendBefore = WEEKEND_BEFORE_RE.exec(text.slice(Math.max(sentence.start, h.start - 24), h.start));
    if (weekendAfter) {
      h.end += weekendAfter[0].length;
      if (weekendAfter[1] && h.year === undefined) h.year = Number(weekendAfter[1]);
    }
    else if (weekendBefore) h.start -= weekendBefore[0].length;
    if (weekendAfter || weekendBefore) h.weekend = true;
    out.push(h);
  }
  return out;
}

/**
 * The day of a named day: in the year written, else the last one before the
 * published day ("last Easter", or in a past clause) or the next one after it.
 * With its weekend, from the first to the last of the day and the weekend.
 */
export function resolveHoliday(h: HolidayHit, reference: string | undefined, tense: () => Tense): Resolved | null {
  const day = holidayDay(h, reference, tense);
  if (!day || !h.weekend) return day;
  const [value, end] = holidayWeekend(day.value);
  return { ...day, value, end };
}

function holidayDay(h: HolidayHit, reference: string | undefined, tense: () => Tense): Resolved | null {
  const year = h.year ?? (h.yearOffset !== undefined && reference ? Number(reference.slice(0, 4)) + h.yearOffset : undefined);
  if (year !== undefined) {
    const v = holidayIn(h.rule, year);
    return v ? { value: v, precision: 'day', ...(h.year === undefined ? { resolvedFrom: 'published' as const } : {}) } : null;
  }
  if (!reference) return null;
  const past = h.modifier === 'last' || (h.modifier === undefined && tense() === 'past');
  const v = nearestHoliday(h.rule, reference, past ? 'past' : 'future', h.modifier !== undefined);
  return v ? { value: v, precision: 'day', resolvedFrom: 'inferred-year' } : null;
}

/**
 * A named day and the Saturday and Sunday nearest it, first and last day:
 * Labor Day (a Monday) with the weekend before, Thanksgiving (a Thursday)
 * with the one after, Halloween on a Sunday with its Saturday.
 */
export function holidayWeekend(day: string): [string, string] {
  // days from the day to the nearest Saturday, Monday to Sunday: back 2, 3; on Wednesday ahead, as on Thursday and Friday
  const toSaturday = [-1, -2, -3, 3, 2, 1, 0][weekdayOf(day)];
  const saturday = addDays(day, toSaturday);
  const sunday = addDays(saturday, 1);
  return [day < saturday ? day : saturday, day > sunday ? day : sunday];
}
