/**
 * Currencies around a number: a sign or code before it ("€1.1bn", "US$5",
 * "C$ 300 million", "USD34.6 million", "Rs 50 crore", "MAUD 60") or after it
 * ("5 euros", "34.6 million US dollars", "115USD", "75 USD million", "100元",
 * "50 cents", "12-cent"). Sign and word tables are in `rules/data/currencies.json`.
 */
import { loadData } from '../rules/data';
import { SCALES } from './numbers-words';

interface CurrenciesData {
  currencies: { code: string; symbols: string[]; words: string[]; after?: string[] }[];
  codes: string[];
  codeAliases: Record<string, string>;
  capitalOnlyCodes: string[];
  dollarPrefixes: Record<string, string>;
  subunits: { words: string[]; code: string; factor: number }[];
}

/** A currency found next to a number. */
export interface CurrencyMatch {
  /** ISO 4217 code */
  code: string;
  /** text offsets of the sign or word, end exclusive */
  start: number;
  end: number;
  /** the word as written, for currencies named after the number ("euros") */
  word?: string;
  /** what one unit written is worth in `code`: 0.01 for cents, 1e6 for "MUSD" or "USD … million" */
  factor?: number;
}

const DATA = loadData<CurrenciesData>('currencies');

const isLetter = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const codeOf = (code: string): string => DATA.codeAliases[code] ?? code;
const CAPITAL_ONLY = new Set(DATA.capitalOnlyCodes);

/** Signs and codes written before a number, longest first so that "US$" wins over "$"; `$` itself is read apart. */
const SYMBOLS: { symbol: string; code: string; factor?: number }[] = [
  ...DATA.currencies.flatMap((c) => c.symbols.filter((s) => s !== '$').map((symbol) => ({ symbol, code: c.code }))),
  ...DATA.codes.flatMap((code) => [
    { symbol: code, code: codeOf(code) },
    ...(CAPITAL_ONLY.has(code) ? [] : [{ symbol: code.toLowerCase(), code: codeOf(code) }]),
    { symbol: `M${code}`, code: codeOf(code), factor: 1e6 }, // "MUSD 20": millions, as finance writes them
  ]),
].sort((a, b) => b.symbol.length - a.symbol.length);

/** {@link SYMBOLS} by their last character, each list in the same order: only those can end right before a number. */
const SYMBOLS_BY_LAST = new Map<string, typeof SYMBOLS>();
for (const s of SYMBOLS) {
  const last = s.symbol[s.symbol.length - 1];
  const list = SYMBOLS_BY_LAST.get(last);
  if (list) list.push(s);
  else SYMBOLS_BY_LAST.set(last, [s]);
}
const PREFIXES = new Map(Object.entries(DATA.dollarPrefixes));

/** Words (and codes) written after a number, lower case, with what one of them is worth. */
const WORD_CODE = new Map<string, { code: string; factor?: number }>();
for (const c of DATA.currencies) for (const w of c.words) WORD_CODE.set(w.replace(/\s+/g, ' '), { code: c.code });
for (const s of DATA.subunits) for (const w of s.words) WORD_CODE.set(w, { code: s.code, factor: s.factor });
for (const code of DATA.codes) {
  WORD_CODE.set(code.toLowerCase(), { code: codeOf(code) });
  WORD_CODE.set(`m${code.toLowerCase()}`, { code: codeOf(code), factor: 1e6 });
}
const CODES = new Set(DATA.codes);
const CURRENCY_WORDS = new Set([...DATA.currencies.flatMap((c) => c.words), ...DATA.subunits.flatMap((s) => s.words)]);

const wordAlternation = [...WORD_CODE.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => escape(w).replace(/ /g, '\\s+'))
  .join('|');
// sticky, tried only right after a number: alternation of literals, so linear. "12-cent": a hyphen may join them.
const WORD_AFTER_RE = new RegExp(`(?:-|[ \\t\\u00A0]*(?:of[ \\t]+)?)(${wordAlternation})(?![A-Za-z])`, 'iy');
/** Signs read after a number: one-character signs ("100 €", "5₽") and the signs written only after ("100元"). */
const SIGN_CODE = new Map<string, string>();
for (const c of DATA.currencies) {
  for (const s of [...c.symbols, ...(c.after ?? [])]) if (s !== '$' && !isLetter(s[0]) && (s.length === 1 || c.after?.includes(s) || !/[A-Za-z$]/.test(s))) SIGN_CODE.set(s, c.code);
}
const SIGN_AFTER_RE = new RegExp(`[ \\u00A0]?(${[...SIGN_CODE.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')}|\\$(?![ \\u00A0]?\\d))`, 'y');

