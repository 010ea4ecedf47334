/**
 * Words for alignment: tokens of a sentence with offsets, stemmed (Porter) and
 * folded into concepts from `rules/data/synonyms.json`, so that "pledged" and
 * "committed", "nations" and "allies" count as the same word.
 */
import stemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { words as STOPWORDS } from 'natural/lib/natural/util/stopwords';
import { loadData } from '../rules/data';

interface SynonymData {
  concepts: Record<string, string[]>;
  auxiliaries: string[];
  speechVerbs: string[];
}

/** A word of a sentence: offsets into the source text, and its concept key. */
export interface Token {
  start: number;
  end: number;
  lower: string;
  /** stem or concept name; empty for stop words and numbers */
  key: string;
}

interface Vocabulary {
  concept: Map<string, string>;
  stop: Set<string>;
  auxiliary: Set<string>;
  speech: Set<string>;
}

let vocab: Vocabulary | undefined;

function vocabulary(): Vocabulary {
  if (vocab) return vocab;
  const data = loadData<SynonymData>('synonyms');
  const concept = new Map<string, string>();
  for (const [name, list] of Object.entries(data.concepts)) {
    for (const w of list) {
      const lower = w.toLowerCase();
      concept.set(lower, name);
      concept.set(stemmer.stem(lower), name);
    }
  }
  const speech = new Set<string>();
  for (const w of data.speechVerbs) speech.add(stemmer.stem(w.toLowerCase()));
  vocab = { concept, stop: new Set(STOPWORDS), auxiliary: new Set(data.auxiliaries), speech };
  return vocab;
}

const WORD = /[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*/gu;

/** The key of one lower-cased word: its concept, or its stem; '' for stop words and numbers. */
export function wordKey(lower: string): string {
  const v = vocabulary();
  const w = lower.replace(/[’']s$/, '').replace(/’/g, "'");
  if (v.stop.has(w) || /^[\d.,-]+$/.test(w)) return '';
  const direct = v.concept.get(w);
  if (direct) return direct;
  const stem = stemmer.stem(w);
  return v.concept.get(stem) ?? stem;
}

/** Tokens of `text[from, to)`. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const lower = m[0].toLowerCase();
    out.push({ start: from + m.index, end: from + m.index + m[0].length, lower, key: wordKey(lower) });
  }
  return out;
}

/** Words that only carry tense or emphasis between a number and its verb ("had formally committed"). */
export function isAuxiliary(lower: string): boolean {
  return vocabulary().auxiliary.has(lower);
}

/** Verbs of saying: statements recur, so a speech act alone does not identify an event. */
export function isSpeechKey(key: string): boolean {
  return vocabulary().speech.has(key) || vocabulary().speech.has(stemmer.stem(key));
}
