/**
 * Test helper for the date and duration extractors: an {@link ExtractContext}
 * over a plain text, as a parser would give it (one body section, identity
 * offset map, the project's sentence splitter).
 */
import type { ExtractContext, NewClaim, Source } from '../../src/types';
import { identity } from '../../src/sources/offset-map';
import { splitSentences } from '../../src/claims/sentences';
import { extractDates } from '../../src/claims/dates';

/** A context for `text` with the given reference (published) date. */
export function contextFor(text: string, reference?: string, id = 'src'): ExtractContext {
  const { text: plain, map } = identity(text);
  const source: Source = {
    id,
    path: `${id}.txt`,
    format: 'text',
    published: reference,
    raw: text,
    text: plain,
    map,
    sections: [{ start: 0, end: plain.length, kind: 'body' }],
  };
  return { source, reference, sentences: splitSentences(plain), prior: [] };
}

/** The surface text of a claim. */
export function surface(ctx: ExtractContext, claim: NewClaim): string {
  return ctx.source.text.slice(claim.span.start, claim.span.end);
}

/** A date claim as a test reads it: its text and normalized value, nothing undefined. */
export interface DateView {
  text: string;
  value: string;
  precision: string;
  resolvedFrom?: string;
  weekday?: number;
  end?: string;
  bound?: string;
}

/** Every date claim of `text`, as {@link DateView}s in text order. */
export function datesOf(text: string, reference?: string): DateView[] {
  const ctx = contextFor(text, reference);
  return extractDates(ctx).map((c) => {
    if (c.kind !== 'date') throw new Error(`unexpected ${c.kind} claim`);
    const v: DateView = { text: surface(ctx, c), value: c.value, precision: c.precision };
    if (c.resolvedFrom) v.resolvedFrom = c.resolvedFrom;
    if (c.weekday !== undefined) v.weekday = c.weekday;
    if (c.end) v.end = c.end;
    if (c.bound) v.bound = c.bound;
    return v;
  });
}
