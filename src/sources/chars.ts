/**
 * Character classes tested by code unit, for the loops that look at every
 * character of a file (a regex test per character allocates nothing but costs
 * a call and a match each time).
 */

/** Is the UTF-16 code unit `c` white space as a regex's `\s` means it? */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Is `text[i]` white space (`\s`)? False past the end. */
export function isSpaceAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isSpaceCode(text.charCodeAt(i));
}

/** Is the code unit ASCII punctuation (`[!-/:-@[-`{-~]`)? */
export function isAsciiPunctCode(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

/** `[start, end)` of `text` without white space at either end (`\s`), found by scanning inwards. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let a = start;
  let b = end;
  while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
  return { start: a, end: b };
}

/** Does the code unit end a line, as a regex's `^` with the `m` flag sees it? */
function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/**
 * The first index `i` where `at(text, i)` holds and only white space stands
 * between a line start and `i` (what `/^\s*X/m` finds at `X`), or -1. One pass
 * (the pattern itself backtracks over every run of blank lines).
 */
export function firstAfterIndent(text: string, at: (text: string, i: number) => boolean): number {
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isLineTerminator(c)) lineStart = true;
    else if (!isSpaceCode(c)) {
      if (lineStart && at(text, i)) return i;
      lineStart = false;
    }
  }
  return -1;
}

/**
 * `s.toLowerCase()`, returning `s` itself when it holds no capital and nothing
 * outside ASCII: most words are lower case already, and lower-casing a slice of
 * a two-byte string (any text with a curly quote) is a runtime call each time.
 * Short words that do need it ("Peskov", "The") are remembered.
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return lowered(s);
  }
  return s;
}

const lowered = rememberShort((s) => s.toLowerCase(), 50_000);

/**
 * `f` remembered for the short strings it is asked about, up to `max` of
 * them (then all are forgotten at once): the same few words recur in every
 * article. A string longer than twelve code units is not kept: it may be a
 * slice that shares its whole article's text.
 */
export function rememberShort<T>(f: (s: string) => T, max: number): (s: string) => T {
  const known = new Map<string, T>();
  return (s) => {
    if (s.length > 12) return f(s);
    let v = known.get(s);
    if (v === undefined) {
      v = f(s);
      if (known.size >= max) known.clear();
      known.set(s, v);
    }
    return v;
  };
}
