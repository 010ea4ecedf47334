/**
 * Currencies around a number: a sign or code before it ("€1.1bn", "US$5",
 * "USD34.6 million", "Rs 50 crore") or a word after it ("5 euros", "34.6
 * million US dollars"). Sign and word tables are in `rules/data/currencies.json`.
 */
import { loadData } from '../rules/data';

interface CurrenciesData {
  currencies: { code: string; symbols: string[]; words: string[] }[];
  codes: string[];
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
}

const DATA = loadData<CurrenciesData>('currencies');

const isLetter = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);

/** Signs, longest first so that "US$" wins over "$". */
const SYMBOLS: { symbol: string; code: string }[] = DATA.currencies
  .flatMap((c) => c.symbols.map((symbol) => ({ symbol, code: c.code })))
  .concat(DATA.codes.map((code) => ({ symbol: code, code })))
  .sort((a, b) => b.symbol.length - a.symbol.length);

const LAST_CHARS = new Set(SYMBOLS.map((s) => s.symbol[s.symbol.length - 1]));

const WORD_CODE = new Map<string, string>();
for (const c of DATA.currencies) for (const w of c.words) WORD_CODE.set(w.replace(/\s+/g, ' '), c.code);
for (const code of DATA.codes) WORD_CODE.set(code.toLowerCase(), code);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordAlternation = [...WORD_CODE.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => escape(w).replace(/ /g, '\\s+'))
  .join('|');
// sticky, tried only right after a number: alternation of literals, so linear
const WORD_AFTER_RE = new RegExp(`[ \\t\\u00A0]*(?:of[ \\t]+)?(${wordAlternation})(?![A-Za-z])`, 'iy');
const CODES = new Set(DATA.codes);
/** One-character signs; "$" is left out after a number, where it is rarely money ("5$" is a typo more than a price). */
const SIGN_CODE = new Map(SYMBOLS.filter((s) => s.symbol.length === 1 && s.symbol !== '$' && !isLetter(s.symbol)).map((s) => [s.symbol, s.code]));
const SIGN_AFTER_RE = new RegExp(`[ \\u00A0]?([${[...SIGN_CODE.keys()].join('')}])`, 'y');
const CURRENCY_WORDS = new Set(DATA.currencies.flatMap((c) => c.words));

/** The currency sign or code written just before `offset` (one space allowed between), or `null`. */
export function currencyBefore(text: string, offset: number, lowerBound = 0): CurrencyMatch | null {
  for (const gap of [0, 1]) {
    const at = offset - gap;
    if (gap === 1 && text[at] !== ' ' && text[at] !== '\u00A0') continue;
    if (!LAST_CHARS.has(text[at - 1])) continue; // most numbers have no sign: a cheap test first
    for (const { symbol, code } of SYMBOLS) {
      const start = at - symbol.length;
      if (start < lowerBound || text.startsWith(symbol, start) === false) continue;
      // "Rs", "USD": a letter sign must be a word of its own
      if (isLetter(symbol[0]) && isLetter(text[start - 1])) continue;
      return { code, start, end: at };
    }
  }
  return null;
}

/**
 * The currency word or code written just after `offset` ("euros", "US dollars",
 * "USD"), or `null`. `allowOf` reads "millions of dollars".
 */
export function currencyAfter(text: string, offset: number, allowOf = false): CurrencyMatch | null {
  // "100 €", "5₽": a one-character sign written after the number, as much of Europe does
  SIGN_AFTER_RE.lastIndex = offset;
  const sign = SIGN_AFTER_RE.exec(text);
  const signCode = sign ? SIGN_CODE.get(sign[1]) : undefined;
  if (sign && signCode) return { code: signCode, start: sign.index + sign[0].length - 1, end: sign.index + sign[0].length };
  WORD_AFTER_RE.lastIndex = offset;
  const m = WORD_AFTER_RE.exec(text);
  if (!m) return null;
  if (!allowOf && /^\s*of\s/i.test(m[0])) return null;
  const word = m[1];
  const lower = word.toLowerCase().replace(/\s+/g, ' ');
  // a code counts only in capitals ("5 EUR"): "5 try" is not Turkish lira
  if (CODES.has(word.toUpperCase()) && !CURRENCY_WORDS.has(lower) && word !== word.toUpperCase()) return null;
  const code = WORD_CODE.get(lower);
  if (!code) return null;
  return { code, start: m.index + m[0].length - word.length, end: m.index + m[0].length, word };
}
