/**
 * date-mismatch: the same event put on days (or months, years) that cannot
 * both be right. Statements recur — a spokesman says much the same on 27
 * August and on 5 September — so when the event is a speech act, the contexts
 * must be far more alike (speechMinSimilarity) before the dates are compared.
 */
import type { DateClaim } from '../../types';
import { dayRange } from '../days';
import { meets, type Interval } from '../interval';
import { disagreement, partition, type Item } from '../sides';
import type { Check, CheckFinding } from '../types';

export const dateMismatch: Check = {
  type: 'date-mismatch',
  run(ctx) {
    const opts = ctx.rule.options ?? {};
    const minSimilarity = (opts.minSimilarity as number | undefined) ?? 0.45;
    const speechMin = (opts.speechMinSimilarity as number | undefined) ?? 0.7;
    const dates = ctx.claims.filter((c): c is DateClaim => c.kind === 'date' && dayRange(c.value) !== undefined);
    const isSpeech = (c: DateClaim): boolean => ctx.alignment.context(c).speech;
    const out: CheckFinding[] = [];
    for (const speech of [false, true]) {
      const claims = dates.filter((c) => isSpeech(c) === speech);
      for (const group of ctx.alignment.cluster(claims, () => 'date', speech ? speechMin : minSimilarity)) {
        const members = group.members.map((m) => m.claim as DateClaim);
        if (new Set(members.map((m) => m.source)).size < 2) continue;
        const items: Item<Interval>[] = members.map((c) => ({ claim: c, value: dayRange(c.value) as Interval, display: c.value }));
        const sides = partition(items, (a, b) => meets(a, b));
        if (sides.length < 2) continue;
        out.push(disagreement(ctx.alignment, sides, group.subject.replace(/^dates/, 'date of the event'), undefined, (m, o) => `${m.replace(' say ', ' date this to ')}; ${o}`));
      }
    }
    return out;
  },
};
