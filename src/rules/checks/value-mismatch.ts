/**
 * value-mismatch: claims of one unit class that speak of the same thing
 * (aligned by context) but whose values do not meet. Options: minSimilarity,
 * relativeTolerance, minSources (sources that must take part, default 2),
 * updates ("skip", the default: leave figures that rose report by report to
 * value-update; "conflict": report them here too).
 */
import type { QuantityClaim } from '../../types';
import { displayQuantity } from '../../report/display';
import { intervalOf, meets, type Interval } from '../interval';
import { disagreement, partition, type Item } from '../sides';
import { asUpdateSeries } from '../updates';
import type { Check, CheckFinding } from '../types';

export const valueMismatch: Check = {
  type: 'value-mismatch',
  run(ctx) {
    const opts = ctx.rule.options ?? {};
    const minSimilarity = (opts.minSimilarity as number | undefined) ?? 0.3;
    const tolerance = (opts.relativeTolerance as number | undefined) ?? 0;
    const minSources = (opts.minSources as number | undefined) ?? 2;
    const claims = ctx.claims.filter((c): c is QuantityClaim => c.kind === 'quantity' || c.kind === 'money' || c.kind === 'percent');
    const out: CheckFinding[] = [];
    for (const group of ctx.alignment.cluster(claims, (c) => `${c.kind}:${c.unit}`, minSimilarity)) {
      const members = group.members.map((m) => m.claim as QuantityClaim);
      if (new Set(members.map((m) => m.source)).size < minSources) continue;
      const items: Item<Interval>[] = members.map((c) => ({ claim: c, value: intervalOf(c), display: displayQuantity(c), json: c.value ?? { min: c.min, max: c.max } }));
      const sides = partition(items, (a, b) => meets(a, b, tolerance));
      if (sides.length < 2) continue;
      // a figure that rose report by report is an update (value-update), not a contradiction
      if (opts.updates !== 'conflict' && asUpdateSeries(ctx.alignment, group, sides)) continue;
      out.push(disagreement(ctx.alignment, sides, group.subject, members[0].unit, (majority, others) => `${majority}; ${others}`));
    }
    return out;
  },
};
