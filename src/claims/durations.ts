/**
 * The duration extractor: lengths of time written as a count of a time unit.
 *
 * - "40-minute meeting", "a six-month deadline": adjectival, value and unit;
 * - "three-and-a-half years", "the past two weeks", "in one year", "a year
 *   and a half", "two to three years": value (or min/max) and unit;
 * - "more than three-and-a-half years": the qualifier bounds the interval;
 * - "now in its third year": `ordinal` 3 (the elapsed time is in [2, 3) years).
 *
 * When the duration is counted from a stated start ("… third year following
 * Russia's February 2022 offensive", "three years after the 2022 invasion",
 * "two years since 2023"), `since` is that date and `asOf` the published
 * date, so a check can compare the two.
 *
 * Not durations: ages ("26-year-old", "26 years old"), relative dates the
 * date extractor reads ("two days ago", "a day earlier", "a week after the
 * summit"), vague plurals ("for years", "decades").
 */
import type { DateClaim, DurationClaim, DurationUnit, ExtractContext, Extractor, NewClaim, Qualifier, Span } from '../types';
import { loadData } from '../rules/data';
import { isTightHyphen, mayStartNumber, parseNumber, parseOrdinal, type Token } from './numbers';
import { tokenize } from './numbers-tokens';
import { sectionAt } from './sentences';
import { extractDates } from './dates';
import { sentenceCues, TIME_UNIT } from './sentence-cues';

interface VagueCount {
  value: number;
  min: number;
  max?: number;
}

interface DatesData {
  durationUnits: Record<string, { unit: DurationUnit; factor: number }>;
  articleDurationCues: string[];
  compactUnits: Record<string, DurationUnit>;
  vagueDurationCounts: Record<string, VagueCount>;
  wholePeriodWords: string[];
}

interface Lists {
  units: Map<string, { unit: DurationUnit; factor: number }>;
  articleCues: Set<string>;
  qualifiers: Array<{ words: string[]; q: Qualifier }>;
  compact: Map<string, DurationUnit>;
  vague: Map<string, VagueCount>;
  whole: Set<string>;
}

let data: Lists | undefined;

function lists(): NonNullable<typeof data> {
  if (data) return data;
  const d = loadData<DatesData>('dates');
  // the qualifier phrases are shared with the quantity extractor ("more than", "nearly")
  const q = loadData<{ qualifiers: Array<{ phrase: string; qualifier: Qualifier }> }>('numbers').qualifiers;
  data = {
    units: new Map(Object.entries(d.durationUnits)),
    articleCues: new Set(d.articleDurationCues),
    qualifiers: q.map((x) => ({ words: x.phrase.split(' '), q: x.qualifier })).sort((a, b) => b.words.length - a.words.length),
    compact: new Map(Object.entries(d.compactUnits)),
    vague: new Map(Object.entries(d.vagueDurationCounts)),
    whole: new Set(d.wholePeriodWords),
  };
  return data;
}

type DateFound = Omit<DateClaim, 'id'>;

/** A duration as read from tokens, before it becomes a claim. */
interface Found {
  first: number;
  /** token index just past the unit */
  end: number;
  unit: DurationUnit;
  value?: number;
  min?: number;
  max?: number;
  ordinal?: number;
  qualifier: Qualifier;
  /** the interval a vague count means ("a few days": 2 to 9) */
  vague?: { min: number; max?: number };
}

const OWNER = new Set(['its', 'their', 'his', 'her', 'our', 'the']);
const ORDINAL_LEAD = new Set(['in', 'into', 'enter', 'enters', 'entered', 'entering', 'now', 'marks', 'marked', 'mark', 'for', 'during', 'its', 'their']);
/** After these a day or week count is a relative date, not a length ("two days later"). */
const RELATIVE_AFTER = new Set(['ago', 'earlier', 'later', 'previously', 'before', 'after', 'prior']);
/** Before "over N units", these make "over" mean "more than" rather than "across". */
const OVER_MEANS_MORE = new Set(['for', 'lasted', 'lasts', 'lasting', 'last', 'took', 'takes', 'take', 'spent', 'after', 'of', 'than', 'in', 'been', 'ago', 'since', 'with']);
const SINCE = new Set(['after', 'following', 'since']);
/** Sentences without a match hold no duration: the cue pass (sentence-cues.ts) sets TIME_UNIT wherever this may match, and durations run only there (widen both: tests/claims/sentence-cues.test.ts checks them together). */
export const UNIT_CUE = /minute|hour|day|week|fortnight|month|year|decade|centur|night|second|\b(?:hrs?|mins?|secs?|wks?|yrs?)\b|\d[hdwy]\b/i;

