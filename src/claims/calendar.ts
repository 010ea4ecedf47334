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

/** The ISO day `n` months after the day `iso`, on the same day of the month or the last one ("Jan 31" + 1 → "Feb 28"). */
export function addMonthsToDay(iso: string, n: number): string {
  const [y, m] = addMonths(iso, n).split('-').map(Number);
  return toIso(y, m, Math.min(Number(iso.slice(8, 10)), daysInMonth(y, m)));
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

/** How a named day falls in a year: a fixed day, the nth weekday of a month (-1: the last), or days from Easter Sunday. */
export interface HolidayRule {
  month?: number;
  day?: number;
  weekday?: number;
  nth?: number;
  /** days after the nth weekday ("black friday": the day after Thanksgiving) */
  offset?: number;
  /** days from Easter Sunday */
  easter?: number;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return toIso(year, month, ((h + l - 7 * m + 114) % 31) + 1);
}

/** The day a named day falls on in `year`, or `undefined` when the rule names none. */
export function holidayIn(rule: HolidayRule, year: number): string | undefined {
  if (rule.easter !== undefined) return addDays(easterSunday(year), rule.easter);
  if (rule.month === undefined) return undefined;
  if (rule.day !== undefined) return toIso(year, rule.month, rule.day);
  if (rule.weekday === undefined || rule.nth === undefined) return undefined;
  let day: string;
  if (rule.nth > 0) {
    const first = toIso(year, rule.month, 1);
    day = addDays(first, ((rule.weekday - weekdayOf(first) + 7) % 7) + 7 * (rule.nth - 1));
  } else {
    const last = toIso(year, rule.month, daysInMonth(year, rule.month));
    day = addDays(last, -((weekdayOf(last) - rule.weekday + 7) % 7));
  }
  return addDays(day, rule.offset ?? 0);
}

/** Units a day can be moved by; months, quarters and years keep the day of the month where they can. */
export type CalendarUnit = 'day' | 'businessDay' | 'week' | 'fortnight' | 'month' | 'quarter' | 'year';

/** The `n`th Monday-to-Friday day after `iso` (before, when negative); 0 is `iso` itself. */
export function addBusinessDays(iso: string, n: number): string {
  const step = n < 0 ? -1 : 1;
  let d = iso;
  for (let left = Math.abs(n); left > 0; ) {
    d = addDays(d, step);
    if (weekdayOf(d) % 6 !== 0) left--;
  }
  return d;
}

/** The ISO day `n` units after `iso` (before, when negative). */
export function addUnits(iso: string, unit: CalendarUnit, n: number): string {
  if (unit === 'day') return addDays(iso, n);
  if (unit === 'businessDay') return addBusinessDays(iso, n);
  if (unit === 'week' || unit === 'fortnight') return addDays(iso, (unit === 'week' ? 7 : 14) * n);
  return addMonthsToDay(iso, (unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12) * n);
}

/** "Mon 13th": the nearest day `day` that falls on `weekday`, from the reference month on in `direction`. */
export function nearestWeekdayDay(reference: string, weekday: number, day: number, direction: Direction): string | undefined {
  const dir = direction === 'past' ? -1 : 1;
  for (let k = 0; k <= 28; k++) {
    const [y, m] = addMonths(reference, dir * k).split('-').map(Number);
    if (!isValidDay(y, m, day)) continue;
    const v = toIso(y, m, day);
    if (weekdayOf(v) === weekday && (k > 0 || compareIso(v, reference) * dir >= 0)) return v;
  }
  return undefined;
}

/** "on the 18th": the nearest 18th on or before (past) or on or after (future) the reference day. */
export function nearestDayOfMonth(reference: string, day: number, direction: Direction): string | undefined {
  for (const k of direction === 'past' ? [0, -1, -2] : [0, 1, 2]) {
    const [y, m] = addMonths(reference, k).split('-').map(Number);
    if (!isValidDay(y, m, day)) continue;
    const v = toIso(y, m, day);
    if (k !== 0 || (direction === 'past' ? compareIso(v, reference) <= 0 : compareIso(v, reference) >= 0)) return v;
  }
  return undefined;
}

/** A named day nearest the reference in `direction`; the reference day itself counts unless `strict` ("last Easter"). */
export function nearestHoliday(rule: HolidayRule, reference: string, direction: Direction, strict: boolean): string | undefined {
  const year = Number(reference.slice(0, 4));
  for (const y of direction === 'past' ? [year, year - 1] : [year, year + 1]) {
    const v = holidayIn(rule, y);
    if (!v) return undefined;
    const c = compareIso(v, reference) * (direction === 'past' ? -1 : 1);
    if (c > 0 || (c === 0 && !strict)) return v;
  }
  return undefined;
}
