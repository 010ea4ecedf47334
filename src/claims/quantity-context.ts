/**
 * What the words around a number say about it: a qualifier before it ("at
 * least", "no more than"), or signs that it is no count at all: a year, the
 * day of a date, a time of day, part of a name ("G7", "F-16", "Article 5").
 */
import type { Qualifier } from '../types';
import { loadData } from '../rules/data';
import { isTightHyphen, wordValue, type ParsedNumber, type Token } from './numbers';
import { isFunctionWord } from './quantity-nouns';

interface ContextData {
  qualifiers: { phrase: string; qualifier: Qualifier }[];
  months: string[];
  clockWords: string[];
}

const DATA = loadData<ContextData>('numbers');
const QUALIFIERS = new Map(DATA.qualifiers.map((q) => [q.phrase, q.qualifier]));
const LONGEST_QUALIFIER = Math.max(...DATA.qualifiers.map((q) => q.phrase.split(' ').length));
const MONTHS = new Set(DATA.months);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// sticky, tried right after a number: "10 pm", "10 a.m.", "0900 GMT"
const CLOCK_RE = new RegExp(`[ \\u00A0]?(?:[ap]\\.[ \\u00A0]?m\\.|(?:${DATA.clockWords.map(escape).join('|')})(?![A-Za-z]))`, 'iy');
const DASH = /^[-–‑]$/;
const YEAR_RE = /^(?:1[5-9]\d\d|20\d\d|2100)$/;

/** The last words of the qualifier phrases: before most numbers stands none of them, and no phrase is built. */
const QUALIFIER_ENDS = new Set(DATA.qualifiers.map((q) => q.phrase.slice(q.phrase.lastIndexOf(' ') + 1)));

/** A qualifier phrase ending just before token `i`: its kind and first token. */
export function qualifierBefore(t: readonly Token[], i: number): { qualifier: Qualifier; first: number } | null {
  // the number must stand apart from the qualifier ("over 200", not "over-200")
  if (i === 0 || !t[i].gap || !QUALIFIER_ENDS.has(t[i - 1].lower)) return null;
  for (let len = Math.min(LONGEST_QUALIFIER, i); len >= 1; len--) {
    const from = i - len;
    let phrase = '';
    let ok = true;
    for (let q = from; q < i; q++) {
      if (t[q].type !== 'word' || (q > from && !t[q].gap)) {
        ok = false;
        break;
      }
      phrase += (q > from ? ' ' : '') + t[q].lower;
    }
    // the number must stand apart from the qualifier ("over 200", not "over-200")
    const qualifier = ok && t[i].gap ? QUALIFIERS.get(phrase) : undefined;
    if (qualifier) return { qualifier, first: from };
  }
  return null;
}

/** Is `s` a year standing alone: four digits, 1500–2100, no separators? */
export function looksLikeYear(s: string): boolean {
  return YEAR_RE.test(s);
}

/** Prepositions that put a year in time: "in 2022 troops left" is a year, not 2022 troops. */
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'by', 'from', 'until', 'till', 'of', 'before', 'after', 'during', 'to', 'through', 'and', 'or']);

/** Is the year-like number at token `i` a year here (not "2000 troops")? `countedNoun`: a known lower-case noun follows. */
export function isYearHere(t: readonly Token[], i: number, countedNoun: boolean): boolean {
  if (!looksLikeYear(t[i].text)) return false;
  return !countedNoun || YEAR_PREPOSITIONS.has(t[i - 1]?.lower ?? '');
}

/** Is `word` a month name or its abbreviation? */
export function isMonth(word: string | undefined): boolean {
  return word !== undefined && MONTHS.has(word.toLowerCase());
}

/**
 * Should the number `n` (written in digits) be left alone because it is part
 * of a name, a date or a time? Ranges and currencies are read before this.
 */
export function isNotACount(t: readonly Token[], n: ParsedNumber, text: string): boolean {
  // ".25ml", "-5G": judge the digits after a sign
  const i = t[n.first].type === 'sym' && t[n.first + 1]?.type === 'num' ? n.first + 1 : n.first;
  const tok = t[i];
  if (tok.type !== 'num') return false;
  const prev = t[i - 1];
  const next = t[n.end];
  if (prev && prev.type === 'word' && !tok.gap) return true; // "G7", "MH17"
  if (prev && i >= 2 && isTightHyphen(t, i - 1) && t[i - 2].type === 'word' && wordValue(t[i - 2].lower) === undefined) return true; // "F-16", "COVID-19"
  // "10:30", "3-1": the second half of a time or a score
  if (prev && !tok.gap && (prev.text === ':' || DASH.test(prev.text)) && t[i - 2]?.type === 'num' && !prev.gap) return true;
  // "1. Troops …", "(2)": list markers (plain digits before an item: not "22,240,260,310." ending a text)
  const marker = next?.text === ')' || (next?.text === '.' && i === 0 && /^\d+$/.test(tok.text) && /\S/.test(text.slice(next.end, next.end + 200)));
  if (next && !next.gap && marker && (i === 0 || prev?.text === '(')) return true;
  if (prev?.text === '#' || (prev?.text === '.' && t[i - 2]?.lower === 'no')) return true; // "#1", "No. 10"
  // "Article 5", "Boeing 737": a capitalized word before that is no qualifier ("Some 300"), function word or possessive
  if (prev && prev.type === 'word' && /^[A-Z]/.test(prev.text) && !isFunctionWord(prev.lower) && !/['’]s$/.test(prev.lower) && !isMonth(prev.lower) && !qualifierBefore(t, i)) return true;
  const v = n.value;
  const plainDay = n.end === i + 1 && Number.isInteger(v) && v >= 1 && v <= 31;
  if (plainDay && (isMonth(prev?.lower) || isMonth(next?.lower) || (next?.lower === 'of' && isMonth(t[n.end + 1]?.lower)))) return true;
  if (next && !next.gap && next.text === ':' && t[n.end + 1]?.type === 'num' && !t[n.end + 1].gap) return true; // "3:30"
  if (n.end === i + 1) {
    CLOCK_RE.lastIndex = tok.end;
    if (CLOCK_RE.test(text)) return true;
  }
  if (next && !next.gap && next.type === 'word') return true; // "5G", "1990s", "21st"
  // "3-1": a hyphen and a number that make no range (ranges are read before this check)
  if (next && isTightHyphen(t, n.end) && t[n.end + 1].type === 'num') return true;
  return false;
}

/** The tokens a year or date number occupies, with a following "-23" or "–2023" of a span of years. */
export function yearEnd(t: readonly Token[], i: number): number {
  const dash = t[i + 1];
  if (dash && (dash.text === '-' || dash.text === '–') && t[i + 2]?.type === 'num' && /^\d{2}(?:\d\d)?$/.test(t[i + 2].text)) return i + 3;
  return i + 1;
}
