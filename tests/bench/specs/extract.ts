/**
 * What crosscheck finds in one spec input: every claim, through the same
 * `extractClaims` the CLI runs (so the extractor order and the rule that a
 * number already taken as a date or duration is no quantity both hold), and
 * for the ordinal model the ordinals `parseOrdinal` reads.
 */
import type { Source } from '../../../src/types';
import { identity } from '../../../src/sources/offset-map';
import { extractClaims } from '../../../src/claims/index';
import { parseOrdinal, tokenize } from '../../../src/claims/numbers';
import type { SpecModel } from './load';
import type { Found, OrdinalFound } from './found';

/** A source that is just `input`, one body section, published on `reference`. */
export function sourceOf(input: string, reference: string): Source {
  const { text, map } = identity(input);
  return {
    id: 'spec', path: 'spec.txt', format: 'plain', raw: input, text, map,
    sections: [{ kind: 'body', start: 0, end: text.length }],
    published: reference, publishedFrom: 'option',
  };
}

/** Longest token run an ordinal is tried on: "twenty-one trillion and three hundred twenty second" is 9 tokens. */
const MAX_RUN = 12;

/**
 * Ordinals in `text`: at each token, the longest run of adjacent word, digit
 * and hyphen tokens ending in a word that `parseOrdinal` reads ("21st",
 * "twenty-first", "eleventh").
 */
export function ordinalsIn(text: string): OrdinalFound[] {
  const t = tokenize(text);
  const out: OrdinalFound[] = [];
  for (let i = 0; i < t.length; ) {
    let hit: OrdinalFound | null = null;
    for (let j = Math.min(t.length, i + MAX_RUN) - 1; j >= i && !hit; j--) {
      const run = t.slice(i, j + 1);
      if (t[j].type !== 'word' || run.some((k) => k.type === 'sym' && k.text !== '-')) continue;
      if (run.some((k, n) => n > 0 && k.gap && text.slice(run[n - 1].end, k.start) !== ' ')) continue;
      const value = parseOrdinal(text.slice(t[i].start, t[j].end));
      if (value !== null) hit = { kind: 'ordinal', span: { start: t[i].start, end: t[j].end }, value };
    }
    if (hit) {
      out.push(hit);
      while (i < t.length && t[i].start < hit.span.end) i++;
    } else i++;
  }
  return out;
}

/** What the benchmark compares with the spec results of a case. */
export function foundIn(model: SpecModel, input: string, reference: string): Found[] {
  if (model === 'ordinal') return ordinalsIn(input);
  return extractClaims(sourceOf(input, reference), reference);
}
