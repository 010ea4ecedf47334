/**
 * The DateTimeModel comparison: dates, date ranges and durations, the parts of
 * that model a news claim can be. Time-of-day cases are left out by
 * {@link isDateCase}.
 */
import type { NewClaim } from '../../../src/types';
import type { SpecCase, SpecResult } from './load';
import { near, type Found, type ModelRule } from './found';

type DateFound = Extract<NewClaim, { kind: 'date' }>;
type DurationFound = Extract<NewClaim, { kind: 'duration' }>;

/** One entry of `Resolution.values`. */
interface SpecValue {
  timex?: string;
  type?: string;
  value?: string;
  start?: string;
  end?: string;
  Mod?: string;
}

const IN_SCOPE = new Set(['date', 'daterange', 'duration']);

/** Seconds per unit, as Recognizers-Text counts them (a year is 365 days, a month 30). */
const SECONDS: Record<DurationFound['unit'], number> = {
  year: 31536000, month: 2592000, week: 604800, day: 86400, hour: 3600, minute: 60,
};

function valuesOf(r: SpecResult): SpecValue[] {
  const v = r.Resolution.values;
  return Array.isArray(v) ? (v as SpecValue[]) : [];
}

/** Is every expected result of this case a date, a date range or a duration? (Cases expecting nothing count too.) */
export function isDateCase(c: SpecCase): boolean {
  return c.Results.every((r) => {
    const vs = valuesOf(r);
    return vs.length > 0 && vs.every((v) => IN_SCOPE.has(v.type ?? ''));
  });
}

/** The day after `iso` (`YYYY-MM-DD`). */
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** First day of a value at its precision: `2016` → 2016-01-01, `2016-11` → 2016-11-01. */
function firstDay(iso: string): string {
  return iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
}

/** The day after the period `iso` ends (an exclusive end, as the spec gives it). */
function dayAfter(iso: string): string {
  if (iso.length === 4) return `${Number(iso) + 1}-01-01`;
  if (iso.length === 7) {
    const [y, m] = iso.split('-').map(Number);
    return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  }
  return nextDay(iso);
}

/** Equal days; only month and day when the spec left the year open (`XXXX-…`). */
function sameDay(want: string, got: string, yearless: boolean): boolean {
  return yearless ? want.slice(5) === got.slice(5) : want === got;
}

function matchDate(v: SpecValue, d: DateFound): boolean {
  if (d.precision !== 'day' || (d.end !== undefined && d.end !== d.value) || d.bound || !v.value) return false;
  return sameDay(v.value, d.value, /^XXXX-\d\d-\d\d$/.test(v.timex ?? ''));
}

/**
 * A range matches when our first day is the spec's start and our last day is
 * the day before its (exclusive) end. Recognizers reads the end of a stated
 * range as exclusive ("June 26 to 28" is [26, 28), "from May to September"
 * [May 1, Sep 1), "2014-2018" [2014, 2018)), so for a range we also accept the
 * first day of our last day, month or year as the spec's end.
 */
function matchRange(v: SpecValue, d: DateFound): boolean {
  if (!v.start || !v.end) return matchOpenRange(v, d);
  if (d.bound) return false;
  const yearless = (v.timex ?? '').includes('XXXX');
  const last = d.end ?? d.value;
  const ends = [dayAfter(last)];
  if (d.end !== undefined) ends.push(firstDay(last));
  return sameDay(v.start, firstDay(d.value), yearless) && ends.some((e) => sameDay(v.end ?? '', e, yearless));
}

/**
 * A half-open range ("since August", "before 2010") matches a claim open on
 * the same side whose bound is the spec's start (since, after) or exclusive
 * end (until, before): since = our first day; before = our first day; after =
 * the day after our last; until = the day after our last. Recognizers gives a
 * single day as the bound itself ("after January 1, 2007" starts 2007-01-01,
 * "as late as tomorrow" ends on tomorrow), so after and until a day may also
 * be that day.
 */
function matchOpenRange(v: SpecValue, d: DateFound): boolean {
  if (!d.bound || (v.start === undefined) === (v.end === undefined)) return false;
  const yearless = (v.timex ?? '').includes('XXXX');
  const last = d.end ?? d.value;
  const point = d.precision === 'day' ? [last] : [];
  const open: Record<NonNullable<DateFound['bound']>, [keyof SpecValue, string[]]> = {
    since: ['start', [firstDay(d.value)]],
    after: ['start', [dayAfter(last), ...point]],
    until: ['end', [dayAfter(last), ...point]],
    before: ['end', [firstDay(d.value)]],
  };
  const [side, days] = open[d.bound];
  const want = v[side];
  return want !== undefined && days.some((day) => sameDay(want, day, yearless));
}

function matchDuration(v: SpecValue, d: DurationFound): boolean {
  const n = d.value ?? d.min ?? d.max;
  return n !== undefined && v.value !== undefined && near(n * SECONDS[d.unit], Number(v.value));
}

function matchValue(v: SpecValue, f: Found): boolean {
  if (v.type === 'date' && f.kind === 'date') return matchDate(v, f);
  if (v.type === 'daterange' && f.kind === 'date') return matchRange(v, f);
  if (v.type === 'duration' && f.kind === 'duration') return matchDuration(v, f);
  return false;
}

/** Dates, date ranges and durations; any one of the spec's alternative values (past or coming year) will do. */
export const DATE_RULE: ModelRule = {
  relevant: (f) => f.kind === 'date' || f.kind === 'duration',
  outOfScope(r) {
    const vs = valuesOf(r);
    if (vs.some((v) => v.value === 'not resolved')) return 'not resolved by the spec itself (fiscal year, impossible date)';
    if (vs.some((v) => v.type === 'daterange' && !v.start && !v.end)) return `range with neither start nor end (${vs[0].Mod ?? 'open'})`;
    return null;
  },
  compare(r, f) {
    return { span: f.span.start === r.Start && f.span.end === r.End + 1, value: valuesOf(r).some((v) => matchValue(v, f)) };
  },
};
