/**
 * What crosscheck finds in one spec input: every claim, through the same
 * `extractClaims` the CLI runs (so the extractor order and the rule that a
 * number already taken as a date or duration is no quantity both hold), and
 * for the ordinal model the ordinals `ordinalsIn` (src/claims/ordinals.ts) reads.
 */
import type { Source } from '../../../src/types';
import { identity } from '../../../src/sources/offset-map';
import { extractClaims } from '../../../src/claims/index';
import { ordinalsIn } from '../../../src/claims/ordinals';
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

/** The ordinals crosscheck reads in `text`, absolute ("21st", "eleventh") and relative ("next", "the second to last"). */
export function ordinalsFound(text: string): OrdinalFound[] {
  return ordinalsIn(text).map((o) => ({ kind: 'ordinal', span: { start: o.start, end: o.end }, offset: o.offset, relativeTo: o.relativeTo }));
}

/** What the benchmark compares with the spec results of a case. */
export function foundIn(model: SpecModel, input: string, reference: string): Found[] {
  if (model === 'ordinal') return ordinalsFound(input);
  return extractClaims(sourceOf(input, reference), reference);
}
