/**
 * Smaller readings around a quantity: when a number in words may stand alone
 * as a count ("killing three", but not "one of them"), the cents after an
 * amount ("3 dollars 50 cents"), "percent of 10", and the second bound that
 * closes an interval ("more than 10 and less than 20").
 */
import type { QuantityClaim, Qualifier } from '../types';
import { parseNumber, type ParsedNumber, type Token } from './numbers';
import { currencyAfter } from './money';
import { nounAfter } from './quantity-nouns';
import { LOWER, UPPER, qualifierAt } from './quantity-bounds';

/** Words before "one" that make it a pronoun: "no one", "the one", "each one". */
const ONE_BEFORE = new Set(['no', 'the', 'this', 'that', 'any', 'every', 'each', 'which', 'another', 'some', 'someone', 'anyone', 'one', 'a', 'only', 'last', 'next', 'first', 'little', 'big', 'new', 'old', 'right', 'wrong', 'other']);
/** Words after "one" that make it a pronoun or a phrase: "one of", "one another", "one could". */
const ONE_AFTER = new Set([
  'of', 'another', 'by', 'on', 'after', 'could', 'can', 'would', 'should', 'might', 'must', 'may', 'will', 'has', 'had',
  'is', 'was', 'does', 'did', 'who', 'that', 'which', 'thing', 'way', 'or', 'hand', 'side', 'point', 'day', 'time',
]);

/**
 * May the number in words `a`, with no counted noun, stand as a bare count?
 * "Half" only with a bound ("more than half"); "one" not as a pronoun.
 */
export function bareCountAllowed(t: readonly Token[], a: ParsedNumber, qualified: boolean): boolean {
  if (a.value === 0.5 && a.end === a.first + 1 && t[a.first].lower === 'half') return qualified;
  if (a.value === 1 && a.end === a.first + 1) {
    return !ONE_BEFORE.has(t[a.first - 1]?.lower ?? '') && !ONE_AFTER.has(t[a.end]?.lower ?? '') && !(t[a.end]?.text === '-' && !t[a.end].gap);
  }
  return true;
}

/**
 * Hundredths after a whole amount of `code` whose tokens end before `k`: "50
 * cents", "and forty-five cents", or a bare "50" at the end of the phrase
 * ("15 dollars 50."). After a sign ("c $ 100 and fifty") the cents must be
 * named or written in words.
 */
export function centsAfter(t: readonly Token[], k: number, text: string, code: string, signBefore: boolean): { value: number; end: number; spanEnd: number } | null {
  let j = k;
  if (t[j]?.lower === 'and') j++;
  const b = parseNumber(t, j);
  if (!b || b.vague || b.multiplier || !Number.isInteger(b.value) || b.value <= 0 || b.value >= 100 || b.value < 0) return null;
  const sub = currencyAfter(text, t[b.end - 1].end);
  if (sub && sub.factor === 0.01 && (sub.code === code || sub.code === 'USD' || sub.code === 'GBP')) {
    let end = b.end;
    while (end < t.length && t[end].start < sub.end) end++;
    return { value: b.value / 100, end, spanEnd: sub.end };
  }
  if (sub) return null;
  const after = t[b.end];
  if (after && (after.type === 'word' || after.type === 'num')) return null;
  if (signBefore && !b.words) return null;
  return { value: b.value / 100, end: b.end, spanEnd: t[b.end - 1].end };
}

/** "percent of 10", "per cent of twenty-two": the sign written before its number. */
export function percentOfAt(t: readonly Token[], i: number): { value: number; end: number } | null {
  const w = t[i]?.lower;
  let k: number;
  if (w === 'percent' || w === 'percents') k = i + 1;
  else if (w === 'per' && t[i + 1]?.lower === 'cent') k = i + 2;
  else return null;
  const prev = t[i - 1];
  if (prev && (prev.type === 'num' || parseNumber(t, i - 1)?.end === i)) return null;
  if (t[k]?.lower !== 'of') return null;
  const n = parseNumber(t, k + 1);
  if (!n || n.vague) return null;
  const after = t[n.end];
  if (after && after.type === 'word' && after.gap && !/^(?:and|or|but|of|in|on|at|for)$/.test(after.lower)) return null;
  return { value: n.value, end: n.end };
}

/**
 * The bound that closes an interval after a first bound `q` on `value`, from
 * token `k`: "and less than 20", ", lower or equal than three hundred". Only
 * when the two make an interval (low below high): "more than 40 and less than
 * 10" stays two claims.
 */
export function secondBound(t: readonly Token[], k: number, q: Qualifier, value: number, text: string): { claim: Pick<QuantityClaim, 'min' | 'max' | 'unit' | 'noun'>; end: number; spanEnd: number } | null {
  const c = t[k];
  if (!c || !(c.lower === 'and' || c.lower === 'but' || c.text === ',')) return null;
  const lower = LOWER.has(q);
  if (!lower && !UPPER.has(q)) return null;
  const q2 = qualifierAt(t, k + 1);
  if (!q2 || (lower ? !UPPER.has(q2.qualifier) : !LOWER.has(q2.qualifier))) return null;
  const b = parseNumber(t, q2.end);
  if (!b || b.vague) return null;
  const [lo, hi] = lower ? [value, b.value] : [b.value, value];
  if (!(lo < hi)) return null;
  const noun = nounAfter(t, b.end, b.value, text);
  if (noun === 'time') return null;
  const end = noun ? noun.end : b.end;
  return { claim: { min: lo, max: hi, unit: noun ? noun.unit : 'count', ...(noun ? { noun: noun.noun } : {}) }, end, spanEnd: t[end - 1].end };
}
