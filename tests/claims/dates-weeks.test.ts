import { datesOf, type DateView } from './dates-context';

const TUE = '2018-08-21'; // a Tuesday

const range = (text: string, value: string, end: string, resolvedFrom?: string): DateView => ({ text, value, precision: 'day', ...(resolvedFrom ? { resolvedFrom } : {}), end });

describe('working weeks, business days and the year to date', () => {
  const cases: Array<[string, string, DateView[]]> = [
    ['It will happen this working week.', TUE, [range('this working week', '2018-08-20', '2018-08-24', 'published')]],
    ['It will happen next workweek.', TUE, [range('next workweek', '2018-08-27', '2018-08-31', 'published')]],
    // Monday to Friday only: from Wednesday, four business days end on Monday
    ['Set something up for the next 4 business days.', TUE, [range('next 4 business days', '2018-08-22', '2018-08-27', 'published')]],
    ['Sales slowed in the previous 4 business days.', TUE, [range('previous 4 business days', '2018-08-15', '2018-08-20', 'published')]],
    ['The bank must reply within 10 working days.', TUE, [range('within 10 working days', '2018-08-21', '2018-09-04', 'published')]],
    ['The stock is down 20% in the year to date.', TUE, [range('year to date', '2018-01-01', TUE, 'published')]],
    ['Shares are down 20% YTD.', TUE, [range('YTD', '2018-01-01', TUE, 'published')]],
    ['Gains were large in this calendar year.', TUE, [{ text: 'this calendar year', value: '2018', precision: 'year', resolvedFrom: 'published' }]],
  ];
  test.each(cases)('%s (reference %s)', (text, ref, expected) => {
    expect(datesOf(text, ref)).toEqual(expected);
  });
});

describe('a named day with its weekend: the day and the Saturday and Sunday nearest it', () => {
  const cases: Array<[string, string, DateView[]]> = [
    // Labor Day 2021 is a Monday: the weekend before
    ['Traffic peaked over the labor day 2021 weekend.', TUE, [range('labor day 2021 weekend', '2021-09-04', '2021-09-06')]],
    // Halloween 2021 is a Sunday
    ['Flights sold out for halloween weekend 2021.', TUE, [range('halloween weekend 2021', '2021-10-30', '2021-10-31')]],
    // Thanksgiving 2023 is a Thursday: the weekend after
    ["We'll take the weekend of thanksgiving 2023 off.", TUE, [range('the weekend of thanksgiving 2023', '2023-11-23', '2023-11-26')]],
    ['There was a parade on independence day of this year.', TUE, [{ text: 'independence day of this year', value: '2018-07-04', precision: 'day', resolvedFrom: 'published' }]],
  ];
  test.each(cases)('%s (reference %s)', (text, ref, expected) => {
    expect(datesOf(text, ref)).toEqual(expected);
  });
});

describe('a weekday next to a day counted from another: that weekday of its week', () => {
  const cases: Array<[string, string, DateView[]]> = [
    ["I'll go back Monday two weeks from now.", '2016-11-09', [{ text: 'Monday two weeks from now', value: '2016-11-21', precision: 'day', resolvedFrom: 'published', weekday: 1 }]],
    ["I'll go back in 3 days on Friday.", '2016-11-09', [{ text: 'in 3 days on Friday', value: '2016-11-11', precision: 'day', resolvedFrom: 'published', weekday: 5 }]],
    ["I'll go back Thursday, two years from now.", '2021-01-02', [{ text: 'Thursday, two years from now', value: '2023-01-05', precision: 'day', resolvedFrom: 'published', weekday: 4 }]],
    ["I'll go back 3 weeks after Christmas on Friday.", '2021-01-02', [{ text: '3 weeks after Christmas on Friday', value: '2022-01-14', precision: 'day', resolvedFrom: 'inferred-year', weekday: 5 }]],
    ['He arrived on Monday, two days ago.', '2021-01-06', [{ text: 'Monday, two days ago', value: '2021-01-04', precision: 'day', resolvedFrom: 'published', weekday: 1 }]],
    // a day counted from the last event is no such day: each on its own
    ['The talks opened on July 23, 2025. They collapsed on Friday, two days after.', '2025-07-28', [
      { text: 'July 23, 2025', value: '2025-07-23', precision: 'day' },
      { text: 'Friday', value: '2025-07-25', precision: 'day', resolvedFrom: 'published', weekday: 5 },
      { text: 'two days after', value: '2025-07-27', precision: 'day', resolvedFrom: 'previous-event' },
    ]],
  ];
  test.each(cases)('%s (reference %s)', (text, ref, expected) => {
    expect(datesOf(text, ref)).toEqual(expected);
  });
});

describe('the rest of a period, the end of one named by its unit, a time to come', () => {
  const FRI = '2020-06-12';
  const cases: Array<[string, DateView[]]> = [
    ["Why don't you take the remaining of the week off?", [range('remaining of the week', FRI, '2020-06-14', 'published')]],
    ['Markets will be volatile for the rest of the year.', [range('rest of the year', FRI, '2020-12-31', 'published')]],
    ['We expect a deal by end of year.', [{ text: 'by end of year', value: '2020-09', precision: 'month', resolvedFrom: 'published', end: '2020-12', bound: 'until' }]],
    // "'s time" makes it a day to come, whatever the verb
    ['The report is due in a fortnight’s time.', [{ text: 'in a fortnight', value: '2020-06-26', precision: 'day', resolvedFrom: 'published' }]],
  ];
  test.each(cases)('%s', (text, expected) => {
    expect(datesOf(text, FRI)).toEqual(expected);
  });
});

describe('a weekday or month that recurs ("every Saturday") is no date; one said once still is', () => {
  const cases: Array<[string, DateView[]]> = [
    ['"We will come back every Saturday until they listen to us," she said.', []],
    ['Students have marched each Friday since the fire.', []],
    ['The council meets every other Monday.', []],
    ['Every March the river floods the lower town.', []],
    ['The market opens every single Sunday.', []],
    ['The march was held on Saturday.', [{ text: 'Saturday', value: '2018-08-18', precision: 'day', resolvedFrom: 'published', weekday: 6 }]],
    ['Each side met on Friday, and every delegate spoke.', [{ text: 'Friday', value: '2018-08-17', precision: 'day', resolvedFrom: 'published', weekday: 5 }]],
  ];
  test.each(cases)('%s', (text, expected) => {
    expect(datesOf(text, TUE)).toEqual(expected);
  });
});
