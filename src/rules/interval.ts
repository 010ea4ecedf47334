/**
 * Interval semantics of stated figures: "at least 30" is [30, ∞), "nearly 50"
 * [45, 50], "about 50" [45, 55], "€1.1bn" [1.05bn, 1.15bn] (a rounded figure
 * stands for every value that rounds to it). Two figures agree when their
 * intervals meet, after a relative tolerance.
 */
import { rememberShort } from '../sources/chars';
import type { DurationClaim, QuantityClaim } from '../types';

export interface Interval {
  lo: number;
  hi: number;
}

/** Half a unit of the last significant digit of a figure written with a multiplier ("1.1bn" → 0.05bn). */
function roundingSlack(value: number, multiplier: string | undefined): number {
  if (!multiplier || multiplier === 'dozen' || multiplier === 'score') return 0;
  // the figure as written, before the multiplier
  const scale = scaleOf(multiplier);
  if (!scale) return 0;
  const written = value / scale;
  const decimals = (String(+written.toPrecision(12)).split('.')[1] ?? '').length;
  return (0.5 * scale) / 10 ** decimals;
}

/** What a multiplier as written multiplies by: 1e3 for "k" or "thousand", … 0 for others (told once each: a few words recur in every figure of a run). */
const scaleOf = rememberShort(
  (multiplier) => (/^(k|thousand)$/i.test(multiplier) ? 1e3 : /^(m|mn|million)$/i.test(multiplier) ? 1e6 : /^(bn|b|billion)$/i.test(multiplier) ? 1e9 : /^(tn|trillion)$/i.test(multiplier) ? 1e12 : 0),
  1000,
);

/** The values a quantity or duration claim allows. */
export function intervalOf(c: Pick<QuantityClaim | DurationClaim, 'value' | 'min' | 'max' | 'qualifier'> & { multiplier?: string }): Interval {
  if (c.value === undefined) return { lo: c.min ?? -Infinity, hi: c.max ?? Infinity };
  const v = c.value;
  const slack = roundingSlack(v, c.multiplier);
  switch (c.qualifier) {
    case 'at-least':
    case 'more-than':
      return { lo: v, hi: Infinity };
    case 'at-most':
    case 'less-than':
      return { lo: -Infinity, hi: v };
    case 'nearly':
      return { lo: v * 0.9, hi: v + slack };
    case 'about':
      return { lo: v * 0.9 - slack, hi: v * 1.1 + slack };
    case 'vague':
      return { lo: c.min ?? v, hi: c.max ?? Infinity };
    default:
      return { lo: c.min ?? v - slack, hi: c.max ?? v + slack };
  }
}

/** Whether two intervals meet, each widened by a relative tolerance. */
export function meets(a: Interval, b: Interval, tolerance = 0): boolean {
  // bounds widened one by one, not as intervals: partitions call this for every pair of values they weigh
  return a.lo - widening(a.lo, tolerance) <= b.hi + widening(b.hi, tolerance) && b.lo - widening(b.lo, tolerance) <= a.hi + widening(a.hi, tolerance);
}

/** How far a tolerance widens a bound. Infinity × 0 is NaN: unbounded sides stay unbounded. */
function widening(n: number, tolerance: number): number {
  return Number.isFinite(n) ? Math.abs(n) * tolerance : 0;
}
