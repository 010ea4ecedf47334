/**
 * Person-name helpers: word tokens with offsets, runs of capitalized tokens
 * ("Ursula von der Leyen", "Kim Jong-un", "John F. Kennedy"), the word lists
 * that tell a name from a place or a sentence-initial word, and {@link nameKey},
 * which folds spelling variants of one name to one key.
 */
import { loadData } from '../rules/data';
import { lowerCase } from '../sources/chars';
import { flatString } from '../sources/stored';

/** The shape of `rules/data/names.json` (all words lower case). */
export interface NamesData {
  honorifics: string[];
  particles: string[];
  familyNameFirst: string[];
  notNames: string[];
  orgWords: string[];
  commonWords: string[];
}

/** A word of the text with its offsets. */
export interface Token {
  start: number;
  /** end of the word itself: a possessive `’s` and a sentence-final dot are left out */
  end: number;
  /** end including a possessive `’s` */
  full: number;
  /** the word as written (from start to end) */
  word: string;
  /** lower case, dots removed: the form the word lists use */
  key: string;
  /** starts with a capital letter (or is a prefixed name such as al-Assad) */
  cap: boolean;
  /** two or more capitals and nothing else: UK, NATO, U.S. */
  acronym: boolean;
  /** followed by a possessive `’s` */
  poss: boolean;
}

interface NameLists {
  honorifics: Set<string>;
  particles: Set<string>;
  familyNameFirst: Set<string>;
  notNames: Set<string>;
  orgWords: Set<string>;
  commonWords: Set<string>;
}

let lists: NameLists | undefined;

/** The word lists of `rules/data/names.json`, as sets. */
export function nameLists(): NameLists {
  if (lists) return lists;
  const d = loadData<NamesData>('names');
  lists = {
    honorifics: new Set(d.honorifics),
    particles: new Set(d.particles),
    familyNameFirst: new Set(d.familyNameFirst),
    notNames: new Set(d.notNames),
    orgWords: new Set(d.orgWords),
    commonWords: new Set(d.commonWords),
  };
  return lists;
}

// A word: letters, marks and digits, joined by hyphens, apostrophes or dots ("Jong-un", "O'Brien", "U.S.").
// The letter class is code-point ranges (Latin, Greek, Cyrillic … CJK, leaving out the General Punctuation
// and symbol blocks) rather than \p{L}, looked up per UTF-16 code unit in a table: the scan is by hand.
const LETTER_RANGES: ReadonlyArray<[number, number]> = [
  [0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a], [0xc0, 0xd6], [0xd8, 0xf6], [0xf8, 0x1fff], [0x2c00, 0xd7ff], [0xf900, 0xfdff], [0xfe70, 0xfeff], [0xff10, 0xffdc],
];
const LETTER = new Uint8Array(0x10000);
for (const [a, b] of LETTER_RANGES) LETTER.fill(1, a, b + 1);

/** Can a token ({@link tokenize}) hold the UTF-16 code unit `c`? */
export function isNameLetterCode(c: number): boolean {
  return LETTER[c] === 1;
}
const isJoiner = (c: number): boolean => c === 45 /* - */ || c === 0x2010 || c === 39 /* ' */ || c === 0x2019 || c === 46 /* . */;
const PREFIXED = /^(?:al|el|ad|as|ash|at|an|ar|az|abu|abd|bin|ibn|bint)[-‐]\p{Lu}/u;
const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;
const UPPER = /^\p{Lu}/u;

/** Per UTF-16 code unit: 0 not yet asked, 1 a capital (`\p{Lu}`), 2 not. */
const capitals = new Uint8Array(0x10000);

/** Is the UTF-16 code unit `c` a capital letter, as {@link isUpper} tells one? */
export function isCapitalCode(c: number): boolean {
  let k = capitals[c];
  if (k === 0) capitals[c] = k = UPPER.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** Does `s` start with a capital letter? (ASCII fast path, Unicode otherwise) */
function isUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER.test(s);
}

/** A prefixed name (al-Assad, bin Salman's "bin-"): the prefixes start with a, b, e or i, so most words are passed over unmatched. */
function isPrefixed(word: string): boolean {
  const c = word.charCodeAt(0);
  return word.length > 3 && (c === 97 || c === 98 || c === 101 || c === 105) && PREFIXED.test(word);
}

