/**
 * The year of a month (and day) written without one: in the published year,
 * unless the clause's tense puts it in the year before or after. A range
 * without a year ("from August to October") takes one year for both ends, so
 * that it is one stretch: a range to come must not have ended yet, a past one
 * must have begun.
 */
import type { DateParts } from './chrono';
import { addDays, compareIso, isValidDay, toIso } from './calendar';
import type { Tense } from './tense';

/** The year of a month (and day) written without one, seen from `base` (an ISO day). */
export function inferYear(month: number, day: number | undefined, base: string, tense: Tense): number {
  const year = Number(base.slice(0, 4));
  if (day === undefined) {
    const m = Number(base.slice(5, 7));
    if (tense === 'future') return month < m ? year + 1 : year;
    return month > m ? year - 1 : year;
  }
  // a week's slack either way: "on September 8" in a paper of September 5 may be a typo or an agenda
  const iso = isValidDay(year, month, day) ? toIso(year, month, day) : toIso(year, month, Math.min(day, 28));
  if (tense === 'future') return compareIso(iso, addDays(base, -7)) < 0 ? year + 1 : year;
  return compareIso(iso, addDays(base, 7)) > 0 ? year - 1 : year;
}

/** Does `b` come before `a` in a year (by month, then day)? Then a range from a to b runs into the next year. */
export function wrapsYear(a: DateParts, b: DateParts): boolean {
  const [am, bm] = [a.month ?? 1, b.month ?? a.month ?? 1];
  return bm < am || (bm === am && a.day !== undefined && b.day !== undefined && b.day < a.day);
}

/**
 * The years of both ends of a range written without one: seen from the end in
 * a clause about the future ("will be out from August to October", in
 * September: this year's), else from the start.
 */
export function rangeYears(a: DateParts, b: DateParts, base: string, tense: Tense): [number, number] {
  const wraps = wrapsYear(a, b) ? 1 : 0;
  if (tense === 'future') {
    const end = inferYear(b.month ?? a.month ?? 1, b.day, base, tense);
    return [end - wraps, end];
  }
  const start = inferYear(a.month ?? 1, a.day, base, tense);
  return [start, start + wraps];
}

/**
 * A day written without a year that does not exist in the year inferred
 * (February 29): the nearest leap year before it, or after it in a clause
 * about the future.
 */
export function leapYearFor(year: number, month: number, day: number, tense: Tense): number {
  const step = tense === 'future' ? 1 : -1;
  for (let y = year, k = 0; k < 8; y += step, k++) if (isValidDay(y, month, day)) return y;
  return year;
}

/** A two-digit year in this century, unless that is more than twenty years after `reference` ("03/18/40" in 2016: 1940). */
export function twoDigitYear(yy: number, reference: string | undefined): number {
  const now = reference ? Number(reference.slice(0, 4)) : new Date().getUTCFullYear();
  return 2000 + yy > now + 20 ? 1900 + yy : 2000 + yy;
}
