/**
 * A thin wrapper around chrono-node: it finds the dates an article *states*
 * (month names, weekdays, ISO and slash dates) and returns only what was
 * written. Its known faults for news text are fixed here and nowhere else:
 *
 * - chrono fills what was not written from the reference date, looking
 *   forward: a bare "Friday" becomes the nearest Friday, future included, and
 *   "March" next March. News writes "said on Friday" for the past. We keep only
 *   the components chrono is certain of; callers resolve the rest by tense.
 * - "may be scaled back", "a march", "he sat", "The Sun": month and weekday
 *   words that are not dates. We keep a month name only when capitalized, a
 *   bare month only after a cue ("in May", "mid-June"), a bare weekday only
 *   when written out in full.
 * - "2/3 of", "24/7": slash dates need a year.
 * - spans such as "on Friday" or "On Wednesday,": we report "Friday", and
 *   "Thursday's" with its possessive.
 *
 * - modifiers and parts chrono leaves out: "previous Wednesday", "this
 *   September", "april 9th through 17th", "july 4th of 1995".
 *
 * Dates in words ("May twenty nine", "13 Sept nineteen seventy two") and a
 * weekday with a bare day ("Mon 13th") are read by {@link findWordDates}.
 *
 * We load the English-only entry (`chrono-node/en`, ~20 ms) rather than the
 * package root (~100 ms, every locale), and run it only on short windows
 * around a cue word, never on whole texts: that keeps extraction fast.
 */
import * as chrono from 'chrono-node/en';
import { loadData } from '../rules/data';
import { parseOrdinal, wordValue } from './numbers';

/** Calendar components as written (month 1–12, weekday 0 = Sunday). */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

/** A date expression found in the text, with only its stated components. */
export interface StatedDate extends DateParts {
  /** offsets into the text given to {@link findStatedDates} */
  start: number;
  end: number;
  /** "last Friday", "next Monday", "this Friday" */
  modifier?: 'last' | 'next' | 'this';
  /** the end of a range ("July 23-25", "Monday to Wednesday") */
  to?: DateParts;
}

// chrono's parsers that find calendar dates; time-of-day and "in 5 days"
// parsers are left out (we read relative expressions ourselves, with anchors)
const KEEP = new Set([
  'ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser', 'ENWeekdayParser', 'ENMonthNameParser', 'ENYearMonthNameParser', 'ENSlashMonthFormatParser',
]);

let parser: chrono.Chrono | undefined;