/** Two or more capitals (each maybe with a dot) and nothing else; a lower-case ASCII second letter settles it at once. */
function isAcronym(word: string): boolean {
  // one letter is no acronym (and its second letter would be read past its end, which deoptimizes the tokenizer)
  if (word.length < 2) return false;
  const c = word.charCodeAt(1);
  return !(c >= 97 && c <= 122) && ACRONYM.test(word);
}

/** {@link scanWord} saw a capital, a letter outside ASCII or a dot: the word's key needs lower-casing or its dots removed. */
const FOLD = 1;
/** {@link scanWord} saw a hyphen ("al-Assad"): the word may be a prefixed name. */
const HYPHEN = 2;
/** {@link scanWord} saw, after the first character, a capital, a letter outside ASCII or a dot: lower-casing takes more than the first letter. */
const FOLD_REST = 4;
/** What the last {@link scanWord} saw: a second result, without an object per word. */
let seen = 0;

/**
 * End of the word starting at `start` (a letter): letters, then joiner-and-letters
 * groups, then one optional dot — `[L]+(?:[-‐'’.][L]+)*\.?` matched by hand.
 * Leaves in {@link seen} what the word holds, so that the tokenizer reads each
 * character once (its lower-casing and look-ups read them again, for most words
 * to no effect).
 */
function scanWord(text: string, start: number): number {
  const n = text.length;
  let flags = 0;
  let i = start;
  for (;;) {
    let c = text.charCodeAt(i);
    while (LETTER[c]) {
      if (c < 97 || c > 122) flags |= c >= 48 && c <= 57 ? 0 : i === start ? FOLD : FOLD | FOLD_REST;
      i++;
      if (i >= n) break;
      c = text.charCodeAt(i);
    }
    if (i + 1 < n && isJoiner(c) && LETTER[text.charCodeAt(i + 1)]) {
      if (c === 46) flags |= FOLD | FOLD_REST;
      else if (c === 45 || c === 0x2010) flags |= HYPHEN;
      i++;
      continue;
    }
    break;
  }
  seen = flags;
  return i < n && text.charCodeAt(i) === 46 ? i + 1 : i;
}

/** Tokens of `text[from, to)`, the first `max` of them. Linear: one pass. */
export function tokenize(text: string, from = 0, to = text.length, max = Infinity): Token[] {
  const out: Token[] = [];
  const { honorifics } = nameLists();
  let i = from;
  while (i < to && out.length < max) {
    if (!LETTER[text.charCodeAt(i)]) {
      i++;
      continue;
    }
    const start = i;
    // a word running past `to` is cut there; the scan goes on after its whole length
    const whole = scanWord(text, start);
    let flags = seen;
    i = whole;
    let end = Math.min(whole, to);
    if (text.charCodeAt(end - 1) === 46 /* . */) {
      const bare = text.slice(start, end - 1);
      // keep the dot of an initial ("F."), an abbreviation with inner dots ("U.S.") or a title ("Dr.")
      const keep = (bare.length === 1 && isUpper(bare)) || bare.includes('.') || honorifics.has(lowerCase(bare));
      if (keep) flags |= FOLD | FOLD_REST;
      else end--;
    }
    let core = end;
    let poss = false;
    const last = text.charCodeAt(end - 1);
    const apos = text.charCodeAt(end - 2);
    if (end - start > 2 && (last === 115 /* s */ || last === 83) && (apos === 0x2019 || apos === 39)) {
      core = end - 2;
      poss = true;
    }
    const word = text.slice(start, core);
    out.push(wordToken(word, start, core, end, poss, flags));
  }
  return out;
}

/** The token of `word` (`text[start, core)`); `flags` say what {@link scanWord} saw in it, or in the whole word it was cut from. */
function wordToken(word: string, start: number, core: number, full: number, poss: boolean, flags: number): Token {
  // most words are lower-case ASCII with no dot: their key is the word itself
  let key = word;
  const first = word.charCodeAt(0);
  if ((flags & FOLD_REST) === 0 && first >= 65 && first <= 90) {
    // "The", "Peskov": a fresh string costs less than finding the one lower-cased before (a read of memory long unused)
    key = String.fromCharCode(first + 32) + word.slice(1);
  } else if ((flags & FOLD) !== 0) {
    key = lowerCase(word);
    if (key.includes('.')) key = key.replace(/\./g, '');
  }
  const cap = isUpper(word) || ((flags & HYPHEN) !== 0 && isPrefixed(word));
  return { start, end: core, full, word, key, cap, acronym: cap && isAcronym(word), poss };
}