function unitAt(t: readonly Token[], k: number): { unit: DurationUnit; factor: number } | undefined {
  const w = t[k];
  // "20 Minutes" is a newspaper; "Three Years" in a title-case headline is still a duration
  if (!w || w.type !== 'word' || (/^[A-Z]/.test(w.text) && !/^[A-Z]/.test(t[k - 1]?.text ?? ''))) return undefined;
  return lists().units.get(w.lower);
}

/** Index of the last token that may be a unit of time, spelled out or compact ("3h"); -1 when none may. */
function lastUnit(t: readonly Token[]): number {
  const { units, compact } = lists();
  for (let k = t.length - 1; k >= 0; k--) if (t[k].type === 'word' && (units.has(t[k].lower) || compact.has(t[k].lower))) return k;
  return -1;
}

/** Minutes in each unit that converts exactly: "1 hour and 30 minutes" is 90 minutes. */
const MINUTES: Partial<Record<DurationUnit, number>> = { minute: 1, hour: 60, day: 1440, week: 10080 };

interface Count {
  value: number;
  end: number;
  vague?: VagueCount;
  /** written as "a"/"an" */
  article?: boolean;
}

/** "and a half", "and half", "and a quarter" at token `k`: the fraction and the tokens it takes. */
function andFraction(t: readonly Token[], k: number): { add: number; len: number } | null {
  if (t[k]?.lower !== 'and') return null;
  const art = t[k + 1]?.lower === 'a' ? 1 : 0;
  const w = t[k + 1 + art]?.lower;
  if (w === 'half') return { add: 0.5, len: 2 + art };
  if (w === 'quarter' && art) return { add: 0.25, len: 3 };
  return null;
}

/** The count that starts at token `i`: a number, "a"/"an" after a cue word, "half a", "½", "a few". */
function countAt(t: readonly Token[], i: number): Count | null {
  const w = t[i].lower;
  const l = lists();
  const vague = l.vague.get(w === 'a' ? (t[i + 1]?.lower ?? '') : w);
  // "a few minutes", "several weeks": vague, read as the figure benchmarks use with the interval meant
  if (vague && (w !== 'a' || t[i + 1].lower === 'few') && (w !== 'some' || l.articleCues.has(t[i - 1]?.lower ?? ''))) {
    return { value: vague.value, end: w === 'a' ? i + 2 : i + 1, vague };
  }
  if ((w === 'a' || w === 'an') && t[i - 1] && l.articleCues.has(t[i - 1].lower)) return { value: 1, end: i + 1, article: true };
  if (w === 'half' && (t[i + 1]?.lower === 'a' || t[i + 1]?.lower === 'an')) return { value: 0.5, end: i + 2 };
  if (w === '½') return { value: 0.5, end: i + 1 };
  if (t[i].type !== 'num' && t[i].type !== 'word') return null;
  if (!mayStartNumber(t, i)) return null; // most words: no number to read
  const n = parseNumber(t, i);
  if (!n || n.vague || n.multiplier) return null;
  // "one and half hour", "one and a half hours"
  const frac = andFraction(t, n.end);
  if (frac && unitAt(t, n.end + frac.len)) return { value: n.value + frac.add, end: n.end + frac.len };
  return { value: n.value, end: n.end };
}

/** "3h", "10D": a one-letter unit tight after a digit count, after a duration cue and before no word. */
function compactUnitAt(t: readonly Token[], i: number, k: number): { unit: DurationUnit; factor: number } | undefined {
  const w = t[k];
  if (!w || w.type !== 'word' || w.gap || t[i].type !== 'num' || k !== i + 1) return undefined;
  const unit = lists().compact.get(w.lower);
  if (!unit || t[k + 1]?.type === 'word' || t[k + 1]?.type === 'num') return undefined;
  // "in 3D", "a 4K screen": only after words that ask for a length of time
  const before = t[i - 1]?.lower ?? '';
  return before !== 'in' && lists().articleCues.has(before) ? { unit, factor: 1 } : undefined;
}

