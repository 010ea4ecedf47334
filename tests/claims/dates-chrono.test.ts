import { datesOf, type DateView } from './dates-context';

const FRI = '2025-09-05'; // a Friday

const day = (text: string, value: string, extra: Partial<DateView> = {}): DateView => ({ text, value, precision: 'day', ...extra });
const range = (text: string, value: string, end: string, precision: DateView['precision'] = 'day', extra: Partial<DateView> = {}): DateView => ({ text, value, precision, ...extra, end });

describe('what chrono leaves out is read around its dates', () => {
  const cases: Array<[string, string, DateView[]]> = [
    // the day before a month and year
    ['Independence was declared on the 4th of july of 1995.', FRI, [day('4th of july of 1995', '1995-07-04')]],
    ['Book a trip from 26th june of 2020 to 28th june of 2020.', FRI, [range('from 26th june of 2020 to 28th june of 2020', '2020-06-26', '2020-06-28')]],
    // the year after a range, and after each end
    ['Total sales from april to June in 2017 were below expectations.', FRI, [range('from april to June in 2017', '2017-04', '2017-06', 'month')]],
    ['Total sales from april in 2016 to June in 2017 were below expectations.', FRI, [range('from april in 2016 to June in 2017', '2016-04', '2017-06', 'month')]],
    ['I will travel in Japan on 26 june to 28 june in 2020.', FRI, [range('26 june to 28 june in 2020', '2020-06-26', '2020-06-28')]],
    ['What about from june 26th of 2020 to june the 28th 2020?', FRI, [range('from june 26th of 2020 to june the 28th 2020', '2020-06-26', '2020-06-28')]],
    // a two-digit year after "of"
    ['I was born on 15 April of 87.', FRI, [day('15 April of 87', '1987-04-15')]],
    // February 29 without a year: the nearest leap year
    ['The deadline was Feb 29.', FRI, [day('Feb 29', '2024-02-29', { resolvedFrom: 'inferred-year' })]],
    // a figure before the month is no day of it
    ['I bought it for $12 December 27.', FRI, [day('December 27', '2024-12-27', { resolvedFrom: 'inferred-year' })]],
    ['Revenue was 6,107.31 August 2019.', FRI, [{ text: 'August 2019', value: '2019-08', precision: 'month' }]],
    // a weekday range is ordered as written, whatever the published day
    ['I will be away from next monday to friday.', '2019-09-05', [range('from next monday to friday', '2019-09-09', '2019-09-13', 'day', { resolvedFrom: 'published', weekday: 1 })]],
  ];
  test.each(cases)('%s (reference %s)', (text, ref, expected) => {
    expect(datesOf(text, ref)).toEqual(expected);
  });

  test.each([
    // a number of people, not a two-digit year
    ['The bill was passed on 15 April of 87 votes.', [day('15 April', '2025-04-15', { resolvedFrom: 'inferred-year' })]],
    // a count of weeks, not a day of the month after a weekday ("Monday two"): the Monday of two weeks ago
    ['They met Monday two weeks ago.', [day('Monday two weeks ago', '2025-08-18', { resolvedFrom: 'published', weekday: 1 })]],
  ] as Array<[string, DateView[]]>)('no more than is written: %s', (text, want) => {
    expect(datesOf(text, FRI)).toEqual(want);
  });
});
