import { datesOf, type DateView } from './dates-context';

const FRI = '2025-09-05'; // a Friday
const MON = '2016-11-07'; // a Monday

const range = (text: string, value: string, end: string, precision: DateView['precision'] = 'day', resolvedFrom?: string): DateView => ({
  text, value, precision, ...(resolvedFrom ? { resolvedFrom } : {}), end,
});

describe('offsets from a day: the count is added on the side the word says', () => {
  const cases: Array<[string, string, DateView[]]> = [
    ['Are you available two days after today?', '2018-05-31', [{ text: 'two days after today', value: '2018-06-02', precision: 'day', resolvedFrom: 'published' }]],
    ['Where were you two days before yesterday?', '2018-05-31', [{ text: 'two days before yesterday', value: '2018-05-28', precision: 'day', resolvedFrom: 'published' }]],
    ['The vote is three weeks from tomorrow.', '2018-05-31', [{ text: 'three weeks from tomorrow', value: '2018-06-22', precision: 'day', resolvedFrom: 'published' }]],
    ['It happened 2 weeks before May 13 1999.', MON, [{ text: '2 weeks before May 13 1999', value: '1999-04-29', precision: 'day' }]],
    ['The deal expires four months from today.', MON, [{ text: 'four months from today', value: '2017-03-07', precision: 'day', resolvedFrom: 'published' }]],
    ['The truce will end three weeks from now.', FRI, [{ text: 'three weeks from now', value: '2025-09-26', precision: 'day', resolvedFrom: 'published' }]],
  ];
  test.each(cases)('%s (reference %s)', (text, ref, expected) => {
    expect(datesOf(text, ref)).toEqual(expected);
  });
});

describe('counted stretches next to the published day', () => {
  const cases: Array<[string, string, DateView[]]> = [
    ['Talks will resume in two weeks.', FRI, [{ text: 'in two weeks', value: '2025-09-19', precision: 'day', resolvedFrom: 'published' }]],
    ['Forecasters expect rain over the next three days.', FRI, [range('next three days', '2025-09-06', '2025-09-08', 'day', 'published')]],
    ['The army must withdraw within 9 months.', '2018-03-23', [range('within 9 months', '2018-03-23', '2018-12-22', 'day', 'published')]],
    ['Sales fell in the previous two quarters.', FRI, [range('previous two quarters', '2025-01', '2025-06', 'month', 'published')]],
    ['Profits rose last quarter.', FRI, [range('last quarter', '2025-04', '2025-06', 'month', 'published')]],
    ['The budget covers the next quarter.', FRI, [range('next quarter', '2025-10', '2025-12', 'month', 'published')]],
  ];
  test.each(cases)('%s (reference %s)', (text, ref, expected) => {
    expect(datesOf(text, ref)).toEqual(expected);
  });

  test.each([
    // a stretch of time, not a day to come: the duration extractor reads these
    'It was the highest level in two years.',
    'Russia had received €1.1bn in fuel sales from the EU in one year, although the true figure is higher.',
    'Prices have doubled over the past two years.',
    'The force will move in a day after the ceasefire.',
  ])('no date in: %s', (text) => {
    expect(datesOf(text, FRI)).toEqual([]);
  });
});

describe('weeks', () => {
  const cases: Array<[string, string, DateView[]]> = [
    // Monday to Sunday; a week belongs to the month or year that holds its Thursday
    ['We are free the week of April 10th.', MON, [range('the week of April 10th', '2016-04-04', '2016-04-10', 'day', 'inferred-year')]],
    ['They will meet the week of April 10th.', MON, [range('the week of April 10th', '2017-04-10', '2017-04-16', 'day', 'inferred-year')]],
    ['Campers arrive in the last week of July.', MON, [range('the last week of July', '2016-07-25', '2016-07-31', 'day', 'inferred-year')]],
    ['Output dipped in the first week of 2015.', MON, [range('the first week of 2015', '2014-12-29', '2015-01-04')]],
    ['Maintenance is set for the last 3 weeks of this year.', '2019-06-01', [range('the last 3 weeks of this year', '2019-12-09', '2019-12-29', 'day', 'published')]],
    ['Schedule me a meeting next week on Monday.', '2017-12-04', [{ text: 'next week on Monday', value: '2017-12-11', precision: 'day', resolvedFrom: 'published', weekday: 1 }]],
    ['We met on Tuesday of last week.', '2019-07-30', [{ text: 'Tuesday of last week', value: '2019-07-23', precision: 'day', resolvedFrom: 'published', weekday: 2 }]],
    ['Sales for week 31 were flat.', '2018-07-02', [range('week 31', '2018-07-30', '2018-08-05')]],
  ];
  test.each(cases)('%s (reference %s)', (text, ref, expected) => {
    expect(datesOf(text, ref)).toEqual(expected);
  });
});

