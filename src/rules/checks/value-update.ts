/**
 * value-update: a figure that changes as the story develops ("3 on 7 July →
 * 5 on 8 July"), reported as an update at the rule's (low) severity; a source
 * that repeats an older figure after a newer one was out is told so at
 * `staleSeverity`. value-mismatch leaves such series to this check.
 */
import type { Severity } from '../../types';
import { evidenceIn, placeLabel } from '../evidence';
import { isoDay } from '../days';
import { disagreeingFigures } from '../figures';
import { asUpdateSeries, dayOf } from '../updates';
import type { Check, CheckFinding } from '../types';

const when = (day: number): string => (Number.isFinite(day) ? isoDay(day) : 'undated');

export const valueUpdate: Check = {
  type: 'value-update',
  run(ctx) {
    const staleSeverity = (ctx.rule.options?.staleSeverity as Severity | undefined) ?? 'warning';
    const out: CheckFinding[] = [];
    for (const { group, members, sides } of disagreeingFigures(ctx)) {
      const series = asUpdateSeries(ctx.alignment, group, sides);
      if (!series) continue;
      const label = (k: number): string => {
        const s = series.steps[k];
        return `${s.side.items[0].display} on ${when(s.first)} (${[...new Set(s.side.items.filter((i) => dayOf(ctx.alignment.source(i.claim.source)) === s.first).map((i) => placeLabel(i.claim)))].join(', ')})`;
      };
      const story = series.steps.map((_, k) => label(k)).join(' → ');
      const staleIds = new Set(series.stale.flatMap((s) => s.claimIds));
      const latest = series.steps[series.steps.length - 1];
      const staleText = series.stale
        .map((s) => {
          const who = [...new Set(series.steps[s.step].side.items.filter((i) => staleIds.has(i.claim.id)).map((i) => placeLabel(i.claim)))].join(', ');
          return `${who} still ${who.includes(',') ? 'give' : 'gives'} ${series.steps[s.step].side.items[0].display}`;
        })
        .join('; ');
      const ordered = [...series.steps].reverse();
      const evidence = [
        ...series.steps.flatMap((s) => s.side.items.filter((i) => staleIds.has(i.claim.id))),
        ...ordered.flatMap((s) => s.side.items.filter((i) => !staleIds.has(i.claim.id))),
      ].map((i) => evidenceIn(ctx.alignment, i.claim, i.json));
      out.push({
        ...(staleIds.size ? { severity: staleSeverity } : {}),
        message: staleIds.size ? `${staleText}, an older figure; the latest is ${label(series.steps.length - 1)}. Updates: ${story}` : `updated as the story developed: ${story}`,
        subject: group.subject,
        majority: { value: latest.side.items[0].json, unit: members[0].unit, display: `${latest.side.items[0].display} (latest)` },
        sides: series.steps.map((s) => ({
          value: s.side.items[0].json,
          unit: members[0].unit,
          display: `${s.side.items[0].display} (${when(s.first)})`,
          sources: s.side.sources,
          evidence: s.side.items.map((i) => evidenceIn(ctx.alignment, i.claim, i.json)),
        })),
        evidence,
      });
    }
    return out;
  },
};
