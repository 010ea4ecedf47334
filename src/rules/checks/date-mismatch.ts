/**
 * date-mismatch: the same event put on days (or months, years) that cannot
 * both be right. Dates are of one event when the action they date is the same
 * ("lifted off on June 4" / "lifted off on Wednesday, June 3"), their precision
 * is the same, and their contexts are alike (minSimilarity); dates of two
 * different actions ("began talks on Monday" / "Sunday's election") never
 * are, and a date without a recognisable action needs a near-identical
 * context (unanchoredMinSimilarity). Statements recur — a spokesman says much the same on 27
 * August and on 5 September — so when the event is a speech act, the contexts
 * must be far more alike (speechMinSimilarity) before the dates are compared.
 */
import type { DateClaim, PersonClaim } from '../../types';
import { dayRange } from '../days';
import { meets, type Interval } from '../interval';
import { disagreement, partition, type Item } from '../sides';
import type { Check, CheckFinding } from '../types';

const CHANGES = new Set(['raise', 'cut']);

function differentSpeakers(a: Set<string>, b: Set<string>): boolean {
  return a.size > 0 && b.size > 0 && ![...a].some((k) => b.has(k));
}

export const dateMismatch: Check = {
  type: 'date-mismatch',
  run(ctx) {
    const opts = ctx.rule.options ?? {};
    const minSimilarity = (opts.minSimilarity as number | undefined) ?? 0.45;
    const speechMin = (opts.speechMinSimilarity as number | undefined) ?? 0.7;
    const unanchored = (opts.unanchoredMinSimilarity as number | undefined) ?? 0.6;
    // "rose to 41 on Wednesday" dates a reading of a changing figure, not an event: each day has its own
    const dates = ctx.claims.filter((c): c is DateClaim => c.kind === 'date' && dayRange(c.value) !== undefined && !CHANGES.has(ctx.alignment.context(c).predicate ?? ''));
    const isSpeech = (c: DateClaim): boolean => ctx.alignment.context(c).speech;
    const people = ctx.claims.filter((c): c is PersonClaim => c.kind === 'person');
    const speakers = (d: DateClaim): Set<string> =>
      new Set(people.filter((p) => p.source === d.source && p.span.start >= d.sentence.start && p.span.end <= d.sentence.end).map((p) => ctx.alignment.personOf(p.name)));
    const out: CheckFinding[] = [];
    for (const speech of [false, true]) {
      const claims = dates.filter((c) => isSpeech(c) === speech);
      const apart = (a: DateClaim, b: DateClaim): boolean => {
        if (a.precision !== b.precision) return true;
        // statements by different people are different statements
        if (speech && differentSpeakers(speakers(a), speakers(b))) return true;
        const pa = ctx.alignment.context(a).predicate;
        const pb = ctx.alignment.context(b).predicate;
        if (pa !== undefined && pb !== undefined) return pa !== pb;
        // without the action on both sides, only near-identical contexts speak of one event
        return ctx.alignment.similarity(a, b) < unanchored;
      };
      for (const group of ctx.alignment.cluster(claims, () => 'date', speech ? speechMin : minSimilarity, apart)) {
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