/** "C$", "HK $", "Mex$", "usd$", "u.s $": the country letters before the `$` at `dollar`, or USD. */
function dollarBefore(text: string, dollar: number, at: number, lowerBound: number): CurrencyMatch {
  for (const pgap of [0, 1]) {
    const pe = dollar - pgap;
    if (pgap === 1 && text[pe] !== ' ' && text[pe] !== '\u00A0') continue;
    const m = /[A-Za-z.]{1,4}$/.exec(text.slice(Math.max(lowerBound, pe - 4), pe));
    if (!m) continue;
    // the longest run of prefix letters that is a whole word
    for (let k = 0; k < m[0].length; k++) {
      const word = m[0].slice(k);
      const start = pe - word.length;
      if (isLetter(text[start - 1]) || (word[0] === '.' && k > 0)) continue;
      const code = PREFIXES.get(word.toLowerCase());
      // "a $5 fee", "it's $5": one letter counts only in capitals against the sign ("A$5"); "c $" alone is Canadian
      if (!code || (word.length === 1 && word.toLowerCase() !== 'c' && (pgap === 1 || word === word.toLowerCase()))) continue;
      return { code, start, end: at };
    }
  }
  return { code: 'USD', start: dollar, end: at };
}

/** The currency sign or code written just before `offset` (one space allowed between), or `null`. */
export function currencyBefore(text: string, offset: number, lowerBound = 0): CurrencyMatch | null {
  for (const gap of [0, 1]) {
    const at = offset - gap;
    if (gap === 1 && text[at] !== ' ' && text[at] !== '\u00A0') continue;
    const candidates = SYMBOLS_BY_LAST.get(text[at - 1]);
    if (!candidates && text[at - 1] !== '$') continue; // most numbers have no sign: a cheap test first
    if (text[at - 1] === '$' && at - 1 >= lowerBound) return dollarBefore(text, at - 1, at, lowerBound);
    for (const { symbol, code, factor } of candidates ?? []) {
      const start = at - symbol.length;
      if (start < lowerBound || text.startsWith(symbol, start) === false) continue;
      // "Rs", "USD": a letter sign must be a word of its own
      if (isLetter(symbol[0]) && isLetter(text[start - 1])) continue;
      return { code, start, end: at, ...(factor ? { factor } : {}) };
    }
  }
  return null;
}

/** "75 USD million": a scale word after a currency code multiplies the amount. */
function scaleAfter(text: string, m: CurrencyMatch): CurrencyMatch {
  if (m.word === undefined || !CODES.has(m.word.toUpperCase())) return m;
  // spaces, then a word of ASCII letters, read by hand (a sticky pattern still backtracks over long runs of spaces)
  let i = m.end;
  while (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00A0') i++;
  const wordStart = i;
  while (isLetter(text[i])) i++;
  if (wordStart === m.end || i === wordStart) return m;
  const f = SCALES.get(text.slice(wordStart, i).toLowerCase());
  if (f === undefined || f < 1000) return m;
  return { ...m, end: i, factor: (m.factor ?? 1) * f };
}

/**
 * The currency word or code written just after `offset` ("euros", "US dollars",
 * "USD", "cents"), or `null`. `allowOf` reads "millions of dollars".
 */
export function currencyAfter(text: string, offset: number, allowOf = false): CurrencyMatch | null {
  // "100 €", "5₽", "100元", "10 $": a sign written after the number, as much of the world does
  SIGN_AFTER_RE.lastIndex = offset;
  const sign = SIGN_AFTER_RE.exec(text);
  if (sign) {
    const code = sign[1] === '$' ? 'USD' : SIGN_CODE.get(sign[1]);
    if (code) return { code, start: sign.index + sign[0].length - sign[1].length, end: sign.index + sign[0].length };
  }
  WORD_AFTER_RE.lastIndex = offset;
  const m = WORD_AFTER_RE.exec(text);
  if (!m) return null;
  if (!allowOf && /^\s*of\s/i.test(m[0])) return null;
  if (m[0].startsWith('-') && /^\s*of\s/i.test(m[0].slice(1))) return null;
  const word = m[1];
  const lower = word.toLowerCase().replace(/\s+/g, ' ');
  const upper = word.toUpperCase();
  const bare = upper.startsWith('M') && CODES.has(upper.slice(1)) && !CODES.has(upper) ? upper.slice(1) : upper;
  // a code that is also a word counts only in capitals ("5 try" is not Turkish lira); "MUSD" too ("5 Mars" is no money)
  if (CODES.has(bare) && !CURRENCY_WORDS.has(lower) && (CAPITAL_ONLY.has(bare) || bare !== upper) && word !== upper) return null;
  const found = WORD_CODE.get(lower);
  if (!found) return null;
  const match: CurrencyMatch = { code: found.code, start: m.index + m[0].length - word.length, end: m.index + m[0].length, word, ...(found.factor ? { factor: found.factor } : {}) };
  return scaleAfter(text, match);
}
