/**
 * Words for alignment: tokens of a sentence with offsets, stemmed (Porter) and
 * folded into concepts from `rules/data/synonyms.json`, so that "pledged" and
 * "committed", "nations" and "allies" count as the same word.
 */
import stemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { STEMS } from './stems.generated';
import { words as STOPWORDS } from 'natural/lib/natural/util/stopwords';
import { loadData } from '../rules/data';
import { WordTable } from './word-table';
import { flatString } from '../sources/stored';

interface SynonymData {
  concepts: Record<string, string[]>;
  auxiliaries: string[];
  speechVerbs: string[];
  verbs: string[];
  notVerbs: string[];
  phrasal: Record<string, string>;
}

/** A word of a sentence: offsets into the source text, and its concept key. */
export interface Token {
  start: number;
  end: number;
  lower: string;
  /** stem or concept name; empty for stop words and numbers */
  key: string;
  /** a word of saying ({@link isSpeechWord}) */
  speech: boolean;
}

interface Vocabulary {
  concept: Map<string, string>;
  stop: Set<string>;
  auxiliary: Set<string>;
  speech: Set<string>;
  /** concepts that are actions, and irregular verb forms */
  verbs: Set<string>;
  notVerbs: Set<string>;
  phrasal: Map<string, string>;
}

let vocab: Vocabulary | undefined;

/** The stem of a word of the synonym data: worked out when crosscheck was built (tests/align/stems.test.ts keeps them right). */
function dataStem(lower: string): string {
  return STEMS.get(lower) ?? stemmer.stem(lower);
}

function vocabulary(): Vocabulary {
  if (vocab) return vocab;
  const data = loadData<SynonymData>('synonyms');
  const concept = new Map<string, string>();
  for (const [name, list] of Object.entries(data.concepts)) {
    for (const w of list) {
      const lower = w.toLowerCase();
      concept.set(lower, name);
      concept.set(dataStem(lower), name);
    }
  }
  const speech = new Set<string>();
  for (const w of data.speechVerbs) speech.add(dataStem(w.toLowerCase()));
  const verbs = new Set(data.verbs.map((w) => w.toLowerCase()));
  vocab = { concept, stop: new Set(STOPWORDS), auxiliary: new Set(data.auxiliaries), speech, verbs, notVerbs: new Set(data.notVerbs.map((w) => w.toLowerCase())), phrasal: new Map(Object.entries(data.phrasal)) };
  return vocab;
}

/** Keys already worked out: stemming is the costliest step of alignment, and words recur (bounded, cleared when full). */
const keys = new Map<string, string>();
const MAX_KEYS = 200_000;

/** The key of one lower-cased word: its concept, or its stem; '' for stop words and numbers. */
export function wordKey(lower: string): string {
  const hit = keys.get(lower);
  if (hit !== undefined) return hit;
  if (keys.size >= MAX_KEYS) keys.clear();
  // kept flat: a word cut from an article's text would keep the whole text alive in the cache
  const key = flatString(computeKey(lower));
  keys.set(flatString(lower), key);
  return key;
}

function computeKey(lower: string): string {
  const v = vocabulary();
  const w = lower.replace(/[’']s$/, '').replace(/’/g, "'");
  if (v.stop.has(w) || /^[\d.,-]+$/.test(w)) return '';
  const direct = v.concept.get(w);
  if (direct) return direct;
  const stem = stemmer.stem(w);
  return v.concept.get(stem) ?? stem;
}

/** Words met in texts, with their keys (and, once a token asks, whether they are words of saying): most words of an article were met before. */
const known = new WordTable(wordKey, (lower, key) => isSpeechWord({ lower, key }));

/** Tokens of `text[from, to)`. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  known.scan(text, from, to, (slot, start, end) => {
    out.push({ start, end, lower: known.lowerAt(slot), key: known.keyAt(slot), speech: known.markAt(slot) });
  });
  return out;
}

/** Call `word(key, start, end)` for each word of `text[from, to)` (keys as tokens have them), until it returns true. */
export function scanKeys(text: string, from: number, to: number, word: (key: string, start: number, end: number) => boolean | void): void {
  known.scan(text, from, to, (slot, start, end) => word(known.keyAt(slot), start, end));
}

/**
 * A number for each word key, from `numberOf` when a known word is first
 * met and then remembered by its place in the table of known words: a scan
 * of every article (story grouping) then looks a word's number up in an
 * array instead of its key in a map. `numberOf` may give -1 (no number).
 */
export class KeyNumbers {
  /** per slot of the known words: 2 + the number of its key, 0 while not asked */
  private numbers = new Int32Array(0);
  private layout = -1;

  constructor(private readonly numberOf: (key: string) => number) {}

  /** Call `word(number, start, end)` for each word of `text[from, to)` (as {@link scanKeys} finds them), until it returns true. */
  scan(text: string, from: number, to: number, word: (n: number, start: number, end: number) => boolean | void): void {
    known.scan(text, from, to, (slot, start, end) => {
      // slots move when the table grows or is cleared: their numbers are asked for again
      if (known.layout !== this.layout) {
        this.numbers = new Int32Array(known.capacity);
        this.layout = known.layout;
      }
      let n = this.numbers[slot];
      if (n === 0) this.numbers[slot] = n = this.numberOf(known.keyAt(slot)) + 2;
      return word(n - 2, start, end);
    });
  }
}

/** Words that only carry tense or emphasis between a number and its verb ("had formally committed"). */
export function isAuxiliary(lower: string): boolean {
  return vocabulary().auxiliary.has(lower);
}

/** Whether each key stems to a verb of saying, as worked out (bounded like {@link keys}). */
const speechKeys = new Map<string, boolean>();

/** Verbs of saying: statements recur, so a speech act alone does not identify an event. */
export function isSpeechKey(key: string): boolean {
  const hit = speechKeys.get(key);
  if (hit !== undefined) return hit;
  if (speechKeys.size >= MAX_KEYS) speechKeys.clear();
  const speech = vocabulary().speech;
  const is = speech.has(key) || speech.has(stemmer.stem(key));
  speechKeys.set(key, is);
  return is;
}

/** A word of saying as written ("said" is a stop word, so its key is empty); tokens know it already ({@link Token.speech}). */
export function isSpeechWord(t: Pick<Token, 'lower' | 'key'>): boolean {
  return isSpeechKey(t.lower) || (t.key !== '' && isSpeechKey(t.key));
}

/**
 * Whether a token reads as a verb, without a tagger: an action concept
 * ("pledged", "rose"), a listed irregular form, a word in -ed or -ing that is
 * not a listed noun ("hundred", "meeting"), or a word right after "to" or an
 * auxiliary ("will release").
 */
export function looksLikeVerb(t: Token, prev?: Token): boolean {
  if (!t.key) return false;
  const v = vocabulary();
  if (v.notVerbs.has(t.lower)) return false;
  if (v.verbs.has(t.lower) || v.verbs.has(t.key)) return true;
  if (/[a-z]{2}(?:ed|ing)$/.test(t.lower)) return true;
  return prev !== undefined && (prev.lower === 'to' || v.auxiliary.has(prev.lower)) && !/^(?:the|a|an)$/.test(t.lower);
}

/** The concept of a two-word verb ("lifted off" → launch), or undefined. */
export function phrasalKey(t: Token, next: Token | undefined): string | undefined {
  return next ? vocabulary().phrasal.get(`${t.lower} ${next.lower}`) : undefined;
}
