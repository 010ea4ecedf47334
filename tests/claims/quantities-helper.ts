/**
 * Test helper: run the quantity extractor over one sentence (or a few) held in
 * a single `body` section, and show the claims as plain rows with their text.
 */
import { identity } from '../../src/sources/offset-map';
import { splitSentences } from '../../src/claims/sentences';
import { extractQuantities } from '../../src/claims/quantities';
import type { ExtractContext, NewClaim, QuantityClaim } from '../../src/types';

/** An ExtractContext for `text` as the whole body of a source. */
export function contextOf(text: string, id = 'test'): ExtractContext {
  const { map } = identity(text);
  const sections = [{ kind: 'body' as const, start: 0, end: text.length }];
  return {
    source: { id, path: `${id}.txt`, format: 'plain', raw: text, text, map, sections },
    sentences: splitSentences(text),
    prior: [],
  };
}

/** A claim as the tests compare it: its surface text and normalized fields. */
export interface Row {
  text: string;
  kind: string;
  unit: string;
  value?: number;
  min?: number;
  max?: number;
  qualifier?: string;
  noun?: string;
  multiplier?: string;
  holder?: string;
}

/** The quantity claims of `text`, as rows with the surface text and the fields the claim sets. */
export function quantitiesOf(text: string): Row[] {
  return extractQuantities(contextOf(text)).map((c: NewClaim) => {
    const q = c as Omit<QuantityClaim, 'id'>;
    const row: Row = { text: text.slice(q.span.start, q.span.end), kind: q.kind, unit: q.unit, qualifier: q.qualifier };
    for (const k of ['value', 'min', 'max', 'noun', 'multiplier', 'holder'] as const) {
      if (q[k] !== undefined) (row as unknown as Record<string, unknown>)[k] = q[k];
    }
    return row;
  });
}
