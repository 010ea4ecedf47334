/**
 * The grammar of cardinal numbers written in words, or in words and digits
 * mixed: "twenty-one trillion and three hundred", "4 thousand 3 hundred and
 * 21", "three lakh crore", "two hundred point zero three", "three hundred and
 * two dozens". numbers.ts builds fractions, signs and abbreviations on it.
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

/** The parts of rules/data/numbers.json the number readers use. */
export interface NumbersData {
  cardinals: Record<string, number>;
  ordinals: Record<string, number>;
  multipliers: { words: string[]; value: number }[];
  abbreviations: { words: string[]; value: number; spaced?: boolean; spacedOnly?: boolean }[];
  vague: { word: string; min: number; max?: number }[];
  fractions: Record<string, number>;
  months: string[];
}

/** numbers.json, loaded once. */
export const NUMBERS = loadData<NumbersData>('numbers');
/** zero … ninety */
export const CARDINALS = new Map(Object.entries(NUMBERS.cardinals));
/** first … trillionth */
export const ORDINALS = new Map(Object.entries(NUMBERS.ordinals));
/** dozen, hundred, thousand … trillion, lakh, crore (and "score", read only in "a score of") */
export const SCALES = new Map<string, number>(NUMBERS.multipliers.flatMap((m) => m.words.map((w) => [w, m.value] as [string, number])));

/** What the last part of a number was; it decides what may come next. */
export type PartKind = 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'digits' | 'dozen' | 'decimal';

/** A cardinal read from tokens `[first, end)`. */
export interface Cardinal {
  value: number;
  first: number;
  end: number;
  /** any part written in words */
  words: boolean;
  last: PartKind;
  /** the scale word the number ends with ("million", "dozen"), and its factor */
  scaleWord?: string;
  scale: number;
  /** token of a trailing tens word ("one hundred thirty") not joined by "and": "thirty fifths" may be 1/35 */
  tensAt?: number;
  /** the number before its last "and" ("two million" of "two million and one"): a fraction after the tail adds to it */
  head?: { value: number; last: PartKind; scale: number };
}

/** Is `t[k]` a hyphen written against the tokens on both sides ("twenty-six")? */
export function isTightHyphen(t: readonly Token[], k: number): boolean {
  return k + 1 < t.length && (t[k].text === '-' || t[k].text === '‑') && !t[k].gap && !t[k + 1].gap;
}

const isScaleWord = (w: string | undefined): boolean => w !== undefined && (SCALES.get(w) ?? 0) >= 1000;
/** "hundreds", "thousands", "millions": a plural scale after a number ("five hundreds") is the scale, and ends it. */
const singularScale = (w: string): string | undefined => (w.length > 5 && w.endsWith('s') && (SCALES.get(w.slice(0, -1)) ?? 0) >= 100 ? w.slice(0, -1) : undefined);
const isDozen = (w: string | undefined): boolean => w !== undefined && SCALES.get(w) === 12;
const kindOf = (n: number): PartKind => (n < 10 ? 'unit' : n < 20 ? 'teen' : 'tens');

/** "point zero three" → "03", "point seventy-one" → "71": the digits of a decimal read in words from `k`. */
function decimalWords(t: readonly Token[], k: number): { digits: string; end: number } | null {
  let digits = '';
  let j = k;
  while (j < t.length && t[j].type === 'word') {
    const n = CARDINALS.get(t[j].lower);
    if (n === undefined) break;
    if (n >= 20) {
      const unit = isTightHyphen(t, j + 1) ? CARDINALS.get(t[j + 2].lower) : undefined;
      if (unit !== undefined && unit < 10) {
        digits += String(n + unit);
        j += 3;
        break;
      }
    }
    digits += String(n);
    j++;
    if (n >= 10) break; // "point eleven", "point seventy": a two-digit word ends the decimals
  }
  return digits ? { digits, end: j } : null;
}

interface State {
  total: number;
  hundreds: number;
  small: number;
  lastScale: number;
  last: PartKind | null;
  words: boolean;
  scaleWord: string | undefined;
  scale: number;
  tensAt: number | undefined;
  head: { value: number; last: PartKind; scale: number } | undefined;
}

/**
 * A copy of `s` for a step to change. Every state has every field, in one
 * order: states spread with a few fields changed came in many shapes, and
 * V8 copied those by its slow path (most of the time reading "1.1 million").
 */
function copy(s: State): State {
  return { total: s.total, hundreds: s.hundreds, small: s.small, lastScale: s.lastScale, last: s.last, words: s.words, scaleWord: s.scaleWord, scale: s.scale, tensAt: s.tensAt, head: s.head };
}

