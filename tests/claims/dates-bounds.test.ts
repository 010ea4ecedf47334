import { datesOf, type DateView } from './dates-context';

const FRI = '2025-09-05'; // a Friday

const open = (text: string, bound: string, value: string, precision: DateView['precision'], extra: Partial<DateView> = {}): DateView => ({
  text, value, precision, ...extra, bound,
});

describe('an open range: a date with words that keep one side open', () => {
  const cases: Array<[string, string, DateView[]]> = [
    // since: from the date's first day on
    ['Prices have doubled since 2010.', FRI, [open('since 2010', 'since', '2010', 'year')]],
    ['The border has been shut since August.', FRI, [open('since August', 'since', '2025-08', 'month', { resolvedFrom: 'inferred-year' })]],
    ['Fares will rise starting January 7th, the operator said.', FRI, [open('starting January 7th', 'since', '2026-01-07', 'day', { resolvedFrom: 'inferred-year' })]],
    ['The rule covers contracts signed in 2018 or later.', FRI, [open('2018 or later', 'since', '2018', 'year')]],
    ['Members can vote from May 2026 onwards.', FRI, [open('from May 2026 onwards', 'since', '2026-05', 'month')]],
    ['The rebate applies to homes built no earlier than 1990.', FRI, [open('no earlier than 1990', 'since', '1990', 'year')]],
    ['Sales have fallen since the end of 2019.', FRI, [open('since the end of 2019', 'since', '2019-09', 'month', { end: '2019-12' })]],
    // after: from after its last day
    ['Talks could resume after 2026.', FRI, [open('after 2026', 'after', '2026', 'year')]],
    ['No vote is expected later than March 2026.', FRI, [open('later than March 2026', 'after', '2026-03', 'month')]],
    // until: up to its last day; "before the end of" a period is until it is over
    ['The ceasefire holds until Friday.', FRI, [open('until Friday', 'until', FRI, 'day', { resolvedFrom: 'published', weekday: 5 })]],
    ['A deal must be signed by the end of 2027.', FRI, [open('by the end of 2027', 'until', '2027-09', 'month', { end: '2027-12' })]],
    ['Bids must arrive no later than 1 October 2025.', FRI, [open('no later than 1 October 2025', 'until', '2025-10-01', 'day')]],
    ['Troops will leave before the end of December.', FRI, [open('before the end of December', 'until', '2025-12-31', 'day', { resolvedFrom: 'inferred-year' })]],
    // the beginning of a month the date leaves out: the bound is where the month begins
    ['Repairs will go on after the beginning of March.', FRI, [open('after the beginning of March', 'since', '2026-03', 'month', { resolvedFrom: 'inferred-year' })]],
    ['Repairs will be done before the start of March.', FRI, [open('before the start of March', 'before', '2026-03', 'month', { resolvedFrom: 'inferred-year' })]],
    // before: up to its first day, not included
    ['The plant was built before 1990.', FRI, [open('before 1990', 'before', '1990', 'year')]],
    ['Shops will close before Christmas.', FRI, [open('before Christmas', 'before', '2025-12-25', 'day', { resolvedFrom: 'inferred-year' })]],
    ['The claims were filed prior to March 2015.', FRI, [open('prior to March 2015', 'before', '2015-03', 'month')]],
    // "more than 2 weeks before today": beyond the day counted to
    ['The order was placed more than 2 weeks before today.', FRI, [open('more than 2 weeks before today', 'before', '2025-08-22', 'day', { resolvedFrom: 'published' })]],
    // two bounds in one sentence
    ['Sales after 2010 and before 2018 are counted.', FRI, [open('after 2010', 'after', '2010', 'year'), open('before 2018', 'before', '2018', 'year')]],
  ];
  test.each(cases)('%s (reference %s)', (text, ref, expected) => {
    expect(datesOf(text, ref)).toEqual(expected);
  });
});

describe('words that only look like a bound leave the date as it is', () => {
  const cases: Array<[string, string, DateView[]]> = [
    // the year belongs to a noun after it, or the day to a possessive
    ['Talks began after the 2014 invasion.', FRI, [{ text: '2014', value: '2014', precision: 'year' }]],
    ['Turnout fell before Friday’s vote.', FRI, [{ text: 'Friday’s', value: FRI, precision: 'day', resolvedFrom: 'published', weekday: 5 }]],
    // a phrase inside a word is none
    ['Campaigning peaked in the run-up to March 2024.', FRI, [{ text: 'March 2024', value: '2024-03', precision: 'month' }]],
    // "days after Christmas" count from it
    ['Shops reopen days after Christmas.', FRI, [{ text: 'Christmas', value: '2025-12-25', precision: 'day', resolvedFrom: 'inferred-year' }]],
    // a range of two dates stays one range
    ['The mine was closed from 2010 until 2015.', FRI, [{ text: 'from 2010 until 2015', value: '2010', precision: 'year', end: '2015' }]],
    // "or later" in the middle of a clause is no bound
    ['Results from 2018 or later reports differ.', FRI, [{ text: '2018', value: '2018', precision: 'year' }]],
  ];
  test.each(cases)('%s (reference %s)', (text, ref, expected) => {
    expect(datesOf(text, ref)).toEqual(expected);
  });
});

describe('an open range dates no event: "a day earlier" counts from the last dated one', () => {
  test('"until Friday" is not the day "a day earlier" counts from', () => {
    const found = datesOf('Leaders met on Wednesday. Talks will run until Friday. A day earlier, aides had prepared the text.', FRI);
    expect(found.map((d) => [d.text, d.value, d.bound])).toEqual([
      ['Wednesday', '2025-09-03', undefined],
      ['until Friday', FRI, 'until'],
      ['A day earlier', '2025-09-02', undefined],
    ]);
  });
});
