import { datesOf, type DateView } from './dates-context';

const FRI = '2025-09-05'; // a Friday

const day = (text: string, value: string, extra: Partial<DateView> = {}): DateView => ({ text, value, precision: 'day', ...extra });
const range = (text: string, value: string, end: string, extra: Partial<DateView> = {}): DateView => ({ text, value, precision: 'day', ...extra, end });

describe('dates in figures', () => {
  const cases: Array<[string, string, DateView[]]> = [
    ['The file was stamped 20161016.', FRI, [day('20161016', '2016-10-16')]],
    ['On 2016 10 16, the conference started.', FRI, [day('2016 10 16', '2016-10-16')]],
    ['The report is at example.com/report-20170302.html today.', FRI, [day('20170302', '2017-03-02'), day('today', FRI, { resolvedFrom: 'published' })]],
    ['He will go back 2020/23/Sep.', FRI, [day('2020/23/Sep', '2020-09-23')]],
    ['He will go back September-2020-23.', FRI, [day('September-2020-23', '2020-09-23')]],
    ['He went back 23-2020-September.', FRI, [day('23-2020-September', '2020-09-23')]],
    ['Eli Lilly sold IVAC on Dec31 , 1994.', FRI, [day('Dec31 , 1994', '1994-12-31')]],
    ['What is the plan for Dec/2018?', FRI, [{ text: 'Dec/2018', value: '2018-12', precision: 'month' }]],
    // a two-digit year more than twenty years ahead is in the last century
    ['She was born on 03/18/50.', FRI, [day('03/18/50', '1950-03-18')]],
    ['The lease ends on 03/18/30.', FRI, [day('03/18/30', '2030-03-18')]],
    // a month and day after a weekday, with slashes, dots or a dash
    ['The call is set for Friday 7/6.', FRI, [day('Friday 7/6', '2025-07-06', { resolvedFrom: 'inferred-year', weekday: 5 })]],
    ['The call is set for this Friday 7.6 with Jim.', FRI, [day('this Friday 7.6', '2025-07-06', { resolvedFrom: 'inferred-year', weekday: 5 })]],
    // "this", "next" right before a month and day: the published year or the next
    ['The task is due this 5/12.', FRI, [day('this 5/12', '2025-05-12', { resolvedFrom: 'published' })]],
    ['The task is due next 5/12.', FRI, [day('next 5/12', '2026-05-12', { resolvedFrom: 'published' })]],
    ['The task is due next 6th of April.', FRI, [day('next 6th of April', '2026-04-06', { resolvedFrom: 'published' })]],
  ];
  test.each(cases)('%s (reference %s)', (text, ref, expected) => {
    expect(datesOf(text, ref)).toEqual(expected);
  });
});

describe('ranges in figures', () => {
  const cases: Array<[string, string, DateView[]]> = [
    ['My vacation is from 10-1-2018-10-7-2018.', FRI, [range('from 10-1-2018-10-7-2018', '2018-10-01', '2018-10-07')]],
    ['My vacation is from 10/1/2018-10/7/2018.', FRI, [range('from 10/1/2018-10/7/2018', '2018-10-01', '2018-10-07')]],
    ['I will be away from 5/1-5/7, 2020.', FRI, [range('from 5/1-5/7, 2020', '2020-05-01', '2020-05-07')]],
    ['I will be away from 5/1-5/7/2020.', FRI, [range('from 5/1-5/7/2020', '2020-05-01', '2020-05-07')]],
    ['I will be away from 5/1/2019-5/7/2020.', FRI, [range('from 5/1/2019-5/7/2020', '2019-05-01', '2020-05-07')]],
    ['The period is 10/1-11/2/2017.', FRI, [range('10/1-11/2/2017', '2017-10-01', '2017-11-02')]],
    ['Cases peaked at 02-02-2020 - 03-03-2020.', FRI, [range('02-02-2020 - 03-03-2020', '2020-02-02', '2020-03-03')]],
    ['What is the plan for Dec/2018-May/2019?', FRI, [{ text: 'Dec/2018-May/2019', value: '2018-12', precision: 'month', end: '2019-05' }]],
    ['The office will close between 10/1-11/7.', FRI, [range('between 10/1-11/7', '2025-10-01', '2025-11-07', { resolvedFrom: 'inferred-year' })]],
  ];
  test.each(cases)('%s (reference %s)', (text, ref, expected) => {
    expect(datesOf(text, ref)).toEqual(expected);
  });
});

describe('figures that are no dates', () => {
  test.each([
    'Two thirds, or 2/3 of the budget, went to defence.',
    'The shop is open 24/7.',
    'Prices rose 1.5-2.5 percent.',
    'Growth was 7.6 in the quarter.',
    'The score was 7-6 after extra time.',
    'Call 138-2010-2015 for details.',
    'The case number is 12345678.',
    'COVID-19 cases rose.',
  ])('%s', (text) => {
    expect(datesOf(text, FRI)).toEqual([]);
  });
});
