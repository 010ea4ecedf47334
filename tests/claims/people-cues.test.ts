import { CAPITAL, cueBits } from '../../src/claims/sentence-cues';
import { extractPeople } from '../../src/claims/people';
import { identity } from '../../src/sources/offset-map';
import type { ExtractContext, SectionKind, Source } from '../../src/types';
import { gateStretches } from './gate-stretches';

/** One stretch of `text` as the only sentence of a source whose text is one section of `kind`. */
function contextOf(text: string, start: number, end: number, kind: SectionKind): ExtractContext {
  const source: Source = { id: 't', path: 't.txt', format: 'plain', raw: text, text, map: identity(text).map, sections: [{ kind, start: 0, end: text.length }] };
  return { source, sentences: [{ start, end }], prior: [] };
}

/**
 * The pipeline gives people.ts each sentence's cue bits, and it skips a
 * sentence without CAPITAL whose first word is no capitalized name word. The
 * people found must be the same as without the bits: over every sentence of
 * the seeds and the test corpus, every string of the people and quote tests,
 * and stretches cut anywhere, as body text and as a title.
 */
describe('people with the cue pass’s CAPITAL bit', () => {
  const stretches = gateStretches({ testFiles: /people|roles|names|quote|person/i, minString: 3, seed: 5, maxCut: 160 });

  it.each<SectionKind>(['body', 'title'])('finds the same people as without it (%s)', (kind) => {
    expect(stretches.length).toBeGreaterThan(3000);
    const differ: string[] = [];
    let skipped = 0;
    let found = 0;
    for (const [text, start, end] of stretches) {
      const ctx = contextOf(text, start, end, kind);
      const cues = [cueBits(text, start, end)];
      if ((cues[0] & CAPITAL) === 0) skipped++;
      const alone = extractPeople(ctx);
      found += alone.length;
      if (JSON.stringify(extractPeople({ ...ctx, cues })) !== JSON.stringify(alone)) differ.push(JSON.stringify(text.slice(start, end)));
    }
    expect(differ).toEqual([]);
    // both kinds of stretch were tried: with a name, and with no capital past the first word
    expect(found).toBeGreaterThan(500);
    expect(skipped).toBeGreaterThan(200);
  });

  it('sets CAPITAL for a capital past the first letter, and not for the first word’s own', () => {
    const bits = (text: string): number => cueBits(text, 0, text.length) & CAPITAL;
    for (const text of ['Peskov said so at noon.', 'The plan was expected.', '“We will not accept it,” she said.', '2024 was a hard year.', 'Émile left early.']) expect(bits(text)).toBe(0);
    for (const text of ['Officials met Peskov.', 'the talks with al-Assad ended', 'She met Émile.', 'McDonald said so.', 'it rose in the UK']) expect(bits(text)).toBe(CAPITAL);
  });
});