/** "1 hour and 30 minutes", "2 hours 15 minutes": add later parts in a smaller unit that converts exactly. */
function compound(t: readonly Token[], f: Found): Found {
  let cur = f;
  for (;;) {
    if (cur.value === undefined || MINUTES[cur.unit] === undefined) return cur;
    const k = t[cur.end]?.lower === 'and' || t[cur.end]?.text === ',' ? cur.end + 1 : cur.end;
    const c = t[k] && (t[k].type === 'num' || t[k].type === 'word') ? countAt(t, k) : null;
    const u = c && !c.vague ? unitAt(t, c.end) : undefined;
    const small = u ? MINUTES[u.unit] : undefined;
    const big = MINUTES[cur.unit] ?? 0;
    if (!c || !u || small === undefined || small >= big) return cur;
    cur = { ...cur, end: c.end + 1, unit: u.unit, value: (cur.value * big) / small + c.value * u.factor };
  }
}

/** A cardinal duration at token `i`: count, optional range, (hyphen), unit. */
function cardinalAt(t: readonly Token[], i: number): Found | null {
  const c = countAt(t, i);
  if (!c) return null;
  let { value, end } = c;
  let max: number | undefined;
  // "two to three years", "2-3 years", "two or three years"
  const j = t[end]?.lower === 'to' || t[end]?.lower === 'or' || t[end]?.text === '-' || t[end]?.text === '–' ? end + 1 : -1;
  const second = j > 0 && t[j] ? countAt(t, j) : null;
  if (second && unitAt(t, second.end) && second.value > value) {
    max = second.value;
    end = second.end;
  }
  if (isTightHyphen(t, end) && unitAt(t, end + 1)) end++; // "40-minute"
  const u = unitAt(t, end) ?? compactUnitAt(t, i, end);
  if (!u) return null;
  // "for a second time": an ordinal; "one second" is a length
  if (c.article && u.factor < 1) return null;
  if (c.vague && !t[end].lower.endsWith('s')) return null;
  end++;
  // "a year and a half", "one hour and half", "one year and a quarter"
  const frac = max === undefined && !c.vague ? andFraction(t, end) : null;
  if (frac) {
    value += frac.add;
    end += frac.len;
  }
  const next = t[end]?.lower ?? '';
  if (next === 'old' || (next === '-' && t[end + 1]?.lower === 'old')) return null; // an age
  if (RELATIVE_AFTER.has(next) && (next === 'ago' || next === 'earlier' || next === 'later' || next === 'previously' || u.unit === 'day' || u.unit === 'week')) return null;
  const f = u.factor;
  if (max !== undefined) return { first: i, end, unit: u.unit, min: value * f, max: max * f, qualifier: 'exact' };
  if (c.vague) return { first: i, end, unit: u.unit, value: value * f, qualifier: 'vague', vague: { min: c.vague.min * f, ...(c.vague.max !== undefined ? { max: c.vague.max * f } : {}) } };
  return compound(t, { first: i, end, unit: u.unit, value: value * f, qualifier: 'exact' });
}

/** "in its third year", "the past year" at token `i`. */
function wordFormAt(t: readonly Token[], i: number): Found | null {
  const u = unitAt(t, i + 1);
  if (!u || u.factor !== 1 || t[i + 1].lower.endsWith('s')) return null;
  const ord = t[i].type === 'word' || t[i].type === 'num' ? parseOrdinal(t[i].text) : null;
  if (ord !== null && ord > 0 && OWNER.has(t[i - 1]?.lower ?? '') && (t[i - 1].lower !== 'the' || ORDINAL_LEAD.has(t[i - 2]?.lower ?? ''))) {
    return { first: i, end: i + 2, unit: u.unit, ordinal: ord, qualifier: 'exact' };
  }
  if ((t[i].lower === 'past' || t[i].lower === 'last') && t[i - 1]?.lower === 'the') return { first: i - 1, end: i + 2, unit: u.unit, value: 1, qualifier: 'exact' };
  // "all day", "the whole week", "for another day": one whole unit
  if (lists().whole.has(t[i].lower) || (t[i].lower === 'another' && t[i - 1]?.lower === 'for')) {
    const first = t[i - 1]?.lower === 'the' && t[i].lower !== 'all' ? i - 1 : i;
    return { first, end: i + 2, unit: u.unit, value: 1, qualifier: 'exact' };
  }
  return null;
}

