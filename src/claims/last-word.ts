/**
 * The word just before a point in a text, found by scanning backwards: an
 * end-anchored pattern such as `/([A-Za-z]+)[\s-]*$/` is tried at every start
 * and takes quadratic time on a long run of letters.
 */

const LETTER = /[A-Za-z]/;
const LETTER_OR_APOSTROPHE = /[A-Za-z'’]/;

/**
 * The run of letters (and apostrophes, with `apostrophes`) that ends `s`
 * but for spaces and hyphens after it: "in May" before "May" is "in",
 * "mid-" is "mid"; '' when something else comes last ("2022, ").
 */
export function lastWord(s: string, apostrophes = false): string {
  const letter = apostrophes ? LETTER_OR_APOSTROPHE : LETTER;
  let end = s.length;
  while (end > 0 && (s[end - 1] === '-' || /\s/.test(s[end - 1]))) end--;
  let start = end;
  while (start > 0 && letter.test(s[start - 1])) start--;
  return s.slice(start, end);
}
