/**
 * Reading numbers in running text: digits ("3,000", "1 234 567", "12,34,567",
 * ".08", "-1"), words ("twenty-six", "one hundred and five", "minus five point
 * five"), fractions ("two thirds", "three-and-a-half", "2 1/4", "½", "half a
 * million", "one billion and three quarters"), multipliers ("26 dozen", "1.5
 * million", "€1.1bn", "10k") and vague plurals ("hundreds of thousands").
 * Works on {@link Token}s (numbers-tokens.ts) so that callers keep exact
 * offsets; the grammar of cardinals is in numbers-words.ts.
 */
import {
  CARDINALS, NUMBERS, ORDINALS, SCALES, isTightHyphen, ordinalOfTokens, parseCardinal, type Cardinal, type Token,
} from './numbers-words';
import { VULGAR, applyAbbreviation, digitFraction, leadingDigits, plain, powerAfter } from './numbers-digits';
import { tokenize } from './numbers-tokens';

export { isTightHyphen } from './numbers-words';
export { parseDigits } from './numbers-digits';
export type { Token } from './numbers-words';

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

const FRACTION_WORDS = new Map(Object.entries(NUMBERS.fractions));
const VAGUE = new Map(NUMBERS.vague.map((v) => [v.word, v]));
/** Words before "two quarters" that make the quarters periods of a year, not a fraction. */
const PERIOD_BEFORE = new Set(['past', 'last', 'next', 'previous', 'first', 'recent', 'consecutive', 'straight', 'successive', 'coming', 'fiscal']);

const ORDINAL_DIGITS_RE = /^(\d+)(?:st|nd|rd|th)$/i;

/** Value of a cardinal, scale or multiplier word ("six", "dozen", "million"), or `undefined`. */
export function wordValue(word: string): number | undefined {
  const w = word.toLowerCase();
  return CARDINALS.get(w) ?? SCALES.get(w);
}

/** "third" → 3, "21st" → 21, "twenty-first" → 21, "one hundred twenty-fifth" → 125; `null` when not an ordinal. */
export function parseOrdinal(word: string): number | null {
  const w = word.toLowerCase();
  const digits = ORDINAL_DIGITS_RE.exec(w);
  if (digits) return Number(digits[1]);
  const direct = ORDINALS.get(w);
  if (direct !== undefined) return direct;
  const t = tokenize(w);
  if (t.length < 2 || t.some((k) => k.type === 'num' || (k.type === 'sym' && k.text !== '-'))) return null;
  return ordinalOfTokens(t);
}

/** A denominator word at `k`: "thirds", "half", "hundredths", "twenty-firsts"; `weak` for first/second alone. */
function denominatorAt(t: readonly Token[], k: number): { den: number; end: number; weak: boolean; word: string } | null {
  const tok = t[k];
  if (!tok || tok.type !== 'word') return null;
  const w = tok.lower;
  const f = FRACTION_WORDS.get(w);
  if (f !== undefined) return { den: f, end: k + 1, weak: false, word: w };
  const ord = (x: string): number | undefined => ORDINALS.get(x) ?? (x.endsWith('s') ? ORDINALS.get(x.slice(0, -1)) : undefined);
  const tens = CARDINALS.get(w);
  if (tens !== undefined && tens >= 20 && tens % 10 === 0 && isTightHyphen(t, k + 1)) {
    const unit = ord(t[k + 2].lower);
    if (unit !== undefined && unit < 10) return { den: tens + unit, end: k + 3, weak: false, word: w };
  }
  const o = ord(w);
  return o === undefined ? null : { den: o, end: k + 1, weak: o < 3, word: w };
}

/** A scale after a fraction: "two thirds of a million", "three quarters billion". */
function scaleAfter(t: readonly Token[], n: ParsedNumber): ParsedNumber {
  const k = n.end;
  const of = t[k]?.lower === 'of' && (t[k + 1]?.lower === 'a' || t[k + 1]?.lower === 'an') ? k + 2 : k;
  const w = t[of]?.lower;
  const f = w === undefined ? undefined : SCALES.get(w);
  if (f === undefined || f < 1000) return n;
  return { ...n, value: n.value * f, scale: f, end: of + 1, multiplier: w };
}

/** A denominator of several words from `k`: "twenty firsts" (21), "one hundred fifth" (105). */
function ordinalRunAt(t: readonly Token[], k: number): { den: number; end: number; plural: boolean } | null {
  for (let len = 6; len >= 2; len--) {
    const run = t.slice(k, k + len);
    if (run.length < len || run.some((x, n) => (x.type !== 'word' && x.text !== '-') || (n > 0 && x.gap && x.type !== 'word'))) continue;
    const last = run[len - 1];
    const plural = last.lower.endsWith('s') && ORDINALS.has(last.lower.slice(0, -1));
    const single = plural ? { ...last, lower: last.lower.slice(0, -1), text: last.text.slice(0, -1) } : last;
    const den = ordinalOfTokens([...run.slice(0, -1), single]);
    if (den !== null && den > 2) return { den, end: k + len, plural };
  }
  return null;
}

