/**
 * elapsed-time: "the war — now in its third year following Russia's February
 * 2022 offensive", published 5 September 2025, is in its fourth year. The
 * time from the start point written in the sentence to the date the source
 * speaks from (its published date) must fall in the stated interval. Other
 * sources' statements of the same elapsed time that agree with the calendar
 * are cited as related evidence.
 */
import type { DateClaim, DurationClaim, DurationUnit } from '../../types';
import { dayRange, yearsBetween } from '../days';
import { evidenceIn } from '../evidence';
import { intervalOf, meets, type Interval } from '../interval';
import type { Check, CheckFinding } from '../types';

const ORDINAL = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/** Elapsed time between two day numbers, in a unit. */
function elapsed(from: number, to: number, unit: DurationUnit): number {
  switch (unit) {
    case 'year':
      return yearsBetween(from, to);
    case 'month':
      return yearsBetween(from, to) * 12;
    case 'week':
      return (to - from) / 7;
    case 'day':
      return to - from;
    case 'hour':
      return (to - from) * 24;
    case 'minute':
      return (to - from) * 1440;
  }
}

/** What a duration statement allows: "third year" → [2, 3); "three years" → [3, 4); "more than 3.5" → [3.5, ∞). */
export function statedInterval(d: DurationClaim): Interval {
  if (d.ordinal !== undefined) return { lo: d.ordinal - 1, hi: d.ordinal };
  if (d.value !== undefined && d.qualifier === 'exact' && Number.isInteger(d.value)) return { lo: d.value, hi: d.value + 1 };
  return intervalOf(d);
}

function describe(years: number, unit: DurationUnit): string {
  if (unit !== 'year') return `${Math.floor(years)} ${unit}s`;
  const y = Math.floor(years);
  const m = Math.floor((years - y) * 12);
  return `${y} year${y === 1 ? '' : 's'}${m ? ` ${m} month${m === 1 ? '' : 's'}` : ''}`;
}

export const elapsedTime: Check = {
  type: 'elapsed-time',
  run(ctx) {
    const minSimilarity = (ctx.rule.options?.minSimilarity as number | undefined) ?? 0.2;
    const slack = (ctx.rule.options?.slackDays as number | undefined) ?? 0;
    const durations = ctx.claims.filter((c): c is DurationClaim => c.kind === 'duration');
    const out: CheckFinding[] = [];
    for (const d of durations) {
      if (!d.since || !d.asOf) continue;
      const since = dayRange(d.since);
      const asOf = dayRange(d.asOf);
      if (!since || !asOf) continue;
      // the start may be anywhere in its month or year: the elapsed time is an interval
      const actual: Interval = { lo: elapsed(since.hi + slack, asOf.lo, d.unit), hi: elapsed(since.lo - slack, asOf.lo, d.unit) };
      const stated = statedInterval(d);
      if (stated.lo <= actual.hi && actual.lo < stated.hi) continue;
      const anchor = ctx.claims.find((c): c is DateClaim => c.kind === 'date' && c.source === d.source && c.sentence.start === d.sentence.start && c.value === d.since);
      const support = durations.filter(
        (o) => o.source !== d.source && o.unit === d.unit && ctx.alignment.similarity(o, d) >= minSimilarity && meets(statedInterval(o), actual),
      );
      const primary = evidenceIn(ctx.alignment, d);
      const evidence = [primary, ...(anchor ? [evidenceIn(ctx.alignment, anchor)] : []), ...support.map((o) => evidenceIn(ctx.alignment, o))];
      const mid = (actual.lo + actual.hi) / 2;
      const which = d.ordinal !== undefined && Number.isInteger(Math.floor(mid) + 1) ? ` — its ${ORDINAL[Math.floor(mid) + 1] ?? `${Math.floor(mid) + 1}th`} ${d.unit}` : '';
      const others = support.length ? `; ${support.map((o) => `${o.source} says “${evidenceIn(ctx.alignment, o).text}”`).join('; ')}` : '';
      out.push({
        message: `${d.source} says “${primary.text}” counting from ${d.since} to ${d.asOf}, but that is ${describe(mid, d.unit)}${which}${others}`,
        subject: `time elapsed since ${d.since}`,
        majority: { value: mid, unit: d.unit, display: describe(mid, d.unit) },
        sides: [
          { value: stated.hi === Infinity ? { min: stated.lo } : { min: stated.lo, max: stated.hi }, unit: d.unit, display: primary.text, sources: [d.source], evidence: [primary] },
          { value: mid, unit: d.unit, display: `${describe(mid, d.unit)} (calendar)`, sources: support.map((o) => o.source), evidence: evidence.slice(1) },
        ],
        evidence,
      });
    }
    return out;
  },
};
