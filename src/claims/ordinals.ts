/**
 * Ordinals in running text, absolute and relative, normalized as
 * Recognizers-Text does: an offset and what it counts from. "third" is
 * start+3, "21st" start+21; "last" is end+0, "penultimate", "the second to
 * last" and "next to last" end-1, "the last but two" end-2; "next" is
 * current+1, "previous" current-1, "current" current+0.
 *
 * These are ordinals of a sequence ("the second-to-last round", "the next
 * item"); time expressions with the same words ("last week", "the next day")
 * are read by the date extractors, which know the calendar.
 */
import { loadData } from '../rules/data';
import { parseOrdinal, wordValue, type Token } from './numbers';
import { tokenize } from './numbers-tokens';
import { ORDINALS, isTightHyphen } from './numbers-words';

/** What an ordinal counts from: the first item, the last one, or the one at hand. */
export type OrdinalAnchor = 'start' | 'end' | 'current';

/** An ordinal as an offset from its anchor: "third" {3, start}, "penultimate" {-1, end}, "next" {1, current}. */
export interface Ordinal {
  offset: number;
  relativeTo: OrdinalAnchor;
}

/** An ordinal read from tokens `[first, end)`. */
export interface OrdinalMatch extends Ordinal {
  first: number;
  end: number;
}

interface RelativeData {
  relativeOrdinals: { phrase: string; offset: number; relativeTo: 'end' | 'current' }[];
}

const PHRASES = new Map(loadData<RelativeData>('numbers').relativeOrdinals.map((r) => [r.phrase, { offset: r.offset, relativeTo: r.relativeTo }]));
const LONGEST = Math.max(...[...PHRASES.keys()].map((p) => p.split(' ').length));
/** Longest token run an absolute ordinal is read from: "twenty-one trillion and three hundred twenty second" is 9 tokens. */
const MAX_RUN = 12;

/** Token `k` follows the word before it after one space or a tight hyphen ("second-to-last"); returns the word's index. */
function nextWord(t: readonly Token[], k: number): number {
  if (isTightHyphen(t, k)) return t[k + 1].type === 'word' ? k + 1 : -1;
  return t[k]?.type === 'word' && t[k].gap && t[k].start - t[k - 1].end === 1 ? k : -1;
}

/** The words from token `i` on, up to `max`, with the token after each: "next", "-", "to" gives [next, 1], [to, 3]. */
function wordsAt(t: readonly Token[], i: number, max: number): Array<{ word: string; end: number }> {
  const out: Array<{ word: string; end: number }> = [];
  if (t[i]?.type !== 'word') return out;
  for (let k = i; out.length < max; ) {
    out.push({ word: t[k].lower, end: k + 1 });
    k = nextWord(t, k + 1);
    if (k < 0) break;
  }
  return out;
}

/** "the second to last", "third-from-last", "the last but one": ordinals counted back from the end, built from a number. */
function countedBack(words: ReadonlyArray<{ word: string; end: number }>): { offset: number; end: number } | null {
  const from = words[0]?.word === 'the' ? 1 : 0;
  const w = words.slice(from).map((x) => x.word);
  const n = w[0] === undefined ? undefined : ORDINALS.get(w[0]);
  if (n !== undefined && n > 1 && (w[1] === 'to' || w[1] === 'from') && w[2] === 'last') return { offset: 1 - n, end: words[from + 2].end };
  const k = w[0] === 'last' && w[1] === 'but' && w[2] !== undefined ? wordValue(w[2]) : undefined;
  if (k !== undefined && k >= 1 && k < 10) return { offset: -k, end: words[from + 2].end };
  return null;
}

/** The relative ordinal that starts at token `i`, longest first: "the one before the last one", "next to last", "next". */
export function relativeOrdinalAt(t: readonly Token[], i: number): OrdinalMatch | null {
  const words = wordsAt(t, i, Math.max(LONGEST, 4));
  const back = countedBack(words);
  for (let len = Math.min(LONGEST, words.length); len >= 1; len--) {
    const end = words[len - 1].end;
    if (back && back.end >= end) break;
    const hit = PHRASES.get(words.slice(0, len).map((x) => x.word).join(' '));
    if (hit) return { ...hit, first: i, end };
  }
  return back ? { offset: back.offset, relativeTo: 'end', first: i, end: back.end } : null;
}

/**
 * The absolute ordinal that starts at token `i`: the longest run of words,
 * digits and hyphens that `parseOrdinal` reads ("21st", "one hundred
 * twenty-fifth"). A round ordinal after "a" is the denominator of a fraction:
 * "a millionth", "a trillionth" are no ordinals.
 */
export function absoluteOrdinalAt(t: readonly Token[], i: number, text: string): OrdinalMatch | null {
  const prev = t[i - 1]?.lower;
  for (let j = Math.min(t.length, i + MAX_RUN) - 1; j >= i; j--) {
    if (t[j].type !== 'word') continue;
    let ok = true;
    for (let k = i; k <= j && ok; k++) ok = !(t[k].type === 'sym' && t[k].text !== '-') && !(k > i && t[k].gap && t[k].start - t[k - 1].end !== 1);
    if (!ok) continue;
    const value = parseOrdinal(text.slice(t[i].start, t[j].end));
    if (value === null) continue;
    if (j === i && value >= 100 && (prev === 'a' || prev === 'an')) return null;
    return { offset: value, relativeTo: 'start', first: i, end: j + 1 };
  }
  return null;
}

/** The ordinal, relative or absolute, that starts at token `i` of `text`. */
export function ordinalAt(t: readonly Token[], i: number, text: string): OrdinalMatch | null {
  return relativeOrdinalAt(t, i) ?? absoluteOrdinalAt(t, i, text);
}

/** Every ordinal in `text`, left to right, each with its character span. */
export function ordinalsIn(text: string): Array<Ordinal & { start: number; end: number }> {
  const t = tokenize(text);
  const out: Array<Ordinal & { start: number; end: number }> = [];
  for (let i = 0; i < t.length; ) {
    const o = ordinalAt(t, i, text);
    if (!o) {
      i++;
      continue;
    }
    out.push({ offset: o.offset, relativeTo: o.relativeTo, start: t[o.first].start, end: t[o.end - 1].end });
    i = o.end;
  }
  return out;
}

/** The whole of `text` as one ordinal: "third" {3, start}, "second-to-last" {-1, end}, "next one" {1, current}; else `null`. */
export function readOrdinal(text: string): Ordinal | null {
  const t = tokenize(text.trim());
  if (t.length === 0) return null;
  const o = ordinalAt(t, 0, text.trim());
  return o && o.end === t.length ? { offset: o.offset, relativeTo: o.relativeTo } : null;
}

/** Recognizers-Text's value of an ordinal: "3" for start+3, "end-1", "current+1", "end+0". */
export function ordinalValue(o: Ordinal): string {
  if (o.relativeTo === 'start') return String(o.offset);
  return `${o.relativeTo}${o.offset < 0 ? '-' : '+'}${Math.abs(o.offset)}`;
}