/** Apply a qualifier phrase written just before token `first`. */
function qualify(t: readonly Token[], f: Found): Found {
  if (f.value === undefined) return f;
  for (const { words, q } of lists().qualifiers) {
    const k = f.first - words.length;
    if (k < 0 || !words.every((w, n) => t[k + n].lower === w)) continue;
    // "repay the loan over 3 years" spreads it across them; "for over 3 years" is more than
    if (words.length === 1 && words[0] === 'over' && !OVER_MEANS_MORE.has(t[k - 1]?.lower ?? '')) continue;
    const v = f.value;
    const out: Found = { ...f, first: k, qualifier: q, value: undefined };
    if (q === 'more-than' || q === 'at-least') out.min = v;
    else if (q === 'less-than' || q === 'at-most') out.max = v;
    else out.value = v;
    return out;
  }
  return f;
}

/** The stated date after "after"/"following"/"since" right behind the duration, if any. */
function sinceDate(ctx: ExtractContext, t: readonly Token[], f: Found, dates: () => DateFound[]): DateFound | undefined {
  const k = t[f.end] && SINCE.has(t[f.end].lower) ? f.end : -1;
  if (k < 0) return undefined;
  const from = t[k].end;
  const clause = /^[^;:—–()]{0,80}/.exec(ctx.source.text.slice(from))?.[0] ?? '';
  // an open range's span starts at its "since" or "after" ("since 2022" as a bound)
  return dates().find((d) => d.span.start >= (d.bound ? t[k].start : from) && d.span.end <= from + clause.length && d.resolvedFrom !== 'previous-event' && d.resolvedFrom !== 'published');
}

/** Duration claims of a source's sentences. */
export const extractDurations: Extractor = (ctx: ExtractContext): NewClaim[] => {
  const out: NewClaim[] = [];
  const { text, sections, id } = ctx.source;
  let allDates: DateFound[] | undefined;
  const dates = (): DateFound[] => {
    // the pipeline runs dates first; alone (in tests) we read them ourselves
    allDates ??= (ctx.prior.some((c) => c.kind === 'date') ? ctx.prior : extractDates(ctx)).filter((c): c is DateFound => c.kind === 'date');
    return allDates;
  };
  const cues = sentenceCues(ctx);
  for (let k = 0; k < ctx.sentences.length; k++) {
    const sentence = ctx.sentences[k];
    // most sentences name no unit of time: skip them before tokenizing (the cue pass sets TIME_UNIT wherever UNIT_CUE may match)
    if ((cues[k] & TIME_UNIT) === 0) continue;
    const t = tokenize(text, sentence.start, sentence.end);
    // a duration ends in a unit: none starts at or after the last one
    const last = lastUnit(t);
    for (let i = 0; i < last; i++) {
      const found = wordFormAt(t, i) ?? cardinalAt(t, i);
      if (!found) continue;
      // "over the past year" is during it, not more than it: only counts take a qualifier
      const f = found.ordinal === undefined && found.vague === undefined && t[found.first].lower !== 'the' ? qualify(t, found) : found;
      const span: Span = { start: t[f.first].start, end: t[f.end - 1].end };
      const claim: Omit<DurationClaim, 'id'> = { kind: 'duration', source: id, span, sentence, section: sectionAt(sections, span.start)?.kind ?? 'body', unit: f.unit, qualifier: f.qualifier };
      if (f.value !== undefined) claim.value = f.value;
      if (f.min !== undefined) claim.min = f.min;
      if (f.max !== undefined) claim.max = f.max;
      if (f.ordinal !== undefined) claim.ordinal = f.ordinal;
      if (f.vague) {
        claim.min = f.vague.min;
        if (f.vague.max !== undefined) claim.max = f.vague.max;
      }
      const since = sinceDate(ctx, t, f, dates);
      if (since) {
        claim.since = since.value;
        claim.sincePrecision = since.precision;
      }
      if (ctx.reference) claim.asOf = ctx.reference.slice(0, 10);
      out.push(claim);
      i = f.end - 1;
    }
  }
  return out;
};
