/**
 * What every quantity claim promises the rest of the pipeline: its span is
 * inside its sentence and covers the surface text, it says which section holds
 * it, and boilerplate gives nothing.
 */
import { extractQuantities } from '../../src/claims/quantities';
import { sentencesOf } from '../../src/claims/sentences';
import { identity } from '../../src/sources/offset-map';
import type { ExtractContext, Section } from '../../src/types';
import { contextOf } from './quantities-helper';

function contextWithSections(text: string, sections: Section[]): ExtractContext {
  const { map } = identity(text);
  return {
    source: { id: 'art', path: 'art.md', format: 'plain', raw: text, text, map, sections },
    sentences: sentencesOf(text, sections),
    prior: [],
  };
}

describe('extractQuantities: the claim contract', () => {
  const text =
    'Just a day earlier, 26 nations had pledged to support post-war security guarantees for Kyiv.\n\n' +
    'Russia had received €1.1bn (£954m; $1.3bn) in fuel sales. Units are staffed at no more than 47-48%.';

  it('gives spans that slice to the claim text, inside the sentence, with the source id', () => {
    const claims = extractQuantities(contextOf(text, 'seed'));
    expect(claims.map((c) => text.slice(c.span.start, c.span.end))).toEqual(['26 nations', '€1.1bn', '£954m', '$1.3bn', 'no more than 47-48%']);
    for (const c of claims) {
      expect(c.source).toBe('seed');
      expect(c.section).toBe('body');
      expect(c.sentence.start).toBeLessThanOrEqual(c.span.start);
      expect(c.sentence.end).toBeGreaterThanOrEqual(c.span.end);
    }
    expect(text.slice(claims[0].sentence.start, claims[0].sentence.end)).toBe(
      'Just a day earlier, 26 nations had pledged to support post-war security guarantees for Kyiv.',
    );
    expect(text.slice(claims[4].sentence.start, claims[4].sentence.end)).toBe('Units are staffed at no more than 47-48%.');
  });

  it('names the section of each claim and reads nothing in boilerplate', () => {
    const article = 'Moscow rejects guarantees\n26 dozen countries pledged troops.\nAt least 30 people died.\n50 Articles\n55% of the sources lean Left';
    const at = (s: string): number => article.indexOf(s);
    const sections: Section[] = [
      { kind: 'title', start: 0, end: at('\n26') },
      { kind: 'excerpt', start: at('26 dozen'), end: at('\nAt least') },
      { kind: 'body', start: at('At least'), end: at('\n50') },
      { kind: 'boilerplate', start: at('50 Articles'), end: article.length },
    ];
    const claims = extractQuantities(contextWithSections(article, sections));
    expect(claims.map((c) => [article.slice(c.span.start, c.span.end), c.section])).toEqual([
      ['26 dozen countries', 'excerpt'],
      ['At least 30 people', 'body'],
    ]);
  });

  it('stays linear on long runs of digits, hyphens and number words', () => {
    const nasty = `${'1-2-3-4-5-'.repeat(5000)} ${'twenty-six and a half dozen of '.repeat(1500)} ${'1,000,'.repeat(5000)}`;
    const started = Date.now();
    extractQuantities(contextOf(nasty));
    // the bound only tells a quadratic slip (minutes) from linear, on a busy machine too
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 60_000);
});
