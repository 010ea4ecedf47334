import { datesOf, type DateView } from './dates-context';

const FRI = '2025-09-05'; // a Friday

const range = (text: string, value: string, end: string, precision: DateView['precision'] = 'day', resolvedFrom?: string): DateView => ({
  text, value, precision, ...(resolvedFrom ? { resolvedFrom } : {}), end,
});

describe('a range of two dates is one claim from the first day of its start to the last of its end', () => {
  const cases: Array<[string, string, DateView[]]> = [
    ['Fighting raged from 2014 to 2022.', FRI, [range('from 2014 to 2022', '2014', '2022', 'year')]],
    ['The range is 2014 to 2018.', FRI, [range('2014 to 2018', '2014', '2018', 'year')]],
    ['The range is 2014-2018.', FRI, [range('2014-2018', '2014', '2018', 'year')]],
    ['The figures cover 2014~2018.', FRI, [range('2014~2018', '2014', '2018', 'year')]],
    ['The range is between 2014 through 2018.', FRI, [range('between 2014 through 2018', '2014', '2018', 'year')]],
    // ends of different precision: the finer one, the year from its first or last day
    ['The inquiry covers 2014 through May 2018.', FRI, [range('2014 through May 2018', '2014-01', '2018-05', 'month')]],
    ['The range is from 2007 to the end of 2008.', FRI, [range('from 2007 to the end of 2008', '2007-01', '2008-12', 'month')]],
    ['The border was closed from April until the end of June.', FRI, [range('from April until the end of June', '2025-04-01', '2025-06-30', 'day', 'inferred-year')]],
    // one end takes what it leaves out from the other
    ['Delegates meet between 3 and 12 of Sept.', FRI, [range('between 3 and 12 of Sept', '2025-09-03', '2025-09-12', 'day', 'inferred-year')]],
    ['The office is shut between the ninth and the seventeenth of April.', FRI, [range('between the ninth and the seventeenth of April', '2025-04-09', '2025-04-17', 'day', 'inferred-year')]],
    ['The summit was held in Korea Jan-Feb 2017.', FRI, [range('Jan-Feb 2017', '2017-01', '2017-02', 'month')]],
    ['The drought lasted Nov-Feb 2017.', FRI, [range('Nov-Feb 2017', '2016-11', '2017-02', 'month')]],
    ['The festival ran Nov 18-Dec 19, 2015.', FRI, [range('Nov 18-Dec 19, 2015', '2015-11-18', '2015-12-19')]],
    ['The conflict lasted from January to April 2015.', FRI, [range('from January to April 2015', '2015-01', '2015-04', 'month')]],
    // "now", "to date", "the present": the published day
    ['Prices have doubled between January 2019 and now.', FRI, [range('between January 2019 and now', '2019-01-01', FRI, 'day')]],
    ['Sales have risen from March to date.', FRI, [range('from March to date', '2025-03-01', FRI, 'day', 'inferred-year')]],
    ['The index has been kept from 2010-01-01 till current date.', FRI, [range('from 2010-01-01 till current date', '2010-01-01', FRI, 'day')]],
  ];
  test.each(cases)('%s (reference %s)', (text, ref, expected) => {
    expect(datesOf(text, ref)).toEqual(expected);
  });
});

describe('a range without a year takes one year for both ends', () => {
  const cases: Array<[string, string, DateView[]]> = [
    // to come: the range has not ended yet
    ['The roadworks will run from August to October.', FRI, [range('from August to October', '2025-08', '2025-10', 'month', 'inferred-year')]],
    ['The freeze will last from Nov to March.', FRI, [range('from Nov to March', '2025-11', '2026-03', 'month', 'inferred-year')]],
    ['Flights will be cut between august and october.', '2025-11-20', [range('between august and october', '2026-08', '2026-10', 'month', 'inferred-year')]],
    // past: it has begun
    ['The plant was closed from March to May.', FRI, [range('from March to May', '2025-03', '2025-05', 'month', 'inferred-year')]],
    ['Schools were shut from Nov to Feb.', FRI, [range('from Nov to Feb', '2024-11', '2025-02', 'month', 'inferred-year')]],
    ['The mission ran from 10/25 to 01/25.', FRI, [range('from 10/25 to 01/25', '2024-10-25', '2025-01-25', 'day', 'inferred-year')]],
  ];
  test.each(cases)('%s (reference %s)', (text, ref, expected) => {
    expect(datesOf(text, ref)).toEqual(expected);
  });
});

describe('lists, published-day ends and weeks of a day', () => {
  const cases: Array<[string, string, DateView[]]> = [
    // a bare day listed before a day and month is its own date in that month
    ['The hearings were held on 18 and 19 June.', FRI, [
      { text: '18', value: '2025-06-18', precision: 'day', resolvedFrom: 'inferred-year' },
      { text: '19 June', value: '2025-06-19', precision: 'day', resolvedFrom: 'inferred-year' },
    ]],
    ['Flights resume 2019/aug/01 to today.', FRI, [range('2019/aug/01 to today', '2019-08-01', FRI)]],
    ['They will meet in the week of the 18th.', FRI, [range('the week of the 18th', '2025-09-15', '2025-09-21', 'day', 'published')]],
    // two slash dates joined by a dash need no cue before them
    ['2/29-3/1', '2019-09-18', [range('2/29-3/1', '2016-02-29', '2016-03-01', 'day', 'inferred-year')]],
  ];
  test.each(cases)('%s (reference %s)', (text, ref, expected) => {
    expect(datesOf(text, ref)).toEqual(expected);
  });
});

describe('no range where the words only look like one', () => {
  const cases: Array<[string, DateView[]]> = [
    ['Tel: +86 138-2010-2015', []],
    ['Tel: +86 2010-2015-86', []],
    ['The plant makes 2000-2100 tonnes a day.', []],
    ['Between 3 and 12 people were hurt.', []],
    ['Scores ranged from 18 to 24.', []],
    ['You may to some extent agree.', []],
    ['The vote passed 2014 to 118.', []],
    ['Inflation fell from 3% in 2014 to 2% in 2018.', [{ text: '2014', value: '2014', precision: 'year' }, { text: '2018', value: '2018', precision: 'year' }]],
    ['It rose from now on.', []],
    ['Mix 1/2-3/4 cup of flour.', []],
  ];
  test.each(cases)('%s', (text, expected) => {
    expect(datesOf(text, FRI)).toEqual(expected);
  });
});
