/**
 * Bounds written around a number other than a qualifier phrase before it:
 * signs (">10", "<= -30", "≥ 5"), words after it ("200 or more", "five
 * hundred or less", "less than 5000 or equal"), a second bound joined to the
 * first ("larger than 20 and less or equal than 35" is one interval), and the
 * words of change that make "from 30 to 40" two values in time, not a range.
 */
import type { Qualifier } from '../types';
import { loadData } from '../rules/data';
import type { Token } from './numbers';

interface BoundsData {
  qualifiers: { phrase: string; qualifier: Qualifier }[];
  postfixBounds: { phrase: string; qualifier: 'at-least' | 'at-most' | 'exact' }[];
  changeVerbs: string[];
}

const DATA = loadData<BoundsData>('numbers');
const QUALIFIERS = new Map(DATA.qualifiers.map((q) => [q.phrase, q.qualifier]));
const LONGEST_QUALIFIER = Math.max(...DATA.qualifiers.map((q) => q.phrase.split(' ').length));
const POSTFIX = new Map(DATA.postfixBounds.map((p) => [p.phrase, p.qualifier]));
const LONGEST_POSTFIX = Math.max(...DATA.postfixBounds.map((p) => p.phrase.split(' ').length));
const CHANGE = new Set(DATA.changeVerbs);
/** After "and more", a word that goes on the phrase ("500 and more in stock"), not a verb ("20 and more were hurt"). */
const AFTER_AND_MORE = new Set(['in', 'of', 'on', 'at', 'for', 'from', 'per']);

/** Lower bounds: the interval's low end is the number. */
export const LOWER = new Set<Qualifier>(['at-least', 'more-than']);
/** Upper bounds: the interval's high end is the number. */
export const UPPER = new Set<Qualifier>(['at-most', 'less-than', 'nearly']);

/** Words `t[from, from+len)` joined by single spaces, or null when one is no word. */
function phraseAt(t: readonly Token[], from: number, len: number): string | null {
  let phrase = '';
  for (let q = from; q < from + len; q++) {
    if (!t[q] || t[q].type !== 'word' || (q > from && !t[q].gap)) return null;
    phrase += (q > from ? ' ' : '') + t[q].lower;
  }
  return phrase;
}

/**
 * A sign before the number at `i`: ">" more-than, ">=" / "≥" at-least, "<"
 * less-than, "<=" / "< =" / "≤" at-most. `reject` for "<>30", "=>30", "=<30",
 * which are no bounds a reader could trust.
 */
export function signBefore(t: readonly Token[], i: number): { qualifier: Qualifier; first: number } | 'reject' | null {
  const at = (k: number): string | undefined => t[k]?.text;
  const cmp = (x: string | undefined): boolean => x === '<' || x === '>';
  const sign = (x: string | undefined): boolean => cmp(x) || x === '=';
  const s = at(i - 1);
  if (s === '≥' || s === '≤') return { qualifier: s === '≥' ? 'at-least' : 'at-most', first: i - 1 };
  if (s === '=' && cmp(at(i - 2))) {
    if (sign(at(i - 3))) return 'reject';
    return { qualifier: at(i - 2) === '>' ? 'at-least' : 'at-most', first: i - 2 };
  }
  if (!cmp(s)) return null;
  if (sign(at(i - 2))) return 'reject'; // "<>30", "=>30", "=<30"
  return { qualifier: s === '>' ? 'more-than' : 'less-than', first: i - 1 };
}

/** A qualifier phrase starting at token `k` ("less than or equal to"): its kind and the token after it. */
export function qualifierAt(t: readonly Token[], k: number): { qualifier: Qualifier; end: number } | null {
  for (let len = LONGEST_QUALIFIER; len >= 1; len--) {
    const phrase = phraseAt(t, k, len);
    const qualifier = phrase === null ? undefined : QUALIFIERS.get(phrase);
    if (qualifier && t[k + len]?.gap) return { qualifier, end: k + len };
  }
  return null;
}

/**
 * Words after a number that bound it: "or more", "or less", "and above"; "or
 * equal (to)" makes a "more than" or "less than" inclusive. Not when a number
 * follows ("200 or greater than 190" bounds the 190).
 */
export function postfixAt(t: readonly Token[], k: number, q: Qualifier): { qualifier: Qualifier; end: number } | null {
  for (let len = LONGEST_POSTFIX; len >= 2; len--) {
    const phrase = phraseAt(t, k, len);
    const p = phrase === null ? undefined : POSTFIX.get(phrase);
    if (!p) continue;
    const next = t[k + len];
    if (next?.lower === 'than') continue; // "and less than 10" is a bound of its own
    if (next && (next.type === 'num' || (next.type === 'word' && /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|minus|negative)$/.test(next.lower)))) return null;
    if (phrase?.startsWith('and ') && next?.type === 'word' && !AFTER_AND_MORE.has(next.lower)) return null;
    if (p === 'exact') {
      if (q === 'more-than') return { qualifier: 'at-least', end: k + len };
      if (q === 'less-than') return { qualifier: 'at-most', end: k + len };
      return null;
    }
    return { qualifier: p, end: k + len };
  }
  return null;
}

/** Is there a word of change just before the "from" at `k` ("rose from 30 to 40", "cut its forces from")? */
export function changeBefore(t: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) if (CHANGE.has(t[j].lower)) return true;
  return false;
}

/** Offsets of web addresses in `text[from, to)`: numbers inside them ("%2020", "q=30%25") are no claims. */
export function urlRanges(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  const slice = text.slice(from, to);
  if (!slice.includes('://') && !slice.includes('www.') && !slice.includes('?')) return out;
  // one pass over the white-space separated chunks: no regular expression to backtrack
  let start = -1;
  for (let k = 0; k <= slice.length; k++) {
    const space = k === slice.length || /\s/.test(slice[k]);
    if (!space && start < 0) start = k;
    else if (space && start >= 0) {
      const chunk = slice.slice(start, k);
      const q = chunk.indexOf('?');
      if (chunk.includes('://') || chunk.toLowerCase().startsWith('www.') || (q > 0 && chunk.indexOf('=', q) > q)) out.push([from + start, from + k]);
      start = -1;
    }
  }
  return out;
}
