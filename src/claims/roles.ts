/**
 * Role titles ("Kremlin spokesman", "UK Prime Minister", "Nato chief"): which
 * words make a role, and how to compare two roles. The word lists live in
 * `rules/data/roles.json`; a role is normalized to a head (what the person is:
 * `spokesperson`, `prime minister`) and qualifiers (whose: `kremlin`, `uk`).
 */
import { loadData } from '../rules/data';
import { lowerCase } from '../sources/chars';

interface RoleHeadData {
  head: string;
  synonyms: string[];
  broader?: string;
}

/** The shape of `rules/data/roles.json`. */
export interface RolesData {
  heads: RoleHeadData[];
  generic: string[];
  modifiers: string[];
  qualifierSynonyms: Record<string, string[]>;
  /** words that change a rank: a deputy governor is not the governor */
  rankModifiers?: string[];
  /** sets of qualifiers a role has one of at most: a district judge is not a circuit judge */
  exclusiveQualifiers?: string[][];
}

/** A role reduced to what can be compared. */
export interface NormalizedRole {
  /** canonical head, e.g. `spokesperson`; the last word when no known head is found */
  head: string;
  /** normalized qualifiers in text order, e.g. `['kremlin']`, `['uk']` */
  qualifiers: string[];
}

interface RoleTables {
  /** synonym phrase (words joined by one space) → head */
  phrases: Map<string, string>;
  /** longest synonym, in words */
  maxWords: number;
  /** every word that ends a synonym phrase: a role phrase must end in one */
  headWords: Set<string>;
  /** every word that may stand inside a role phrase */
  roleWords: Set<string>;
  broader: Map<string, string>;
  generic: Set<string>;
  qualifiers: Map<string, string>;
  maxQualifierWords: number;
}

let tables: RoleTables | undefined;

function load(): RoleTables {
  if (tables) return tables;
  const data = loadData<RolesData>('roles');
  const phrases = new Map<string, string>();
  const headWords = new Set<string>();
  const roleWords = new Set<string>(data.modifiers);
  const broader = new Map<string, string>();
  let maxWords = 1;
  for (const h of data.heads) {
    if (h.broader) broader.set(h.head, h.broader);
    for (const syn of h.synonyms) {
      const words = words_(syn);
      phrases.set(words.join(' '), h.head);
      maxWords = Math.max(maxWords, words.length);
      headWords.add(words[words.length - 1]);
      for (const w of words) roleWords.add(w);
    }
  }
  const qualifiers = new Map<string, string>();
  let maxQualifierWords = 1;
  for (const [norm, spellings] of Object.entries(data.qualifierSynonyms)) {
    for (const s of spellings) {
      const w = words_(s);
      qualifiers.set(w.join(' '), norm);
      maxQualifierWords = Math.max(maxQualifierWords, w.length);
    }
  }
  tables = { phrases, maxWords, headWords, roleWords, broader, generic: new Set(data.generic), qualifiers, maxQualifierWords };
  return tables;
}

const DROP = new Set(['the', 'a', 'an', 'of', 'for', 'to', 'and', 'its', 'his', 'her', 'their']);

/** Lower-case words of a phrase; possessive `'s`, dots and other punctuation removed, hyphens kept. */
function words_(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/\./g, '') // U.S. → us
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/** Is `word` (any case) the last word of a known role title: spokesman, minister, chief? */
export function isRoleHeadWord(word: string): boolean {
  return load().headWords.has(lowerCase(word));
}

/** May `word` (any case) stand inside a role phrase: a head word or a modifier (special, deputy, foreign)? */
export function isRoleWord(word: string): boolean {
  return load().roleWords.has(lowerCase(word));
}

/**
 * The word of a name token in lower case: its key, which is that with dots
 * taken out, when it has none to take out; lower-casing a capitalized word
 * again was most of {@link isRoleWord}'s time in the people pass.
 */
function lowerOf(t: { word: string; key: string }): string {
  return t.word.includes('.') ? lowerCase(t.word) : t.key;
}

/** {@link isRoleHeadWord} of a name token (`word` as written, `key` lower case without dots). */
export function isRoleHeadToken(t: { word: string; key: string }): boolean {
  return load().headWords.has(lowerOf(t));
}

