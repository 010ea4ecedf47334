import { stampedParser } from '../../src/sources/clash';
import { outline, parseWith, unmappedChars, wellFormed } from './contract';

describe('stamped', () => {
  const cases: { name: string; doc: string; meta: Record<string, string | undefined>; sections: [string, string][] }[] = [
    {
      name: 'date run into the outlet, body, trailing related links',
      doc: 'March 02, 2024Harbor Times\nThe port handled 3 million tons.\nExports rose 5%.\nEconomy\nJanuary 2024\nShipping\nFebruary 2024\n',
      meta: { published: '2024-03-02', outlet: 'Harbor Times' },
      sections: [
        ['boilerplate', 'March 02, 2024Harbor Times'],
        ['body', 'The port handled 3 million tons.'],
        ['body', 'Exports rose 5%.'],
        ['boilerplate', 'Economy\nJanuary 2024\nShipping\nFebruary 2024'],
      ],
    },
    {
      name: 'day-first date with a separator; short lines without dates are not a link list',
      doc: '2 March 2024 | Daily Wire Service\nTalks failed.\nOne\nTwo\nThree\n',
      meta: { published: '2024-03-02', outlet: 'Daily Wire Service' },
      sections: [['boilerplate', '2 March 2024 | Daily Wire Service'], ['body', 'Talks failed.'], ['body', 'One'], ['body', 'Two'], ['body', 'Three']],
    },
  ];
  it.each(cases)('$name', ({ doc, meta, sections }) => {
    const s = parseWith(stampedParser, doc);
    for (const [k, v] of Object.entries(meta)) expect(s[k as 'outlet']).toBe(v);
    expect(outline(s)).toEqual(sections);
    expect(unmappedChars(s)).toEqual([]);
    expect(wellFormed(s)).toBe(true);
  });

  it.each([
    ['September 05, 2025Clash Report\nText.', 0.9],
    ['September 05, 2025\nText.', 0.5],
    ['September 05, 2025 was a day when many things happened.', 0],
    ['Nothing here', 0],
  ])('detects %j', (raw, min) => {
    const score = stampedParser.detect(raw, 'a.txt');
    if (min === 0) expect(score).toBe(0);
    else expect(score).toBeGreaterThanOrEqual(min);
  });
});