/**
 * "one hundred one thousand fifths": the words after the last "hundred" and
 * the ordinal at `k` make one ordinal ("one thousand fifth", 1005), the
 * denominator of the hundred, as "thirty fifths" is in "one hundred thirty
 * fifths". Only for a cardinal ending in a scale word: other tails are tens
 * (see `tensAt`) or make no ordinal ("thirty two fifth").
 */
function afterHundred(t: readonly Token[], c: Cardinal, k: number): { num: number; den: number } | null {
  if (c.head || c.last !== 'scale') return null;
  let h = c.end - 1;
  while (h > c.first && t[h].lower !== 'hundred') h--;
  if (h <= c.first) return null;
  const numerator = parseCardinal(t.slice(0, h + 1), c.first);
  if (!numerator || numerator.end !== h + 1) return null;
  const ord = t[k].lower.replace(/s$/, '');
  const den = ordinalOfTokens([...t.slice(h + 1, c.end), { ...t[k], text: ord, lower: ord }]);
  return den === null ? null : { num: numerator.value, den };
}

/** Is the denominator word plural ("thirds", "halves")? "two third" is no fraction. */
const pluralDen = (t: readonly Token[], end: number): boolean => /s$/.test(t[end - 1].lower);

/**
 * The fraction after a cardinal in words: "two thirds", "one hundred thirty
 * fifths" (100/35), "five - eighths", "three twenty firsts" (3/21), and after
 * an "and" only the tail is the numerator when it is a proper fraction: "one
 * hundred and three quarters" is 100.75, "five billion and three quarters"
 * 5.75 billion, but "one hundred and thirty fifths" 130/5.
 */
function directFraction(t: readonly Token[], c: Cardinal): ParsedNumber | null {
  if (c.last === 'decimal' || c.last === 'dozen') return null;
  let k = c.end;
  if (isTightHyphen(t, k) || (t[k]?.text === '-' && t[k].gap && t[k + 1]?.gap)) k++;
  const d = denominatorAt(t, k);
  let num = c.head ? c.value - c.head.value : c.value;
  let den: number;
  let end: number;
  const split = d && !d.weak && d.den < 10 && d.end === k + 1 ? afterHundred(t, c, k) : null;
  if (d && c.tensAt !== undefined && c.last === 'tens' && d.den < 10 && d.end === k + 1) {
    const tens = CARDINALS.get(t[c.tensAt].lower) ?? 0;
    num -= tens;
    den = d.den + tens;
    end = d.end;
  } else if (split && d) {
    num = split.num;
    den = split.den;
    end = d.end;
  } else if (d && !d.weak) {
    den = d.den;
    end = d.end;
  } else {
    const run = ordinalRunAt(t, k);
    if (!run) return null;
    den = run.den;
    end = run.end;
  }
  if (num !== 1 && !pluralDen(t, end)) return null; // "two millionth", "one hundred fifth" are ordinals
  if (t[end - 1].lower.startsWith('quarter') && PERIOD_BEFORE.has(t[c.first - 1]?.lower ?? '')) return null; // "the past two quarters"
  // only a proper fraction after "and" makes a mixed number: "one hundred and thirty fifths" is 130/5
  const head = c.head && num < den ? c.head : undefined;
  if (c.head && !head) num = c.value;
  const frac = scaleAfter(t, plain(num / den, c.first, end, true));
  if (!head) return frac;
  if (frac.end > end) return { ...frac, value: head.value + frac.value }; // "one billion and three quarters million"
  const value = head.last === 'scale' ? head.value + (num / den) * head.scale : head.value + num / den;
  return { ...frac, value, ...(head.last === 'scale' ? { scale: head.scale } : {}) };
}

/** "and a half", "-and-a-half", "and three fifths", "and fifty-four hundredths" from `k`. */
function andFraction(t: readonly Token[], k: number): { value: number; end: number } | null {
  let j = isTightHyphen(t, k) ? k + 1 : k;
  if (t[j]?.lower !== 'and') return null;
  j = isTightHyphen(t, j + 1) ? j + 2 : j + 1;
  let num = 1;
  if (t[j]?.lower === 'a' || t[j]?.lower === 'an') j = isTightHyphen(t, j + 1) ? j + 2 : j + 1;
  else {
    const c = parseCardinal(t, j);
    if (!c || c.last === 'decimal' || c.scaleWord) return null;
    num = c.value;
    j = c.end;
  }
  const d = denominatorAt(t, j);
  return d && !d.weak ? { value: num / d.den, end: d.end } : null;
}

