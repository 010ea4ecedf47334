/**
 * Reading numbers in running text: digits ("3,000", "1.5"), words
 * ("twenty-six", "one hundred and five", "a dozen"), fractions
 * ("three-and-a-half", "half a million"), multipliers ("26 dozen",
 * "1.5 million", "€1.1bn") and vague plurals ("hundreds of thousands").
 * Works on {@link Token}s so that callers keep exact offsets.
 */
import { loadData } from '../rules/data';

/** A word, a run of digits or one other character, with its offsets. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  type: 'num' | 'word' | 'sym';
  /** white space stands between this token and the one before */
  gap: boolean;
}

/** A number read from tokens `[first, end)`. */
export interface ParsedNumber {
  value: number;
  /** for vague counts, the most they mean, when bounded ("a handful") */
  max?: number;
  first: number;
  end: number;
  /** the multiplier word or abbreviation applied, lower case: `dozen`, `million`, `bn` */
  multiplier?: string;
  /** the factor those multipliers stand for (1 when none): "30-40 million" gives 30 the 40's scale */
  scale: number;
  /** "dozens", "hundreds of thousands", "a handful": `value` is the least meant */
  vague: boolean;
  /** written in words, no digits */
  words: boolean;
}

interface NumbersData {
  cardinals: Record<string, number>;
  ordinals: Record<string, number>;
  multipliers: { words: string[]; value: number }[];
  abbreviations: { words: string[]; value: number }[];
  vague: { word: string; min: number; max?: number }[];
  fractions: Record<string, number>;
}

const DATA = loadData<NumbersData>('numbers');
const CARDINALS = new Map(Object.entries(DATA.cardinals));
const ORDINALS = new Map(Object.entries(DATA.ordinals));
const FRACTIONS = new Map(Object.entries(DATA.fractions));
const SCALES = new Map<string, number>(DATA.multipliers.flatMap((m) => m.words.map((w) => [w, m.value] as [string, number])));
const ABBREVIATIONS = new Map<string, number>(DATA.abbreviations.flatMap((m) => m.words.map((w) => [w, m.value] as [string, number])));
const VAGUE = new Map(DATA.vague.map((v) => [v.word, v]));

// linear: every repetition starts with a character the one before cannot end with
const TOKEN_RE = /\d+(?:[.,]\d+)*|[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z\u00C0-\u024F]+)?|\S/g;
const GROUPED_RE = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PLAIN_RE = /^\d+(?:\.\d+)?$/;
const ORDINAL_DIGITS_RE = /^(\d+)(?:st|nd|rd|th)$/i;

/** Split `text[from, to)` into tokens with absolute offsets. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN_RE.source, 'g');
  re.lastIndex = from;
  let prevEnd = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const t = m.index + m[0].length > to ? m[0].slice(0, to - m.index) : m[0];
    const type = /\d/.test(t[0]) ? 'num' : /[A-Za-z\u00C0-\u024F]/.test(t[0]) ? 'word' : 'sym';
    out.push({ text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length, type, gap: m.index > prevEnd });
    prevEnd = m.index + t.length;
  }
  return out;
}

/** Value of a digit string: "3,000" → 3000, "1.5" → 1.5; `null` for "1,5" or "1.2.3". */
export function parseDigits(s: string): number | null {
  if (PLAIN_RE.test(s)) return Number(s);
  if (GROUPED_RE.test(s)) return Number(s.replace(/,/g, ''));
  return null;
}

/** Value of a cardinal, scale or multiplier word ("six", "dozen", "million"), or `undefined`. */
export function wordValue(word: string): number | undefined {
  const w = word.toLowerCase();
  return CARDINALS.get(w) ?? SCALES.get(w);
}

/** "third" → 3, "21st" → 21, "twenty-first" → 21; `null` when not an ordinal. */
export function parseOrdinal(word: string): number | null {
  const w = word.toLowerCase();
  const digits = ORDINAL_DIGITS_RE.exec(w);
  if (digits) return Number(digits[1]);
  const direct = ORDINALS.get(w);
  if (direct !== undefined) return direct;
  const parts = w.split(/[-\s]/);
  if (parts.length === 2) {
    const tens = CARDINALS.get(parts[0]);
    const unit = ORDINALS.get(parts[1]);
    if (tens !== undefined && tens >= 20 && tens % 10 === 0 && unit !== undefined && unit < 10) return tens + unit;
  }
  return null;
}

/** Is `t[k]` a hyphen written against the tokens on both sides ("twenty-six")? */
export function isTightHyphen(t: readonly Token[], k: number): boolean {
  return k + 1 < t.length && (t[k].text === '-' || t[k].text === '‑') && !t[k].gap && !t[k + 1].gap;
}

/** Cardinal words from `i`: "twenty-six", "one hundred and five", "two thousand". */
function parseWords(t: readonly Token[], i: number): { value: number; end: number } | null {
  let total = 0;
  let current = 0;
  let end = -1;
  let k = i;
  while (k < t.length && t[k].type === 'word') {
    const w = t[k].lower;
    const n = CARDINALS.get(w);
    if (n !== undefined) {
      // a unit may follow a round ten or a scale ("twenty six", "hundred and five"), nothing else
      if (end >= 0 && current % 100 !== 0 && !(current % 10 === 0 && current % 100 >= 20 && n < 10)) break;
      current += n;
    } else if (end >= 0 && w === 'hundred' && current > 0 && current < 100) {
      current *= 100;
    } else if (end >= 0 && (SCALES.get(w) ?? 0) >= 1000 && w !== 'lakh' && w !== 'crore') {
      total += (current || 1) * (SCALES.get(w) ?? 1);
      current = 0;
    } else break;
    end = k + 1;
    k = end;
    if (isTightHyphen(t, k) && CARDINALS.has(t[k + 1].lower)) k++;
    else if (t[k]?.lower === 'and' && CARDINALS.has(t[k + 1]?.lower ?? '') && (current % 100 === 0 || current === 0)) k++;
  }
  return end < 0 ? null : { value: total + current, end };
}

