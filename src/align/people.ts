/**
 * Which person mentions in a story are the same person, across spellings:
 * "Jonathan Pryce" / "Jonathon Pryce", "Mohamed Hamdan Dagalo" / "Mohammed
 * Hamdan Daglo", "Matthias Gruenewald" / "Mathias Grünewald". Names whose keys
 * are equal are one person; beyond that, two full names are one person when
 * they have as many words, their surnames are near-identical and each given
 * name is near-identical or an initial of the other (Jaro–Winkler).
 */
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance';
import { nameKey } from '../claims/names';

/** Surnames this alike (and given names this alike) are spellings of one name. */
const SURNAME = 0.9;
const GIVEN = 0.85;

/** German-style transliterations fold to the plain letter, as nameKey folds diacritics. */
function fold(word: string): string {
  return word.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u').replace(/ss/g, 's');
}

/** Two words of names alike: equal, an initial of the other, or near-identical once folded. */
function alike(a: string, b: string, min: number, foldedA: string, foldedB: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return foldedA === foldedB || jaroWinkler(foldedA, foldedB) >= min;
}

/** A name's key in words, and each word folded. */
interface NameWords {
  key: string;
  words: string[];
  folded: string[];
}

function wordsOf(name: string): NameWords {
  const key = nameKey(name);
  const words = key.split(' ');
  return { key, words, folded: words.map(fold) };
}

function sameWords(x: NameWords, y: NameWords): boolean {
  if (x.key === y.key) return true;
  const n = x.words.length;
  if (n !== y.words.length || n < 2) return false;
  if (!alike(x.words[n - 1], y.words[n - 1], SURNAME, x.folded[n - 1], y.folded[n - 1])) return false;
  for (let i = 0; i < n - 1; i++) if (!alike(x.words[i], y.words[i], GIVEN, x.folded[i], y.folded[i])) return false;
  return true;
}

/** Whether two full names are spellings of one person's name. */
export function samePerson(a: string, b: string): boolean {
  return sameWords(wordsOf(a), wordsOf(b));
}

/**
 * One key per person among `names`: every name maps to the key of the first
 * name (in the order given) that is the same person. A name is compared only
 * with earlier distinct names of as many words (no other can be the same
 * person), each split and folded once; quadratic in the distinct names of
 * one length in a story.
 */
export function personKeys(names: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  // distinct names by word count, in order; and the distinct name of each key (keys of distinct names differ)
  const byLength = new Map<number, Array<{ name: string; words: NameWords }>>();
  const byKey = new Map<string, string>();
  for (const n of names) {
    if (out.has(n)) continue;
    const words = wordsOf(n);
    let same: string | undefined;
    const peers = byLength.get(words.words.length);
    if (words.words.length >= 2) same = peers?.find((d) => sameWords(d.words, words))?.name;
    else same = byKey.get(words.key);
    if (same !== undefined) out.set(n, out.get(same) as string);
    else {
      if (peers) peers.push({ name: n, words });
      else byLength.set(words.words.length, [{ name: n, words }]);
      byKey.set(words.key, n);
      out.set(n, words.key);
    }
  }
  return out;
}