describe('parts of periods, quarters, decades and centuries', () => {
  const cases: Array<[string, string, DateView[]]> = [
    ['The company was founded at the end of 2000.', MON, [range('end of 2000', '2000-09', '2000-12', 'month')]],
    ['We have lived here since mid 1989.', MON, [{ ...range('since mid 1989', '1989-05', '1989-08', 'month'), bound: 'since' }]],
    ['Growth slowed in early 2024.', FRI, [range('early 2024', '2024-01', '2024-04', 'month')]],
    ['Sales went up during 2017 q1.', FRI, [range('2017 q1', '2017-01', '2017-03', 'month')]],
    ['2019 H2 will bring challenges.', FRI, [range('2019 H2', '2019-07', '2019-12', 'month')]],
    ['GDP grew in the first quarter of 2024.', FRI, [range('the first quarter of 2024', '2024-01', '2024-03', 'month')]],
    ['He grew up in the 1990s.', FRI, [range('1990s', '1990', '1999', 'year')]],
    ['It happened in the 15th century.', FRI, [range('15th century', '1400', '1499', 'year')]],
    ['The project should start in the next decade.', '2018-06-22', [range('the next decade', '2020', '2029', 'year')]],
    // the nth day of a month, the ordinal in words to the thirty-first
    ['Rent is due on the twenty-sixth day of the month.', '2019-08-12', [{ text: 'the twenty-sixth day of the month', value: '2019-08-26', precision: 'day', resolvedFrom: 'published' }]],
    ['The vote will fall on the twenty third day of September.', '2019-08-12', [{ text: 'the twenty third day of September', value: '2019-09-23', precision: 'day', resolvedFrom: 'inferred-year' }]],
    ['Payments stop after the thirty-first day of the month.', '2019-08-12', [{ text: 'after the thirty-first day of the month', value: '2019-08-31', precision: 'day', resolvedFrom: 'published', bound: 'after' }]],
  ];
  test.each(cases)('%s (reference %s)', (text, ref, expected) => {
    expect(datesOf(text, ref)).toEqual(expected);
  });
});

describe('numeric forms and ranges', () => {
  const cases: Array<[string, string, DateView[]]> = [
    ['Is this a valid date? 2015-12', FRI, [{ text: '2015-12', value: '2015-12', precision: 'month' }]],
    ['The figures for 2015-3 were revised.', FRI, [{ text: '2015-3', value: '2015-03', precision: 'month' }]],
    ['The 2015-16 season was his best.', FRI, [range('2015-16', '2015', '2016', 'year')]],
    ['I am off april 9th through 17th.', MON, [range('april 9th through 17th', '2016-04-09', '2016-04-17', 'day', 'inferred-year')]],
    ['Talks were held between Jan 2019 and today.', '2020-04-26', [range('between Jan 2019 and today', '2019-01-01', '2020-04-26')]],
    ['I will go back on 22/04.', MON, [{ text: '22/04', value: '2017-04-22', precision: 'day', resolvedFrom: 'inferred-year' }]],
  ];
  test.each(cases)('%s (reference %s)', (text, ref, expected) => {
    expect(datesOf(text, ref)).toEqual(expected);
  });

  test.each(['Is this a valid date? 2015-32', '2015-1-32 is a wrong date', 'Labs showed a ratio of 30/4.85 overall.', 'The shop is open 24/7.'])('no date in: %s', (text) => {
    expect(datesOf(text, FRI)).toEqual([]);
  });
});

