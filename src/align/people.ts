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

function alike(a: string, b: string, min: number): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  const x = fold(a);
  const y = fold(b);
  return x === y || jaroWinkler(x, y) >= min;
}

/** Whether two full names are spellings of one person's name. */
export function samePerson(a: string, b: string): boolean {
  const x = nameKey(a).split(' ');
  const y = nameKey(b).split(' ');
  if (x.join(' ') === y.join(' ')) return true;
  if (x.length !== y.length || x.length < 2) return false;
  if (!alike(x[x.length - 1], y[y.length - 1], SURNAME)) return false;
  return x.slice(0, -1).every((w, i) => alike(w, y[i], GIVEN));
}

/**
 * One key per person among `names`: every name maps to the key of the first
 * name (in the order given) that is the same person. Quadratic in the number
 * of distinct names of one story, which is small.
 */
export function personKeys(names: readonly string[]): Map<string, string> {
  const distinct: string[] = [];
  const out = new Map<string, string>();
  for (const n of names) {
    if (out.has(n)) continue;
    const same = distinct.find((d) => samePerson(d, n));
    if (same) out.set(n, out.get(same) as string);
    else {
      distinct.push(n);
      out.set(n, nameKey(n));
    }
  }
  return out;
}
