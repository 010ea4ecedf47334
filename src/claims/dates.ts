/**
 * The date extractor: absolute dates ("September 05, 2025", "July 23",
 * "February 2022", "in 2022"), weekdays ("on Friday", "Thursday's"), relative
 * expressions ("a day earlier", "last month", "this week") and ranges ("from
 * May to September", "10/1-11/7"), each resolved to an ISO day, month or year
 * with its precision (a range also to its last one).
 *
 * Finders propose expressions in each sentence — chrono for stated dates and
 * weekdays ({@link findStatedDates}), {@link findNumericDates} for dates in
 * figures chrono misreads, {@link findWordDates} for dates in words,
 * {@link findRelative}, {@link findHolidays}, {@link findPeriods} ("end of
 * 2000", "2017 q1", "the last week of July", "the 1990s") and
 * {@link findYears} — and where they overlap a period or named day wins, then
 * the stated date, then the relative expression, then the bare year. Weak
 * range ends ({@link findRangeEnds}: a bare month, day, year or "now") come
 * last and stay only where a range takes them. Words around a day then change
 * it (date-wraps.ts): "three weeks from tomorrow", "the week of April 10th",
 * "Tuesday of next week", "Monday two weeks from now", and "from <a> to <b>"
 * joins two into one range (date-ranges.ts); words that keep one side open
 * ("since 2010", "until Friday", "2018 or later") make a date one bound of an
 * open range (date-bounds.ts). Expressions are then resolved in
 * text order, because a relative one ("a day earlier") counts from the last
 * dated event before it: in its paragraph, else in the paragraph just before
 * (a paragraph is a line of the plain text, or a section when a parser gives
 * one section per paragraph), else from the published date. Only a single day
 * anchors: a year, a month or a range ("this week") does not.
 *
 * What was not written is inferred, and the claim says so (`resolvedFrom`):
 * - a weekday is the nearest one before or on the published date, or after
 *   or on it when its clause is in the future ("will meet on Monday");
 *   "previous"/"following" name that day of the week before or after, "last"
 *   and "next" the nearest one unless that is yesterday or tomorrow;
 * - a month without a year ("July 23", "in March") is in the published year,
 *   unless that puts it more than a week after the published date in a past
 *   clause (then the year before) or more than a week before it in a future
 *   clause (then the year after); a range without a year takes one year for
 *   both ends (year-inference.ts). Without a published date, the year comes
 *   from the last full date stated earlier in the article.
 */
import type { ExtractContext, Extractor, NewClaim, Span } from '../types';
import { sectionAt } from './sentences';
import { CUE, sentenceCues } from './sentence-cues';
import { findStatedDates, type StatedDate } from './chrono';
import { findWordDates } from './word-dates';
import { findNumericDates } from './numeric-dates';
import { findRelative, type RelativeHit } from './relative';
import { findHolidays, resolveHoliday } from './holidays';
import { findPeriods, findYears } from './years';
import type { Hit, Resolved } from './date-hits';
import { findRangeEnds, joinRange } from './date-ranges';
import { wrapHits } from './date-wraps';
import { boundHits } from './date-bounds';
import { inferYear, leapYearFor, rangeYears, wrapsYear } from './year-inference';
import { tenseAround, type Tense } from './tense';
import { lastWord } from './last-word';
import { addDays, addMonths, addUnits as shift, compareIso, daysBetween, nearestDayOfMonth, nearestWeekdayDay, isoWeekMonday, isValidDay, parseIsoDay, resolveWeekday, toIso } from './calendar';

/** The finder's cue; sentence-cues.ts sets its bit wherever this may match (widen both: tests/claims/sentence-cues.test.ts checks them together). */
export const RANGE_LEAD_WORD_RE = /\b(?:from|between)\b/i;
// a period ("the last week of July", "end of 2000") is written around the stated date or year it holds
const PRIORITY: Record<Hit['kind'], number> = { period: -1, holiday: -1, stated: 0, relative: 1, year: 2 };

/** Words before a weekday or a month that make it recur: "every Saturday", "each other March". */
const RECURRENCE = new Set(['every', 'each']);
const RECURRENCE_STEP = new Set(['other', 'second', 'single']);

