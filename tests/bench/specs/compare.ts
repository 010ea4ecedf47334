/**
 * How a Recognizers-Text spec result maps to crosscheck's claims, model by
 * model (judge.ts matches a whole case with these rules). The rules are also printed as the
 * header of the benchmark's output (see {@link RULE_NOTES}), so that a figure
 * is never read without knowing what it counts.
 */
import type { NewClaim, Span } from '../../../src/types';
import type { SpecModel, SpecResult } from './load';
import { loadData } from '../../../src/rules/data';
import { DATE_RULE } from './compare-dates';
import { near, type Found, type ModelRule } from './found';

export type { Found, ModelRule, Verdict } from './found';

type Quantity = Extract<NewClaim, { kind: 'quantity' | 'money' | 'percent' }>;

const QUANTITY_KINDS = new Set(['quantity', 'money', 'percent']);

function quantity(f: Found): Quantity | null {
  return QUANTITY_KINDS.has(f.kind) ? (f as Quantity) : null;
}

/** Spec `Start`/`End` (End inclusive) as our half-open span. */
export function specSpan(r: SpecResult): Span {
  return { start: r.Start, end: r.End + 1 };
}

/** A few words and no figures: what a qualifier ("more than", "an estimated") looks like. */
const QUALIFIER_WORDS_RE = /^(?:[A-Za-z]+[\s-]+){1,4}$/;
/** Up to three words before the counted noun ("giant pandas"), no figures. */
const NOUN_TAIL_RE = /^(?:[a-z'’-]+\s+){0,3}[a-z'’-]+$/;

/**
 * Same span, except that a claim may also hold words the spec leaves out: its
 * qualifier before ("about $ 14 million", "an estimated £ 50 million": the
 * qualifier is a field of our claim, not part of the number) and its counted
 * noun after ("fewer than a thousand giant pandas").
 */
function sameSpan(r: SpecResult, f: Found, text: string): boolean {
  const q = quantity(f);
  const startOk = f.span.start === r.Start
    || (q !== null && q.qualifier !== 'exact' && f.span.start < r.Start && QUALIFIER_WORDS_RE.test(text.slice(f.span.start, r.Start)));
  if (!startOk) return false;
  if (f.span.end === r.End + 1) return true;
  if (!q?.noun || f.span.end < r.End + 1) return false;
  const tail = text.slice(r.End + 1, f.span.end).replace(/^[\s\-‑]+/, '').toLowerCase();
  return tail.endsWith(q.noun.toLowerCase()) && NOUN_TAIL_RE.test(tail);
}

/** A number the spec sees inside our money claim: "$20" is their number 20 and our money claim, sign included. */
function afterCurrencySign(r: SpecResult, f: Found, text: string): boolean {
  return f.kind === 'money' && f.span.start < r.Start && /^(?:[A-Za-z.]{0,3}\s?\p{Sc}|[A-Z]{3})\s*$/u.test(text.slice(f.span.start, r.Start));
}

function specValue(r: SpecResult): string | null {
  const v = r.Resolution.value;
  return typeof v === 'string' && v !== 'null' ? v : null;
}

/**
 * Recognizers-Text unit names → ISO 4217 codes we accept, and the factor from
 * their value to ours (subunits: "50 cents" is 50 Cent to them, 0.50 USD to us).
 * `isoCurrency`, when the spec gives it, wins over this table.
 */
const CURRENCIES: Record<string, { codes: string[]; factor?: number }> = {
  'Dollar': { codes: ['USD'] }, 'United States dollar': { codes: ['USD'] }, 'Cent': { codes: ['USD'], factor: 0.01 },
  'Euro': { codes: ['EUR'] }, 'Pound': { codes: ['GBP'] }, 'British pound': { codes: ['GBP'] },
  'Pence': { codes: ['GBP'], factor: 0.01 }, 'Penny': { codes: ['GBP'], factor: 0.01 },
  'Chinese yuan': { codes: ['CNY'] }, 'Yuan': { codes: ['CNY'] }, 'Japanese yen': { codes: ['JPY'] }, 'Yen': { codes: ['JPY'] },
  'Sen': { codes: ['JPY', 'MYR', 'IDR'], factor: 0.01 },
  'Canadian dollar': { codes: ['CAD'] }, 'Australian dollar': { codes: ['AUD'] }, 'New Zealand dollar': { codes: ['NZD'] },
  'Hong Kong dollar': { codes: ['HKD'] }, 'Singapore dollar': { codes: ['SGD'] },
  'Franc': { codes: ['CHF', 'FRF', 'BEF', 'LUF'] }, 'Swiss franc': { codes: ['CHF'] },
  'Rupee': { codes: ['INR', 'PKR', 'LKR', 'NPR'] }, 'Indian rupee': { codes: ['INR'] }, 'Sri Lankan rupee': { codes: ['LKR'] },
  'Turkish lira': { codes: ['TRY'] }, 'Mexican peso': { codes: ['MXN'] }, 'Finnish markka': { codes: ['FIM'] },
  'Peseta': { codes: ['ESP'] }, 'Netherlands guilder': { codes: ['NLG'] }, 'Costa Rican colón': { codes: ['CRC'] },
  'Georgian lari': { codes: ['GEL'] }, 'Lao kip': { codes: ['LAK'] }, 'Russian ruble': { codes: ['RUB'] },
  'South Korean won': { codes: ['KRW'] }, 'Brazilian real': { codes: ['BRL'] }, 'South African rand': { codes: ['ZAR'] },
  'Bitcoin': { codes: ['BTC', 'XBT'] }, 'Satoshi': { codes: ['BTC', 'XBT'], factor: 1e-8 },
};

/** Interval notation "(20,30]", "[30,)", "(,100]" → bounds; open/closed is dropped (ours are inclusive). */
export function parseInterval(s: string): { lo?: number; hi?: number } | null {
  const m = /^[[(]\s*([^,]*?)\s*,\s*([^,]*?)\s*[\])]$/.exec(s);
  if (!m) return null;
  const lo = m[1] === '' ? undefined : Number(m[1]);
  const hi = m[2] === '' ? undefined : Number(m[2]);
  return Number.isNaN(lo) || Number.isNaN(hi) ? null : { lo, hi };
}

/** A quantity claim as an interval: exact → [v, v]; "at least" → [min, ∞); "up to" → (-∞, max]; ranges [min, max]. */
function claimInterval(q: Quantity): { lo?: number; hi?: number } | null {
  if (q.min === undefined && q.max === undefined) return q.value === undefined ? null : { lo: q.value, hi: q.value };
  return { lo: q.min, hi: q.max };
}

function sameBound(a: number | undefined, b: number | undefined): boolean {
  return a === undefined || b === undefined ? a === b : near(a, b);
}

/** The qualifier phrases of rules/data/numbers.json ("more than", "equals"). */
const QUALIFIER_PHRASES = new Set(loadData<{ qualifiers: { phrase: string }[] }>('numbers').qualifiers.map((q) => q.phrase));

/** Our claim starts with a qualifier phrase the spec leaves out: "more than half", "equals nought point eleven". */
function afterQualifier(r: SpecResult, f: Found, text: string): boolean {
  return f.span.start < r.Start && QUALIFIER_PHRASES.has(text.slice(f.span.start, r.Start).trim().toLowerCase().replace(/\s+/g, ' '));
}

/** A percent claim with no percent sign or word is a share read from a ratio ("one out of three"): the spec's number is the share. */
function numberOf(f: Found, text: string): number | undefined {
  if (f.kind === 'duration') return f.ordinal === undefined ? f.value : undefined;
  const q = quantity(f);
  if (q?.value === undefined) return undefined;
  return q.kind === 'percent' && !/%|per\s?cent/i.test(text.slice(f.span.start, f.span.end)) ? q.value / 100 : q.value;
}

const NUMBER_RULE: ModelRule = {
  relevant: (f) => quantity(f) !== null || f.kind === 'duration',
  outOfScope: () => null,
  compare(r, f, text) {
    const v = specValue(r);
    const n = numberOf(f, text);
    return { span: f.span.start === r.Start || afterCurrencySign(r, f, text) || afterQualifier(r, f, text), value: v !== null && n !== undefined && near(n, Number(v)) };
  },
};

const PERCENT_RULE: ModelRule = {
  relevant: (f) => f.kind === 'percent',
  outOfScope: () => null,
  compare(r, f, text) {
    const v = specValue(r);
    const q = quantity(f);
    const value = v !== null && q?.unit === 'percent' && q.value !== undefined && near(q.value, Number(v.replace(/%$/, '')));
    return { span: sameSpan(r, f, text), value };
  },
};

const CURRENCY_RULE: ModelRule = {
  relevant: (f) => f.kind === 'money',
  outOfScope: () => null,
  compare(r, f, text) {
    const v = specValue(r);
    const q = quantity(f);
    const iso = r.Resolution.isoCurrency;
    const unit = typeof iso === 'string' ? { codes: [iso] } : CURRENCIES[String(r.Resolution.unit)];
    const value = v !== null && unit !== undefined && q?.value !== undefined && unit.codes.includes(q.unit)
      && near(q.value, Number(v) * (unit.factor ?? 1));
    return { span: sameSpan(r, f, text), value };
  },
};

const RANGE_RULE: ModelRule = {
  relevant: (f) => quantity(f) !== null,
  outOfScope: () => null,
  compare(r, f, text) {
    const v = specValue(r);
    const want = v === null ? null : parseInterval(v);
    const q = quantity(f);
    const got = q ? claimInterval(q) : null;
    return { span: sameSpan(r, f, text), value: want !== null && got !== null && sameBound(want.lo, got.lo) && sameBound(want.hi, got.hi) };
  },
};

/** The spec's ordinal as offset and anchor: `{offset: "-1", relativeTo: "end"}`, or a plain `value` counted from the start. */
function specOrdinal(r: SpecResult): { offset: number; relativeTo: string } | null {
  const { offset, relativeTo } = r.Resolution;
  if (typeof offset === 'string' && typeof relativeTo === 'string') return { offset: Number(offset), relativeTo };
  const v = specValue(r);
  return v !== null && /^\d+$/.test(v) ? { offset: Number(v), relativeTo: 'start' } : null;
}

const ORDINAL_RULE: ModelRule = {
  relevant: (f) => f.kind === 'ordinal',
  outOfScope: () => null,
  compare(r, f) {
    const want = specOrdinal(r);
    const value = want !== null && f.kind === 'ordinal' && f.relativeTo === want.relativeTo && near(f.offset, want.offset);
    return { span: f.span.start === r.Start && f.span.end === r.End + 1, value };
  },
};

/** The comparison rules of each model. */
export const RULES: Record<SpecModel, ModelRule> = {
  number: NUMBER_RULE,
  numberrange: RANGE_RULE,
  ordinal: ORDINAL_RULE,
  percent: PERCENT_RULE,
  currency: CURRENCY_RULE,
  datetime: DATE_RULE,
};

/** What each model's figures count; printed above the table. */
export const RULE_NOTES: readonly string[] = [
  'A case matches when every expected result has its own claim with the same span (spec End is inclusive; compared by offsets) and the same normalized value.',
  'A case that expects nothing (or a result with value null) matches only when no claim of the model\'s kinds is there; other extra claims never fail a case and are counted in "extra".',
  'Numbers: a quantity, money, percent or duration claim whose span STARTS at the spec Start (or whose currency sign or qualifier phrase alone comes before it: "$20", "more than half") and whose value is equal; our spans may run on over the counted noun or unit ("26 nations", "3 years"). A share we read from a ratio ("one out of three", a percent claim with no percent sign) is compared as the fraction. Numbers we take as years or dates count as misses.',
  'Percent: a percent claim, value = the spec percentage. Currency: a money claim with the ISO code of the spec unit (isoCurrency when given; cents/pence as 1/100).',
  'Percent, currency and range spans: the same start and end, except that our claim may also hold its qualifier before ("about $ 14 million", when the claim has a qualifier) and its counted noun after ("fewer than a thousand giant pandas").',
  'Number ranges: claim bounds (min/max, or value for an exact claim) equal to the interval\'s bounds numerically; open/closed ends are ignored since our intervals are inclusive.',
  'Ordinals: no extractor emits ordinals as claims, so ordinalsIn (src/claims/ordinals.ts) is run over the text; an ordinal matches with the same span and the same offset and anchor (start, end or current: "third" 3, "penultimate" end-1, "next" current+1).',
  'Dates: only cases whose results are all date, daterange or duration. date = a day claim with the value (month-day only when the spec year is XXXX); daterange = a claim whose value..end (precision-wide, end inclusive) covers the spec start..end (end exclusive); a range may also end where the spec ends, on the first day of its last day, month or year, since Recognizers reads the end of a stated range as exclusive ("June 26 to 28" is [26, 28), "from May to September" [May 1, Sep 1), "2014-2018" [2014, 2018)); half-open daterange (only a start or an end, "since August", "before 2010") = a claim open on that side (bound since/after, until/before) whose first day (since), day after its last (after, until) or first day (before) is the spec bound, and for after/until a single day may be the bound itself as Recognizers gives it; duration = value (else min or max; the spec Mod is ignored) x unit in seconds (year 365 d, month 30 d). Unresolved values and approximate ranges with neither start nor end are out of scope.',
];
