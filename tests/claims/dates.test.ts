import { extractDates } from '../../src/claims/dates';
import { contextFor, datesOf, type DateView } from './dates-context';

const FRI = '2025-09-05'; // a Friday

describe('absolute dates', () => {
  const cases: Array<[string, string | undefined, DateView[]]> = [
    ['The talks were held on September 05, 2025 in Paris.', FRI, [{ text: 'September 05, 2025', value: '2025-09-05', precision: 'day' }]],
    ['The summit opened on 5 September 2025.', FRI, [{ text: '5 September 2025', value: '2025-09-05', precision: 'day' }]],
    ['The file is dated 2025-09-05.', FRI, [{ text: '2025-09-05', value: '2025-09-05', precision: 'day' }]],
    ['The order was signed on 9/5/2025.', FRI, [{ text: '9/5/2025', value: '2025-09-05', precision: 'day' }]],
    ['On August 27, 2025, Kremlin spokesman Dmitry Peskov stated Russia opposes the plan.', undefined, [{ text: 'August 27, 2025', value: '2025-08-27', precision: 'day' }]],
    ['The paper was published on Friday, September 5, 2025.', FRI, [{ text: 'Friday, September 5, 2025', value: '2025-09-05', precision: 'day', weekday: 5 }]],
    ['Jan. 6, 2021 changed everything.', FRI, [{ text: 'Jan. 6, 2021', value: '2021-01-06', precision: 'day' }]],
  ];
  test.each(cases)('%s (reference %s)', (text, ref, expected) => {
    expect(datesOf(text, ref)).toEqual(expected);
  });
});

describe('a month and day without a year take the nearest sensible year', () => {
  const cases: Array<[string, string | undefined, DateView[]]> = [
    ['Peskov spoke on Sept. 5.', FRI, [{ text: 'Sept. 5', value: '2025-09-05', precision: 'day', resolvedFrom: 'inferred-year' }]],
    ['They last met in Istanbul on July 23, though no date was set for more talks.', FRI, [{ text: 'July 23', value: '2025-07-23', precision: 'day', resolvedFrom: 'inferred-year' }]],
    // past tense, more than a week after the published date: last year
    ['The ceasefire collapsed on December 20.', FRI, [{ text: 'December 20', value: '2024-12-20', precision: 'day', resolvedFrom: 'inferred-year' }]],
    // a few days ahead is still this year (an agenda, or a late correction)
    ['The vote was moved to September 8.', FRI, [{ text: 'September 8', value: '2025-09-08', precision: 'day', resolvedFrom: 'inferred-year' }]],
    // future tense, well before the published date: next year
    ['The leaders will meet again on January 10.', FRI, [{ text: 'January 10', value: '2026-01-10', precision: 'day', resolvedFrom: 'inferred-year' }]],
    ['A deal was struck on December 30.', '2026-01-03', [{ text: 'December 30', value: '2025-12-30', precision: 'day', resolvedFrom: 'inferred-year' }]],
    // no published date: the year of the last full date stated before
    ['On August 27, 2025, Peskov spoke. Talks were held in Istanbul on July 23.', undefined, [
      { text: 'August 27, 2025', value: '2025-08-27', precision: 'day' },
      { text: 'July 23', value: '2025-07-23', precision: 'day', resolvedFrom: 'inferred-year' },
    ]],
    // no published date and nothing to infer from: no claim
    ['Talks were held in Istanbul on July 23.', undefined, []],
  ];
  test.each(cases)('%s (reference %s)', (text, ref, expected) => {
    expect(datesOf(text, ref)).toEqual(expected);
  });
});