/** A weekday or a month with no day or year after "every" or "each" ("every Saturday until they listen"). */
function recurring(text: string, sentence: Span, h: Hit): boolean {
  if (h.kind !== 'stated' || h.d.day !== undefined || h.d.year !== undefined || h.d.modifier || h.d.to) return false;
  const before = text.slice(Math.max(sentence.start, h.start - 24), h.start);
  let word = lastWord(before);
  if (RECURRENCE_STEP.has(word.toLowerCase())) {
    // the word before "other": where "other" starts, past the spaces after it
    let end = before.length;
    while (end > 0 && /\s/.test(before[end - 1])) end--;
    word = lastWord(before.slice(0, end - word.length));
  }
  return RECURRENCE.has(word.toLowerCase());
}

/** What the finders proposed in one sentence, in the order {@link hitsIn} takes them, and whether a range's lead word is in it. */
interface Proposed {
  hits: Hit[];
  lead: boolean;
}

/** A sentence of one of the sources whose dates are being found. */
interface At {
  text: string;
  sentence: Span;
  reference: string | undefined;
  cues: number;
  proposed: Proposed;
}

/**
 * The finders, in the order their hits are taken (of two readings of the
 * same words the first wins: dates in figures before chrono's), each with
 * the {@link CUE} bits of the sentences it runs on.
 */
const FINDERS: ReadonlyArray<[cues: number, find: (at: At) => Hit[]]> = [
  [CUE.digit, ({ text, sentence, reference }) => findNumericDates(text, sentence, reference).map((d): Hit => ({ kind: 'stated', start: d.start, end: d.end, d }))],
  [CUE.name | CUE.digitJoin, ({ text, sentence, reference }) => findStatedDates(text, sentence.start, sentence.end, reference).map((d): Hit => ({ kind: 'stated', start: d.start, end: d.end, d }))],
  [CUE.name | CUE.yearWords, ({ text, sentence }) => findWordDates(text, sentence.start, sentence.end).map((d): Hit => ({ kind: 'stated', start: d.start, end: d.end, d }))],
  [CUE.relative, ({ text, sentence, cues }) => findRelative(text, sentence, cues).map((r): Hit => ({ kind: 'relative', start: r.start, end: r.end, r }))],
  [CUE.digit, ({ text, sentence }) => findYears(text, sentence).map((y): Hit => ({ kind: 'year', start: y.start, end: y.end, y }))],
  [CUE.period, ({ text, sentence, reference }) => findPeriods(text, sentence, reference).map((p): Hit => ({ kind: 'period', start: p.start, end: p.end, p }))],
  [CUE.holiday, ({ text, sentence }) => findHolidays(text, sentence).map((hd): Hit => ({ kind: 'holiday', start: hd.start, end: hd.end, hd }))],
];

/**
 * What the finders propose in every sentence of `sources`, finder by finder:
 * each finder runs over all the sentences before the next one starts, so its
 * code runs from the processor's caches (see story.ts). Each finder runs
 * only where its cue may be (most sentences hold no date); see sentence-cues.ts.
 */
function propose(sources: ReadonlyArray<{ text: string; sentences: readonly Span[]; cues: ArrayLike<number>; reference: string | undefined }>): Proposed[][] {
  const all: At[] = [];
  const out = sources.map(({ text, sentences, cues, reference }) =>
    sentences.map((sentence, k) => {
      const at: At = { text, sentence, reference, cues: cues[k], proposed: { hits: [], lead: false } };
      if (at.cues !== 0) all.push(at);
      return at.proposed;
    }),
  );
  for (const [cues, find] of FINDERS) for (const at of all) if (at.cues & cues) for (const h of find(at)) at.proposed.hits.push(h);
  for (const { text, sentence, cues, proposed } of all) proposed.lead = (cues & CUE.lead) !== 0 && RANGE_LEAD_WORD_RE.test(text.slice(sentence.start, sentence.end));
  return out;
}

