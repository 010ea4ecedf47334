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
import type { Alignment } from '../../align';
import type { Claim, DateClaim, PersonClaim } from '../../types';
import { boundedValue, claimDays, daysAgree } from '../days';
import type { Interval } from '../interval';
import { disagreement, partition, type Item } from '../sides';
import type { Check, CheckFinding } from '../types';

const CHANGES = new Set(['raise', 'cut']);

function differentSpeakers(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const k of a) if (b.has(k)) return false;
  return true;
}

/**
 * The people named in a date's sentence (by person key), each date's worked
 * out once from its source's people: comparing dates pair by pair must not
 * scan every person of the story each time.
 */
function speakersOf(claims: readonly Claim[], alignment: Alignment): (d: DateClaim) => ReadonlySet<string> {
  const bySource = new Map<string, PersonClaim[]>();
  for (const c of claims) {
    if (c.kind !== 'person') continue;
    const list = bySource.get(c.source);
    if (list) list.push(c);
    else bySource.set(c.source, [c]);
  }
  const known = new Map<DateClaim, ReadonlySet<string>>();
  return (d) => {
    let found = known.get(d);
    if (!found) {
      const people = bySource.get(d.source) ?? [];
      found = new Set(people.filter((p) => p.span.start >= d.sentence.start && p.span.end <= d.sentence.end).map((p) => alignment.personOf(p.name)));
      known.set(d, found);
    }
    return found;
  };
}

export const dateMismatch: Check = {
  type: 'date-mismatch',
  run(ctx) {
    const opts = ctx.rule.options ?? {};
    const minSimilarity = (opts.minSimilarity as number | undefined) ?? 0.45;
    const speechMin = (opts.speechMinSimilarity as number | undefined) ?? 0.7;
    const unanchored = (opts.unanchoredMinSimilarity as number | undefined) ?? 0.6;
    // "rose to 41 on Wednesday" dates a reading of a changing figure, not an event: each day has its own
    const dates = ctx.claims.filter((c): c is DateClaim => c.kind === 'date' && claimDays(c) !== undefined && !CHANGES.has(ctx.alignment.context(c).predicate ?? ''));
    const isSpeech = (c: DateClaim): boolean => ctx.alignment.context(c).speech;
    const speakers = speakersOf(ctx.claims, ctx.alignment);
    const out: CheckFinding[] = [];
    for (const speech of [false, true]) {
      const claims = dates.filter((c) => isSpeech(c) === speech);
      const apart = (a: DateClaim, b: DateClaim, similarity: () => number): boolean => {
        if (a.precision !== b.precision) return true;
        // statements by different people are different statements
        if (speech && differentSpeakers(speakers(a), speakers(b))) return true;
        const pa = ctx.alignment.context(a).predicate;
        const pb = ctx.alignment.context(b).predicate;
        if (pa !== undefined && pb !== undefined) return pa !== pb;
        // without the action on both sides, only near-identical contexts speak of one event
        return similarity() < unanchored;
      };
      for (const group of ctx.alignment.cluster(claims, () => 'date', speech ? speechMin : minSimilarity, apart)) {
        const members = group.members.map((m) => m.claim as DateClaim);
        if (new Set(members.map((m) => m.source)).size < 2) continue;
        // "since 2010" and "in 2012" agree; "since 2010" and "since 2012" do not
        const items: Item<Interval>[] = members.map((c) => ({ claim: c, value: claimDays(c) as Interval, display: boundedValue(c) }));
        const sides = partition(items, daysAgree);
        if (sides.length < 2) continue;
        out.push(disagreement(ctx.alignment, sides, group.subject.replace(/^dates/, 'date of the event'), undefined, (m, o) => `${m.replace(' say ', ' date this to ')}; ${o}`));
      }
    }
    return out;
  },
};
