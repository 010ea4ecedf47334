/**
 * What a number counts: the noun after it ("26 Western allies" → `allies`,
 * class `country`), read from the unit classes in `rules/data/units.json`.
 * Nouns of no class give their singular lemma as the unit ("5 mines" → `mine`).
 */
import { NounInflector } from 'natural/lib/natural/inflectors';
import { loadData } from '../rules/data';
import { rememberShort } from '../sources/chars';
import { isTightHyphen, wordValue, type Token } from './numbers';

interface UnitsData {
  classes: { class: string; nouns: string[] }[];
  timeUnits: string[];
  functionWords: string[];
  modifiers: string[];
}

/** The noun a number counts. */
export interface NounMatch {
  /** unit class, or the noun's singular lemma when it has no class */
  unit: string;
  /** the noun as written */
  noun: string;
  /** the noun has a class in units.json */
  known: boolean;
  /** token index just past the noun */
  end: number;
}

const DATA = loadData<UnitsData>('units');
const CLASS_OF = new Map<string, string>();
for (const c of DATA.classes) for (const n of c.nouns) CLASS_OF.set(n, c.class);
const LONGEST = Math.max(...[...CLASS_OF.keys()].map((n) => n.split(' ').length));
const TIME = new Set(DATA.timeUnits);
const FUNCTION = new Set(DATA.functionWords);
const MODIFIERS = new Set(DATA.modifiers);
const inflector = new NounInflector();
const ADJECTIVE_RE = /(?:al|ary|ic|ian|ese|ish|ive|ful|ous|ern)$/;

/** Most words read between a number and its noun ("26 Western allies"). */
const MAX_WORDS = 4;

/** Is `word` a unit of time (a number counting it is a duration)? */
export function isTimeUnit(word: string): boolean {
  return TIME.has(word.toLowerCase());
}

/** Is `word` a function word (article, preposition, auxiliary, pronoun)? */
export function isFunctionWord(word: string): boolean {
  return FUNCTION.has(word.toLowerCase());
}

/** Plural nouns' lemmas, by the noun in lower case: the inflector tries its rules one regex at a time, and the same few nouns come back again and again. */
const singular = rememberShort((w) => inflector.singularize(w), 20_000);

/** Singular lemma of a noun, lower case: "mines" → "mine", "casualties" → "casualty". */
export function lemma(word: string): string {
  const w = word.toLowerCase();
  return looksPlural(w) || w === 'people' || w === 'men' || w === 'women' || w === 'children' ? singular(w) : w;
}

/** Unit class of one noun ("nation", "allies", "member"), else its lemma. */
export function unitOf(word: string): { unit: string; known: boolean } {
  const w = word.toLowerCase();
  const cls = CLASS_OF.get(w) ?? CLASS_OF.get(lemma(w));
  return cls ? { unit: cls, known: true } : { unit: lemma(w), known: false };
}

function looksPlural(w: string): boolean {
  return w.length > 2 && w.endsWith('s') && !/(?:ss|us|is|'s|’s)$/.test(w);
}

// participles and adverbs end the noun phrase: "30 killed", "26 nations formally"
function looksLikeVerbOrAdverb(w: string): boolean {
  return (w.length > 4 && (w.endsWith('ed') || w.endsWith('ly'))) || (w.length > 5 && w.endsWith('ing'));
}

/** A unit-class noun of one to {@link LONGEST} words starting at token `p`. */
function classAt(t: readonly Token[], p: number): { unit: string; end: number } | null {
  for (let len = LONGEST; len >= 1; len--) {
    if (p + len > t.length) continue;
    let phrase = '';
    let ok = true;
    for (let q = p; q < p + len; q++) {
      if (t[q].type !== 'word' || (q > p && !t[q].gap)) {
        ok = false;
        break;
      }
      phrase += (q > p ? ' ' : '') + t[q].lower;
    }
    const cls = ok ? CLASS_OF.get(phrase) : undefined;
    if (cls) return { unit: cls, end: p + len };
  }
  return null;
}

/**
 * The noun counted by a number whose tokens end before `k`, reading up to
 * four words and skipping adjectives ("two people clearing mines" → people).
 * Returns `'time'` when the noun is a unit of time (a duration), `null` when
 * there is no noun.
 */
export function nounAfter(t: readonly Token[], k: number, value: number, text: string): NounMatch | 'time' | null {
  const words: number[] = [];
  let p = k;
  for (let steps = 0; p < t.length && steps < MAX_WORDS; steps++) {
    const tok = t[p];
    if (tok.type !== 'word' || (p > k && !tok.gap)) break;
    const cls = classAt(t, p);
    if (cls) return { unit: cls.unit, noun: text.slice(tok.start, t[cls.end - 1].end), known: true, end: cls.end };
    if (TIME.has(tok.lower)) return 'time';
    if (FUNCTION.has(tok.lower) || looksLikeVerbOrAdverb(tok.lower) || wordValue(tok.lower) !== undefined || tok.lower === 'point') break;
    if (!MODIFIERS.has(tok.lower)) words.push(p);
    p++;
    // "14 Leopard 2 tanks": a model number goes with the name before it
    if (/^[A-Z]/.test(tok.text) && t[p]?.type === 'num' && t[p].gap && t[p + 1]?.type === 'word') p++;
    // "long-range missiles", "so-called": a hyphenated modifier is one word
    while (isTightHyphen(t, p) && t[p + 1].type === 'word') p += 2;
  }
  if (words.length === 0) return null;
  const plural = value !== 1 ? words.find((q) => looksPlural(t[q].lower)) : undefined;
  const head = plural ?? words[words.length - 1];
  const u = unitOf(t[head].text);
  return { unit: u.unit, noun: t[head].text, known: u.known, end: head + 1 };
}

/**
 * What an adjectival count describes ("27-member European Union" → "European
 * Union", "the 26-nation coalition" → "coalition"), reading from token `k`.
 */
export function holderAfter(t: readonly Token[], k: number, text: string): { holder: string; end: number } | null {
  const first = t[k];
  if (!first || first.type !== 'word' || !first.gap || FUNCTION.has(first.lower)) return null;
  if (/^[A-Z]/.test(first.text)) {
    let e = k + 1;
    while (e < t.length && t[e].type === 'word' && t[e].gap && /^[A-Z]/.test(t[e].text)) e++;
    return { holder: text.slice(first.start, t[e - 1].end), end: e };
  }
  const isWord = (e: number): boolean => e < t.length && t[e].type === 'word' && t[e].gap && !FUNCTION.has(t[e].lower) && !looksLikeVerbOrAdverb(t[e].lower);
  if (!isWord(k)) return null;
  // "10-point peace plan" → plan, but "26-nation coalition says" → coalition: a second word in -s is likely a verb
  const second = isWord(k + 1) && (ADJECTIVE_RE.test(first.lower) || !t[k + 1].lower.endsWith('s'));
  const e = second ? k + 1 : k;
  return { holder: t[e].text, end: e + 1 };
}
