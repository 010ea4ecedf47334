import { aggregatorParser } from '../../src/sources/aggregator';
import { outline, parseWith, unmappedChars, wellFormed } from './contract';

const PAGE = [
  'City bans cars downtown',
  'The council voted 9 to 4 for the plan.',
  '- The ban starts on May 1, 2024.',
  '- Fines reach $200.',
  '12 Articles',
  'Some other outlet headline',
  'A snippet from another article.',
  'Coverage Details',
  'Bias Distribution',
  '- 40% of the sources lean Left',
].join('\n');

describe('aggregator', () => {
  it('reads headline, standfirst and bullets, and the article list and panels as boilerplate', () => {
    const s = parseWith(aggregatorParser, PAGE);
    expect(s.title).toBe('City bans cars downtown');
    expect(s.published).toBeUndefined();
    expect(outline(s)).toEqual([
      ['title', 'City bans cars downtown'],
      ['excerpt', 'The council voted 9 to 4 for the plan.'],
      ['body', 'The ban starts on May 1, 2024.'],
      ['body', 'Fines reach $200.'],
      ['boilerplate', PAGE.slice(PAGE.indexOf('12 Articles'))],
    ]);
    expect(unmappedChars(s)).toEqual([]);
    expect(wellFormed(s)).toBe(true);
  });

  it('cuts at a coverage panel when there is no article count', () => {
    const s = parseWith(aggregatorParser, 'Title\nStandfirst.\n- Point 1.\nFactuality\nTo view factuality data please Upgrade to Premium');
    expect(outline(s).map(([k]) => k)).toEqual(['title', 'excerpt', 'body', 'boilerplate']);
  });

  it.each([
    [PAGE, 0.8],
    ['Title\n- a\n50 Articles\nx', 0.8],
    ['Just an article.\nWith lines.', 0],
  ])('detects %#', (raw, min) => {
    const score = aggregatorParser.detect(raw, 'a.txt');
    if (min === 0) expect(score).toBe(0);
    else expect(score).toBeGreaterThanOrEqual(min);
  });
});
