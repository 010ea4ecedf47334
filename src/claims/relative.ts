/**
 * Relative date expressions chrono does not read the way news means them:
 *
 * - counted from the published date: "yesterday", "today", "last month",
 *   "this week", "earlier this year", "two weeks ago";
 * - counted from the last dated event (an *anchor*): "a day earlier", "the
 *   day before", "the previous day", "the next day", "two days later", and
 *   "a day after <event>".
 *
 * "<B> came a day after <A>" dates A, not B: A is one day before the anchor
 * (B, the last dated event). So "a day after 26 nations pledged", written
 * after "the Kremlin said on Friday", dates the pledge to Thursday. Standing
 * alone ("the day after, talks resumed") it is one day after the anchor.
 * "The day after a ceasefire is agreed" is hypothetical and no date at all.
 */
import type { Span } from '../types';
import { loadData } from '../rules/data';
import { parseOrdinal, wordValue } from './numbers';
import { tenseAround } from './tense';
import { RELATIVE as R } from './sentence-cues';

/** A relative expression, before it is resolved against a day. */
export interface RelativeHit extends Span {
  /** what it counts from: the published date, or the last dated event before it */
  base: 'published' | 'anchor';
  unit: 'day' | 'week' | 'month' | 'year';
  /** signed count of units from the base */
  amount: number;
  /** the whole week, month or year rather than one day ("this week", "the following week") */
  period: boolean;
  /** only the part of this period before or after the base day ("earlier this week"); of another, its first or second half ("earlier last week") */
  part?: 'earlier' | 'later';
  /** Saturday and Sunday of the week ("last weekend") */
  weekend?: boolean;
  /** Monday to Friday of the week ("this working week") */
  workweek?: boolean;
  /** from the first day of the year or month to the base day ("year to date") */
  toDate?: boolean;
  /** "on the 18th": that day of the published month; `part` says which way it leans when the clause does */
  dayOfMonth?: number;
  /**
   * A count of whole units next to the published day: "in 2 weeks" (the day
   * they end on), "next 3 days" (from tomorrow), "within 9 months" (from today),
   * "the previous three quarters" (up to yesterday), "this quarter".
   */
  count?: { n: number; side: 'in' | 'next' | 'within' | 'past' | 'this'; unit: CountUnit };
}

/** Units a counted stretch may be written in. */
export type CountUnit = 'day' | 'businessDay' | 'week' | 'fortnight' | 'month' | 'quarter' | 'year';

type Unit = RelativeHit['unit'];

