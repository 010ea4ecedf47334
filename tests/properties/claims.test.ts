/**
 * Every extractor, through extractClaims, on any parsed input: it returns,
 * every claim's span and sentence lie inside the text, its evidence lies
 * inside the file with `text === raw.slice(start, end)`, and a second run
 * gives the same claims.
 */
import fc from 'fast-check';
import { extractClaims } from '../../src/claims';
import { evidenceOf } from '../../src/rules/evidence';
import { parseSource } from '../../src/sources';
import { anyArticle, htmlish, markdownish, prose, RUNS } from './arbitraries';

const FILES = ['story.md', 'story.txt', 'story.html', 'story.json', 'story.jsonl'];

/** A source from `raw` as a file named `file`, or undefined when the input is refused (a JSON file that is not an export). */
function sourceOf(raw: string, file: string) {
  try {
    return parseSource(raw, file, 'doc');
  } catch (e) {
    if (!(e instanceof Error) || e.constructor !== Error) throw e;
    return undefined;
  }
}

describe('extractClaims on any input', () => {
  it.each([
    ['prose', prose],
    ['Markdown-ish', markdownish],
    ['HTML-ish', htmlish],
    ['a mix', anyArticle],
  ] as const)('on %s: offsets inside the file, evidence text is the file text, same claims twice', (_kind, arb) => {
    fc.assert(
      fc.property(arb, fc.constantFrom(...FILES), fc.constantFrom(undefined, '2025-03-14', '1999-12-31'), (raw, file, reference) => {
        const source = sourceOf(raw, file);
        if (!source) return;
        const claims = extractClaims(source, reference);
        for (const c of claims) {
          expect(c.span.start).toBeGreaterThanOrEqual(0);
          expect(c.span.end).toBeGreaterThanOrEqual(c.span.start);
          expect(c.span.end).toBeLessThanOrEqual(source.text.length);
          expect(c.sentence.start).toBeLessThanOrEqual(c.span.start);
          expect(c.sentence.end).toBeGreaterThanOrEqual(c.span.end);
          const ev = evidenceOf(source, c);
          expect(ev.start).toBeGreaterThanOrEqual(0);
          expect(ev.end).toBeLessThanOrEqual(source.raw.length);
          expect(ev.text).toBe(source.raw.slice(ev.start, ev.end));
          expect(ev.line).toBeGreaterThanOrEqual(1);
          expect(ev.column).toBeGreaterThanOrEqual(1);
        }
        expect(extractClaims(source, reference)).toEqual(claims);
      }),
      { numRuns: RUNS },
    );
  });
});
