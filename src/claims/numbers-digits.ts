/**
 * Numbers written in digits beyond plain "3,000": groups a space apart ("1 234
 * 567"), Indian grouping ("12,34,567"), fractions ("3/4", "2 1/4", "½"),
 * abbreviations ("10k", "€1.1bn", "2.33 k") and powers ("1.3e6", "2.5^-1").
 */
import { NUMBERS, type Token } from './numbers-words';
import type { ParsedNumber } from './numbers';

const MONTHS = new Set(NUMBERS.months);
/** Abbreviations by spelling: lower-case entries match any case, others only as written. */
const ABBREVIATIONS = new Map<string, { value: number; spaced: boolean; spacedOnly: boolean }>();
for (const a of NUMBERS.abbreviations) {
  for (const w of a.words) {
    const old = ABBREVIATIONS.get(w);
    ABBREVIATIONS.set(w, { value: a.value, spaced: Boolean(old?.spaced || a.spaced), spacedOnly: Boolean(a.spacedOnly) });
  }
}
/** Unicode's vulgar fractions (fixed by the standard, not a tunable list). */
export const VULGAR: Record<string, number> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅐': 1 / 7, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8, '⅑': 1 / 9, '⅒': 1 / 10,
};
const GROUPED_RE = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const INDIAN_RE = /^\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?$/;
const PLAIN_RE = /^\d+(?:\.\d+)?$/;
/** Continental European writing: points between thousands, a decimal comma ("1.111,11"). */
const CONTINENTAL_RE = /^\d{1,3}(?:\.\d{3})+,\d+$/;
/** A decimal comma: one comma and one or two digits after it ("1,3", "5,00"); three would be a thousands group. */
const DECIMAL_COMMA_RE = /^\d+,\d{1,2}$/;

/**
 * Value of a digit string: "3,000" → 3000, "1.5" → 1.5, "12,34,567" →
 * 1234567, "1,3" → 1.3, "1.111,11" → 1111.11; `null` for "1.2.3" or
 * "22,24,26" (a list, see {@link splitDigitList}).
 */
export function parseDigits(s: string): number | null {
  if (PLAIN_RE.test(s)) return Number(s);
  if (GROUPED_RE.test(s) || INDIAN_RE.test(s)) return Number(s.replace(/,/g, ''));
  if (DECIMAL_COMMA_RE.test(s)) return Number(s.replace(',', '.'));
  if (CONTINENTAL_RE.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  return null;
}

/** Numbers a comma apart, none with a leading zero: "1,000,00" is a mistyped amount, no list. */
const LIST_RE = /^[1-9]\d*(?:,[1-9]\d*)+$/;

/**
 * A list of numbers written with commas and no spaces ("22,24,26,31"): the
 * offsets within `s` where each number starts and ends, or `null` when `s`
 * reads as one number or has no more than one comma ("1,3" is a decimal).
 */
export function splitDigitList(s: string): Array<[number, number]> | null {
  if (s.indexOf(',') === s.lastIndexOf(',') || !LIST_RE.test(s) || parseDigits(s) !== null) return null;
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let k = s.indexOf(','); k >= 0; k = s.indexOf(',', from)) {
    out.push([from, k]);
    from = k + 1;
  }
  out.push([from, s.length]);
  return out;
}

/** A number read from `[first, end)` with no multiplier. */
export const plain = (value: number, first: number, end: number, words: boolean): ParsedNumber => ({ value, first, end, vague: false, words, scale: 1 });

/** The digits at `i`, with the 3-digit groups a single space apart ("1 234 567", "40 000"). */
export function leadingDigits(t: readonly Token[], i: number): { value: number; end: number } | null {
  const v = parseDigits(t[i].text);
  if (v === null) return null;
  let k = i + 1;
  if (/^\d{1,3}$/.test(t[i].text) && !MONTHS.has(t[i - 1]?.lower ?? '')) {
    let s = t[i].text;
    while (t[k]?.type === 'num' && t[k].start - t[k - 1].end === 1 && /^\d{3}(?:\.\d+)?$/.test(t[k].text) && !s.includes('.')) s += t[k++].text;
    if (k > i + 1) return { value: Number(s), end: k };
  }
  return { value: v, end: i + 1 };
}

