/**
 * What the words around a name say about the person: a role before it ("UK
 * Prime Minister", "the Kremlin's spokesperson,"), an apposition after it
 * (", the Kremlin spokesman,"), an age (", 41,", "the 26-year-old driver").
 * Scans walk a bounded number of tokens, so the whole pass stays linear.
 */
import { nameLists, type Token } from './names';
import { isRoleHeadToken, isRoleToken } from './roles';

/** A role (and age) found next to a name. */
export interface RoleFound {
  /** the role as written, or undefined when only an age was found */
  role?: string;
  age?: number;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
const CONNECTORS = new Set(['of', 'for']);
const AGE = /^(\d{1,3})-year-old$/;
const MAX_ROLE_TOKENS = 8;

function gap(text: string, a: Token, b: Token): string {
  return text.slice(a.full, b.start);
}

/** May `t` stand inside a role phrase (a role word, or a qualifier such as Kremlin, UK, North Korean)? */
function roleToken(t: Token): boolean {
  if (isRoleToken(t)) return true;
  return t.cap && !nameLists().commonWords.has(t.key);
}

/**
 * The role phrase ending with the head word at `head`, walking back over
 * qualifiers: "US special envoy", "Ministry of Foreign Affairs spokeswoman",
 * "the Kremlin's spokesperson" (with `determiner`, for appositions).
 */
export function roleBefore(text: string, tokens: readonly Token[], head: number, determiner: boolean): RoleFound {
  let k = head;
  let age: number | undefined;
  while (k > 0 && head - k < MAX_ROLE_TOKENS && gap(text, tokens[k - 1], tokens[k]).trim() === '') {
    const p = tokens[k - 1];
    const ageMatch = AGE.exec(p.word);
    if (ageMatch) {
      // "the 26-year-old driver": the age is not part of the role
      age = Number(ageMatch[1]);
      break;
    }
    if (p.poss) {
      if (!p.cap) break;
      k--; // "the Kremlin's spokesperson"
      continue;
    }
    if (roleToken(p)) {
      k--;
      continue;
    }
    if (CONNECTORS.has(p.key) && k > 1 && tokens[k - 2].cap && gap(text, tokens[k - 2], p).trim() === '') {
      k--;
      continue;
    }
    if (determiner && DETERMINERS.has(p.key)) k--;
    break;
  }
  // a role does not begin with "of"
  while (k < head && CONNECTORS.has(tokens[k].key)) k++;
  return { role: text.slice(tokens[k].start, tokens[head].end), age };
}

/**
 * What follows the last token of a name: ", 41," or " (41)" (an age), then an
 * apposition ", the Kremlin spokesman," / ", a 26-year-old driver". The
 * apposition must end with a role head word.
 */
export function roleAfter(text: string, tokens: readonly Token[], last: number): RoleFound | undefined {
  let i = last + 1;
  if (i >= tokens.length) return undefined;
  let age: number | undefined;
  const g = gap(text, tokens[i - 1], tokens[i]);
  const t = tokens[i];
  if (/^\s*\(\s*$/.test(g) && /^\d{1,3}$/.test(t.word) && /^\s*\)/.test(text.slice(t.full))) return { age: Number(t.word) };
  if (!/^\s*,\s*$/.test(g)) return undefined;
  if (t.key === 'aged' && i + 1 < tokens.length && /^\d{1,3}$/.test(tokens[i + 1].word)) i++;
  if (/^\d{1,3}$/.test(tokens[i].word)) {
    const after = text.slice(tokens[i].full, tokens[i].full + 2);
    if (!/^(?:\s*[,.;)]|\s*$)/.test(after) && i + 1 < tokens.length) return undefined; // "Smith, 41 per cent"
    age = Number(tokens[i].word);
    i++;
    if (i >= tokens.length || !/^\s*,\s*$/.test(gap(text, tokens[i - 1], tokens[i]))) return { age };
  }
  // the apposition: [determiner] [age] role words … head
  let start = i;
  let j = i;
  if (DETERMINERS.has(tokens[j].key)) j++;
  const determined = j > i;
  if (j < tokens.length && AGE.test(tokens[j].word)) {
    age = Number((AGE.exec(tokens[j].word) as RegExpExecArray)[1]);
    j++;
    start = j;
  }
  let headAt = -1;
  for (let n = 0; j < tokens.length && n < MAX_ROLE_TOKENS; j++, n++) {
    const tk = tokens[j];
    if (j > i && gap(text, tokens[j - 1], tk).trim() !== '') break;
    if (!(roleToken(tk) || (tk.poss && tk.cap) || CONNECTORS.has(tk.key))) break;
    if (isRoleHeadToken(tk)) headAt = j;
    if (tk.poss && !tk.cap) break;
  }
  if (headAt < 0) return age === undefined ? undefined : { age };
  // without a determiner ("Dmitry Peskov, Kremlin spokesman, said") the phrase must be closed by punctuation
  if (!determined && !/^\s*(?:[,.;)–—]|$)/.test(text.slice(tokens[headAt].full, tokens[headAt].full + 3))) {
    return age === undefined ? undefined : { age };
  }
  return { role: text.slice(tokens[start].start, tokens[headAt].end), age };
}