/** A cardinal and the fraction after it, if any: "one and a half", "3 million and a quarter" (3.25 million). */
function withFraction(t: readonly Token[], c: Cardinal): ParsedNumber {
  // set field by field, in the order a spread gave them: spreading made a new shape each time, copied by V8's slow path
  const n = plain(c.value, c.first, c.end, c.words);
  n.scale = c.scale;
  if (c.scaleWord) n.multiplier = c.scaleWord;
  if (c.words) {
    const direct = directFraction(t, c);
    if (direct) return direct;
  }
  if (c.last === 'decimal' || c.last === 'dozen') return n;
  const f = andFraction(t, c.end);
  if (!f) return n;
  const s = SCALES.get(t[f.end]?.lower ?? '') ?? 1;
  if (s >= 1000 && c.last === 'scale') return { ...n, value: c.value + f.value * s, end: f.end + 1 }; // "one billion and a half million"
  if (s >= 1000) return { ...n, value: (c.value + f.value) * s, end: f.end + 1, scale: s, multiplier: t[f.end].lower }; // "two and a half million"
  if (c.last === 'scale') return { ...n, value: c.value + f.value * c.scale, end: f.end }; // "two million and one half"
  return { ...n, value: c.value + f.value, end: f.end };
}

/** A vague plural from `i`: "dozens", "thousands", "hundreds of thousands", "tens of millions", "scores of". */
function parseVague(t: readonly Token[], i: number): ParsedNumber | null {
  const v = VAGUE.get(t[i].lower);
  if (!v || v.word === 'handful') return null;
  const of = t[i + 1]?.lower === 'of' ? VAGUE.get(t[i + 2]?.lower ?? '') : undefined;
  if (of && of.word !== 'handful' && of.word !== 'tens' && of.word !== 'dozens' && of.word !== 'scores') {
    return { value: v.min * (of.min / 2), first: i, end: i + 3, vague: true, words: true, scale: 1 };
  }
  // "tens" alone is no count; "scores" alone is a verb ("he scores")
  if (v.word === 'tens' || (v.word === 'scores' && t[i + 1]?.lower !== 'of')) return null;
  return { value: v.min, first: i, end: i + 1, vague: true, words: true, scale: 1 };
}

/** Numbers that start with a word: "a dozen", "a fifth", "half a million", "a handful", vague plurals, cardinals. */
function parseWordNumber(t: readonly Token[], i: number): ParsedNumber | null {
  const w = t[i].lower;
  const next = t[i + 1];
  if ((w === 'a' || w === 'an') && next) {
    const vague = VAGUE.get(next.lower);
    if (vague?.word === 'handful') return { value: vague.min, max: vague.max, first: i, end: i + 2, vague: true, words: true, scale: 1 };
    if (next.lower === 'score') return t[i + 2]?.lower === 'of' ? { ...plain(20, i, i + 2, true), multiplier: 'score', scale: 20 } : null;
    if (next.lower === 'half' || next.lower === 'quarter') {
      const s = scaleAfter(t, plain(next.lower === 'half' ? 0.5 : 0.25, i, i + 2, true));
      if (s.end > i + 2) return s;
    }
    const d = denominatorAt(t, i + 1);
    if (d && !d.weak) return scaleAfter(t, plain(1 / d.den, i, d.end, true));
  }
  if (w === 'half' || w === 'quarter') {
    const k = next?.lower === 'a' || next?.lower === 'an' ? i + 2 : i + 1;
    const f = SCALES.get(t[k]?.lower ?? '');
    const v = w === 'half' ? 0.5 : 0.25;
    if (f !== undefined && f !== 20 && f !== 100) return { ...plain(v * f, i, k + 1, true), multiplier: t[k].lower, scale: f };
    return w === 'half' ? plain(0.5, i, i + 1, true) : null;
  }
  const vague = parseVague(t, i);
  if (vague) return vague;
  const c = parseCardinal(t, i);
  if (!c) return null;
  const n = overAfter(t, withFraction(t, c));
  // "a hundred": the article stands for the number, as "a dozen" or "a million" do
  return (w === 'a' || w === 'an') && !n.multiplier && c.end === i + 2 ? { ...n, multiplier: t[i + 1].lower } : n;
}

/** "one over three", "1 over 20": a fraction read out, when nothing is counted after it. */
function overAfter(t: readonly Token[], n: ParsedNumber): ParsedNumber {
  if (t[n.end]?.lower !== 'over' || n.multiplier || !Number.isInteger(n.value) || n.vague) return n;
  const b = parseUnsigned(t, n.end + 1);
  if (!b || b.vague || b.value === 0 || !Number.isInteger(b.value) || t[b.end]?.type === 'word') return n;
  return { ...n, value: n.value / b.value, end: b.end, words: n.words && b.words };
}

