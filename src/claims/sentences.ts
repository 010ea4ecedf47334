/**
 * Sentence segmentation over a source's plain text. Claims carry the sentence
 * they sit in; alignment reads its words. Sections never share a sentence, and
 * a paragraph break always ends one.
 */
import { isSpaceCode, lowerCase } from '../sources/chars';
import type { Section, Span } from '../types';

/** Words whose trailing dot does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'col', 'lt', 'capt', 'sgt', 'rev', 'gov', 'sen', 'rep',
  'pres', 'hon', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'approx', 'est', 'dept', 'univ', 'fig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
]);

/** Closing quotes and brackets that stay with the sentence they end: "'”’)]» */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0xbb;
}

const isStop = (c: number): boolean => c === 46 /* . */ || c === 33 /* ! */ || c === 63; /* ? */
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isCapital = (c: number): boolean => c >= 65 && c <= 90;
const isSpace = (text: string, i: number): boolean => isSpaceCode(text.charCodeAt(i));

/** Longest sentence, in characters; real ones stay under a few hundred. */
export const MAX_SENTENCE = 2000;

/** Split `[from, to)` of `text` into sentence spans, trimmed of surrounding white space. */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let start = from;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text, s)) s++;
    while (e > s && isSpace(text, e - 1)) e--;
    // a run longer than any real sentence (a file with no stops) is cut at spaces, so that the extractors' work on a sentence stays bounded
    while (e - s > MAX_SENTENCE) {
      let cut = s + MAX_SENTENCE;
      while (cut > s + MAX_SENTENCE / 2 && !isSpace(text, cut)) cut--;
      if (!isSpace(text, cut)) cut = s + MAX_SENTENCE;
      let next = cut;
      while (next < e && isSpace(text, next)) next++;
      while (cut > s && isSpace(text, cut - 1)) cut--;
      out.push({ start: s, end: cut });
      s = next;
    }
    if (e > s) out.push({ start: s, end: e });
  };
  // only line breaks and stops matter: we jump from one to the next, found by
  // indexOf (a native scan) in the stretch itself, rather than reading every character
  const part = text.slice(from, to);
  const next = [-1, -1, -1, -1];
  for (let i = from; i < to; i++) {
    i = nextMark(part, from, i, next);
    if (i >= to) break;
    const c = text.charCodeAt(i);
    if (c === 10) {
      // a blank line, or a line break after a line that ends like a heading or list item, ends a sentence
      push(i);
      start = i + 1;
      continue;
    }
    if (!isStop(c)) continue;
    let j = i + 1;
    while (j < to && isStop(text.charCodeAt(j))) j++;
    while (j < to && isCloser(text.charCodeAt(j))) j++;
    if (j < to && !isSpace(text, j)) continue; // "U.S.", "1.1bn", "Kyiv.The"
    if (c === 46 && !endsSentence(text, from, i, j, to)) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(to);
  return out;
}

/** The characters {@link splitSentences} acts on: a line break and the stops. */
const MARKS = ['\n', '.', '!', '?'];

/**
 * The first line break or stop at or after `i` in the text that `part` (its
 * stretch from `from`) holds, or the stretch's end. `next` keeps where each
 * was last found (-1: not yet looked for), so each is searched for again only
 * once passed, and the stretch is scanned about once for each.
 */
function nextMark(part: string, from: number, i: number, next: number[]): number {
  let first = from + part.length;
  for (let k = 0; k < MARKS.length; k++) {
    if (next[k] < i) {
      const at = part.indexOf(MARKS[k], i - from);
      next[k] = at < 0 ? from + part.length : from + at;
    }
    if (next[k] < first) first = next[k];
  }
  return first;
}

function endsSentence(text: string, from: number, dot: number, after: number, to: number): boolean {
  // the word before the dot
  let w = dot;
  while (w > from && isAsciiLetter(text.charCodeAt(w - 1))) w--;
  if (dot - w === 1 && isCapital(text.charCodeAt(w))) return false; // initials: "John F. Kennedy", "U.S."
  if (dot + 1 === after && dot - w <= 6 && ABBREVIATIONS.has(lowerCase(text.slice(w, dot)))) {
    return false;
  }
  // "U.S. officials": an acronym with dots ends a sentence only before a capitalized word that is not a name-like continuation
  if (w >= 2 && text.charCodeAt(w - 1) === 46 && hasCapital(text, w, dot)) {
    let k = after;
    while (k < to && text.charCodeAt(k) === 32) k++;
    return k < to && /[A-Z"“‘']/.test(text[k]) ? true : k >= to;
  }
  let k = after;
  while (k < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  // a sentence goes on after a dot followed by a lower-case word
  return !(k < to && text.charCodeAt(k) >= 97 && text.charCodeAt(k) <= 122);
}

function hasCapital(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isCapital(text.charCodeAt(i))) return true;
  return false;
}

/** Sentences of every claim-bearing section of a source. */
export function sentencesOf(text: string, sections: readonly Section[]): Span[] {
  const out: Span[] = [];
  for (const s of sections) {
    if (s.kind === 'boilerplate') continue;
    out.push(...splitSentences(text, s.start, s.end));
  }
  return out;
}

/** The sentence holding `offset`, or a span of just that offset. */
export function sentenceAt(sentences: readonly Span[], offset: number): Span {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return { start: offset, end: offset };
}

/** The section holding `offset`. */
export function sectionAt(sections: readonly Section[], offset: number): Section | undefined {
  // sections are in text order and do not overlap: a binary search (a scan was quadratic over long files)
  let lo = 0;
  let hi = sections.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sections[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
