/**
 * Groups of figures (counts, money, percentages) that speak of the same thing,
 * split into the sides their values take. Shared by value-mismatch and
 * value-update, which differ only in what they make of the sides.
 */
import type { ClaimGroup } from '../align';
import { displayQuantity } from '../report/display';
import type { QuantityClaim } from '../types';
import { intervalOf, meets, type Interval } from './interval';
import { partition, type Item, type Side } from './sides';
import type { CheckContext } from './types';

export interface FigureGroup {
  group: ClaimGroup;
  members: QuantityClaim[];
  /** at least two sides: values that cannot all be true */
  sides: Side<Interval>[];
}

/** Figure groups with disagreeing values, from the rule's minSimilarity, relativeTolerance and minSources options. */
export function disagreeingFigures(ctx: CheckContext): FigureGroup[] {
  const opts = ctx.rule.options ?? {};
  const minSimilarity = (opts.minSimilarity as number | undefined) ?? 0.3;
  const tolerance = (opts.relativeTolerance as number | undefined) ?? 0;
  const minSources = (opts.minSources as number | undefined) ?? 2;
  const claims = ctx.claims.filter((c): c is QuantityClaim => c.kind === 'quantity' || c.kind === 'money' || c.kind === 'percent');
  const out: FigureGroup[] = [];
  for (const group of ctx.alignment.cluster(claims, (c) => `${c.kind}:${c.unit}`, minSimilarity)) {
    const members = group.members.map((m) => m.claim as QuantityClaim);
    if (new Set(members.map((m) => m.source)).size < minSources) continue;
    const items: Item<Interval>[] = members.map((c) => ({ claim: c, value: intervalOf(c), display: displayQuantity(c), json: c.value ?? { min: c.min, max: c.max } }));
    const sides = partition(items, (a, b) => meets(a, b, tolerance));
    if (sides.length >= 2) out.push({ group, members, sides });
  }
  return out;
}
