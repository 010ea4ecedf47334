import { datelineParser } from '../../src/sources/dateline';
import { outline, parseWith, unmappedChars, wellFormed } from './contract';

describe('dateline', () => {
  const cases: { name: string; doc: string; meta: Record<string, string | undefined>; sections: [string, string][] }[] = [
    {
      name: 'headline on the first line, byline with outlet',
      doc: ' date 2024-06-01 Dam Bursts After Week Of Rain\n\nBy Ian Holt – Valley News\n\nAt least 12 villages were flooded.\n',
      meta: { published: '2024-06-01', title: 'Dam Bursts After Week Of Rain', author: 'Ian Holt', outlet: 'Valley News' },
      sections: [['title', 'Dam Bursts After Week Of Rain'], ['boilerplate', 'By Ian Holt – Valley News'], ['body', 'At least 12 villages were flooded.']],
    },
    {
      name: 'a desk name in capitals, then headline, standfirst, caption and date line',
      doc: ' date 2024-06-02 BUSINESS\nShares fall 4%\nInvestors sold after the report.\nTraders at work. (Photo: AFP) / AFP\nJune 2, 2024\n\nThe index lost 4% on Friday.\n\nWhat comes next\n\nAnalysts expect 2 more cuts.\n',
      meta: { published: '2024-06-02', title: 'Shares fall 4%', author: undefined },
      sections: [
        ['title', 'Shares fall 4%'],
        ['excerpt', 'Investors sold after the report.'],
        ['caption', 'Traders at work. (Photo: AFP) / AFP'],
        ['boilerplate', 'June 2, 2024'],
        ['body', 'The index lost 4% on Friday.'],
        ['body', 'What comes next'],
        ['body', 'Analysts expect 2 more cuts.'],
      ],
    },
    {
      name: 'a byline without outlet',
      doc: 'date 2023-01-15 Quake Shakes City\nBy Ana Petrova\n\nIt measured 6.1.\n',
      meta: { published: '2023-01-15', author: 'Ana Petrova', outlet: undefined },
      sections: [['title', 'Quake Shakes City'], ['boilerplate', 'By Ana Petrova'], ['body', 'It measured 6.1.']],
    },
  ];
  it.each(cases)('$name', ({ doc, meta, sections }) => {
    const s = parseWith(datelineParser, doc);
    for (const [k, v] of Object.entries(meta)) expect(s[k as 'title']).toBe(v);
    expect(outline(s)).toEqual(sections);
    expect(unmappedChars(s)).toEqual([]);
    expect(wellFormed(s)).toBe(true);
  });

  it('puts a sub-heading in its own block, so it is its own sentence', () => {
    const s = parseWith(datelineParser, ' date 2024-06-02 WORLD\nTitle here\n\nOne.\n\nA sub heading\n\nTwo.');
    const sub = s.sections.find((x) => s.text.slice(x.start, x.end) === 'A sub heading');
    expect(sub?.label).toBe('heading');
    expect(s.text.slice(sub!.start - 2, sub!.end + 2)).toBe('\n\nA sub heading\n\n');
  });

  it.each([
    [' date 2025-09-05 WORLD\nx', 0.9],
    ['date 2025-09-05 Some headline', 0.9],
    ['date 2025-13-45 bad', 0],
    ['The date 2025-09-05 was set.', 0],
  ])('detects %j', (raw, min) => {
    const score = datelineParser.detect(raw, 'a.txt');
    if (min === 0) expect(score).toBe(0);
    else expect(score).toBeGreaterThanOrEqual(min);
  });
});
