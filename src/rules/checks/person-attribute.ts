/**
 * person-attribute: the same person (by name key, across sources) given roles
 * that cannot both be right ("foreign minister" / "defence minister"), or
 * different ages. Synonyms and more or less specific forms of a role agree:
 * "Kremlin spokesman", "the Kremlin's spokesperson", "spokesperson".
 */
import type { PersonClaim } from '../../types';
import { rolesCompatible } from '../../claims/roles';
import { flatString } from '../../sources/stored';
import { disagreement, partition, type Item } from '../sides';
import type { Check, CheckFinding } from '../types';

export const personAttribute: Check = {
  type: 'person-attribute',
  run(ctx) {
    const attribute = ctx.rule.options?.attribute as 'role' | 'age';
    const tolerance = (ctx.rule.options?.ageTolerance as number | undefined) ?? 0;
    const people = ctx.claims.filter((c): c is PersonClaim => c.kind === 'person' && (attribute === 'role' ? !!c.role : c.age !== undefined));
    const byName = new Map<string, PersonClaim[]>();
    for (const p of people) {
      const k = ctx.alignment.personOf(p.name);
      const list = byName.get(k) ?? [];
      list.push(p);
      byName.set(k, list);
    }
    const out: CheckFinding[] = [];
    for (const list of byName.values()) {
      if (new Set(list.map((p) => p.source)).size < 2) continue;
      const name = list.find((p) => p.mention === 'full')?.name ?? list[0].name;
      if (attribute === 'role') {
        const items: Item<string>[] = list.map((p) => ({ claim: p, value: p.role as string, display: p.role as string, json: p.role }));
        const sides = partition(items, compatibleRoles);
        if (sides.length < 2 || sides.every((s) => s.sources.length === 0)) continue;
        if (!crossSource(sides)) continue;
        out.push(disagreement(ctx.alignment, sides, `role of ${name}`, undefined, (m, o) => `${name}: ${m}; ${o}`));
      } else {
        const items: Item<number>[] = list.map((p) => ({ claim: p, value: p.age as number, display: `${p.age}`, json: p.age }));
        const sides = partition(items, (a, b) => Math.abs(a - b) <= tolerance);
        if (sides.length < 2 || !crossSource(sides)) continue;
        out.push(disagreement(ctx.alignment, sides, `age of ${name}`, 'year', (m, o) => `${name}'s age: ${m}; ${o}`));
      }
    }
    return out;
  },
};

/** Whether two roles are compatible, by the first and then the second (bounded like the word memos of alignment). */
const compatible = new Map<string, Map<string, boolean>>();
const MAX_ROLES = 10_000;

/**
 * {@link rolesCompatible}, worked out once per pair of roles as written: it
 * normalizes both roles each time, and the same roles ("foreign minister",
 * "spokesman") meet in story after story. Roles are kept flat: one cut from
 * an article's text would keep the whole text alive in the memo.
 */
function compatibleRoles(a: string, b: string): boolean {
  let byB = compatible.get(a);
  if (!byB) {
    if (compatible.size >= MAX_ROLES) compatible.clear();
    compatible.set(flatString(a), (byB = new Map()));
  }
  let is = byB.get(b);
  if (is === undefined) {
    if (byB.size >= MAX_ROLES) byB.clear();
    byB.set(flatString(b), (is = rolesCompatible(a, b)));
  }
  return is;
}

/** Some two sides are taken by different sources (one source contradicting itself is for another rule). */
function crossSource(sides: ReadonlyArray<{ sources: string[] }>): boolean {
  const all = new Set(sides.flatMap((s) => s.sources));
  return all.size >= 2;
}