/** {@link isRoleWord} of a name token (`word` as written, `key` lower case without dots). */
export function isRoleToken(t: { word: string; key: string }): boolean {
  return load().roleWords.has(lowerOf(t));
}

/**
 * Reduce a role as written to its head and qualifiers:
 * "the Kremlin's spokesperson" → `{ head: 'spokesperson', qualifiers: ['kremlin'] }`,
 * "UK Defence Secretary" → `{ head: 'defence secretary', qualifiers: ['uk'] }`.
 * The head is the longest known synonym phrase in the role (the last one when
 * several are present); the remaining words, with known spellings folded
 * (British → uk), are the qualifiers.
 */
export function normalizeRole(role: string): { head: string; qualifiers: string[] } {
  const t = load();
  const w = words_(role);
  let best: { at: number; len: number; head: string } | undefined;
  for (let i = 0; i < w.length; i++) {
    for (let n = Math.min(t.maxWords, w.length - i); n >= 1; n--) {
      const head = t.phrases.get(w.slice(i, i + n).join(' '));
      // the longest match wins; among equals the later one, since English puts the head last
      if (head !== undefined && (!best || n > best.len || (n === best.len && i > best.at))) best = { at: i, len: n, head };
      if (head !== undefined) break;
    }
  }
  const rest = best ? [...w.slice(0, best.at), ...w.slice(best.at + best.len)] : w.slice(0, -1);
  const head = best ? best.head : (w[w.length - 1] ?? '');
  const qualifiers: string[] = [];
  for (let i = 0; i < rest.length; ) {
    let matched = false;
    for (let n = Math.min(t.maxQualifierWords, rest.length - i); n >= 1; n--) {
      const q = t.qualifiers.get(rest.slice(i, i + n).join(' '));
      if (q !== undefined) {
        if (!qualifiers.includes(q)) qualifiers.push(q);
        i += n;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    if (!DROP.has(rest[i]) && !qualifiers.includes(rest[i])) qualifiers.push(rest[i]);
    i++;
  }
  return { head, qualifiers };
}

/**
 * Can two roles describe the same position? False only when their heads differ,
 * neither head is generic (leader, official, chief…) and neither is a broader
 * form of the other (minister ⊃ foreign minister); or when one carries a rank
 * modifier the other lacks ("Deputy Governor" / "Governor"), or they name
 * different members of an exclusive set ("District" / "Circuit" judge). Other
 * qualifiers never make roles incompatible: "President" and "US President"
 * agree, and "Kremlin spokesman" and "the Kremlin's spokesperson" agree.
 */
export function rolesCompatible(a: string, b: string): boolean {
  const t = load();
  const ra = normalizeRole(a);
  const rb = normalizeRole(b);
  if (rankDiffers(ra.qualifiers, rb.qualifiers) || exclusiveDiffers(ra.qualifiers, rb.qualifiers)) return false;
  const x = ra.head;
  const y = rb.head;
  if (x === '' || y === '' || x === y) return true;
  if (t.generic.has(x) || t.generic.has(y)) return true;
  return isBroader(t, x, y) || isBroader(t, y, x);
}

/** One role carries a rank modifier the other lacks ("Deputy Governor" / "Governor"). */
function rankDiffers(a: readonly string[], b: readonly string[]): boolean {
  const ranks = new Set(loadData<RolesData>('roles').rankModifiers ?? []);
  const ra = a.filter((q) => ranks.has(q)).sort().join(' ');
  const rb = b.filter((q) => ranks.has(q)).sort().join(' ');
  return ra !== rb;
}

/** The roles name two different members of an exclusive set ("District" / "Circuit" judge). */
function exclusiveDiffers(a: readonly string[], b: readonly string[]): boolean {
  for (const set of loadData<RolesData>('roles').exclusiveQualifiers ?? []) {
    const x = a.find((q) => set.includes(q));
    const y = b.find((q) => set.includes(q));
    if (x !== undefined && y !== undefined && x !== y) return true;
  }
  return false;
}

/** Is `wide` reached from `narrow` by following `broader` links? */
function isBroader(t: RoleTables, wide: string, narrow: string): boolean {
  let cur: string | undefined = t.broader.get(narrow);
  for (let guard = 0; cur !== undefined && guard < 8; guard++) {
    if (cur === wide) return true;
    cur = t.broader.get(cur);
  }
  return false;
}