/** `s` with a part in digits read: "3 hundred and 21", "4 thousand 3". */
function withDigits(s: State, v: number, hundreds: number): State {
  const r = copy(s);
  r.hundreds = hundreds;
  r.small = v;
  r.last = 'digits';
  r.scaleWord = undefined;
  r.scale = 1;
  return r;
}

/** `s` with a part in words read (`last`), ending in the scale word `scaleWord` of factor `scale` (or none, 1); the caller sets the counts. */
function withWord(s: State, last: PartKind, scaleWord: string | undefined, scale: number, tensAt?: number): State {
  const r = copy(s);
  r.last = last;
  r.words = true;
  r.scaleWord = scaleWord;
  r.scale = scale;
  r.tensAt = tensAt;
  return r;
}

/** Can the part at `k` follow what was read? Returns the new state, or null. */
function step(t: readonly Token[], k: number, s: State, afterAnd: boolean, plural?: string): State | null {
  const tok = t[k];
  const group = s.hundreds + s.small;
  if (tok.type === 'num') {
    if (!/^\d+$/.test(tok.text)) return null;
    const v = Number(tok.text);
    // digits after a scale word only in "4 thousand 3 hundred", "3 hundred and 21": not "$2 million 2 years"
    const followedByScale = t[k + 1]?.type === 'word' && (t[k + 1].lower === 'hundred' || isScaleWord(t[k + 1].lower));
    if (s.last === 'hundred' && afterAnd && v > 0 && v < 100 && !followedByScale) return withDigits(s, v, s.hundreds);
    if (s.last === 'scale' && (afterAnd || followedByScale) && v < s.lastScale) return withDigits(s, v, 0);
    return null;
  }
  if (tok.type !== 'word') return null;
  const w = plural ?? tok.lower;
  const n = CARDINALS.get(w);
  if (n !== undefined) {
    const kind = kindOf(n);
    const afterTens = s.last === 'tens' && s.small % 10 === 0 && !afterAnd;
    const ok = s.last === 'hundred' || s.last === 'scale' || (kind === 'unit' && afterTens);
    if (!ok) return null;
    const r = withWord(s, kind, undefined, 1, kind === 'tens' && !afterAnd ? k : undefined);
    r.small = s.small + n;
    return r;
  }
  if (afterAnd) return null;
  if (w === 'hundred') {
    if (s.hundreds > 0 || s.small <= 0 || (s.small >= 100 && s.last !== 'digits') || s.last === 'hundred' || s.last === 'scale' || s.last === 'dozen') return null;
    const r = withWord(s, 'hundred', undefined, 1);
    r.hundreds = s.small * 100;
    r.small = 0;
    return r;
  }
  if (isDozen(w)) {
    if (s.small <= 0 || s.last === 'dozen' || s.last === 'hundred' || s.last === 'scale') return null;
    const r = withWord(s, 'dozen', w, 12);
    r.small = s.small * 12;
    return r;
  }
  if (isScaleWord(w)) {
    const f = SCALES.get(w) ?? 1;
    let total: number;
    if (group > 0) total = f >= s.lastScale ? (s.total + group) * f : s.total + group * f;
    else if (s.last === 'scale' && f > s.lastScale) total = s.total * f; // "three lakh crore"
    else return null;
    const r = withWord(s, 'scale', w, s.last === 'scale' ? s.scale * f : f);
    r.total = total;
    r.hundreds = 0;
    r.small = 0;
    r.lastScale = f;
    return r;
  }
  return null;
}

/**
 * May {@link parseCardinal} read on past digits to `tok`? Only when it is a
 * word that {@link step} takes after digits (a scale word, or its plural, as
 * "hundreds") or "point" (decimals in words). Hyphens, "and" and number
 * words may follow only tens, hundreds or scales, never bare digits.
 */
function readsOnFromDigits(tok: Token | undefined): boolean {
  if (tok === undefined || tok.type !== 'word') return false;
  const w = tok.lower;
  return w === 'point' || SCALES.has(w) || singularScale(w) !== undefined;
}

/**
 * The cardinal starting at token `i`: words, or a leading number `lead` (digits
 * already read, ending before token `lead.end`) followed by scale words and
 * more parts. "a"/"an" counts as one before "hundred", "dozen" or a scale.
 */
