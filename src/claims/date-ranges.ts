/**
 * Ranges of dates: "from <a> to <b>", "between <a> and <b>", and the short
 * forms "Jan-Feb 2017", "2014 to 2018", "Nov 18-Dec 19, 2015".
 *
 * Two hits make one range when a joiner stands between them ("to", "till",
 * "until", "through", a dash; "and" after "between"). Without "from" or
 * "between" before them the two must be calendar dates or years, so that
 * "postponed … to Friday" stays two days. One end may be *weak*, a bare month,
 * day, year or "now" that is no date on its own ("between 3 and 12 of Sept",
 * "from March to date", "between Jan 2019 and now"): {@link findRangeEnds}
 * proposes those, and they are dropped unless a range takes them.
 *
 * What one end leaves out it takes from the other ({@link shareParts}): the
 * month of "3" in "between 3 and 12 of Sept", the year of "Jan" in "Jan-Feb
 * 2017" (and of "Nov" in "Nov-Feb 2017": the year before). A range is one
 * claim from the first day of its start to the last of its end, at the finer
 * precision of the two ({@link joinRange}).
 */
import type { Span } from '../types';
import type { DateParts } from './chrono';
import type { Hit, Resolved } from './date-hits';
import { compareIso, daysInMonth } from './calendar';
import { wrapsYear } from './year-inference';
import { countNotYear } from './years';

const LEAD_RE = /\b(from|between)\s+$/i;
const JOIN_RE = /^\s*(to|till|until|through|thru|and|-|–|~)\s*(?:the\s+)?$/i;
const DASH_RE = /^[-–~]$/;
/**
 * A sentence without a joiner beside something a range end can be (a figure, a
 * month name, "now", "date", an ordinal day) has no range of weak ends (nor a
 * list of days: "18 and 19 June"): most sentences have none, and skip the rest.
 */
const END_WORD = '(?:\\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|now\\b|date\\b|present\\b|current\\b|first\\b|second\\b|third\\b|fourth\\b|fifth\\b|sixth\\b|seventh\\b|eighth\\b|ninth\\b|tenth\\b|eleventh\\b|twelfth\\b|(?:thir|four|fif|six|seven|eigh|nine)teenth\\b|twentieth\\b|thirtieth\\b|twenty|thirty)';
const RANGE_CUE_RE = new RegExp(`(?:\\d|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?|\\bnow|th)\\s*(?:[-–~,&]|\\b(?:to|and|or|through|thru|till|until)\\b)|(?:[-–~]|\\b(?:from|between|to|and|or|through|thru|till|until)\\s)\\s*(?:the\\s+)?${END_WORD}`, 'i');

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// each is tried at a point beside a joiner (sticky), never over a whole sentence
const MONTH_END_RE = /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?(?:\s?(\d{1,2})(?:st|nd|rd|th)?\b(?![:.,]?\d))?/iy;
const DAY_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const UNITS = DAY_WORDS.slice(0, 9).join('|');
const DAY_END_RE = new RegExp(`\\b(?:the\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?|(${DAY_WORDS.join('|')}|thirtieth|(?:twenty|thirty)[-\\s](?:${UNITS})))\\b(?![:.,/]?\\d|\\s*%)`, 'iy');
// not inside a chain of figures ("138-2010-2015", a telephone number)
const YEAR_END_RE = /(?<![\d$€£¥.,/]|\d[-–~])\b(1[89]\d\d|20\d\d|2100)\b(?![.,]?\d|\s*%|[-–~]\d)/y;
const NOW_END_RE = /\b(?:now|(?:the\s+)?present|current\s+date|(?<=\b(?:to|till|until)\s+)date)\b/iy;
const JOINER_RE = /\b(?:from|between|to|and|or|through|thru|till|until)\b|[-–~]/gi;

function dayWord(w: string): number {
  const lower = w.toLowerCase().replace(/\s+/, '-');
  if (lower === 'thirtieth') return 30;
  const [tens, unit] = lower.includes('-') ? lower.split('-') : ['', lower];
  return (tens === 'twenty' ? 20 : tens === 'thirty' ? 30 : 0) + DAY_WORDS.indexOf(unit) + 1;
}

