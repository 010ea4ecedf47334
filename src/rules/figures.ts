/**
 * Groups of figures (counts, money, percentages) that speak of the same thing,
 * split into the sides their values take. Money in different currencies is
 * compared through the reference rates, within `conversionTolerance`. Shared by value-mismatch and
 * value-update, which differ only in what they make of the sides.
 */
import type { Alignment, ClaimGroup } from '../align';
import { displayQuantity } from '../report/display';
import type { Claim, QuantityClaim } from '../types';
import { intervalOf, meets, type Interval } from './interval';
import { partition, type Item, type Side } from './sides';
import type { CheckContext } from './types';
import { loadData } from './data';

export interface FigureGroup {
  group: ClaimGroup;
  members: QuantityClaim[];
  /** at least two sides: values that cannot all be true (money in US dollars) */
  sides: Side<Interval>[];
}

/** The options that shape figure groups. */
const GROUP_OPTIONS = ['minSimilarity', 'relativeTolerance', 'minSources', 'specificUnitSimilarity', 'conversionTolerance'];

/** Groups already found, by alignment, claims and options: value-mismatch and value-update read the same groups. */
const found = new WeakMap<Alignment, WeakMap<readonly Claim[], Map<string, FigureGroup[]>>>();

/**
 * Figure groups with disagreeing values, from the rule's minSimilarity,
 * relativeTolerance and minSources options. Worked out once for rules that
 * read the same claims with the same options; the groups are shared, not to
 * be changed.
 */
export function disagreeingFigures(ctx: CheckContext): FigureGroup[] {
  const opts = ctx.rule.options ?? {};
  let byClaims = found.get(ctx.alignment);
  if (!byClaims) found.set(ctx.alignment, (byClaims = new WeakMap()));
  let byOptions = byClaims.get(ctx.claims);
  if (!byOptions) byClaims.set(ctx.claims, (byOptions = new Map()));
  const key = JSON.stringify(GROUP_OPTIONS.map((k) => opts[k]));
  let groups = byOptions.get(key);
  if (!groups) byOptions.set(key, (groups = findDisagreeingFigures(ctx)));
  return groups;
}

function findDisagreeingFigures(ctx: CheckContext): FigureGroup[] {
  const opts = ctx.rule.options ?? {};
  const minSimilarity = (opts.minSimilarity as number | undefined) ?? 0.3;
  const tolerance = (opts.relativeTolerance as number | undefined) ?? 0;
  const minSources = (opts.minSources as number | undefined) ?? 2;
  // an earlier value given for comparison ("down from 57 seats") is not the figure itself
  const claims = ctx.claims.filter((c): c is QuantityClaim => (c.kind === 'quantity' || c.kind === 'money' || c.kind === 'percent') && !ctx.alignment.context(c).previous);
  const apart = (a: QuantityClaim, b: QuantityClaim): boolean => apartInSize(a, b) || differentScopes(ctx.alignment.context(a).scope, ctx.alignment.context(b).scope);
  const out: FigureGroup[] = [];
  const specificSimilarity = (opts.specificUnitSimilarity as number | undefined) ?? minSimilarity;
  const units = new Map<QuantityClaim, string>();
  const unitOf = (c: QuantityClaim): string => {
    let u = units.get(c);
    if (u === undefined) units.set(c, (u = effectiveUnit(ctx, c)));
    return u;
  };
  const threshold = (bucket: readonly QuantityClaim[]): number => (isSpecific(bucket, unitOf(bucket[0])) ? Math.min(minSimilarity, specificSimilarity) : minSimilarity);
  const crossTolerance = (opts.conversionTolerance as number | undefined) ?? 0.1;
  // amounts of money in different currencies are compared through reference rates ("€85m" / "£85m")
  const keyOf = (c: QuantityClaim): string => (c.kind === 'money' && usdRate(c.unit) !== undefined ? 'money:*' : `${c.kind}:${unitOf(c)}`);
  for (const group of ctx.alignment.cluster(claims, keyOf, threshold, apart)) {
    const members = group.members.map((m) => m.claim as QuantityClaim);
    if (new Set(members.map((m) => m.source)).size < minSources) continue;
    const items: Item<Money>[] = members.map((c) => ({ claim: c, value: inUsd(c), display: '', json: c.value ?? { min: c.min, max: c.max } }));
    const sides = partition(items, (a, b) => (a.currency === b.currency ? meets(a, b, tolerance) : !sameFigureOtherCurrency(a, b) && meets(a, b, Math.max(tolerance, crossTolerance))));
    if (sides.length < 2) continue;
    // how figures read is shown in findings only: most groups agree, and are dropped before
    for (const item of items) {
      const c = item.claim as QuantityClaim;
      // a bare count read as people ("Floods kill 12") shows as people
      item.display = displayQuantity(unitOf(c) === c.unit ? c : { ...c, unit: unitOf(c) });
    }
    out.push({ group, members, sides });
  }
  return out;
}