/** "and a half", "-and-a-half", "and a quarter" from `k`: the fraction and where it ends. */
function parseFraction(t: readonly Token[], k: number): { value: number; end: number } | null {
  const words: string[] = [];
  let j = k;
  while (j < t.length && words.length < 3) {
    if (t[j].text === '-' && isTightHyphen(t, j)) {
      j++;
      continue;
    }
    if (t[j].type !== 'word') break;
    words.push(t[j].lower);
    j++;
  }
  const f = FRACTIONS.get(words[2] ?? '');
  if (words[0] === 'and' && (words[1] === 'a' || words[1] === 'an') && f !== undefined && words[2] !== 'third') return { value: f, end: j };
  return null;
}

/** A vague plural from `i`: "dozens", "thousands", "hundreds of thousands", "tens of millions". */
function parseVague(t: readonly Token[], i: number): ParsedNumber | null {
  const v = VAGUE.get(t[i].lower);
  if (!v || v.word === 'handful') return null;
  const of = t[i + 1]?.lower === 'of' ? VAGUE.get(t[i + 2]?.lower ?? '') : undefined;
  if (of && of.word !== 'handful' && of.word !== 'tens' && of.word !== 'dozens' && of.word !== 'scores') {
    return { value: v.min * (of.min / 2), first: i, end: i + 3, vague: true, words: true, scale: 1 };
  }
  if (v.word === 'tens') return null;
  return { value: v.min, first: i, end: i + 1, vague: true, words: true, scale: 1 };
}

/** Apply multiplier words and abbreviations after a number ("dozen", "million", "bn"). */
function applyMultipliers(t: readonly Token[], n: ParsedNumber): ParsedNumber {
  let { value, end, scale } = n;
  const abbr = t[end];
  if (abbr && !abbr.gap && t[end - 1].type === 'num' && ABBREVIATIONS.has(abbr.lower)) {
    // "5m", "€1.1bn": letters written against the digits (the tokenizer keeps a letter run whole, so "5mph" is no "m")
    const f = ABBREVIATIONS.get(abbr.lower) ?? 1;
    return { ...n, value: value * f, scale: scale * f, end: end + 1, multiplier: abbr.lower };
  }
  const scales: string[] = [];
  while (end < t.length && t[end].type === 'word' && t[end].lower !== 'score' && SCALES.has(t[end].lower)) {
    const f = SCALES.get(t[end].lower) ?? 1;
    value *= f;
    scale *= f;
    scales.push(t[end].lower);
    end++;
  }
  return scales.length === 0 ? n : { ...n, value, scale, end, multiplier: scales.join(' ') };
}

/**
 * The number that starts at token `i`, or `null`. A number written in words
 * ending in a scale word keeps it as `multiplier` ("two million" → `million`).
 */
export function parseNumber(t: readonly Token[], i: number): ParsedNumber | null {
  const tok = t[i];
  if (!tok) return null;
  let n: ParsedNumber;
  if (tok.type === 'num') {
    const v = parseDigits(tok.text);
    if (v === null) return null;
    n = { value: v, first: i, end: i + 1, vague: false, words: false, scale: 1 };
  } else if (tok.type === 'word') {
    const w = tok.lower;
    const next = t[i + 1];
    if ((w === 'a' || w === 'an') && next) {
      const vague = VAGUE.get(next.lower);
      if (vague?.word === 'handful') return { value: vague.min, max: vague.max, first: i, end: i + 2, vague: true, words: true, scale: 1 };
      const scale = SCALES.get(next.lower);
      if (scale === undefined || (next.lower === 'score' && t[i + 2]?.lower !== 'of')) return null;
      n = applyMultipliers(t, { value: scale, first: i, end: i + 2, vague: false, words: true, multiplier: next.lower, scale });
      return n.end > i + 2 ? { ...n, multiplier: n.multiplier ?? next.lower } : n;
    }
    if (w === 'half' && (next?.lower === 'a' || next?.lower === 'an') && SCALES.has(t[i + 2]?.lower ?? '')) {
      const scale = SCALES.get(t[i + 2].lower) ?? 1;
      return { value: 0.5 * scale, first: i, end: i + 3, vague: false, words: true, multiplier: t[i + 2].lower, scale };
    }
    const vague = parseVague(t, i);
    if (vague) return vague;
    const words = parseWords(t, i);
    if (!words) return null;
    n = { value: words.value, first: i, end: words.end, vague: false, words: true, scale: 1 };
    const last = t[words.end - 1].lower;
    if (last !== 'hundred' && SCALES.has(last)) {
      n.multiplier = last;
      n.scale = SCALES.get(last) ?? 1;
    }
  } else return null;
  if (Number.isInteger(n.value)) {
    const f = parseFraction(t, n.end);
    if (f) n = { ...n, value: n.value + f.value, end: f.end };
  }
  const m = applyMultipliers(t, n);
  return m.multiplier && n.multiplier && m.multiplier !== n.multiplier ? { ...m, multiplier: `${n.multiplier} ${m.multiplier}` } : m;
}