/** The weak ends that start at `k` of `s` (offsets into the sentence; `base` makes them text offsets). */
function endsAt(s: string, k: number, base: number): Hit[] {
  const out: Hit[] = [];
  const sticky = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = k;
    return re.exec(s);
  };
  const span = (m: RegExpExecArray, trim = 0): Span => ({ start: base + k, end: base + k + m[0].length - trim });
  const mo = sticky(MONTH_END_RE);
  // "we may to…": a lower-case "may" or "march" only right after "from" or "between"
  if (mo && !(/^(?:may|mar|march)$/.test(mo[1]) && !LEAD_RE.test(s.slice(Math.max(0, k - 9), k))) && (!mo[2] || (Number(mo[2]) >= 1 && Number(mo[2]) <= 31))) {
    const sp = span(mo, mo[0].endsWith('.') && !/^\s*[-–~]/.test(s.slice(k + mo[0].length)) ? 1 : 0);
    out.push({ kind: 'stated', ...sp, d: { ...sp, month: MONTHS.indexOf(mo[1].slice(0, 3).toLowerCase()) + 1, ...(mo[2] ? { day: Number(mo[2]) } : {}) }, weak: true });
  }
  const dy = sticky(DAY_END_RE);
  const day = dy ? (dy[1] ? Number(dy[1]) : dayWord(dy[2])) : 0;
  if (dy && day >= 1 && day <= 31) {
    const sp = span(dy);
    out.push({ kind: 'stated', ...sp, d: { ...sp, day }, weak: true });
  }
  const yr = sticky(YEAR_END_RE);
  if (yr && !countNotYear(s, k, k + yr[0].length)) {
    const sp = span(yr);
    out.push({ kind: 'year', ...sp, y: { ...sp, year: Number(yr[1]) }, weak: true });
  }
  const now = sticky(NOW_END_RE);
  if (now) {
    const sp = span(now);
    out.push({ kind: 'relative', ...sp, r: { ...sp, base: 'published', unit: 'day', amount: 0, period: false }, weak: true });
  }
  return out;
}

/** Joiners in `s` that may stand between a weak end and `beside` (sentence offsets), or every joiner when none are given. */
function joiners(s: string, beside: readonly Span[] | undefined): RegExpMatchArray[] {
  if (!beside) return [...s.matchAll(JOINER_RE)];
  // a weak end is joined to a date next to it: only the joiners right before or after one
  const out: RegExpMatchArray[] = [];
  for (const h of beside) {
    const before = Math.max(0, h.start - 12);
    for (const j of s.slice(before, h.start).matchAll(JOINER_RE)) if (!/\S/.test(s.slice(before + (j.index ?? 0) + j[0].length, h.start))) out.push(Object.assign(j, { index: before + (j.index ?? 0) }));
    const after = /^\s*(?:\b(?:to|and|or|through|thru|till|until)\b|[-–~])/i.exec(s.slice(h.end, h.end + 12));
    if (after) {
      const word = after[0].trimStart();
      out.push(Object.assign([word] as RegExpMatchArray, { index: h.end + after[0].length - word.length }));
    }
  }
  return out;
}

/**
 * Weak range ends in `sentence` of `text`, each right after or before a
 * joiner: see the module comment. With `beside` (the other hits of the
 * sentence, when no "from" or "between" is in it) only the joiners next to one
 * of them are read.
 */
export function findRangeEnds(text: string, sentence: Span, beside?: readonly Span[]): Hit[] {
  const s = text.slice(sentence.start, sentence.end);
  if (!RANGE_CUE_RE.test(s)) return [];
  const found = new Map<string, Hit>();
  const add = (h: Hit): void => {
    found.set(`${h.kind}:${h.start}:${h.end}`, h);
  };
  const local = beside?.map((h) => ({ start: h.start - sentence.start, end: h.end - sentence.start }));
  for (const j of joiners(s, local)) {
    const at = j.index ?? 0;
    // the end after the joiner
    let k = at + j[0].length;
    while (k < s.length && /\s/.test(s[k])) k++;
    endsAt(s, k, sentence.start).forEach(add);
    // the end before it: one that starts at one of the three words before and ends right there
    let e = at;
    while (e > 0 && /\s/.test(s[e - 1])) e--;
    for (let w = e, words = 0; w > 0 && words < 3 && e - w < 24; w--) {
      if (!/\w/.test(s[w - 1]) || (w > 1 && /\w/.test(s[w - 2]))) continue;
      words++;
      for (const h of endsAt(s, w - 1, sentence.start)) if (h.end === sentence.start + e) add(h);
    }
  }
  return [...found.values()];
}

/** Fill in what one end of a range leaves out from the other; see the module comment. */
export function shareParts(a: DateParts, b: DateParts): void {
  if (a.month === undefined && a.day !== undefined && b.month !== undefined) a.month = b.month - (b.day !== undefined && a.day > b.day ? 1 : 0) || 12;
  if (b.month === undefined && b.day !== undefined && a.month !== undefined) b.month = a.day !== undefined && b.day < a.day ? (a.month % 12) + 1 : a.month;
  if (a.year === undefined && b.year !== undefined && a.month !== undefined) a.year = b.year - (wrapsYear(a, b) ? 1 : 0);
  if (b.year === undefined && a.year !== undefined && b.month !== undefined) b.year = a.year + (wrapsYear(a, b) ? 1 : 0);
}

/** A month or a day of a month with nothing else: "Sep", "Nov 18", "3", "the ninth". */
function monthish(h: Hit): boolean {
  return h.kind === 'stated' && h.d.weekday === undefined && (h.d.month !== undefined || h.d.day !== undefined);
}

/** One end of a range, as far as it goes: a date, a year, a period, a named day, a single relative day. */
function endOk(h: Hit, other: Hit): boolean {
  if (h.wrap) return false;
  if (h.kind === 'relative') return !h.r.count && !h.r.period && h.r.unit === 'day' && h.r.base === 'published';
  // a bare day needs a month from the other end
  if (h.kind === 'stated' && h.d.month === undefined && h.d.day !== undefined && h.d.weekday === undefined) return other.kind === 'stated' && other.d.month !== undefined;
  return true;
}