/** The expressions of one sentence (what the finders proposed in it), overlaps removed, in text order. */
function hitsIn(text: string, sentence: Span, { hits: all, lead }: Proposed): Hit[] {
  // "every Saturday", "each other March": a recurrence, not a date
  for (let i = all.length - 1; i >= 0; i--) if (recurring(text, sentence, all[i])) all.splice(i, 1);
  // weak range ends need a date beside them, or "from" or "between" before them
  if (all.length > 0 || lead) all.push(...findRangeEnds(text, sentence, lead ? undefined : all));
  if (all.length === 0) return all;
  // weak range ends come last: any other reading of their words wins
  const rank = (h: Hit): number => (h.weak ? 9 : PRIORITY[h.kind]);
  all.sort((a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start));
  const kept: Hit[] = [];
  for (const h of all) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  const hits = wrapHits(text, sentence, kept.sort((a, b) => a.start - b.start));
  boundHits(text, sentence, hits);
  return hits;
}

/** Apply the wrap of a hit to what its day resolved to. */
function unwrap(h: Hit, r: Resolved, reference: string | undefined, anchor: string | undefined): Resolved | null {
  const w = h.wrap;
  if (!w) return r;
  if (w.kind === 'inWeek') {
    const week = resolveRelative(w.week, reference, anchor);
    const wd = h.kind === 'stated' ? h.d.weekday : undefined;
    if (!week || wd === undefined) return null;
    const monday = isoWeekMonday(week.value);
    return { value: addDays(monday, (wd + 6) % 7), precision: 'day', ...(week.resolvedFrom ? { resolvedFrom: week.resolvedFrom } : {}), weekday: wd };
  }
  if (w.kind === 'range' || r.precision !== 'day' || r.end !== undefined) return null;
  // the weekday written belongs to the day the offset counts from, not to the result
  const rest: Resolved = { ...r };
  delete rest.weekday;
  if (w.kind === 'offset') return { ...rest, value: shift(r.value, w.unit, w.sign * w.n) };
  if (w.kind === 'stretch') return { ...rest, end: addDays(shift(r.value, w.unit, w.n), -1) };
  const start = isoWeekMonday(r.value);
  return { ...rest, value: start, end: addDays(start, 6) };
}


/** The same period moved to `year` ("mid-December" in a January article: the December before). */
function shiftYear(r: Resolved, year: number): Resolved {
  const move = (iso: string): string => `${year + Number(iso.slice(0, 4)) - Number(r.value.slice(0, 4))}`.padStart(4, '0') + iso.slice(4);
  return { ...r, value: move(r.value), ...(r.end ? { end: move(r.end) } : {}) };
}

/**
 * "previous Wednesday", "following Friday": that day of the week (Monday to
 * Sunday) before or after the published one. "last Wednesday", "next Friday":
 * the nearest one, unless that is yesterday or tomorrow, which no one calls so.
 */
function weekdayOfNextOrLastWeek(reference: string, weekday: number, sign: 1 | -1, week: boolean): string {
  if (week) return addDays(isoWeekMonday(reference), 7 * sign + ((weekday + 6) % 7));
  const v = resolveWeekday(reference, weekday, sign > 0 ? 'future' : 'past', true);
  return Math.abs(daysBetween(reference, v)) === 1 ? addDays(v, 7 * sign) : v;
}