const POSS = "(?:['’]s)?";
const CASUAL_RE = new RegExp(`\\b(?:the day before yesterday|the day after tomorrow|yesterday|today|tonight|tomorrow|tmrw)\\b${POSS}`, 'gi');
const PERIOD_RE = new RegExp(`\\b(?:(earlier|later) )?(this past|this|last|next|past|previous) (week|weekend|month|year|calendar year|work ?week|working week|business week)\\b${POSS}`, 'gi');
// "partner of the year", "away for the day", "sales in the week": the one of the published day
const OF_THE_RE = /\b(for|of|in) (the (day|week|month|year))\b(?!\s+(?:of|to|ending|ended|before|after|since|ahead|earlier|later|that|when|in|from)\b|['’-])/gi;
/** Before "of the …", words that make it no date ("the end of the day", "days of the week", "time of year"). */
const OF_THE_NOT_AFTER_RE = /\b(?:end|start|beginning|middle|order|course|time|times|every|each|any|all|days?|weeks?|months?|years?|hours?|minutes?|quarter|half|third|first|last|rest|remainder|remaining|balance)\s+$/i;
const REST_RE = /\b(?:the\s+)?(?:rest|remainder|remaining|balance)\s+of\s+(?:the|this)\s+(week|month|year)\b/gi;
// "the year to date", "month-to-date", "YTD": from the first day of the published year or month to the published day
const TO_DATE_RE = /\b(year|month)[-\s]to[-\s]date\b|\b(ytd|mtd)\b/gi;
const THE_WEEKEND_RE = /\b(?:over|at|during|on|for|this|until|by)\s+the weekend\b/gi;
// "on the 18th", "by the fourth", "the week of the 18th": a day of the published month (or the one before or after), not "the 4th floor"
const DAY_OF_MONTH_RE = /\b(?:on|by|until|till|since|from|week\s+of)\s+(the\s+(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-[a-z]+|thirtieth|thirty-first))(?=\s*(?:[.,;!?)]|$|and\b|or\b))/gi;
const IN_THE_RE = /\b(earlier|later) in the (week|month|year)\b/gi;
// these two start at the unit and look back for the count: scanning for a
// leading number word at every position would be slow
const AGO_RE = /\b(day|week|month|year)s? ago\b/gi;
const ANCHORED_RE = /\b(day|week|fortnight|month|year)s? (earlier|later|before|after|previously|prior to)\b/gi;
const COUNT_BEFORE_RE = /\b(\d{1,3}|a couple of|an?|the|[a-z]+(?:-[a-z]+)?)\s+$/i;
const ORDER_RE = /\bthe (previous|preceding|next|following|same) (day|week|month|year)\b/gi;
/** A sentence without one of these words has no relative date: skip it cheaply. sentence-cues.ts sets its bit wherever this may match (widen both: tests/claims/sentence-cues.test.ts checks them together). */
export const CUE_RE = /\b(?:the\s+\w+(?:st|nd|rd|th)\b|days?|weeks?|weekend|workweek|months?|years?|quarters?|fortnight|yesterday|today|tonight|tomorrow|tmrw|ytd|mtd)\b/i;
const N = '(\\d{1,3}|a couple of|a couple|couple of|couple|an?|[a-z]+(?:-[a-z]+)?)';
const COUNT_UNIT = '(day|business day|working day|workday|week|fortnight|month|quarter|year)s?';
// "within the next 10 months", "the following 2 quarters", "previous four weeks"
const AHEAD_RE = new RegExp(`\\b(?:(within)(?: the)?(?: (?:next|coming))?|(next|coming|following|upcoming|previous|preceding|last|past))\\s+${N}\\s+${COUNT_UNIT}\\b`, 'gi');
// "5 upcoming years", "2 next days", "10 previous weeks"
const POST_RE = new RegExp(`\\b${N}\\s+(next|upcoming|coming|past|previous)\\s+(day|business day|working day|workday|week|fortnight|month|quarter|year)s\\b`, 'gi');
const QUARTER_RE = /\b(this|current|last|past|previous|next|coming|following) (quarter|fortnight)\b/gi;
// "in two weeks", "in a fortnight's time", "three weeks from now"
const IN_RE = new RegExp(`\\bin\\s+${N}\\s+(day|business day|working day|workday|week|fortnight|month|year)s?\\b|\\b${N}\\s+(day|business day|working day|workday|week|fortnight|month|year)s?\\s+from\\s+now\\b`, 'gi');
/** Words one of which every counted stretch has. */
const COUNTED_CUE_RE = /\b(?:within|next|coming|following|upcoming|previous|preceding|last|past|in|quarter|fortnight|from now)\b/i;
/** Before "in N years", these make it a stretch of time, not a day to come ("the highest in two years"). */
const SPAN_CUES_RE = /\b(?:first|last|\w+est|most|least|record|ever|time|times|once|twice|since|only)\b/i;
const WEEK_AFTER_NEXT_RE = /\bthe week after next\b/gi;

/**
 * Each pattern and the {@link R} bits of sentence-cues.ts it needs, all of them:
 * the words without which it cannot match (tests/claims/sentence-cues.test.ts
 * checks that wherever one matches, its bits are set).
 */
export const RELATIVE_GATES: ReadonlyArray<[RegExp, number]> = [
  [CASUAL_RE, R.casual],
  [PERIOD_RE, R.which | R.unit],
  [OF_THE_RE, R.unit],
  [REST_RE, R.rest | R.unit],
  [TO_DATE_RE, R.date],
  [WEEK_AFTER_NEXT_RE, R.which | R.unit],
  [THE_WEEKEND_RE, R.weekend],
  [DAY_OF_MONTH_RE, R.dayNumber],
  [IN_THE_RE, R.earlierLater | R.unit],
  [AGO_RE, R.ago | R.unit],
  [ANCHORED_RE, R.anchor | R.unit],
  [AHEAD_RE, R.ahead | R.unit],
  [POST_RE, R.ahead | R.unit],
  [QUARTER_RE, R.quarter],
  [IN_RE, R.unit],
  [ORDER_RE, R.order | R.unit],
];

const GATE = new Map(RELATIVE_GATES);
/** Every {@link R} bit: a sentence whose words were not looked at. */
const ALL_WORDS = Object.values(R).reduce((a, b) => a | b, 0);

/** Does a sentence with the words `cues` say (sentence-cues.ts) hold all that `re` needs? */
function mayMatch(re: RegExp, cues: number): boolean {
  const gate = GATE.get(re) as number;
  return (cues & gate) === gate;
}

const CASUAL_DAYS: Record<string, number> = {
  'the day before yesterday': -2, 'the day after tomorrow': 2, yesterday: -1, today: 0, tonight: 0, tomorrow: 1, tmrw: 1,
};

/** "two" → 2, "twenty-one" → 21, "a" → 1, "a couple of" → 2; `undefined` for anything else. */
export function countWord(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  if (w === 'a' || w === 'an') return 1;
  if (w === 'a couple of') return 2;
  const parts = w.split('-').map((p) => wordValue(p));
  if (parts.some((p) => p === undefined || p >= 100)) return undefined;
  return (parts as number[]).reduce((a, b) => a + b, 0);
}

let hypothetical: Set<string> | undefined;

/**
 * Does an event follow "a day after" at `at`, and is it one that happened?
 * `undefined`: nothing follows (standalone); `true`/`false`: an event that
 * happened / a hypothetical one ("after a ceasefire is agreed").
 */
function eventAfter(text: string, sentence: Span, at: Span): boolean | undefined {
  const rest = text.slice(at.end, sentence.end);
  if (/^\s*(?:$|[,.;:!?—–)])/.test(rest)) return undefined;
  hypothetical ??= new Set(loadData<{ hypothetical: string[] }>('dates').hypothetical);
  const clause = /^[^,.;:!?—–()]*/.exec(rest)?.[0] ?? '';
  if (clause.split(/[^a-z'’]+/).some((w) => hypothetical?.has(w))) return false;
  return tenseAround(text, sentence, at) !== 'future';
}

function hit(m: RegExpExecArray, from: number, h: Omit<RelativeHit, 'start' | 'end'>): RelativeHit {
  return { start: from + m.index, end: from + m.index + m[0].length, ...h };
}

/**
 * Relative date expressions in `sentence` of `text`, in no particular order
 * (they may overlap). `cues`: the sentence's bits from sentence-cues.ts, when
 * known; each pattern runs only where its words are.
 */
export function findRelative(text: string, sentence: Span, cues: number = ALL_WORDS): RelativeHit[] {
  const out: RelativeHit[] = [];
  const from = sentence.start;
  const s = text.slice(from, sentence.end);
  if (!CUE_RE.test(s)) return out;
  const each = (re: RegExp, f: (m: RegExpExecArray) => RelativeHit | null): void => {
    if (!mayMatch(re, cues)) return;
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const h = f(m);
      if (h) out.push(h);
    }
  };
  each(CASUAL_RE, (m) => {
    // "Russia Today", "USA Today": a capitalized "Today" inside a sentence is a name
    if (/^T/.test(m[0]) && m.index > 0 && /^today/i.test(m[0])) return null;
    return hit(m, from, { base: 'published', unit: 'day', amount: CASUAL_DAYS[m[0].replace(/['’]s$/, '').toLowerCase()], period: false });
  });
  each(PERIOD_RE, (m) => {
    // "the past week", "over the last year": a length of time, not a date
    if (/\bthe\s+$/i.test(s.slice(Math.max(0, m.index - 8), m.index))) return null;
    const which = m[2].toLowerCase();
    const amount = which === 'this' ? 0 : which === 'next' ? 1 : -1;
    const unit = m[3].toLowerCase();
    const part = m[1] ? (m[1].toLowerCase() as 'earlier' | 'later') : undefined;
    if (unit === 'weekend') return hit(m, from, { base: 'published', unit: 'week', amount, period: true, weekend: true });
    // "this working week", "next workweek": Monday to Friday
    if (/week$/.test(unit) && unit !== 'week') return hit(m, from, { base: 'published', unit: 'week', amount, period: true, workweek: true });
    if (unit === 'calendar year') return hit(m, from, { base: 'published', unit: 'year', amount, period: true });
    return hit(m, from, { base: 'published', unit: unit as Unit, amount, period: true, part });
  });
  each(OF_THE_RE, (m) => {
    const unit = m[3].toLowerCase() as Unit;
    const lead = m[1].toLowerCase();
    // "profit for the year" may be a fiscal year past; "for the week ending": another week
    // "in the week": of the published one; "in the day" is no date, "in the year" may be a fiscal one
    if ((lead !== 'of' && unit === 'year') || (lead === 'in' && unit === 'day') || (lead === 'of' && OF_THE_NOT_AFTER_RE.test(s.slice(Math.max(0, m.index - 12), m.index)))) return null;
    const at = { start: from + m.index + lead.length + 1, end: from + m.index + m[0].length };
    return { ...at, base: 'published', unit, amount: 0, period: unit !== 'day' };
  });
  each(REST_RE, (m) => {
    // "the rest of the week": from the published day to the end of the week, as "later this week"
    const lead = /^the\s+/i.exec(m[0])?.[0].length ?? 0;
    return { start: from + m.index + lead, end: from + m.index + m[0].length, base: 'published', unit: m[1].toLowerCase() as Unit, amount: 0, period: true, part: 'later' };
  });
  each(TO_DATE_RE, (m) => {
    const unit = (m[1] ?? (m[2].toLowerCase() === 'ytd' ? 'year' : 'month')).toLowerCase() as Unit;
    return hit(m, from, { base: 'published', unit, amount: 0, period: true, toDate: true });
  });
  each(WEEK_AFTER_NEXT_RE, (m) => hit(m, from, { base: 'published', unit: 'week', amount: 2, period: true }));
  each(THE_WEEKEND_RE, (m) => {
    // "over the weekend" in a past clause is the last one; otherwise the one of the published week
    const at = { start: from + m.index + m[0].length - 11, end: from + m.index + m[0].length };
    const past = tenseAround(text, sentence, at) === 'past';
    return { ...at, base: 'published', unit: 'week', amount: 0, period: true, weekend: true, ...(past ? { part: 'earlier' as const } : {}) };
  });
  each(DAY_OF_MONTH_RE, (m) => {
    const n = /^\d/.test(m[2]) ? Number.parseInt(m[2], 10) : parseOrdinal(m[2]);
    if (n === null || n < 1 || n > 31) return null;
    const lead = m[0].length - m[1].length;
    const at = { start: from + m.index + lead, end: from + m.index + m[0].length };
    const future = tenseAround(text, sentence, at) === 'future';
    return { ...at, base: 'published', unit: 'day', amount: 0, period: false, dayOfMonth: n, ...(future ? { part: 'later' as const } : {}) };
  });
  each(IN_THE_RE, (m) => hit(m, from, { base: 'published', unit: m[2].toLowerCase() as Unit, amount: 0, period: true, part: m[1].toLowerCase() as 'earlier' | 'later' }));
  each(AGO_RE, (m) => {
    const c = countBefore(s, m);
    if (!c || c.n === undefined) return null;
    const unit = m[1].toLowerCase() as Unit;
    const h = unit === 'week' ? { base: 'published' as const, unit: 'day' as const, amount: -7 * c.n, period: false } : { base: 'published' as const, unit, amount: -c.n, period: false };
    return { start: from + c.start, end: from + m.index + m[0].length, ...h };
  });
  each(ANCHORED_RE, (m) => anchored(text, sentence, s, m));
  counted(text, sentence, s, cues, out);
  each(ORDER_RE, (m) => {
    const which = m[1].toLowerCase();
    const amount = which === 'same' ? 0 : which === 'previous' || which === 'preceding' ? -1 : 1;
    const unit = m[2].toLowerCase() as Unit;
    const h = hit(m, from, { base: 'anchor', unit, amount, period: unit === 'week' });
    // "the following week" names a week as "next week" does, the article apart; "the next day" is one phrase
    if (unit !== 'day') h.start += 4;
    return h;
  });
  return out;
}

/** The count word just before the unit of `m` ("two days ago"): its value (`undefined` for "the") and start. */
function countBefore(s: string, m: RegExpExecArray): { n: number | undefined; start: number; the: boolean } | null {
  const head = s.slice(Math.max(0, m.index - 20), m.index);
  const c = COUNT_BEFORE_RE.exec(head);
  if (!c) return null;
  const start = m.index - head.length + c.index;
  if (c[1].toLowerCase() === 'the') return { n: undefined, start, the: true };
  const n = countWord(c[1]);
  return n === undefined ? null : { n, start, the: false };
}

/** "a day earlier", "two days later", "the day before", "a day after <event>". */
function anchored(text: string, sentence: Span, s: string, m: RegExpExecArray): RelativeHit | null {
  const c = countBefore(s, m);
  if (!c) return null;
  const the = c.the;
  const n = c.n ?? 1;
  const from = sentence.start;
  const span = { start: from + c.start, end: from + m.index + m[0].length };
  const unit = m[1].toLowerCase() as Unit;
  const word = m[2].toLowerCase();
  let sign = word === 'earlier' || word === 'before' || word === 'previously' || word === 'prior to' ? -1 : 1;
  if (word === 'before' || word === 'after' || word === 'prior to') {
    const event = eventAfter(text, sentence, span);
    if (event === false) return null;
    if (event) {
      // "<B> came N days after <A>" dates A: the same distance back from B. Months
      // and years after an event ("three years after the invasion") are durations.
      if (unit === 'month' || unit === 'year') return null;
      sign = -sign;
    } else if (word === 'prior to') return null;
  }
  // "a week later" is a day; "the week before" is that whole week
  if ((unit as string) === 'fortnight') return { ...span, base: 'anchor', unit: 'day', amount: sign * 14 * n, period: false };
  if (unit === 'week' && !the) return { ...span, base: 'anchor', unit: 'day', amount: sign * 7 * n, period: false };
  return { ...span, base: 'anchor', unit, amount: sign * n, period: unit === 'week' };
}

function countOf(word: string): number | undefined {
  const w = word.toLowerCase();
  return /^(?:a )?couple(?: of)?$/.test(w) ? 2 : countWord(w);
}

function countHit(m: RegExpExecArray, from: number, n: number, side: NonNullable<RelativeHit['count']>['side'], unit: string): RelativeHit {
  const lower = unit.toLowerCase();
  const u = (/^(?:business day|working day|workday)$/.test(lower) ? 'businessDay' : lower) as CountUnit;
  return { ...hit(m, from, { base: 'published', unit: 'day', amount: 0, period: true }), count: { n, side, unit: u } };
}

/** Counted stretches next to the published day: see {@link RelativeHit.count}. */
function counted(text: string, sentence: Span, s: string, cues: number, out: RelativeHit[]): void {
  const from = sentence.start;
  if (!COUNTED_CUE_RE.test(s)) return;
  const each = (re: RegExp, f: (m: RegExpExecArray) => RelativeHit | null): void => {
    if (!mayMatch(re, cues)) return;
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const h = f(m);
      if (h) out.push(h);
    }
  };
  each(AHEAD_RE, (m) => {
    const n = countOf(m[3]);
    const which = (m[1] ?? m[2]).toLowerCase();
    const unit = m[4].toLowerCase();
    if (n === undefined || n === 0) return null;
    // "the last three years", "the past two weeks": a length of time in news, read as a duration
    if ((which === 'last' || which === 'past') && unit !== 'quarter') return null;
    const side = which === 'within' ? 'within' : /^(?:previous|preceding|last|past)$/.test(which) ? 'past' : 'next';
    return countHit(m, from, n, side, unit);
  });
  each(POST_RE, (m) => {
    const n = countOf(m[1]);
    if (n === undefined || n === 0) return null;
    return countHit(m, from, n, /^(?:past|previous)$/i.test(m[2]) ? 'past' : 'next', m[3]);
  });
  each(QUARTER_RE, (m) => {
    const which = m[1].toLowerCase();
    const side = which === 'this' || which === 'current' ? 'this' : /^(?:last|past|previous)$/.test(which) ? 'past' : 'next';
    // "the past fortnight" is a length of time, like "the past two weeks"
    if (m[2].toLowerCase() === 'fortnight' && side !== 'next') return null;
    return countHit(m, from, 1, side, m[2]);
  });
  each(IN_RE, (m) => {
    const n = countOf(m[1] ?? m[3]);
    if (n === undefined || n === 0) return null;
    if (m[1] !== undefined) {
      // "will leave in two weeks" is a day to come; "the first time in two years" a stretch of time
      // only in a clause about the future, and not "in a day after the ceasefire" (an anchored date)
      // "in a fortnight's time", "in two weeks' time": a day to come, whatever the verb
      const time = /^['’]s?\s+time\b/i.test(s.slice(m.index + m[0].length));
      const tense = time ? 'future' : tenseAround(text, sentence, { start: from + m.index, end: from + m.index + m[0].length });
      if (tense !== 'future' || SPAN_CUES_RE.test(s.slice(0, m.index)) || /^\s+(?:after|before|of|since|or|to)\b/i.test(s.slice(m.index + m[0].length))) return null;
    }
    return countHit(m, from, n, 'in', m[2] ?? m[4]);
  });
}