/** May `a` and `b` make a range with no "from" or "between" before them? */
function bareRangeOk(a: Hit, b: Hit, joiner: string): boolean {
  if (a.kind === 'year' && b.kind === 'year') return b.y.year > a.y.year && b.y.year - a.y.year <= 100;
  // "2019/aug/01 to today": a full date to the published day
  if (a.kind === 'stated' && !a.weak && a.d.year !== undefined && a.d.day !== undefined && b.kind === 'relative') return joiner !== 'and';
  if (a.weak && b.weak) return false;
  const calendar = (h: Hit): boolean => (h.kind === 'stated' && h.d.month !== undefined) || h.kind === 'year';
  if (!calendar(a) || !calendar(b)) return false;
  // "Jan-Feb 2017", "Nov 18-Dec 19": a weak start only before a dash; "2014 through May 2018": a year before a dated end
  return !a.weak || (DASH_RE.test(joiner) && monthish(a)) || (a.kind === 'year' && b.kind === 'stated' && b.d.year !== undefined);
}

/** Join the hits of a sentence that make ranges; the start hit takes a `range` wrap and the whole span. */
export function joinRanges(text: string, hits: Hit[]): void {
  for (let i = 0; i + 1 < hits.length; i++) {
    const [a, b] = [hits[i], hits[i + 1]];
    if (listedDay(text, a, b)) continue;
    const join = JOIN_RE.exec(text.slice(a.end, b.start));
    if (!join || !endOk(a, b) || !endOk(b, a)) continue;
    const joiner = join[1].toLowerCase();
    const lead = LEAD_RE.exec(text.slice(Math.max(0, a.start - 10), a.start));
    const leadWord = lead?.[1].toLowerCase();
    if (joiner === 'and' ? leadWord !== 'between' : leadWord === undefined ? !bareRangeOk(a, b, joiner) : leadWord === 'from' && joiner === 'and') continue;
    if (a.kind === 'stated' && b.kind === 'stated') shareParts(a.d, b.d);
    a.wrap = { kind: 'range', to: b, own: { start: a.start, end: a.end } };
    a.start -= lead?.[0].length ?? 0;
    a.end = b.end;
    i++;
  }
}

/**
 * "18 and 19 June", "3 or 4 May": a bare day listed before a day and month
 * is a date of its own in that month (and year), not an end of a range.
 */
function listedDay(text: string, a: Hit, b: Hit): boolean {
  if (!a.weak || a.kind !== 'stated' || a.d.month !== undefined || b.kind !== 'stated' || b.weak || b.d.day === undefined || b.d.month === undefined) return false;
  if (!/^\s*(?:,|and|or|&)\s*$/i.test(text.slice(a.end, b.start)) || !/^\d/.test(text.slice(b.start, b.end)) || /\bbetween\s+$/i.test(text.slice(Math.max(0, a.start - 9), a.start))) return false;
  a.weak = false;
  a.d.month = b.d.month;
  if (b.d.year !== undefined) a.d.year = b.d.year;
  return true;
}

/** The first day of a resolved value of any precision. */
function firstDayOf(iso: string): string {
  return iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
}

/** The last day (or month) of a resolved value, at `precision`. */
function lastOf(iso: string, precision: Resolved['precision']): string {
  if (precision === 'month') return iso.length === 4 ? `${iso}-12` : iso.slice(0, 7);
  if (precision !== 'day' || iso.length === 10) return iso;
  const month = iso.length === 4 ? `${iso}-12` : iso;
  return `${month}-${String(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))).padStart(2, '0')}`;
}

const RANK: Record<Resolved['precision'], number> = { year: 0, month: 1, day: 2 };

/** One range from two resolved ends, at the finer precision of the two, or null when the end is not after the start. */
export function joinRange(a: Resolved, b: Resolved): Resolved | null {
  let last = b.end ?? b.value;
  // "from 10/25 to 01/25": an end written without a year before the start is in the next year
  if (b.resolvedFrom === 'inferred-year' && compareIso(last, a.value) < 0 && last.length === a.value.length) last = `${Number(last.slice(0, 4)) + 1}${last.slice(4)}`;
  const precision = RANK[a.precision] >= RANK[b.precision] ? a.precision : b.precision;
  const value = precision === 'day' ? firstDayOf(a.value) : precision === 'month' ? firstDayOf(a.value).slice(0, 7) : a.value;
  const end = lastOf(last, precision);
  if (compareIso(end, value) <= 0 || end.length !== value.length) return null;
  return { value, end, precision, ...(a.resolvedFrom ? { resolvedFrom: a.resolvedFrom } : {}) };
}

/** `hits` without the weak ends no range took. */
export function dropLoose(hits: Hit[]): Hit[] {
  return hits.filter((h) => !h.weak || h.wrap?.kind === 'range');
}