/** An interval, in US dollars for money, with the currency and the figure it was written in. */
type Money = Interval & { currency?: string; written?: number };

/**
 * "€1.2bn" against "about $1.2bn": the same figure under two currencies whose
 * rates differ is a slip of the currency, whatever the qualifiers allow.
 */
function sameFigureOtherCurrency(a: Money, b: Money): boolean {
  if (a.written === undefined || a.written !== b.written || !a.currency || !b.currency) return false;
  const ra = usdRate(a.currency) as number;
  const rb = usdRate(b.currency) as number;
  return Math.abs(ra / rb - 1) > 0.05;
}

let rates: Record<string, number> | undefined;

/** Units of a currency per US dollar, from rules/data/exchange-rates.json. */
function usdRate(code: string): number | undefined {
  rates ??= loadData<{ rates: Record<string, number> }>('exchange-rates').rates;
  return rates[code];
}

function inUsd(c: QuantityClaim): Money {
  const i = intervalOf(c);
  const rate = c.kind === 'money' ? usdRate(c.unit) : undefined;
  return rate === undefined ? i : { lo: i.lo / rate, hi: i.hi / rate, currency: c.unit, written: c.value };
}

/** Figures framed to different areas ("In the county" / "Across California") count different things. */
function differentScopes(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a !== b;
}

/** A representative size of a figure: its value, else a finite bound. */
function size(c: QuantityClaim): number | undefined {
  const v = c.value ?? (c.min !== undefined && Number.isFinite(c.min) ? c.min : c.max);
  const rate = c.kind === 'money' ? usdRate(c.unit) ?? 1 : 1;
  return v !== undefined && Number.isFinite(v) && v !== 0 ? Math.abs(v) / rate : undefined;
}

/** Leading digits of a figure: 2.4bn and 2.4m share them ("2.4"). */
function mantissa(v: number): string {
  return (v / 10 ** Math.floor(Math.log10(v))).toPrecision(3);
}

/**
 * Figures fifty times apart are not one figure (a company's $2.1bn profit and
 * its $215 share price), unless they share their leading digits: $2.4bn and
 * $2.4m is the classic slip of a multiplier, and exactly what to report.
 */
function apartInSize(a: QuantityClaim, b: QuantityClaim): boolean {
  const x = size(a);
  const y = size(b);
  if (x === undefined || y === undefined) return false;
  return Math.max(x, y) / Math.min(x, y) > 50 && mantissa(x) !== mantissa(y);
}

const CASUALTY = new Set(['kill', 'injure', 'evacuate', 'arrest', 'rescue', 'displace', 'die', 'dead', 'wound', 'missing', 'toll', 'victim']);

/**
 * A bare figure ("injuring 132", "rose to 27", "312 others") counts people
 * when the verb it hangs on is one of casualties; otherwise its unit stays.
 */
function effectiveUnit(ctx: CheckContext, c: QuantityClaim): string {
  if (c.unit !== 'count' && c.unit !== 'other') return c.unit;
  const context = ctx.alignment.context(c);
  if (context.predicate !== undefined && CASUALTY.has(context.predicate)) return 'person';
  for (const k of CASUALTY) {
    const w = context.bag.get(k);
    if (w !== undefined && w >= 0.5) return 'person';
  }
  return c.unit;
}

/**
 * A bucket of a specific unit (acres, landowners, prisoners — not people,
 * percent or money) where no source gives two different values: in one story
 * such figures almost always count the same thing, however it is worded
 * ("grew to 18,500 acres", "burned 26,300 acres").
 */
function isSpecific(bucket: readonly QuantityClaim[], unit: string): boolean {
  if (bucket[0]?.kind !== 'quantity' || genericUnits().has(unit)) return false;
  const values = new Map<string, number | undefined>();
  for (const c of bucket) {
    const v = c.value ?? c.min ?? c.max;
    if (values.has(c.source) && values.get(c.source) !== v) return false;
    values.set(c.source, v);
  }
  return values.size >= 2;
}

let generic: Set<string> | undefined;

function genericUnits(): Set<string> {
  generic ??= new Set(loadData<{ genericUnits: string[] }>('synonyms').genericUnits);
  return generic;
}
