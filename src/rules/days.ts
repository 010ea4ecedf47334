/** ISO dates of any precision as ranges of days (days since 1970-01-01, UTC). */
import type { DateClaim } from '../types';
import { meets, type Interval } from './interval';

const DAY = 86_400_000;

/** `2025-09-04` → that day; `2025-09` → the month's days; `2025` → the year's. */
export function dayRange(iso: string): Interval | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return undefined;
  const y = +m[1];
  if (m[3]) {
    const d = Date.UTC(y, +m[2] - 1, +m[3]) / DAY;
    return { lo: d, hi: d };
  }
  if (m[2]) return { lo: Date.UTC(y, +m[2] - 1, 1) / DAY, hi: Date.UTC(y, +m[2], 1) / DAY - 1 };
  return { lo: Date.UTC(y, 0, 1) / DAY, hi: Date.UTC(y + 1, 0, 1) / DAY - 1 };
}

/**
 * The days a date claim allows: its value's days, or for an open range
 * ({@link DateClaim.bound}) every day on its open side: since 2010 is
 * [2010-01-01, ∞), after 2010 [2011-01-01, ∞), until 2010 (-∞, 2010-12-31],
 * before 2010 (-∞, 2009-12-31]. A range's bound is at its last day (`end`).
 */
export function claimDays(c: Pick<DateClaim, 'value' | 'end' | 'bound'>): Interval | undefined {
  const first = dayRange(c.value);
  if (!first || !c.bound) return first;
  const last = (c.end !== undefined ? dayRange(c.end) : undefined) ?? first;
  if (c.bound === 'since') return { lo: first.lo, hi: Infinity };
  if (c.bound === 'after') return { lo: last.hi + 1, hi: Infinity };
  if (c.bound === 'until') return { lo: -Infinity, hi: last.hi };
  return { lo: -Infinity, hi: first.lo - 1 };
}

/**
 * Whether two dates' days can both be right: they meet, and two ranges open on
 * the same side ("since 2010", "since 2012") have the same bound, since each
 * says when the open range begins or ends.
 */
export function daysAgree(a: Interval, b: Interval): boolean {
  if (a.hi === Infinity && b.hi === Infinity) return a.lo === b.lo;
  if (a.lo === -Infinity && b.lo === -Infinity) return a.hi === b.hi;
  return meets(a, b);
}

/** A date claim's value as it reads with its bound: "since 2010", "before 2025-09". */
export function boundedValue(c: Pick<DateClaim, 'value' | 'bound'>): string {
  return c.bound ? `${c.bound} ${c.value}` : c.value;
}

/** Day number → ISO day. */
export function isoDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Whole years and months from one day to another (the second not before the first). */
export function yearsBetween(from: number, to: number): number {
  const a = new Date(from * DAY);
  const b = new Date(to * DAY);
  let years = b.getUTCFullYear() - a.getUTCFullYear();
  const beforeAnniversary = b.getUTCMonth() < a.getUTCMonth() || (b.getUTCMonth() === a.getUTCMonth() && b.getUTCDate() < a.getUTCDate());
  if (beforeAnniversary) years--;
  // fractional part: days past the last anniversary over the year's length
  const anniversary = Date.UTC(a.getUTCFullYear() + years, a.getUTCMonth(), a.getUTCDate()) / DAY;
  const next = Date.UTC(a.getUTCFullYear() + years + 1, a.getUTCMonth(), a.getUTCDate()) / DAY;
  return years + (to - anniversary) / (next - anniversary);
}

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Day of the week of a day number (0 = Sunday). */
export function weekdayOf(day: number): number {
  return new Date(day * DAY).getUTCDay();
}
