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
import { wordValue } from './numbers';
import { tenseAround } from './tense';

/** A relative expression, before it is resolved against a day. */
export interface RelativeHit extends Span {
  /** what it counts from: the published date, or the last dated event before it */
  base: 'published' | 'anchor';
  unit: 'day' | 'week' | 'month' | 'year';
  /** signed count of units from the base */
  amount: number;
  /** the whole week, month or year rather than one day ("this week", "the following week") */
  period: boolean;
  /** only the part of this period before or after the base day ("earlier this week") */
  part?: 'earlier' | 'later';
  /** Saturday and Sunday of the week ("last weekend") */
  weekend?: boolean;
}

type Unit = RelativeHit['unit'];

const POSS = "(?:['’]s)?";
const CASUAL_RE = new RegExp(`\\b(?:the day before yesterday|the day after tomorrow|yesterday|today|tonight|tomorrow)\\b${POSS}`, 'gi');
const PERIOD_RE = new RegExp(`\\b(?:(earlier|later) )?(this past|this|last|next|past) (week|weekend|month|year)\\b${POSS}`, 'gi');
const IN_THE_RE = /\b(earlier|later) in the (week|month|year)\b/gi;
// these two start at the unit and look back for the count: scanning for a
// leading number word at every position would be slow
const AGO_RE = /\b(day|week|month|year)s? ago\b/gi;
const ANCHORED_RE = /\b(day|week|month|year)s? (earlier|later|before|after|previously|prior to)\b/gi;
const COUNT_BEFORE_RE = /\b(\d{1,3}|a couple of|an?|the|[a-z]+(?:-[a-z]+)?)\s+$/i;
const ORDER_RE = /\bthe (previous|preceding|next|following|same) (day|week|month|year)\b/gi;
/** A sentence without one of these words has no relative date: skip it cheaply. */
const CUE_RE = /\b(?:days?|weeks?|weekend|months?|years?|yesterday|today|tonight|tomorrow)\b/i;

const CASUAL_DAYS: Record<string, number> = {
  'the day before yesterday': -2, 'the day after tomorrow': 2, yesterday: -1, today: 0, tonight: 0, tomorrow: 1,
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

/** Relative date expressions in `sentence` of `text`, in no particular order (they may overlap). */
export function findRelative(text: string, sentence: Span): RelativeHit[] {
  const out: RelativeHit[] = [];
  const from = sentence.start;
  const s = text.slice(from, sentence.end);
  if (!CUE_RE.test(s)) return out;
  const each = (re: RegExp, f: (m: RegExpExecArray) => RelativeHit | null): void => {
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
    return hit(m, from, { base: 'published', unit: unit as Unit, amount, period: true, part: amount === 0 ? part : undefined });
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
  each(ORDER_RE, (m) => {
    const which = m[1].toLowerCase();
    const amount = which === 'same' ? 0 : which === 'previous' || which === 'preceding' ? -1 : 1;
    const unit = m[2].toLowerCase() as Unit;
    return hit(m, from, { base: 'anchor', unit, amount, period: unit === 'week' });
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
  if (unit === 'week' && !the) return { ...span, base: 'anchor', unit: 'day', amount: sign * 7 * n, period: false };
  return { ...span, base: 'anchor', unit, amount: sign * n, period: unit === 'week' };
}
