/**
 * From a group of claims that speak of one thing to the sides of a
 * disagreement: claims whose values agree stand on one side; the side most
 * sources take is the majority. Shared by every check that compares values.
 */
import type { Alignment } from '../align';
import type { Claim, Evidence, FindingSide } from '../types';
import { evidenceIn, placeLabel, textIn } from './evidence';
import type { CheckFinding } from './types';

/** A claim with its comparable value. */
export interface Item<V> {
  claim: Claim;
  value: V;
  /** how the value reads: "26 country", "2025-09-04" */
  display: string;
  /** the value as JSON shows it (defaults to the claim's normalized value) */
  json?: unknown;
}

/** Items that agree with each other. */
export interface Side<V> {
  items: Item<V>[];
  sources: string[];
}

/**
 * Put each item on the first side whose every member it agrees with;
 * otherwise open a new side. Sides are ordered by the number of sources
 * that take them, most first. `agree` must depend only on the values: an
 * item is checked once against each distinct value a side holds (many
 * sources give the same figure), not against every member.
 */
export function partition<V>(items: readonly Item<V>[], agree: (a: V, b: V) => boolean): Side<V>[] {
  const sides: Side<V>[] = [];
  // per side: its distinct values
  const values: V[][] = [];
  for (const item of items) {
    let at = 0;
    while (at < sides.length && !agreesWithAll(values[at], item.value, agree)) at++;
    if (at < sides.length) {
      sides[at].items.push(item);
      if (!holds(values[at], item.value)) values[at].push(item.value);
    } else {
      sides.push({ items: [item], sources: [] });
      values.push([item.value]);
    }
  }
  for (const s of sides) s.sources = [...new Set(s.items.map((i) => i.claim.source))];
  return sides.sort((a, b) => b.sources.length - a.sources.length || b.items.length - a.items.length);
}

function agreesWithAll<V>(values: readonly V[], value: V, agree: (a: V, b: V) => boolean): boolean {
  for (const v of values) if (!agree(v, value)) return false;
  return true;
}

/**
 * Whether `values` holds `value` already. A value held twice would only be
 * weighed twice (`agree` depends on values alone), so equal here may be
 * stricter than equal in every sense, never looser: numbers as Object.is
 * tells them (±0 apart, NaN with NaN), arrays and plain objects field by
 * field in their order, other objects only as themselves. No key strings
 * are made: partitions run for every group of every story.
 */
function holds<V>(values: readonly V[], value: V): boolean {
  for (const v of values) if (sameValue(v, value)) return true;
  return false;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || !isPlain(a) || !isPlain(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i] || !sameValue((a as Record<string, unknown>)[ka[i]], (b as Record<string, unknown>)[kb[i]])) return false;
  }
  return true;
}

function isPlain(o: object): boolean {
  const proto = Object.getPrototypeOf(o) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The majority side, if one side has more sources than any other. */
export function majorityOf<V>(sides: readonly Side<V>[]): Side<V> | undefined {
  if (sides.length === 0) return undefined;
  if (sides.length > 1 && sides[1].sources.length === sides[0].sources.length) return undefined;
  return sides[0];
}

const unique = (xs: string[]): string[] => [...new Set(xs)];

/**
 * A finding showing every side. The primary evidence (first) is the odd one
 * out: the first claim of the smallest side. `unit` goes into the JSON sides.
 */
export function disagreement<V>(
  alignment: Alignment,
  sides: readonly Side<V>[],
  subject: string,
  unit: string | undefined,
  describe: (majority: string, others: string) => string,
): CheckFinding {
  const majority = majorityOf(sides);
  const minority = majority ? sides.filter((s) => s !== majority) : [...sides];
  const ordered = [...minority].reverse().concat(majority ? [majority] : []);
  // one evidence per item, shown on its side and in the finding's list
  const evidenceOfItem = new Map<Item<V>, Evidence>();
  const evidenceFor = (i: Item<V>): Evidence => {
    let e = evidenceOfItem.get(i);
    if (!e) evidenceOfItem.set(i, (e = evidenceIn(alignment, i.claim, i.json)));
    return e;
  };
  const findingSides: FindingSide[] = sides.map((s) => ({
    value: s.items[0].json ?? s.items[0].value,
    ...(unit !== undefined ? { unit } : {}),
    display: s.items[0].display,
    sources: s.sources,
    evidence: s.items.map(evidenceFor),
  }));
  const evidence = ordered.flatMap((s) => s.items.map(evidenceFor));
  const label = labeler(sides.flatMap((s) => s.items.map((i) => i.claim)));
  // each side's places once: the message and its data name the majority's several times
  const placesOf = new Map<Side<V>, string[]>();
  const places = (s: Side<V>): string[] => {
    let p = placesOf.get(s);
    if (!p) placesOf.set(s, (p = unique(s.items.map((i) => label(i.claim)))));
    return p;
  };
  // sources and their sections count as witnesses: "3 of 4 sources say 26 (000, 001 body, 002)"
  const total = unique(sides.flatMap(places)).length;
  const others = (majority ? minority : sides)
    .map((s) => `${places(s).join(', ')} ${places(s).length > 1 ? 'say' : 'says'} ${s.items[0].display} (${quoteTexts(alignment, s)})`)
    .join('; ');
  const data = {
    majority: majority ? majority.items[0].display : 'no single value',
    majorityCount: majority ? places(majority).length : 0,
    majoritySources: majority ? places(majority).join(', ') : '',
    total,
    others,
    subject,
    agreement: majority ? `${places(majority).length} of ${total} sources say ${majority.items[0].display} (${places(majority).join(', ')})` : 'the sources disagree',
  };
  const message = describe(data.agreement, others);
  return {
    message,
    subject,
    ...(majority ? { majority: { value: findingSides[sides.indexOf(majority)].value, ...(unit !== undefined ? { unit } : {}), display: data.majority } } : {}),
    sides: findingSides,
    evidence,
    data,
  };
}

/** Place labels for one finding: a source's id, with the section where one source speaks from several. */
function labeler(claims: readonly Claim[]): (c: Claim) => string {
  const sections = new Map<string, Set<string>>();
  for (const c of claims) sections.set(c.source, (sections.get(c.source) ?? new Set()).add(c.section));
  return (c) => ((sections.get(c.source)?.size ?? 1) > 1 || c.section !== 'body' ? placeLabel(c, true) : c.source);
}

function quoteTexts<V>(alignment: Alignment, side: Side<V>): string {
  const texts = unique(side.items.map((i) => textIn(alignment, i.claim).replace(/\s+/g, ' ')));
  return texts.map((t) => `“${t}”`).join(', ');
}