describe('months and years', () => {
  const cases: Array<[string, string | undefined, DateView[]]> = [
    ["The war is in its third year following Russia's February 2022 offensive.", FRI, [{ text: 'February 2022', value: '2022-02', precision: 'month' }]],
    ['Peace talks were held in Istanbul in 2022.', FRI, [{ text: '2022', value: '2022', precision: 'year' }]],
    ['Peskov cited the 2022 Istanbul talks.', FRI, [{ text: '2022', value: '2022', precision: 'year' }]],
    ['Russia revived a 2022 security proposal.', undefined, [{ text: '2022', value: '2022', precision: 'year' }]],
    ["Russia's 2022 invasion changed Europe.", FRI, [{ text: '2022', value: '2022', precision: 'year' }]],
    // the end of a year is its last third, as a range of months
    ['The EU will end gas imports by the end of 2027.', FRI, [{ text: 'by the end of 2027', value: '2027-09', end: '2027-12', precision: 'month', bound: 'until' }]],
    // "from … to" joins two years into one inclusive range (news reads 2022 as included)
    ['Fighting has raged from 2014 to 2022.', FRI, [{ text: 'from 2014 to 2022', value: '2014', precision: 'year', end: '2022' }]],
    ['The 2014-2022 period was one of frozen conflict.', FRI, [{ text: '2014-2022', value: '2014', precision: 'year', end: '2022' }]],
    ['Prices rose in March.', FRI, [{ text: 'March', value: '2025-03', precision: 'month', resolvedFrom: 'inferred-year' }]],
    ['Prices rose sharply in October.', FRI, [{ text: 'October', value: '2024-10', precision: 'month', resolvedFrom: 'inferred-year' }]],
    ['The summit will be held in October.', FRI, [{ text: 'October', value: '2025-10', precision: 'month', resolvedFrom: 'inferred-year' }]],
    ['Output fell in mid-June.', FRI, [{ text: 'mid-June', value: '2025-06-10', end: '2025-06-20', precision: 'day', resolvedFrom: 'inferred-year' }]],
    ['Output fell in mid-December.', '2026-01-09', [{ text: 'mid-December', value: '2025-12-10', end: '2025-12-20', precision: 'day', resolvedFrom: 'inferred-year' }]],
    ['They met from July 23 to July 25.', FRI, [{ text: 'from July 23 to July 25', value: '2025-07-23', precision: 'day', resolvedFrom: 'inferred-year', end: '2025-07-25' }]],
  ];
  test.each(cases)('%s (reference %s)', (text, ref, expected) => {
    expect(datesOf(text, ref)).toEqual(expected);
  });
});

describe('no date claims', () => {
  test.each([
    'The meeting starts at 5pm.',
    'Parts of its support package may be scaled back.',
    'Thousands joined a march in Kyiv.',
    'March organisers said the route was safe.',
    'Russia fired 2000 drones at Ukrainian cities.',
    'A total of 2000 were detained.',
    'Two-thirds, or 2/3 of the budget, went to defence.',
    'The Sun reported that he sat down with officials.',
    'Johnson and May met in London.',
    'USA Today reported the strike.',
    'The fee was $2025 per seat.',
    'The convoy covered 2000 km.',
    'Nearly 60% backed the plan.',
    'Troops would deploy the day after a ceasefire is agreed.',
    'A ceasefire had lasted for years.',
  ])('%s', (text) => {
    expect(datesOf(text, FRI)).toEqual([]);
  });
});

describe('claim shape', () => {
  test('spans, sentences and sections point into the source text', () => {
    const text = 'Peskov spoke on Friday.\n\nA day earlier, 26 nations pledged troops in Paris on September 4, 2025.';
    const ctx = contextFor(text, FRI, 'seed');
    const claims = extractDates(ctx);
    expect(claims.map((c) => text.slice(c.span.start, c.span.end))).toEqual(['Friday', 'A day earlier', 'September 4, 2025']);
    for (const c of claims) {
      expect(c).toMatchObject({ kind: 'date', source: 'seed', section: 'body' });
      expect(c.sentence.start).toBeLessThanOrEqual(c.span.start);
      expect(c.sentence.end).toBeGreaterThanOrEqual(c.span.end);
    }
    expect(text.slice(claims[1].sentence.start, claims[1].sentence.end)).toBe('A day earlier, 26 nations pledged troops in Paris on September 4, 2025.');
  });

  test('boilerplate sections give no claims', () => {
    const text = 'Kremlin speaks\nRelated: May 2025';
    const ctx = contextFor(text, FRI);
    const body = { start: 0, end: 14, kind: 'body' as const };
    const boiler = { start: 15, end: text.length, kind: 'boilerplate' as const };
    ctx.source.sections = [body, boiler];
    ctx.sentences = [{ start: 0, end: 14 }];
    expect(extractDates(ctx)).toEqual([]);
  });

  test('with one section a paragraph, the anchor is still found a paragraph up', () => {
    const text = 'The Kremlin said on Friday that it disagreed.\n\nThe comments came a day after 26 nations pledged troops.';
    const ctx = contextFor(text, FRI);
    const cut = text.indexOf('\n\n');
    ctx.source.sections = [
      { start: 0, end: cut, kind: 'body' },
      { start: cut + 2, end: text.length, kind: 'body' },
    ];
    const claims = extractDates(ctx);
    expect(claims[1]).toMatchObject({ value: '2025-09-04', resolvedFrom: 'previous-event' });
  });

  test('a malformed reference is ignored rather than trusted', () => {
    expect(datesOf('The Kremlin said on Friday.', 'not-a-date')).toEqual([]);
  });
});