/** Only spaces between two tokens (no punctuation, no line break). */
export function adjacent(text: string, a: Token, b: Token): boolean {
  if (b.start - a.full > 3) return false;
  for (let i = a.full; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0) return false;
  }
  return true;
}

/** A run of tokens `[from, to)` that may hold a name. */
export interface Run {
  from: number;
  to: number;
}

/**
 * Runs of capitalized tokens, with name particles inside them ("von der") and
 * ending at a possessive ("Ukraine’s" ends a run, so "Ukraine’s Volodymyr
 * Zelensky" gives two). A run never starts with a lower-case particle.
 */
export function capitalRuns(text: string, tokens: readonly Token[]): Run[] {
  const { particles } = nameLists();
  const out: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].cap) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && !tokens[j - 1].poss && adjacent(text, tokens[j - 1], tokens[j])) {
      if (tokens[j].cap) {
        j++;
        continue;
      }
      // lower-case particles belong to the run only when a capitalized word follows them
      let k = j;
      while (k < tokens.length && particles.has(tokens[k].key) && !tokens[k].cap && !tokens[k].poss && adjacent(text, tokens[k - 1], tokens[k])) k++;
      if (k > j && k < tokens.length && tokens[k].cap && adjacent(text, tokens[k - 1], tokens[k])) {
        j = k + 1;
        continue;
      }
      break;
    }
    out.push({ from: i, to: j });
    i = j;
  }
  return out;
}

/** Is `t` a word that can be part of a person's name (not a place, organisation, acronym or stop word)? */
export function isNameWord(t: Token): boolean {
  const l = nameLists();
  if (!t.cap) return l.particles.has(t.key);
  if (t.acronym) return false; // UK, NATO, CBS
  return !l.notNames.has(t.key) && !l.orgWords.has(t.key) && !l.commonWords.has(t.key) && !/\d/.test(t.word);
}

/** Is the token a title such as Sir, Dame, Dr, Mr? */
export function isHonorific(t: Token): boolean {
  return t.cap && nameLists().honorifics.has(t.key);
}

/** Is the token a name particle (von, der, de, bin, al)? */
export function isParticle(t: Token): boolean {
  return nameLists().particles.has(t.key);
}

/**
 * A key that is the same for spelling variants of one name: case, diacritics,
 * hyphens, dots, apostrophes, spacing and leading titles are folded.
 * `nameKey('Kim Jong-un') === nameKey('Kim Jong Un')`,
 * `nameKey('Sir Keir Starmer') === nameKey('keir starmer')`.
 */
export function nameKey(name: string): string {
  const hit = keys.get(name);
  if (hit !== undefined) return hit;
  // kept flat: a name cut from an article's text would keep the whole text alive in the cache
  const key = flatString(computeKey(name));
  if (keys.size > 50_000) keys.clear();
  keys.set(flatString(name), key);
  return key;
}

/** nameKey results: an article names the same few people again and again. */
const keys = new Map<string, string>();

function computeKey(name: string): string {
  const { honorifics } = nameLists();
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);
  let i = 0;
  while (i < words.length - 1 && honorifics.has(words[i])) i++;
  return words.slice(i).join(' ');
}

/**
 * Keys by which a lone mention refers to a full name: the surname with its
 * particles ("von der Leyen", "Starmer"), and for names written family name
 * first ("Kim Jong Un", "Xi Jinping") the first word.
 */
export function surnameKeys(fullName: string): string[] {
  const { particles, familyNameFirst } = nameLists();
  const words = nameKey(fullName).split(' ');
  if (words.length < 2) return words;
  // "Kim Jong Un" is Kim, never Un
  if (familyNameFirst.has(words[0])) return [words[0]];
  let s = words.length - 1;
  while (s > 1 && particles.has(words[s - 1])) s--;
  return [words.slice(s).join(' ')];
}
