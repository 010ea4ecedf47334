/**
 * Which way a date expression points from the published date, read from the
 * verb that governs it. News writes "said on Friday" for the past and "will
 * meet on Monday" for the future; a bare weekday or a month without a year is
 * resolved in that direction.
 *
 * The governing verb is the nearest tense cue in the same clause: first
 * looking left of the expression ("Trump told CBS News on Wednesday"), then
 * right ("On Wednesday, Putin thanked Kim"). A clause ends at `; : — ( "` and
 * at words such as "that", "which", "while", so "told … on Wednesday that he
 * will" is read from "told", not from "will".
 */
import type { Span } from '../types';
import { loadData } from '../rules/data';

/** The direction of a clause; `unknown` when no cue was found. */
export type Tense = 'past' | 'future' | 'unknown';

interface TenseData {
  future: string[];
  past: string[];
  notPast: string[];
  notProgressive: string[];
  beAuxiliaries: string[];
  progressiveAuxiliaries: string[];
  clauseBreaks: string[];
}

interface Words {
  future: Set<string>;
  past: Set<string>;
  notPast: Set<string>;
  notProgressive: Set<string>;
  be: Set<string>;
  progressive: Set<string>;
  breaks: Set<string>;
}

let words: Words | undefined;

function lists(): Words {
  if (words) return words;
  const d = loadData<{ tense: TenseData }>('dates').tense;
  words = {
    future: new Set(d.future),
    past: new Set(d.past),
    notPast: new Set(d.notPast),
    notProgressive: new Set(d.notProgressive),
    be: new Set(d.beAuxiliaries),
    progressive: new Set(d.progressiveAuxiliaries),
    breaks: new Set(d.clauseBreaks),
  };
  return words;
}

interface Tok {
  text: string;
  lower: string;
  /** a clause boundary: punctuation or a subordinating word */
  stop: boolean;
}

// words (with inner apostrophes and hyphens) and the punctuation that ends a clause
const TOKEN_RE = /[A-Za-z]+(?:['’-][A-Za-z]+)*|['’](?:s|re|ll)\b|[;:—–()"“”]/g;
/** How many words either side are read before giving up: a clause rarely runs longer. */
const REACH = 30;

function tokens(text: string, from: number, to: number, w: Words): Tok[] {
  const out: Tok[] = [];
  const re = new RegExp(TOKEN_RE.source, 'g');
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const t = m[0];
    const lower = t.toLowerCase();
    // a capitalized word is a name ("Will Smith", "Said"), never a tense cue
    const stop = !/[A-Za-z]/.test(t[0]) ? !/^['’]/.test(t) : /^[a-z]/.test(t) && w.breaks.has(lower);
    out.push({ text: t, lower, stop });
  }
  return out;
}

/** `future`, `past` or `undefined` for token `k` of `t`; participles defer to the auxiliary before them. */
function cue(t: readonly Tok[], k: number, w: Words): Tense | undefined {
  const tok = t[k];
  // "'ll", "We'll": contracted will
  if (/['’]ll$/.test(tok.lower)) return 'future';
  if (!/^[a-z'’]/.test(tok.text)) return undefined;
  const prev = k > 0 ? t[k - 1].lower : '';
  if (w.future.has(tok.lower)) return 'future';
  // "is meeting on Monday": an arrangement; "is ongoing" is no verb
  if (tok.lower.endsWith('ing') && w.progressive.has(prev) && !w.notProgressive.has(tok.lower)) return 'future';
  const pastForm = w.past.has(tok.lower) || (tok.lower.length > 4 && tok.lower.endsWith('ed') && !w.notPast.has(tok.lower));
  if (!pastForm) return undefined;
  // "will be held", "has been killed", "is signed": the auxiliary decides, read on
  if (w.be.has(prev) || w.progressive.has(prev)) return undefined;
  // "will have a meeting": the modal before the auxiliary decides
  if (prev === 'will' || prev === 'shall' || /['’]ll$/.test(prev)) return 'future';
  return 'past';
}

/**
 * The tense of the clause around `at` inside `sentence` (offsets into `text`):
 * the nearest cue to the left, else the nearest to the right, else `unknown`.
 */
export function tenseAround(text: string, sentence: Span, at: Span): Tense {
  const w = lists();
  const left = tokens(text, sentence.start, at.start, w);
  for (let k = left.length - 1, n = 0; k >= 0 && n < REACH; k--, n++) {
    if (left[k].stop) break;
    const c = cue(left, k, w);
    if (c) return c;
  }
  const right = tokens(text, at.end, sentence.end, w);
  for (let k = 0; k < right.length && k < REACH; k++) {
    if (right[k].stop) break;
    const c = cue(right, k, w);
    if (c) return c;
  }
  return 'unknown';
}
