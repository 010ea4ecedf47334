/**
 * value-mismatch: claims of one unit class that speak of the same thing
 * (aligned by context) but whose values do not meet. Options: minSimilarity,
 * relativeTolerance, minSources (sources that must take part, default 2),
 * updates ("skip", the default: leave figures that rose report by report to
 * value-update; "conflict": report them here too).
 */
import { disagreeingFigures } from '../figures';
import { disagreement } from '../sides';
import { asUpdateSeries } from '../updates';
import type { Check, CheckFinding } from '../types';

export const valueMismatch: Check = {
  type: 'value-mismatch',
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const { group, members, sides } of disagreeingFigures(ctx)) {
      // a figure that rose report by report is an update (value-update), not a contradiction
      if (ctx.rule.options?.updates !== 'conflict' && asUpdateSeries(ctx.alignment, group, sides)) continue;
      const units = new Set(members.map((m) => m.unit));
      out.push(disagreement(ctx.alignment, sides, group.subject, units.size === 1 ? members[0].unit : undefined, (majority, others) => `${majority}; ${others}`));
    }
    return out;
  },
};