/** "3/4", "2 1/4", "2½" from digits at `i`: a fraction with a numerator below its denominator. */
export function digitFraction(t: readonly Token[], i: number): ParsedNumber | null {
  const slash = (k: number): number | null => {
    if (t[k]?.type !== 'num' || t[k + 1]?.text !== '/' || t[k + 1].gap || t[k + 2]?.type !== 'num' || t[k + 2].gap) return null;
    if ((t[k + 3]?.text === '/' && !t[k + 3].gap) || (t[k - 1]?.text === '/' && !t[k].gap)) return null; // 5/17/2018
    const [a, b] = [t[k].text, t[k + 2].text].map((x) => (/^\d+$/.test(x) ? Number(x) : NaN));
    return a < b ? a / b : null;
  };
  const alone = slash(i);
  if (alone !== null) return plain(alone, i, i + 3, false);
  if (!/^\d+$/.test(t[i].text)) return null;
  const whole = Number(t[i].text);
  const vulgar = t[i + 1] && !t[i + 1].gap ? VULGAR[t[i + 1].text] : undefined;
  if (vulgar !== undefined) return plain(whole + vulgar, i, i + 2, false);
  const mixed = t[i + 1]?.gap ? slash(i + 1) : null;
  return mixed !== null ? plain(whole + mixed, i, i + 4, false) : null;
}

/** "5m", "€1.1bn", "2.33 k", "10 bln": an abbreviation after a number in digits. */
export function applyAbbreviation(t: readonly Token[], n: ParsedNumber): ParsedNumber {
  const a = t[n.end];
  if (!a || a.type !== 'word' || t[n.end - 1].type !== 'num') return n;
  const spec = ABBREVIATIONS.get(a.text) ?? ABBREVIATIONS.get(a.lower);
  if (!spec) return n;
  if (a.gap) {
    // apart from the number: multi-letter ones ("10 bln"), single letters only at the end of a phrase ("2.33 k.")
    if (!spec.spaced || (a.text.length === 1 && t[n.end + 1]?.type === 'word')) return n;
  } else if (spec.spacedOnly) return n;
  return { ...n, value: n.value * spec.value, scale: n.scale * spec.value, end: n.end + 1, multiplier: a.lower };
}

/** "1e10", "-12e-1", "1.3x10^6", "2.5^-1": powers written in digits after `n`. */
export function powerAfter(t: readonly Token[], n: ParsedNumber): ParsedNumber {
  const k = n.end;
  const tight = (j: number): boolean => t[j] !== undefined && !t[j].gap;
  const exponent = (j: number): { value: number; end: number } | null => {
    let sign = 1;
    while (tight(j) && (t[j].text === '-' || t[j].text === '+')) {
      if (t[j].text === '-') sign = -sign;
      j++;
    }
    return tight(j) && t[j].type === 'num' && /^\d+$/.test(t[j].text) ? { value: sign * Number(t[j].text), end: j + 1 } : null;
  };
  let e: { value: number; end: number } | null = null;
  let base = 10;
  if (tight(k) && t[k].lower === 'e') e = exponent(k + 1);
  else if (tight(k) && t[k].lower === 'x' && tight(k + 1) && t[k + 1].text === '10' && tight(k + 2) && t[k + 2].text === '^') e = exponent(k + 3);
  else if (tight(k) && t[k].text === '^') {
    e = exponent(k + 1);
    base = n.value;
  }
  if (!e) return n;
  return { ...n, value: base === 10 ? n.value * 10 ** e.value : base ** e.value, end: e.end };
}

