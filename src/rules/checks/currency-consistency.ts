/**
 * currency-consistency: "€1.1bn (£954m; $1.3bn)" — one amount given in several
 * currencies side by side. Each pair is converted with the reference rates in
 * `rules/data/exchange-rates.json`; a pair off by more than the tolerance is
 * reported. Only figures written next to each other are compared, so two
 * different amounts in one sentence are never taken for conversions.
 */
import type { QuantityClaim, Source } from '../../types';
import { loadData } from '../data';
import { evidenceIn } from '../evidence';
import { displayQuantity } from '../../report/display';
import type { Check, CheckFinding } from '../types';

interface Rates {
  base: string;
  asOf: string;
  rates: Record<string, number>;
}

/** What may stand between an amount and its conversion: brackets, separators, "or", "about". */
const BETWEEN = /^[\s([;,/–—-]*(?:(?:or|about|around|roughly|some|approximately|c\.|ca\.)\s*)?$/i;

export const currencyConsistency: Check = {
  type: 'currency-consistency',
  run(ctx) {
    const tolerance = (ctx.rule.options?.relativeTolerance as number | undefined) ?? 0.2;
    const { rates, asOf } = loadData<Rates>('exchange-rates');
    const money = ctx.claims.filter((c): c is QuantityClaim => c.kind === 'money' && c.value !== undefined && rates[c.unit] !== undefined);
    const out: CheckFinding[] = [];
    for (const src of ctx.sources) {
      const mine = money.filter((c) => c.source === src.id).sort((a, b) => a.span.start - b.span.start);
      for (const run of adjacentRuns(src, mine)) {
        const [first, ...rest] = run;
        for (const other of rest) {
          if (other.unit === first.unit) continue;
          const expected = ((first.value as number) / rates[first.unit]) * rates[other.unit];
          const ratio = (other.value as number) / expected;
          if (Math.abs(ratio - 1) <= tolerance) continue;
          const a = evidenceIn(ctx.alignment, first);
          const b = evidenceIn(ctx.alignment, other);
          out.push({
            message: `${src.id} gives ${displayQuantity(first)} as ${displayQuantity(other)}, but at ${asOf} rates it is about ${displayQuantity({ unit: other.unit, value: +expected.toPrecision(2), qualifier: 'about' })} (off by ${Math.round(Math.abs(ratio - 1) * 100)}%)`,
            subject: `conversion of ${displayQuantity(first)}`,
            sides: [
              { value: first.value, unit: first.unit, display: displayQuantity(first), sources: [src.id], evidence: [a] },
              { value: other.value, unit: other.unit, display: displayQuantity(other), sources: [src.id], evidence: [b] },
            ],
            evidence: [b, a],
          });
        }
      }
    }
    return out;
  },
};

/** Runs of money claims separated only by brackets and separators. */
function adjacentRuns(src: Source, claims: QuantityClaim[]): QuantityClaim[][] {
  const runs: QuantityClaim[][] = [];
  let run: QuantityClaim[] = [];
  for (const c of claims) {
    const prev = run[run.length - 1];
    if (prev && c.span.start >= prev.span.end && BETWEEN.test(src.text.slice(prev.span.end, c.span.start))) run.push(c);
    else {
      if (run.length > 1) runs.push(run);
      run = [c];
    }
  }
  if (run.length > 1) runs.push(run);
  return runs;
}