function resolveStated(d: StatedDate, tense: () => Tense, reference: string | undefined, yearBase: string | undefined, inferred?: number): Resolved | null {
  if (d.month !== undefined) {
    let year = d.year;
    let resolvedFrom: Resolved['resolvedFrom'];
    if (year === undefined && d.modifier && reference) {
      // "this September", "next 5/12", "last 6th of April": the published year, the one after or before
      year = Number(reference.slice(0, 4)) + (d.modifier === 'next' ? 1 : d.modifier === 'last' ? -1 : 0);
      resolvedFrom = 'published';
    }
    const to = d.to;
    const toMonth = to?.month ?? (to?.day !== undefined ? d.month : undefined);
    if (year === undefined) {
      if (!yearBase) return null;
      // "from August to October", "10/25 to 01/25": one year for the whole range
      year = inferred ?? (toMonth !== undefined && to?.year === undefined ? rangeYears(d, { month: toMonth, day: to?.day }, yearBase, tense())[0] : inferYear(d.month, d.day, yearBase, tense()));
      resolvedFrom = 'inferred-year';
      // "Feb 29" without a year: the nearest leap year
      if (d.day !== undefined && !isValidDay(year, d.month, d.day)) year = leapYearFor(year, d.month, d.day, tense());
    }
    if (d.day !== undefined && !isValidDay(year, d.month, d.day)) return null;
    const r: Resolved = { value: toIso(year, d.month, d.day), precision: d.day === undefined ? 'month' : 'day' };
    if (resolvedFrom) r.resolvedFrom = resolvedFrom;
    if (d.weekday !== undefined && d.day !== undefined) r.weekday = d.weekday;
    if (to && toMonth !== undefined) {
      const end = toIso(to.year ?? year + (wrapsYear(d, { month: toMonth, day: to.day }) ? 1 : 0), toMonth, d.day === undefined ? undefined : to.day);
      if (compareIso(end, r.value) > 0) r.end = end;
    }
    return r;
  }
  if (d.weekday === undefined || !reference) return d.year !== undefined ? { value: toIso(d.year), precision: 'year' } : null;
  if (d.day !== undefined) {
    const v = nearestWeekdayDay(reference, d.weekday, d.day, tense() === 'past' ? 'past' : 'future');
    return v ? { value: v, precision: 'day', resolvedFrom: 'inferred-year', weekday: d.weekday } : null;
  }
  const strict = d.modifier === 'last' || d.modifier === 'next';
  const direction = d.modifier === 'next' || (d.modifier !== 'last' && tense() === 'future') ? 'future' : 'past';
  const value = strict && d.reach !== 'nearest' ? weekdayOfNextOrLastWeek(reference, d.weekday, d.modifier === 'next' ? 1 : -1, d.reach === 'week') : resolveWeekday(reference, d.weekday, direction, strict);
  const r: Resolved = { value, precision: 'day', resolvedFrom: 'published', weekday: d.weekday };
  if (d.to?.weekday !== undefined && d.to.weekday !== d.weekday) r.end = addDays(value, (d.to.weekday - d.weekday + 7) % 7);
  return r;
}

