/**
 * Calendar arithmetic on ISO strings (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`). All of
 * it is done in UTC so that no time zone or daylight-saving shift can move a
 * day: claims are calendar days, not instants.
 */

/** Year, month (1–12) and day (1–31) of an ISO day. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** Parse the first ten characters of `iso` as a day (`2025-09-05T05:12` is fine); `undefined` if it is not one. */
export function parseIsoDay(iso: string | undefined): Ymd | undefined {
  const m = iso ? ISO_DAY.exec(iso) : null;
  if (!m) return undefined;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(ymd.year, ymd.month, ymd.day) ? ymd : undefined;
}

/** Does this day exist in the Gregorian calendar? */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** `2025`, `2025-09` or `2025-09-05`, as many parts as are given. */
export function toIso(year: number, month?: number, day?: number): string {
  if (month === undefined) return pad(year, 4);
  if (day === undefined) return `${pad(year, 4)}-${pad(month, 2)}`;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function fromUtc(d: Date): string {
  return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function utc(ymd: Ymd): Date {
  return new Date(Date.UTC(ymd.year, ymd.month - 1, ymd.day));
}

/** The ISO day `n` days after `iso` (before, when negative). */
export function addDays(iso: string, n: number): string {
  const ymd = parseIsoDay(iso);
  if (!ymd) throw new RangeError(`not an ISO day: ${iso}`);
  const d = utc(ymd);
  d.setUTCDate(d.getUTCDate() + n);
  return fromUtc(d);
}

/** `YYYY-MM` of the month `n` months after the month of `iso` (a day or a month). */
export function addMonths(iso: string, n: number): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const index = year * 12 + (month - 1) + n;
  return toIso(Math.floor(index / 12), (index % 12) + 1);
}

/** Weekday of an ISO day, 0 = Sunday … 6 = Saturday (as `Date.getDay`). */
export function weekdayOf(iso: string): number {
  const ymd = parseIsoDay(iso);
  if (!ymd) throw new RangeError(`not an ISO day: ${iso}`);
  return utc(ymd).getUTCDay();
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  const da = parseIsoDay(a);
  const db = parseIsoDay(b);
  if (!da || !db) throw new RangeError(`not ISO days: ${a}, ${b}`);
  return Math.round((utc(db).getTime() - utc(da).getTime()) / 86_400_000);
}

/** Monday of the ISO week (Monday–Sunday) that holds `iso`. */
export function isoWeekMonday(iso: string): string {
  return addDays(iso, -((weekdayOf(iso) + 6) % 7));
}

/** Which way from the reference day a weekday is meant to lie. */
export type Direction = 'past' | 'future';

/**
 * The day with weekday `weekday` nearest to `reference` in `direction`. The
 * reference day itself counts ("said on Friday" in a Friday paper is that
 * Friday) unless `strict` ("last Friday", "next Monday" never mean today).
 */
export function resolveWeekday(reference: string, weekday: number, direction: Direction, strict = false): string {
  const ref = weekdayOf(reference);
  if (direction === 'past') {
    let back = (ref - weekday + 7) % 7;
    if (strict && back === 0) back = 7;
    return addDays(reference, -back);
  }
  let ahead = (weekday - ref + 7) % 7;
  if (strict && ahead === 0) ahead = 7;
  return addDays(reference, ahead);
}

/** Compare ISO strings of any precision by their common prefix: negative when `a` is earlier. */
export function compareIso(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}
