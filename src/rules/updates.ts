/**
 * Figures that change as a story develops. A death toll that rises from an
 * early report to a later one is an update, not a contradiction: each value
 * first appears later than the one before, the values move one way, and the
 * words around them are those of an evolving count (toll, cases, acres,
 * "rose to"). A source that repeats an older figure after a newer one was out
 * is stale.
 */
import type { Alignment, ClaimGroup } from '../align';
import { wordKey } from '../align/words';
import type { Source } from '../types';
import { loadData } from './data';
import { dayRange } from './days';
import type { Interval } from './interval';
import type { Side } from './sides';

let evolving: Set<string> | undefined;

function evolvingKeys(): Set<string> {
  evolving ??= new Set(loadData<{ evolving: string[] }>('updates').evolving.map((w) => wordKey(w.toLowerCase().split(' ').pop() ?? w)).filter((k) => k));
  return evolving;
}

/** Whether the words around a group's figures are those of a count that evolves. */
export function isEvolving(group: ClaimGroup): boolean {
  const keys = evolvingKeys();
  // the evolving word must stand close to the figure (or be the verb it hangs on)
  return group.members.some((m) => {
    for (const k of keys) {
      const w = m.bag.get(k);
      if (w !== undefined && w >= 0.5) return true;
    }
    return m.predicate !== undefined && keys.has(m.predicate);
  });
}

/** The day a source speaks from; undated sources (drafts) speak from now, after every dated one. */
export function dayOf(source: Source | undefined): number {
  const r = source?.published ? dayRange(source.published.slice(0, 10)) : undefined;
  return r ? r.lo : Number.POSITIVE_INFINITY;
}

/** One step of an update series: a value, when it first appeared, and who gave it. */
export interface Step<V> {
  side: Side<V>;
  first: number;
}

export interface UpdateSeries<V> {
  steps: Step<V>[];
  /** claims (by side index) whose source is dated on or after a newer figure first appeared */
  stale: Array<{ step: number; claimIds: string[] }>;
}

const mid = (i: Interval): number => (Number.isFinite(i.lo) && Number.isFinite(i.hi) ? (i.lo + i.hi) / 2 : Number.isFinite(i.lo) ? i.lo : i.hi);

/**
 * The sides of a disagreement as an update series, or undefined when they are
 * not one: some two values first appeared on the same day, or they do not move
 * one way, or the figure is not one that evolves.
 */
export function asUpdateSeries(alignment: Alignment, group: ClaimGroup, sides: readonly Side<Interval>[]): UpdateSeries<Interval> | undefined {
  if (sides.length < 2 || !isEvolving(group)) return undefined;
  const dated = (id: string): number => dayOf(alignment.source(id));
  const steps = sides.map((side) => ({ side, first: Math.min(...side.items.map((i) => dated(i.claim.source))) })).sort((a, b) => a.first - b.first);
  for (let k = 1; k < steps.length; k++) if (!(steps[k].first > steps[k - 1].first) || !Number.isFinite(steps[k - 1].first)) return undefined;
  const values = steps.map((s) => mid(s.side.items[0].value));
  const rising = values.every((v, k) => k === 0 || v > values[k - 1]);
  const falling = values.every((v, k) => k === 0 || v < values[k - 1]);
  if (!rising && !falling) return undefined;
  const stale: UpdateSeries<Interval>['stale'] = [];
  steps.forEach((s, k) => {
    if (k === steps.length - 1) return;
    const newer = steps[k + 1].first;
    const ids = s.side.items.filter((i) => dated(i.claim.source) >= newer).map((i) => i.claim.id);
    if (ids.length) stale.push({ step: k, claimIds: ids });
  });
  return { steps, stale };
}
