/**
 * Every parser of the registry, on any input: it returns (or, for JSON that
 * is not an export, refuses with a message), its sections lie inside its text
 * in order, and every text offset maps inside the raw file.
 */
import fc from 'fast-check';
import { PARSERS } from '../../src/sources/detect';
import type { SourceParser } from '../../src/types';
import { anyArticle, anyText, htmlish, jsonRecord, markdownish, prose, RUNS } from './arbitraries';

/** Parse, or undefined when the parser refused with a plain message (never a crash: TypeError, RangeError…). */
function parseOrRefuse(parser: SourceParser, raw: string): ReturnType<SourceParser['parse']> | undefined {
  try {
    return parser.parse(raw);
  } catch (e) {
    if (!(e instanceof Error) || e.constructor !== Error || !e.message) throw e;
    return undefined;
  }
}

const INPUTS = { 'any text': anyText, prose, 'Markdown-ish': markdownish, 'HTML-ish': htmlish, 'JSON records': jsonRecord, 'a mix': anyArticle };

describe.each(PARSERS.map((p) => [p.name, p] as const))('the %s parser', (_name, parser) => {
  it.each(Object.entries(INPUTS))('on %s: returns, sections in order inside the text, offsets inside the file', (_kind, arb) => {
    fc.assert(
      fc.property(arb, (raw) => {
        const s = parseOrRefuse(parser, raw);
        if (!s) return;
        let prev = 0;
        for (const sec of s.sections) {
          expect(sec.start).toBeGreaterThanOrEqual(prev);
          expect(sec.end).toBeGreaterThanOrEqual(sec.start);
          expect(sec.end).toBeLessThanOrEqual(s.text.length);
          prev = sec.end;
        }
        for (let i = 0; i <= s.text.length; i += Math.max(1, s.text.length >> 5)) {
          const span = s.map.span({ start: i, end: Math.min(s.text.length, i + 7) });
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeGreaterThanOrEqual(span.start);
          expect(span.end).toBeLessThanOrEqual(raw.length);
        }
        expect(parseOrRefuse(parser, raw)).toEqual(s);
      }),
      { numRuns: RUNS / 4 },
    );
  });

  it('detect() gives a score from 0 to 1 on any text', () => {
    fc.assert(
      fc.property(anyArticle, fc.constantFrom('a.md', 'a.txt', 'a.html', 'a.json', 'a.jsonl', 'noext'), (raw, file) => {
        const score = parser.detect(raw, file);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }),
      { numRuns: RUNS },
    );
  });
});