function resolveCount(c: NonNullable<RelativeHit['count']>, base: string): Resolved {
  const resolvedFrom = 'published';
  if (c.side === 'in') return { value: shift(base, c.unit, c.n), precision: 'day', resolvedFrom };
  if (c.unit === 'quarter') {
    // calendar quarters: "next quarter" is the one after the published day's
    const q0 = `${base.slice(0, 4)}-${String(Math.floor((Number(base.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
    const first = c.side === 'this' ? q0 : c.side === 'past' ? shift(q0, 'quarter', -c.n) : shift(q0, 'quarter', 1);
    const count = c.side === 'this' ? 1 : c.n;
    return { value: first.slice(0, 7), end: addDays(shift(first, 'quarter', count), -1).slice(0, 7), precision: 'month', resolvedFrom };
  }
  if (c.unit === 'businessDay') {
    // "the next 4 business days": Monday to Friday only, from the first after the published day
    const [first, last] = c.side === 'past' ? [-c.n, -1] : [c.side === 'within' ? 0 : 1, c.n];
    return { value: shift(base, 'businessDay', first), end: shift(base, 'businessDay', last), precision: 'day', resolvedFrom };
  }
  if (c.side === 'past') return { value: shift(base, c.unit, -c.n), end: addDays(base, -1), precision: 'day', resolvedFrom };
  const start = c.side === 'within' ? base : addDays(base, 1);
  return { value: start, end: addDays(shift(start, c.unit, c.n), -1), precision: 'day', resolvedFrom };
}

/** "earlier last week" (Monday to Wednesday), "later next month" (the 16th on), "earlier last year" (January to June). */
function halfOf(r: RelativeHit, base: string, resolvedFrom: Resolved['resolvedFrom']): Resolved {
  const earlier = r.part === 'earlier';
  if (r.unit === 'year') {
    const y = Number(base.slice(0, 4)) + r.amount;
    return { value: toIso(y, earlier ? 1 : 7), end: toIso(y, earlier ? 6 : 12), precision: 'month', resolvedFrom };
  }
  if (r.unit === 'month') {
    const month = addMonths(base, r.amount);
    const last = addDays(`${addMonths(`${month}-01`, 1)}-01`, -1);
    return { value: earlier ? `${month}-01` : `${month}-16`, end: earlier ? `${month}-15` : last, precision: 'day', resolvedFrom };
  }
  const monday = addDays(isoWeekMonday(base), 7 * r.amount);
  return { value: earlier ? monday : addDays(monday, 3), end: addDays(monday, earlier ? 2 : 6), precision: 'day', resolvedFrom };
}

function resolveRelative(r: RelativeHit, reference: string | undefined, anchor: string | undefined): Resolved | null {
  if (r.count) return reference ? resolveCount(r.count, reference) : null;
  const fromAnchor = r.base === 'anchor' && anchor !== undefined;
  const base = fromAnchor ? anchor : reference;
  if (!base) return null;
  const resolvedFrom = fromAnchor ? 'previous-event' : 'published';
  if (r.dayOfMonth !== undefined) {
    const v = nearestDayOfMonth(base, r.dayOfMonth, r.part === 'later' ? 'future' : 'past');
    return v ? { value: v, precision: 'day', resolvedFrom } : null;
  }
  if (r.part && r.amount !== 0 && r.period && !r.weekend && !r.workweek) return halfOf(r, base, resolvedFrom);
  if (r.toDate) return { value: r.unit === 'year' ? `${base.slice(0, 4)}-01-01` : `${base.slice(0, 7)}-01`, end: base, precision: 'day', resolvedFrom };
  if (r.unit === 'day') return { value: addDays(base, r.amount), precision: 'day', resolvedFrom };
  if ((r.unit === 'month' || r.unit === 'year') && r.part && r.amount === 0) {
    // "earlier this year": from its first day to the day before; "later this month": from the day to its last
    const first = r.unit === 'year' ? `${base.slice(0, 4)}-01-01` : `${base.slice(0, 7)}-01`;
    const last = r.unit === 'year' ? `${base.slice(0, 4)}-12-31` : addDays(`${addMonths(base, 1)}-01`, -1);
    const [value, end] = r.part === 'earlier' ? [first, addDays(base, -1)] : [base, last];
    if (compareIso(end, value) > 0) return { value, end, precision: 'day', resolvedFrom };
  }
  if (r.unit === 'month') return { value: addMonths(base, r.amount), precision: 'month', resolvedFrom };
  if (r.unit === 'year') return { value: toIso(Number(base.slice(0, 4)) + r.amount), precision: 'year', resolvedFrom };
  const monday = addDays(isoWeekMonday(base), 7 * r.amount);
  const sunday = addDays(monday, 6);
  let [value, end] = [monday, sunday];
  if (r.weekend) {
    value = addDays(monday, 5);
    // "over the weekend" in a past clause: the last weekend that has begun
    if (r.part === 'earlier' && compareIso(value, base) > 0) [value, end] = [addDays(value, -7), addDays(sunday, -7)];
  }
  else if (r.workweek) end = addDays(monday, 4);
  else if (r.part === 'earlier') end = compareIso(base, monday) > 0 ? addDays(base, -1) : monday;
  else if (r.part === 'later') value = compareIso(base, sunday) < 0 ? base : sunday;
  return value === end ? { value, precision: 'day', resolvedFrom } : { value, precision: 'day', resolvedFrom, end };
}

/** Date claims of a source's sentences; see the module comment for how each is resolved. */
export const extractDates: Extractor = (ctx: ExtractContext): NewClaim[] => extractDatesEach([ctx])[0];

/** {@link extractDates} of several sources, each finder over all their sentences before the next. */
export function extractDatesEach(ctxs: readonly ExtractContext[]): NewClaim[][] {
  const references = ctxs.map((ctx) => (parseIsoDay(ctx.reference) ? ctx.reference?.slice(0, 10) : undefined));
  const proposed = propose(ctxs.map((ctx, i) => ({ text: ctx.source.text, sentences: ctx.sentences, cues: sentenceCues(ctx), reference: references[i] })));
  return ctxs.map((ctx, i) => datesOf(ctx, references[i], proposed[i]));
}

/** The date claims of one source, from what the finders proposed in each of its sentences. */
function datesOf(ctx: ExtractContext, reference: string | undefined, proposed: readonly Proposed[]): NewClaim[] {
  const { text, sections, id } = ctx.source;
  const out: NewClaim[] = [];
  let yearBase = reference;
  let anchor: { value: string; para: number } | undefined;
  let para = -2;
  let prevPara = -2;
  let section: ReturnType<typeof sectionAt>;
  for (let si = 0; si < ctx.sentences.length; si++) {
    const sentence = ctx.sentences[si];
    const sec = sectionAt(sections, sentence.start);
    // a paragraph starts after a line break or where its section starts (parsers may give one section a paragraph)
    const p = Math.max(text.lastIndexOf('\n', sentence.start - 1) + 1, sec?.start ?? 0);
    if (p !== para) {
      prevPara = sec?.kind === section?.kind ? para : -2;
      para = p;
    }
    section = sec;
    const hits = hitsIn(text, sentence, proposed[si]);
    // most sentences have none: the closures below are made only for those that do
    if (hits.length === 0) continue;
    const near = (): string | undefined => (anchor && (anchor.para === para || anchor.para === prevPara) ? anchor.value : undefined);
    const resolve = (h: Hit, inferred?: number): Resolved | null => {
      // the clause of "before the end of December" is read from before its "before" (a clause break)
      const tense = (): Tense => tenseAround(text, sentence, h.bound ?? h);
      if (h.wrap?.kind === 'weekdayOf' && h.kind === 'stated' && h.d.weekday !== undefined) {
        // "Monday two weeks from now": that weekday of the week (Monday to Sunday) of the day counted to
        const of = resolve(h.wrap.of);
        if (!of || of.precision !== 'day' || of.end !== undefined) return null;
        return { value: addDays(isoWeekMonday(of.value), (h.d.weekday + 6) % 7), precision: 'day', ...(of.resolvedFrom ? { resolvedFrom: of.resolvedFrom } : {}), weekday: h.d.weekday };
      }
      let r: Resolved | null;
      if (h.kind === 'stated') r = resolveStated(h.d, tense, reference, yearBase, inferred);
      else if (h.kind === 'relative') r = resolveRelative(h.r, reference, near());
      else if (h.kind === 'holiday') r = resolveHoliday(h.hd, reference, tense);
      else if (h.kind === 'period') r = { value: h.p.value, precision: h.p.precision, ...(h.p.last !== undefined && h.p.last !== h.p.value ? { end: h.p.last } : {}), ...(h.p.resolvedFrom ? { resolvedFrom: h.p.resolvedFrom } : {}) };
      else if (h.y.month !== undefined) r = { value: toIso(h.y.year, h.y.month), precision: 'month' };
      else r = { value: toIso(h.y.year), precision: 'year', ...(h.y.to ? { end: toIso(h.y.to) } : {}) };
      if (r && h.wrap?.kind !== 'range') r = unwrap(h, r, reference, near());
      if (r && h.kind === 'period' && r.resolvedFrom === 'inferred-year' && reference) r = shiftYear(r, inferYear(Number(r.value.slice(5, 7)), undefined, reference, tense()));
      return r;
    };
    const emit = (span: Span, r: Resolved, bound?: Hit['bound']): void => {
      if (bound) out.push({ kind: 'date', source: id, span: { start: bound.start, end: bound.end }, sentence, section: sec?.kind ?? 'body', ...r, bound: bound.kind });
      else out.push({ kind: 'date', source: id, span, sentence, section: sec?.kind ?? 'body', ...r });
      // an open range ("since Monday") is no dated event that a later "a day earlier" counts from
      if (r.precision === 'day' && r.end === undefined && !bound) anchor = { value: r.value, para };
      if (!reference && r.precision === 'day' && r.resolvedFrom === undefined) yearBase = r.value;
    };
    for (const h of hits) {
      if (h.wrap?.kind === 'range') {
        const b = h.wrap.to;
        // two ends without a year: one year for the range, seen from the tense of the whole
        const years = h.kind === 'stated' && b.kind === 'stated' && yearBase && [h.d, b.d].every((d) => d.month !== undefined && d.year === undefined && !d.modifier)
          ? rangeYears(h.d, b.d, yearBase, tenseAround(text, sentence, h)) : undefined;
        const r = resolve(h, years?.[0]);
        const rb = resolve(b, years?.[1]);
        const joined = r && rb ? joinRange(r, rb) : null;
        if (joined) emit({ start: h.start, end: h.end }, joined);
        else {
          // not one range after all: each end on its own
          if (r && !h.weak) emit(h.wrap.own, r);
          if (rb && !b.weak) emit({ start: b.start, end: b.end }, rb);
        }
        continue;
      }
      const r = resolve(h);
      if (r) emit({ start: h.start, end: h.end }, r, h.bound);
    }
  }
  return out;
}
