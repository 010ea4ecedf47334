/**
 * Dates written in words, which chrono does not read: "May twenty nine",
 * "january first two thousand and thirty two", "13 Sept nineteen seventy
 * two", and a weekday with a bare day ("Mon 13th", "tuesday the eleventh").
 */
import { parseOrdinal, wordValue } from './numbers';
import { LOWER_CUE, MONTH, WEEKDAY, type StatedDate } from './chrono';

const WEEKDAY_WORDS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** Full weekday names in any case, abbreviations only capitalized ("sun", "wed" are words). */
const WEEKDAY_NAME_RE = /^(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)$/;
/** The finder's cue; sentence-cues.ts sets its bit wherever this may match (widen both: tests/claims/sentence-cues.test.ts checks them together). */
export const WORD_DATE_CUE_RE = new RegExp(`\\b(?:${MONTH}|${WEEKDAY}|${LOWER_CUE})\\b|\\b(?:in|since|until|by)\\s+(?:(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\\s|two\\s+thousand)`, 'g');
const MONTH_LOOKUP = new Map<string, number>(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].flatMap((m, i) => [
    [m, i + 1] as [string, number],
    [m.slice(0, 3), i + 1] as [string, number],
    ...(m === 'september' ? [['sept', 9] as [string, number]] : []),
  ]),
);
const WORD_RE = /[A-Za-z]+|\d{4}|\d{1,2}(?:st|nd|rd|th)?/g;
/** After a weekday, a number before one of these counts time ("Monday two weeks from now"), it is no day. */
const UNIT_WORD_RE = /^(?:days?|weeks?|fortnights?|months?|years?|hours?|minutes?)$/;

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
  // the shared patterns are reset before each loop (nothing a loop calls runs them), not made anew each call
  const cues = WORD_DATE_CUE_RE;
  cues.lastIndex = 0;
  let c = cues.exec(slice);
  // a month or weekday name, or a year in words after "in": most sentences have neither
  if (!c) return [];
  const w: Word[] = [];
  // only the words near a cue: a date in words spans a few words either side of its month or weekday
  const spans: Array<[number, number]> = [];
  for (; c; c = cues.exec(slice)) {
    const [a, b] = [Math.max(0, c.index - 48), Math.min(slice.length, c.index + c[0].length + 64)];
    const last = spans[spans.length - 1];
    if (last && a <= last[1]) last[1] = b;
    else spans.push([a, b]);
  }
  const re = WORD_RE;
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
      if (d && d.value >= 1 && d.value <= 31 && monthAt(k + d.len) === 0 && w[k + d.len]?.lower !== 'of' && !UNIT_WORD_RE.test(w[k + d.len]?.lower ?? '') && (!plain || !/^\s*[\w/:.-]/.test(text.slice(w[k].end, w[k].end + 2)))) {
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
      // "May 29" is chrono's; "june the 28th 2020" is not
      if (!d || (/^\d/.test(w[k].lower) && k === i + 1) || d.value < 1 || d.value > 31) continue;
      const digitYear = /^\d{4}$/.test(w[k + d.len]?.lower ?? '') ? { value: Number(w[k + d.len].lower), len: 1 } : null;
      const y = yearWords(w, k + d.len) ?? (digitYear && digitYear.value >= 1600 && digitYear.value <= 2100 ? digitYear : null);
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
