/**
 * The date extractor: absolute dates ("September 05, 2025", "July 23",
 * "February 2022", "in 2022"), weekdays ("on Friday", "Thursday's") and
 * relative expressions ("a day earlier", "last month", "this week"), each
 * resolved to an ISO day, month or year with its precision.
 *
 * Three finders propose expressions in each sentence — chrono for stated
 * dates and weekdays ({@link findStatedDates}), {@link findRelative} and
 * {@link findYears} — and where they overlap the stated date wins, then the
 * relative expression, then the bare year. Expressions are then resolved in
 * text order, because a relative one ("a day earlier") counts from the last
 * dated event before it: in its paragraph, else in the paragraph just before
 * (a paragraph is a line of the plain text, or a section when a parser gives
 * one section per paragraph), else from the published date. Only a single day
 * anchors: a year, a month or a range ("this week") does not.
 *
 * What was not written is inferred, and the claim says so (`resolvedFrom`):
 * - a weekday is the nearest one before or on the published date, or after
 *   or on it when its clause is in the future ("will meet on Monday");
 * - a month without a year ("July 23", "in March") is in the published year,
 *   unless that puts it more than a week after the published date in a past
 *   clause (then the year before) or more than a week before it in a future
 *   clause (then the year after). Without a published date, the year comes
 *   from the last full date stated earlier in the article.
 */
import type { DateClaim, DatePrecision, ExtractContext, Extractor, NewClaim, Span } from '../types';
import { sectionAt } from './sentences';
import { findStatedDates, type StatedDate } from './chrono';
import { findRelative, type RelativeHit } from './relative';
import { findYears, type YearHit } from './years';
import { tenseAround, type Tense } from './tense';
import { addDays, addMonths, compareIso, isoWeekMonday, isValidDay, parseIsoDay, resolveWeekday, toIso } from './calendar';

type Hit = (Span & { kind: 'stated'; d: StatedDate }) | (Span & { kind: 'relative'; r: RelativeHit }) | (Span & { kind: 'year'; y: YearHit });

/** What an expression resolves to. */
interface Resolved {
  value: string;
  precision: DatePrecision;
  resolvedFrom?: DateClaim['resolvedFrom'];
  weekday?: number;
  end?: string;
}

const PRIORITY: Record<Hit['kind'], number> = { stated: 0, relative: 1, year: 2 };

/** The expressions of one sentence, overlaps removed, in text order. */
function hitsIn(text: string, sentence: Span, reference: string | undefined): Hit[] {
  const all: Hit[] = [
    ...findStatedDates(text, sentence.start, sentence.end, reference).map((d): Hit => ({ kind: 'stated', start: d.start, end: d.end, d })),
    ...findRelative(text, sentence).map((r): Hit => ({ kind: 'relative', start: r.start, end: r.end, r })),
    ...findYears(text, sentence).map((y): Hit => ({ kind: 'year', start: y.start, end: y.end, y })),
  ];
  all.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || b.end - b.start - (a.end - a.start));
  const kept: Hit[] = [];
  for (const h of all) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

/** The year of a month (and day) written without one, seen from `base`. */
function inferYear(month: number, day: number | undefined, base: string, tense: Tense): number {
  const year = Number(base.slice(0, 4));
  if (day === undefined) {
    const m = Number(base.slice(5, 7));
    if (tense === 'future') return month < m ? year + 1 : year;
    return month > m ? year - 1 : year;
  }
  // a week's slack either way: "on September 8" in a paper of September 5 may be a typo or an agenda
  const iso = isValidDay(year, month, day) ? toIso(year, month, day) : toIso(year, month, Math.min(day, 28));
  if (tense === 'future') return compareIso(iso, addDays(base, -7)) < 0 ? year + 1 : year;
  return compareIso(iso, addDays(base, 7)) > 0 ? year - 1 : year;
}