function chronoParser(): chrono.Chrono {
  if (parser) return parser;
  const config = chrono.configuration.createCasualConfiguration(false);
  config.parsers = config.parsers.filter((p) => KEEP.has(p.constructor.name));
  parser = new chrono.Chrono(config);
  return parser;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
const WEEKDAY_FULL = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const WEEKDAY = `(?:${WEEKDAY_FULL}|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)`;
/** What must be in a stretch of text for chrono to be worth running on it. */
// lower case, only names that are no other word ("may", "sun", "wed" are), or "may" and "march" after a strong cue
const LOWER_CUE = '(?:january|february|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:in|of|since|until|by|early|late|mid)[\\s-]+(?:may|march))';
const CUE_RE = new RegExp(`\\b(?:${MONTH}|${WEEKDAY}|${LOWER_CUE})\\b|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\b\\d{1,2}/\\d{4}\\b|\\b\\d{1,2}/\\d{1,2}\\b`, 'g');
const MONTH_WORD_RE = new RegExp(`\\b${MONTH}\\b`, 'i');
const MONTH_CAPITAL_RE = new RegExp(`\\b${MONTH}\\b`);
const WEEKDAY_FULL_RE = new RegExp(`\\b${WEEKDAY_FULL}\\b`, 'i');
/** Month names that are also common words ("may", "march"): lower case, they need a stronger cue. */
const MONTH_WORDLIKE_RE = /\b(?:may|march|mar)\b/;
/** Cues strong enough for a lower-case "may" or "march" without a day or year ("in may"). */
const STRONG_CUES = new Set(['in', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'during', 'throughout', 'of']);
const MODIFIER_RE = /\b(this|last|past|next)\b/i;
const SLASH_CUE_RE = new RegExp(`\\b(?:on|this|next|by|until|till|from|to|between|and|or|${WEEKDAY})\\s+$|,\\s*$`, 'i');
const YEAR_AFTER_RE = /^\s+(?:of|in)\s+((?:1[6-9]|20)\d\d)\b/i;
const WEEKDAY_LEAD_RE = /\b(this past|this coming|this upcoming|previous|coming|upcoming|following)\s+$/i;
// the end day alone: "17th", "seventeenth", or "17" before punctuation; "to 17 May" is chrono's to read
const DAY_TO_RE = /^\s*(?:through|thru|till|until|to|-|–)\s*(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th\b|(?=\s*(?:[,.;)]|$)))|([a-z]+(?:-[a-z]+)?)\b)(?!\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i;
/** Characters either side of a cue given to chrono: enough for "Friday, 5th of September, 2025". */
const MARGIN = 24;

let monthCues: Set<string> | undefined;

function isMonthCue(word: string): boolean {
  monthCues ??= new Set(loadData<{ monthCues: string[] }>('dates').monthCues);
  return monthCues.has(word.toLowerCase());
}

/** Windows `[start, end)` around cues inside `[from, to)`, snapped to white space and merged. */
function windows(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = CUE_RE;
  re.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    let s = Math.max(from, from + m.index - MARGIN);
    let e = Math.min(to, from + m.index + m[0].length + MARGIN);
    while (s > from && !/\s/.test(text[s - 1])) s--;
    while (e < to && !/\s/.test(text[e])) e++;
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function parts(c: chrono.ParsedResult['start']): DateParts {
  const get = (k: 'year' | 'month' | 'day' | 'weekday'): number | undefined => (c.isCertain(k) ? (c.get(k) ?? undefined) : undefined);
  return { year: get('year'), month: get('month'), day: get('day'), weekday: get('weekday') };
}

/** The word before `at`, lower case ("in May" → "in"; "mid-June" → "mid"). */
function wordBefore(text: string, at: number): string {
  const m = /([A-Za-z]+)[\s-]*$/.exec(text.slice(Math.max(0, at - 20), at));
  return m ? m[1] : '';
}

/** Keep chrono's hit? See the module comment for why each case is refused. */
function plausible(text: string, hit: string, start: number, p: DateParts): boolean {
  if (p.year === undefined && p.month === undefined && p.day === undefined && p.weekday === undefined) return false;
  // "30/4.85", "8/1.5": figures, not dates
  if (/\d\s*\/\s*\d/.test(hit) && (/\d\.\d/.test(hit) || /^[.,]?\d/.test(text.slice(start + hit.length)))) return false;
  if (/\d\s*\/\s*\d/.test(hit) && p.year === undefined) {
    // "2/3 of the budget", "24/7": a slash date needs a year, or a cue before it ("on 22/04", "Friday 7/6")
    const after = text.slice(start + hit.length, start + hit.length + 6);
    if (!SLASH_CUE_RE.test(text.slice(Math.max(0, start - 12), start)) || /^\s*(?:of\b|%|\/|\d)/.test(after)) return false;
  }
  // lower-case month names are fine ("april 9th", "june of 1992"), except those that are also words
  if (MONTH_WORD_RE.test(hit) && !MONTH_CAPITAL_RE.test(hit) && MONTH_WORDLIKE_RE.test(hit)) {
    if (p.year === undefined && !STRONG_CUES.has(wordBefore(text, start).toLowerCase())) return false;
  }
  if (p.month === undefined && p.day === undefined && p.year === undefined) return WEEKDAY_FULL_RE.test(hit);
  if (p.day === undefined && p.year === undefined) {
    const before = wordBefore(text, start);
    if (!isMonthCue(before)) return false;
    // "to" and "and" join two months ("June to August"), not a name ("Johnson and May")
    if (/^(?:to|and|or)$/i.test(before) && !MONTH_CAPITAL_RE.test(text.slice(Math.max(0, start - 24), start))) return false;
  }
  return true;
}

/** Trim "on " and punctuation chrono includes; add a possessive "'s" that follows. */
function trim(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  const lead = /^(?:[,(（]\s*)?(?:on\s+)?/i.exec(text.slice(s, e));
  if (lead) s += lead[0].length;
  while (e > s && /[\s,)）.]/.test(text[e - 1]) && !/\b[A-Z][a-z]{2,3}\.$/.test(text.slice(s, e))) e--;
  const poss = /^['’]s\b/.exec(text.slice(e, e + 3));
  if (poss) e += poss[0].length;
  // "the 9th of May": the article belongs to an ordinal day
  if (/^\d{1,2}(?:st|nd|rd|th)\b/i.test(text.slice(s, e)) && /\bthe\s+$/i.test(text.slice(Math.max(0, s - 4), s))) s -= /the\s+$/i.exec(text.slice(Math.max(0, s - 8), s))?.[0].length ?? 0;
  return [s, e];
}

/**
 * Dates stated in `text[from, to)`: absolute dates with whatever components
 * were written, and weekdays. `reference` (ISO day) only helps chrono
 * validate day numbers; nothing it implies is returned.
 */
export function findStatedDates(text: string, from: number, to_: number, reference?: string): StatedDate[] {
  const out: StatedDate[] = [];
  const ref = reference ? new Date(`${reference.slice(0, 10)}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  for (const [ws, we] of windows(text, from, to_)) {
    for (const r of chronoParser().parse(text.slice(ws, we), ref)) {
      const start = ws + r.index;
      const p = parts(r.start);
      if (!plausible(text, r.text, start, p)) continue;
      let [s, e] = trim(text, start, start + r.text.length);
      let mod = p.weekday !== undefined && p.day === undefined ? MODIFIER_RE.exec(r.text)?.[1].toLowerCase() : undefined;
      if (p.weekday !== undefined && p.day === undefined) {
        // "previous Wednesday", "the coming Thursday", "this past Friday": modifiers chrono leaves out
        const lead = WEEKDAY_LEAD_RE.exec(text.slice(Math.max(0, s - 20), s));
        if (!lead && mod && /^(?:past|next)\b/i.test(text.slice(s, e)) && /\bthis\s+$/i.test(text.slice(Math.max(0, s - 6), s))) s -= /this\s+$/i.exec(text.slice(Math.max(0, s - 10), s))?.[0].length ?? 0;
        else if (lead) {
          s -= lead[0].length;
          mod = /past|previous/i.test(lead[1]) ? 'last' : 'next';
        }
      }
      if (p.month !== undefined && p.day === undefined && p.year === undefined && /\bthis\s+$/i.test(text.slice(Math.max(0, s - 6), s))) {
        // "this September": the one of the published year
        s -= /this\s+$/i.exec(text.slice(Math.max(0, s - 10), s))?.[0].length ?? 0;
        mod = 'this';
      }
      const yearAfter = p.month !== undefined && p.year === undefined && !r.end ? YEAR_AFTER_RE.exec(text.slice(e, e + 12)) : null;
      if (yearAfter) {
        // "july 4th of 1995", "28 june in 2020": the year chrono leaves out
        p.year = Number(yearAfter[1]);
        e += yearAfter[0].length;
      }
      const date: StatedDate = { start: s, end: e, ...p };
      if (mod) date.modifier = mod === 'past' ? 'last' : (mod as 'last' | 'next' | 'this');
      const to = p.day !== undefined && !r.end ? DAY_TO_RE.exec(text.slice(e, Math.min(to_, e + 40))) : null;
      if (to) {
        // "april 9th through 17th", "april ninth through seventeenth": the end day chrono leaves out
        const day = to[1] ? Number(to[1]) : parseOrdinal(to[2]);
        if (day !== null && day > (p.day ?? 0) && day <= 31) {
          date.to = { day };
          e += to[0].length;
          date.end = e;
        }
      }
      if (r.end) date.to = parts(r.end);
      out.push(date);
    }
  }
  return out;
}

// ---------------------------------------------------------------- dates in words

const WEEKDAY_WORDS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** Full weekday names in any case, abbreviations only capitalized ("sun", "wed" are words). */
const WEEKDAY_NAME_RE = /^(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)$/;
const WORD_DATE_CUE_RE = new RegExp(`\\b(?:${MONTH}|${WEEKDAY}|${LOWER_CUE})\\b|\\b(?:in|since|until|by)\\s+(?:(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\\s|two\\s+thousand)`);
const MONTH_LOOKUP = new Map<string, number>(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].flatMap((m, i) => [
    [m, i + 1] as [string, number],
    [m.slice(0, 3), i + 1] as [string, number],
    ...(m === 'september' ? [['sept', 9] as [string, number]] : []),
  ]),
);
const WORD_RE = /[A-Za-z]+|\d{1,2}(?:st|nd|rd|th)?/g;

interface Word {
  lower: string;
  start: number;
  end: number;
}

/** A cardinal below 100 in words at `i` ("twenty nine", "twenty-nine", "fifteen"). */
function below100(w: readonly Word[], i: number): { value: number; len: number } | null {
  const a = w[i] ? wordValue(w[i].lower.replace(/-.*/, '')) : undefined;
  if (a === undefined || a >= 100 || a === 0) return null;
  const hyphen = /-(\w+)$/.exec(w[i].lower);
  if (hyphen) {
    const b = wordValue(hyphen[1]);
    return a >= 20 && a % 10 === 0 && b !== undefined && b < 10 ? { value: a + b, len: 1 } : null;
  }
  const b = a >= 20 && a % 10 === 0 && w[i + 1] ? wordValue(w[i + 1].lower) : undefined;
  return b !== undefined && b > 0 && b < 10 ? { value: a + b, len: 2 } : { value: a, len: 1 };
}

/** A day of the month in words or digits at `i`: "twenty nine", "twenty second", "first", "13", "9th". */
function dayWords(w: readonly Word[], i: number): { value: number; len: number } | null {
  const t = w[i];
  if (!t) return null;
  if (/^\d/.test(t.lower)) return { value: Number.parseInt(t.lower, 10), len: 1 };
  const ord = parseOrdinal(t.lower);
  if (ord !== null) return ord <= 31 ? { value: ord, len: 1 } : null;
  const tens = wordValue(t.lower);
  const next = w[i + 1] ? parseOrdinal(w[i + 1].lower) : null;
  if (tens !== undefined && tens >= 20 && tens % 10 === 0 && next !== null && next < 10) return { value: tens + next, len: 2 };
  const n = below100(w, i);
  return n && n.value <= 31 ? n : null;
}

/** A year in words at `i`: "nineteen eighty six", "nineteen hundred ninety three", "two thousand and fifteen". */
function yearWords(w: readonly Word[], i: number): { value: number; len: number } | null {
  const at = (k: number): string => w[i + k]?.lower ?? '';
  if (at(0) === 'two' && at(1) === 'thousand') {
    const k = at(2) === 'and' ? 3 : 2;
    const rest = below100(w, i + k);
    return rest ? { value: 2000 + rest.value, len: k + rest.len } : { value: 2000, len: 2 };
  }
  const head = wordValue(at(0));
  if (head === undefined || head < 10 || head > 20 || (head === 20 && at(1) === 'thousand')) return null;
  let k = 1;
  if (at(k) === 'hundred') k++;
  if (at(k) === 'and') k++;
  const rest = below100(w, i + k);
  if (!rest || (k === 1 && rest.value < 10)) return null;
  return { value: head * 100 + rest.value, len: k + rest.len };
}

/**
 * Dates written in words, which chrono does not read: "May twenty nine",
 * "january first two thousand and thirty two", "13 Sept nineteen seventy two",
 * "October two thousand and five". Each has at least one number in words.
 */
export function findWordDates(text: string, from: number, to: number): StatedDate[] {
  const slice = text.slice(from, to);
  // a month or weekday name, or a year in words after "in": most sentences have neither
  if (!WORD_DATE_CUE_RE.test(slice)) return [];
  const w: Word[] = [];
  // only the words near a cue: a date in words spans a few words either side of its month or weekday
  const cues = new RegExp(WORD_DATE_CUE_RE.source, 'g');
  const spans: Array<[number, number]> = [];
  for (let c = cues.exec(slice); c; c = cues.exec(slice)) {
    const [a, b] = [Math.max(0, c.index - 48), Math.min(slice.length, c.index + c[0].length + 64)];
    const last = spans[spans.length - 1];
    if (last && a <= last[1]) last[1] = b;
    else spans.push([a, b]);
  }
  const re = new RegExp(WORD_RE.source, 'g');
  let prev = 0;
  for (const [a, b] of spans) {
    // a window may start or end inside a word: snap to white space, and keep windows apart
    let x = a;
    while (x > prev && /\S/.test(slice[x - 1])) x--;
    let y = b;
    while (y < slice.length && /\S/.test(slice[y])) y++;
    const part = slice.slice(x, y);
    re.lastIndex = 0;
    for (let m = re.exec(part); m; m = re.exec(part)) w.push({ lower: m[0].toLowerCase(), start: from + x + m.index, end: from + x + m.index + m[0].length });
    w.push({ lower: '|', start: from + y, end: from + y });
    prev = y;
  }
  // hyphenated numbers are one word: "twenty-seventh"
  for (let i = 0; i + 2 < w.length; i++) if (text[w[i].end] === '-' && w[i + 1].start === w[i].end + 1) w.splice(i, 2, { lower: `${w[i].lower}-${w[i + 1].lower}`, start: w[i].start, end: w[i + 1].end });
  const out: StatedDate[] = [];
  const monthAt = (k: number): number => {
    const t = w[k];
    const month = t ? (MONTH_LOOKUP.get(t.lower) ?? 0) : 0;
    // "we may first ask", "a march two weeks ago": only a capitalized "May" or "March" is a month here
    if (month === 0 || ((month === 3 || month === 5) && t.lower.length <= 5 && !/^[A-Z]/.test(text[t.start]))) return 0;
    return month;
  };
  for (let i = 0; i < w.length; i++) {
    const wd = WEEKDAY_WORDS.indexOf(w[i].lower.slice(0, 3));
    if (wd >= 0 && WEEKDAY_NAME_RE.test(text.slice(w[i].start, w[i].end))) {
      // "Mon 13th", "tuesday the eleventh", "Friday 31": a weekday and a day of the month, no month
      const k = w[i + 1]?.lower === 'the' ? i + 2 : i + 1;
      const d = dayWords(w, k);
      const plain = d && /^\d+$/.test(w[k].lower);
      if (d && d.value >= 1 && d.value <= 31 && monthAt(k + d.len) === 0 && w[k + d.len]?.lower !== 'of' && (!plain || !/^\s*[\w/:.-]/.test(text.slice(w[k].end, w[k].end + 2)))) {
        out.push({ start: w[i].start, end: w[k + d.len - 1].end, weekday: wd, day: d.value });
        i = k + d.len - 1;
      }
      continue;
    }
    if (/^(?:in|since|until|by)$/.test(w[i].lower)) {
      // "in nineteen ninety six", "since two thousand and five"
      const y = yearWords(w, i + 1);
      if (y) {
        out.push({ start: w[i + 1].start, end: w[i + y.len].end, year: y.value });
        i += y.len;
      }
      continue;
    }
    const month = monthAt(i);
    if (month > 0) {
      // "October two thousand and five", "May twenty nine", "January twenty five nineteen eighty six"
      const y0 = yearWords(w, i + 1);
      if (y0) {
        out.push({ start: w[i].start, end: w[i + y0.len].end, month, year: y0.value });
        i += y0.len;
        continue;
      }
      const k = w[i + 1]?.lower === 'the' ? i + 2 : i + 1;
      const d = dayWords(w, k);
      if (!d || /^\d/.test(w[k].lower) || d.value < 1) continue;
      const y = yearWords(w, k + d.len);
      const last = y ? k + d.len + y.len - 1 : k + d.len - 1;
      out.push({ start: w[i].start, end: w[last].end, month, day: d.value, ...(y ? { year: y.value } : {}) });
      i = last;
      continue;
    }
    // "twenty five January nineteen eighty six", "13 Sept nineteen seventy two"
    if (monthAt(i + 1) === 0 && monthAt(i + 2) === 0 && monthAt(i + 3) === 0) continue;
    const d = dayWords(w, i);
    const m2 = d ? monthAt(i + d.len + (w[i + d.len]?.lower === 'of' ? 1 : 0)) : 0;
    if (!d || m2 === 0) continue;
    const mi = i + d.len + (w[i + d.len]?.lower === 'of' ? 1 : 0);
    const y = yearWords(w, mi + 1);
    if (!y && /^\d/.test(w[i].lower)) continue;
    const last = y ? mi + y.len : mi;
    out.push({ start: w[i].start, end: w[last].end, month: m2, day: d.value, ...(y ? { year: y.value } : {}) });
    i = last;
  }
  return out;
}