export function parseCardinal(t: readonly Token[], i: number, lead?: { value: number; end: number }): Cardinal | null {
  const s0: State = { total: 0, hundreds: 0, small: 0, lastScale: Infinity, last: null, words: false, scaleWord: undefined, scale: 1, tensAt: undefined, head: undefined };
  let s = s0;
  let k: number;
  if (lead) {
    // after digits only a scale word ("4 thousand", "5 hundreds") or "point" reads on: most numbers stop at once
    if (!readsOnFromDigits(t[lead.end])) return { value: lead.value, first: i, end: lead.end, words: false, last: 'digits', scale: 1 };
    s0.small = lead.value;
    s0.last = 'digits';
    k = lead.end;
  } else {
    const tok = t[i];
    if (!tok || tok.type !== 'word') return null;
    const w = tok.lower;
    if (!CARDINALS.has(w) && w !== 'a' && w !== 'an' && w !== 'hundred') return null; // most words: no state to build
    const next = t[i + 1]?.lower;
    const n = CARDINALS.get(w);
    if (n !== undefined) {
      s0.small = n;
      s0.last = kindOf(n);
    } else if ((w === 'a' || w === 'an') && (next === 'hundred' || isDozen(next) || isScaleWord(next))) {
      s0.small = 1;
      s0.last = 'unit';
    } else if (w === 'hundred') {
      s0.hundreds = 100;
      s0.last = 'hundred';
    } else return null;
    s0.words = true;
    k = i + 1;
  }
  let end = k;
  for (;;) {
    let j = end;
    let afterAnd = false;
    const tok = t[j];
    if (!tok) break;
    if (isTightHyphen(t, j) && t[j - 1].type === 'word') j++;
    else if (tok.text === '-' && s.last === 'tens' && tok.gap && t[j + 1]?.gap && (CARDINALS.get(t[j + 1].lower) ?? 10) < 10) j++; // "fifty - two"
    else if (tok.lower === 'and' && (s.last === 'hundred' || s.last === 'scale')) {
      j++;
      afterAnd = true;
    } else if (tok.lower === 'point' && s.last !== 'decimal' && s.last !== 'dozen') {
      const d = decimalWords(t, j + 1);
      if (!d) break;
      s = copy(s);
      s.small += Number(`0.${d.digits}`);
      s.last = 'decimal';
      s.words = true;
      s.scaleWord = undefined;
      s.scale = 1;
      s.tensAt = undefined;
      end = d.end;
      continue;
    }
    if (!t[j]) break;
    const plural = t[j].type === 'word' ? singularScale(t[j].lower) : undefined;
    const next = step(t, j, s, afterAnd, plural);
    if (!next) break;
    // a step's state is its own copy: setting its head changes no other
    if (afterAnd) next.head = { value: s.total + s.hundreds + s.small, last: s.last ?? 'unit', scale: s.scale };
    else if (next.last === 'scale' || next.last === 'hundred') next.head = undefined; // "and two thousand": no head of a tail
    s = next;
    end = j + 1;
    if (plural) break;
  }
  if (s.last === null) return null;
  // the optional fields set one by one, in the order they were spread in (a spread of a literal made a new shape each time)
  const c: Cardinal = { value: s.total + s.hundreds + s.small, first: i, end, words: s.words, last: s.last, scale: s.scale };
  if (s.scaleWord) c.scaleWord = s.scaleWord;
  if (s.tensAt !== undefined && s.tensAt > i) c.tensAt = s.tensAt;
  if (s.head) c.head = s.head;
  return c;
}

const CARDINAL_WORD = new Map<number, string>();
for (const [w, v] of CARDINALS) if (!CARDINAL_WORD.has(v)) CARDINAL_WORD.set(v, w);
for (const [w, v] of SCALES) if (!CARDINAL_WORD.has(v) && v !== 12 && v !== 20) CARDINAL_WORD.set(v, w);

/**
 * An ordinal of any length in `t` (every token): "one hundred twenty-fifth" →
 * 125, "two hundredth" → 200, "three trillionth" → 3e12. The last word is read
 * as its cardinal ("fifth" → "five") and the whole must then be a cardinal.
 */
export function ordinalOfTokens(t: readonly Token[]): number | null {
  const last = t[t.length - 1];
  const o = last?.type === 'word' ? ORDINALS.get(last.lower) : undefined;
  if (o === undefined) return null;
  if (t.length === 1) return o;
  if (t.length === 2 && (t[0].lower === 'a' || t[0].lower === 'an')) return null; // "a trillionth" is a fraction
  const word = CARDINAL_WORD.get(o);
  if (word === undefined) return null;
  const swapped = [...t.slice(0, -1), { ...last, text: word, lower: word }];
  const c = parseCardinal(swapped, 0);
  return c && c.end === swapped.length && c.last !== 'decimal' && c.last !== 'dozen' ? c.value : null;
}