function resolveStated(d: StatedDate, tense: () => Tense, reference: string | undefined, yearBase: string | undefined): Resolved | null {
  if (d.month !== undefined) {
    let year = d.year;
    let resolvedFrom: Resolved['resolvedFrom'];
    if (year === undefined) {
      if (!yearBase) return null;
      year = inferYear(d.month, d.day, yearBase, tense());
      resolvedFrom = 'inferred-year';
    }
    if (d.day !== undefined && !isValidDay(year, d.month, d.day)) return null;
    const r: Resolved = { value: toIso(year, d.month, d.day), precision: d.day === undefined ? 'month' : 'day' };
    if (resolvedFrom) r.resolvedFrom = resolvedFrom;
    if (d.weekday !== undefined && d.day !== undefined) r.weekday = d.weekday;
    const to = d.to;
    if (to?.month !== undefined || to?.day !== undefined) {
      const end = toIso(to.year ?? year, to.month ?? d.month, d.day === undefined ? undefined : to.day);
      if (compareIso(end, r.value) > 0) r.end = end;
    }
    return r;
  }
  if (d.weekday === undefined || !reference) return d.year !== undefined ? { value: toIso(d.year), precision: 'year' } : null;
  const strict = d.modifier === 'last' || d.modifier === 'next';
  const direction = d.modifier === 'next' || (d.modifier !== 'last' && tense() === 'future') ? 'future' : 'past';
  const value = resolveWeekday(reference, d.weekday, direction, strict);
  const r: Resolved = { value, precision: 'day', resolvedFrom: 'published', weekday: d.weekday };
  if (d.to?.weekday !== undefined && d.to.weekday !== d.weekday) r.end = addDays(value, (d.to.weekday - d.weekday + 7) % 7);
  return r;
}

function resolveRelative(r: RelativeHit, reference: string | undefined, anchor: string | undefined): Resolved | null {
  const fromAnchor = r.base === 'anchor' && anchor !== undefined;
  const base = fromAnchor ? anchor : reference;
  if (!base) return null;
  const resolvedFrom = fromAnchor ? 'previous-event' : 'published';
  if (r.unit === 'day') return { value: addDays(base, r.amount), precision: 'day', resolvedFrom };
  if (r.unit === 'month') return { value: addMonths(base, r.amount), precision: 'month', resolvedFrom };
  if (r.unit === 'year') return { value: toIso(Number(base.slice(0, 4)) + r.amount), precision: 'year', resolvedFrom };
  const monday = addDays(isoWeekMonday(base), 7 * r.amount);
  const sunday = addDays(monday, 6);
  let [value, end] = [monday, sunday];
  if (r.weekend) value = addDays(monday, 5);
  else if (r.part === 'earlier') end = compareIso(base, monday) > 0 ? addDays(base, -1) : monday;
  else if (r.part === 'later') value = compareIso(base, sunday) < 0 ? addDays(base, 1) : sunday;
  return value === end ? { value, precision: 'day', resolvedFrom } : { value, precision: 'day', resolvedFrom, end };
}

/** Date claims of a source's sentences; see the module comment for how each is resolved. */
export const extractDates: Extractor = (ctx: ExtractContext): NewClaim[] => {
  const { text, sections, id } = ctx.source;
  const reference = parseIsoDay(ctx.reference) ? ctx.reference?.slice(0, 10) : undefined;
  const out: NewClaim[] = [];
  let yearBase = reference;
  let anchor: { value: string; para: number } | undefined;
  let para = -2;
  let prevPara = -2;
  let section: ReturnType<typeof sectionAt>;
  for (const sentence of ctx.sentences) {
    const sec = sectionAt(sections, sentence.start);
    // a paragraph starts after a line break or where its section starts (parsers may give one section a paragraph)
    const p = Math.max(text.lastIndexOf('\n', sentence.start - 1) + 1, sec?.start ?? 0);
    if (p !== para) {
      prevPara = sec?.kind === section?.kind ? para : -2;
      para = p;
    }
    section = sec;
    for (const h of hitsIn(text, sentence, reference)) {
      const tense = (): Tense => tenseAround(text, sentence, h);
      const near = anchor && (anchor.para === para || anchor.para === prevPara) ? anchor.value : undefined;
      let r: Resolved | null;
      if (h.kind === 'stated') r = resolveStated(h.d, tense, reference, yearBase);
      else if (h.kind === 'relative') r = resolveRelative(h.r, reference, near);
      else r = { value: toIso(h.y.year), precision: 'year', ...(h.y.to ? { end: toIso(h.y.to) } : {}) };
      if (!r) continue;
      out.push({ kind: 'date', source: id, span: { start: h.start, end: h.end }, sentence, section: sec?.kind ?? 'body', ...r });
      if (r.precision === 'day' && r.end === undefined) anchor = { value: r.value, para };
      if (!reference && r.precision === 'day' && r.resolvedFrom === undefined) yearBase = r.value;
    }
  }
  return out;
};