/** The number without a sign at `i`. */
function parseUnsigned(t: readonly Token[], i: number): ParsedNumber | null {
  const tok = t[i];
  if (!tok) return null;
  if (tok.type === 'num') {
    const frac = digitFraction(t, i);
    if (frac) return frac;
    const lead = leadingDigits(t, i);
    if (!lead) return null;
    const c = parseCardinal(t, i, lead);
    if (!c) return null;
    if (c.end === lead.end) {
      const n = powerAfter(t, applyAbbreviation(t, plain(lead.value, i, lead.end, false)));
      if (n.end > lead.end) return n;
    }
    return overAfter(t, withFraction(t, { ...c, words: false }));
  }
  if (tok.type === 'sym') {
    const vulgar = VULGAR[tok.text];
    if (vulgar !== undefined) return plain(vulgar, i, i + 1, false);
    // ".08": a decimal with no leading zero, not the end of a sentence before a number
    const next = t[i + 1];
    if (tok.text === '.' && next?.type === 'num' && !next.gap && /^\d+$/.test(next.text) && !(t[i - 1] && !tok.gap && t[i - 1].type !== 'sym')) {
      return plain(Number(`0.${next.text}`), i, i + 2, false);
    }
    return null;
  }
  return parseWordNumber(t, i);
}

/** Is `t[i]` a minus sign written against the digits after it, and not a hyphen inside "F-16" or "3-1"? */
function isMinusSign(t: readonly Token[], i: number): boolean {
  const tok = t[i];
  if (tok.text !== '-' && tok.text !== '−') return false;
  const next = t[i + 1];
  if (next?.type !== 'num' || next.gap) return false;
  const prev = t[i - 1];
  return !(prev && !tok.gap && (prev.type === 'word' || prev.type === 'num'));
}

/** Words a number may start with, "a"/"an" aside. */
export const STARTERS: ReadonlySet<string> = new Set(['half', 'quarter', 'minus', 'negative', ...CARDINALS.keys(), ...SCALES.keys(), ...VAGUE.keys()]);
/**
 * The words after "a"/"an" that {@link parseWordNumber} can read a number
 * with: "a handful", "a score of", "a half million", "a third" (and every
 * ordinal, bare or plural, that {@link denominatorAt} may take), "a hundred".
 */
export const AFTER_ARTICLE: ReadonlySet<string> = new Set([
  ...VAGUE.keys(), 'score', 'half', 'quarter', ...FRACTION_WORDS.keys(), ...CARDINALS.keys(), ...ORDINALS.keys(), ...[...ORDINALS.keys()].map((o) => `${o}s`), ...SCALES.keys(),
]);

/**
 * A sentence with none of these holds no quantity: every one starts at a digit,
 * a vulgar fraction, a word {@link mayStartNumber} lets a number start with, or
 * a percent sign written before ("percent of 10"). quantities.ts tests them
 * alone (numbers-cues.ts); sentence-cues.ts sets its QUANTITY bit wherever they are.
 */
export const QUANTITY_CUE_WORDS = {
  words: [...STARTERS, 'percent', 'percents', 'per'],
  afterArticle: [...AFTER_ARTICLE],
  chars: [...'0123456789', ...Object.keys(VULGAR)].map((c) => c.charCodeAt(0)),
};

/**
 * Can a number start at token `i`? A cheap test before {@link parseNumber},
 * true wherever it may find one: digits; a sign, a decimal point or a vulgar
 * fraction; "a"/"an" before a word that makes a number with it; a number word.
 * Most tokens are other words and punctuation, and most "a"s are articles.
 */
export function mayStartNumber(t: readonly Token[], i: number): boolean {
  const tok = t[i];
  if (tok.type === 'num') return true;
  if (tok.type === 'sym') return tok.text === '.' || tok.text === '-' || tok.text === '−' || VULGAR[tok.text] !== undefined;
  const w = tok.lower;
  if (w === 'a' || w === 'an') return i + 1 < t.length && AFTER_ARTICLE.has(t[i + 1].lower);
  return STARTERS.has(w);
}

/**
 * The number that starts at token `i`, or `null`. A sign ("-1", "minus 5",
 * "negative one") makes it negative. A number ending in a scale word keeps it
 * as `multiplier` ("two million" → `million`).
 */
export function parseNumber(t: readonly Token[], i: number): ParsedNumber | null {
  const tok = t[i];
  if (!tok) return null;
  const signed = isMinusSign(t, i) || ((tok.lower === 'minus' || tok.lower === 'negative') && t[i + 1]?.gap);
  if (signed) {
    const n = parseUnsigned(t, i + 1);
    return n && !n.vague ? { ...n, value: -n.value, first: i } : null;
  }
  return parseUnsigned(t, i);
}