describe('named days', () => {
  const cases: Array<[string, string, DateView[]]> = [
    ['Crowds gathered on Christmas Eve.', FRI, [{ text: 'Christmas Eve', value: '2024-12-24', precision: 'day', resolvedFrom: 'inferred-year' }]],
    ['The ceasefire will hold until Christmas.', FRI, [{ text: 'until Christmas', value: '2025-12-25', precision: 'day', resolvedFrom: 'inferred-year', bound: 'until' }]],
    ['I went back on easter 2018.', MON, [{ text: 'easter 2018', value: '2018-04-01', precision: 'day' }]],
    ['When was the last easter?', '2019-06-12', [{ text: 'last easter', value: '2019-04-21', precision: 'day', resolvedFrom: 'inferred-year' }]],
    ['Stores open early on black friday 2010.', MON, [{ text: 'black friday 2010', value: '2010-11-26', precision: 'day' }]],
  ];
  test.each(cases)('%s (reference %s)', (text, ref, expected) => {
    expect(datesOf(text, ref)).toEqual(expected);
  });
});

describe('dates in words, days of the month, weekends', () => {
  const cases: Array<[string, string, DateView[]]> = [
    ['She was born on January twenty five nineteen eighty six.', '2019-05-30', [{ text: 'January twenty five nineteen eighty six', value: '1986-01-25', precision: 'day' }]],
    ['The ship set sail on 6 April seventeen hundred thirty three.', '2019-05-30', [{ text: '6 April seventeen hundred thirty three', value: '1733-04-06', precision: 'day' }]],
    ['The conference was in October two thousand and five.', MON, [{ text: 'October two thousand and five', value: '2005-10', precision: 'month' }]],
    ['They left in nineteen ninety six.', MON, [{ text: 'nineteen ninety six', value: '1996', precision: 'year' }]],
    ["Let's meet on February twenty second.", '2019-04-25', [{ text: 'February twenty second', value: '2019-02-22', precision: 'day', resolvedFrom: 'inferred-year' }]],
    ['The payment arrived on the 18th.', '2018-08-07', [{ text: 'the 18th', value: '2018-07-18', precision: 'day', resolvedFrom: 'published' }]],
    ['The payment will arrive by the 18th.', '2018-08-07', [{ text: 'by the 18th', value: '2018-08-18', precision: 'day', resolvedFrom: 'published', bound: 'until' }]],
    ['Fighting eased over the weekend.', '2016-11-07', [range('the weekend', '2016-11-05', '2016-11-06', 'day', 'published')]],
    ['Talks will continue over the weekend.', '2016-11-07', [range('the weekend', '2016-11-12', '2016-11-13', 'day', 'published')]],
    ['I will be out this September.', MON, [{ text: 'this September', value: '2016-09', precision: 'month', resolvedFrom: 'published' }]],
    // "will have" is about the future, though "have" alone is a past auxiliary
    ['Tom and I will have a meeting in 2 weeks.', '2018-03-23', [{ text: 'in 2 weeks', value: '2018-04-06', precision: 'day', resolvedFrom: 'published' }]],
  ];
  test.each(cases)('%s (reference %s)', (text, ref, expected) => {
    expect(datesOf(text, ref)).toEqual(expected);
  });

  test.each(['We may first ask the council.', 'The office is on the 4th floor.', 'Nineteen people were hurt in twenty minutes.'])('no date in: %s', (text) => {
    expect(datesOf(text, FRI)).toEqual([]);
  });
});

describe('a calendar year written CY', () => {
  test.each([
    ['Show sales in the cy 2008.', [{ text: 'cy 2008', value: '2008', precision: 'year' }]],
    ['Revenue in CY23 rose.', [{ text: 'CY23', value: '2023', precision: 'year' }]],
  ] as Array<[string, DateView[]]>)('%s', (text, expected) => {
    expect(datesOf(text, FRI)).toEqual(expected);
  });
});

describe('years up to 2199', () => {
  test.each([
    ['This contract will end in 2150.', [{ text: '2150', value: '2150', precision: 'year' }]],
    ['The plant has 2150 workers.', []],
  ] as Array<[string, DateView[]]>)('%s', (text, expected) => {
    expect(datesOf(text, FRI)).toEqual(expected);
  });
});
