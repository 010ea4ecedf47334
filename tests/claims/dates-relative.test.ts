import { datesOf, type DateView } from './dates-context';

const FRI = '2025-09-05'; // a Friday
const THU = '2025-09-04';

const day = (text: string, value: string, weekday: number): DateView => ({ text, value, precision: 'day', resolvedFrom: 'published', weekday });

describe('weekdays resolve by the tense of their clause', () => {
  const cases: Array<[string, string, DateView[]]> = [
    // the published day itself counts
    ['The Kremlin said on Friday that foreign troops cannot provide guarantees.', FRI, [day('Friday', '2025-09-05', 5)]],
    ['Two people clearing mines were killed in a Russian attack in northern Ukraine on Thursday.', FRI, [day('Thursday', '2025-09-04', 4)]],
    ['Trump told CBS News on Wednesday that he will meet Putin.', FRI, [day('Wednesday', '2025-09-03', 3)]],
    ['The ministers will meet on Monday.', FRI, [day('Monday', '2025-09-08', 1)]],
    ['The council is due to meet on Monday.', FRI, [day('Monday', '2025-09-08', 1)]],
    ['They meet again next Monday.', FRI, [day('next Monday', '2025-09-08', 1)]],
    ['A source at the Élysée Palace suggested ahead of Thursday\'s talks that ceasefires can last.', FRI, [day("Thursday's", '2025-09-04', 4)]],
    ['Talks are scheduled for Thursday.', FRI, [day('Thursday', '2025-09-11', 4)]],
    ['Protests are planned for Saturday.', FRI, [day('Saturday', '2025-09-06', 6)]],
    ['Zelensky is meeting Trump on Sunday.', FRI, [day('Sunday', '2025-09-07', 0)]],
    ['The summit will be held on Friday.', FRI, [day('Friday', '2025-09-05', 5)]],
    ['The attack on Saturday killed three people.', FRI, [day('Saturday', '2025-08-30', 6)]],
    ['Officials met last Friday.', FRI, [day('last Friday', '2025-08-29', 5)]],
    ['On Wednesday, Russian President Vladimir Putin thanked Kim Jong-un.', FRI, [day('Wednesday', '2025-09-03', 3)]],
    ['The Russian leader, who spent Wednesday with Xi Jinping, claims gains.', FRI, [day('Wednesday', '2025-09-03', 3)]],
    // no tense cue: the most recent such day, today included
    ["Friday's strike", FRI, [day("Friday's", '2025-09-05', 5)]],
    ["Tuesday's decision", FRI, [day("Tuesday's", '2025-09-02', 2)]],
    // a paper of Thursday 4 September
    ['And yet Europe is still forging ahead, with Macron hosting a summit of European leaders on Thursday.', THU, [day('Thursday', '2025-09-04', 4)]],
    ['Various allied defence ministers will take up the issue in the Paris meeting on Thursday.', THU, [day('Thursday', '2025-09-04', 4)]],
    ['President Putin while speaking from Beijing Wednesday, after observing a parade, sounded confident.', THU, [day('Wednesday', '2025-09-03', 3)]],
    ['Ministry of Foreign Affairs spokeswoman Maria Zakharova said Wednesday that Moscow would not discuss it.', THU, [day('Wednesday', '2025-09-03', 3)]],
  ];
  test.each(cases)('%s (reference %s)', (text, ref, expected) => {
    expect(datesOf(text, ref)).toEqual(expected);
  });

  test('a weekday range ends on its last day', () => {
    expect(datesOf('Talks ran from Monday to Wednesday.', FRI)).toEqual([
      { text: 'from Monday to Wednesday', value: '2025-09-01', precision: 'day', resolvedFrom: 'published', weekday: 1, end: '2025-09-03' },
    ]);
  });

  test('without a published date a bare weekday is not a date', () => {
    expect(datesOf('The Kremlin said on Friday that it disagreed.')).toEqual([]);
  });
});

describe('"previous" and "following" before a weekday name that day of the week before or after; "last" and "next" the nearest but yesterday or tomorrow', () => {
  const cases: Array<[string, string, DateView[]]> = [
    // a paper of Thursday 4 September: not tomorrow or yesterday, but a week on
    ['They will meet next Friday.', THU, [day('next Friday', '2025-09-12', 5)]],
    ['Do you have plans on following Friday?', THU, [day('following Friday', '2025-09-12', 5)]],
    ['They met last Wednesday.', THU, [day('last Wednesday', '2025-08-27', 3)]],
    ['Where were you on previous Monday?', THU, [day('previous Monday', '2025-08-25', 1)]],
    ['The deal expires two months after next Friday.', THU, [{ text: 'two months after next Friday', value: '2025-11-12', precision: 'day', resolvedFrom: 'published' }]],
    // further off than tomorrow or yesterday: the nearest one (a paper of Monday 16 March 2026)
    ['Organisers have called another march for next Saturday.', '2026-03-16', [day('next Saturday', '2026-03-21', 6)]],
    ['The march last Saturday ended in clashes.', '2026-03-16', [day('last Saturday', '2026-03-14', 6)]],
    ['The court will rule next Tuesday.', '2026-03-16', [day('next Tuesday', '2026-03-24', 2)]],
    // "this past", "this coming", "coming", "upcoming": the nearest one
    ['They met this past Wednesday.', THU, [day('this past Wednesday', '2025-09-03', 3)]],
    ['They will meet this coming Friday.', THU, [day('this coming Friday', '2025-09-05', 5)]],
    ['They meet the upcoming Friday.', THU, [day('upcoming Friday', '2025-09-05', 5)]],
  ];
  test.each(cases)('%s (reference %s)', (text, ref, expected) => {
    expect(datesOf(text, ref)).toEqual(expected);
  });
});

describe('relative to the published date', () => {
  const pub = (text: string, value: string, precision: string, end?: string): DateView => ({ text, value, precision, resolvedFrom: 'published', ...(end ? { end } : {}) });
  const cases: Array<[string, string, DateView[]]> = [
    ["Putin met Trump in Alaska last month.", FRI, [pub('last month', '2025-08', 'month')]],
    ['Putin said this week there was light at the end of the tunnel.', FRI, [pub('this week', '2025-09-01', 'day', '2025-09-07')]],
    ['Von der Leyen boasted earlier this week of precise plans.', THU, [pub('earlier this week', '2025-09-01', 'day', '2025-09-03')]],
    // "later" from the published day on, "earlier" up to the day before
    ['Talks resume later this week.', FRI, [pub('later this week', '2025-09-05', 'day', '2025-09-07')]],
    ['They met last week.', FRI, [pub('last week', '2025-08-25', 'day', '2025-08-31')]],
    ['They meet next week.', FRI, [pub('next week', '2025-09-08', 'day', '2025-09-14')]],
    ['Drones struck last weekend.', FRI, [pub('last weekend', '2025-08-30', 'day', '2025-08-31')]],
    ['Prices fell last year.', FRI, [pub('last year', '2024', 'year')]],
    ["Last year's talks failed.", FRI, [pub("Last year's", '2024', 'year')]],
    ['North Korean troops helped Russia earlier this year.', FRI, [pub('earlier this year', '2025-01-01', 'day', '2025-09-04')]],
    ['A vote is expected later this month.', FRI, [pub('later this month', '2025-09-05', 'day', '2025-09-30')]],
    ['Prices fell earlier this month.', FRI, [pub('earlier this month', '2025-09-01', 'day', '2025-09-04')]],
    ['Elections are due later in the year.', FRI, [pub('later in the year', '2025-09-05', 'day', '2025-12-31')]],
    // of another week, month or year: its first or second half
    ['He took a test earlier last week.', FRI, [pub('earlier last week', '2025-08-25', 'day', '2025-08-27')]],
    ['Talks resume later next week.', FRI, [pub('later next week', '2025-09-11', 'day', '2025-09-14')]],
    ['They met later last month.', FRI, [pub('later last month', '2025-08-16', 'day', '2025-08-31')]],
    ['Sales fell earlier last year.', FRI, [pub('earlier last year', '2024-01', 'month', '2024-06')]],
    ['The strike happened yesterday.', FRI, [pub('yesterday', '2025-09-04', 'day')]],
    ['Leaders meet today.', FRI, [pub('today', '2025-09-05', 'day')]],
    ['Leaders meet tomorrow.', FRI, [pub('tomorrow', '2025-09-06', 'day')]],
    ['The deal was signed two weeks ago.', FRI, [pub('two weeks ago', '2025-08-22', 'day')]],
    ['The deal was signed three days ago.', FRI, [pub('three days ago', '2025-09-02', 'day')]],
    ['Prices peaked three months ago.', FRI, [pub('three months ago', '2025-06', 'month')]],
    ['Prices peaked a year ago.', FRI, [pub('a year ago', '2024', 'year')]],
  ];
  test.each(cases)('%s (reference %s)', (text, ref, expected) => {
    expect(datesOf(text, ref)).toEqual(expected);
  });

  test.each([
    'Moscow has held this position over the last year.',
    'Attacks have grown in the past week.',
    'Russia Today reported the strike.',
  ])('no date in: %s', (text) => {
    expect(datesOf(text, FRI)).toEqual([]);
  });
});

describe('relative to the last dated event', () => {
  const cases: Array<[string, string | undefined, DateView[]]> = [
    // seed 000: the anchor is the Friday statement in the same paragraph
    [
      'The Kremlin declared on Friday that security cannot be provided by foreign contingents. Just a day earlier, 26 nations had pledged to support guarantees.',
      FRI,
      [day('Friday', '2025-09-05', 5), { text: 'a day earlier', value: '2025-09-04', precision: 'day', resolvedFrom: 'previous-event' }],
    ],
    // seed 002: "<B> came a day after <A>" dates A, one day before B (the Friday statement, a paragraph up)
    [
      'The Kremlin said on Friday that foreign contingents cannot provide guarantees.\n\nThe comments came a day after 26 nations pledged to offer postwar security guarantees to Ukraine.',
      FRI,
      [day('Friday', '2025-09-05', 5), { text: 'a day after', value: '2025-09-04', precision: 'day', resolvedFrom: 'previous-event' }],
    ],
    [
      'Peskov spoke on August 27. The day before, Zelensky had met Trump.',
      FRI,
      [
        { text: 'August 27', value: '2025-08-27', precision: 'day', resolvedFrom: 'inferred-year' },
        { text: 'The day before', value: '2025-08-26', precision: 'day', resolvedFrom: 'previous-event' },
      ],
    ],
    [
      'The talks opened on July 23, 2025. Two days later, they collapsed. The next day, both sides traded blame.',
      FRI,
      [
        { text: 'July 23, 2025', value: '2025-07-23', precision: 'day' },
        { text: 'Two days later', value: '2025-07-25', precision: 'day', resolvedFrom: 'previous-event' },
        { text: 'The next day', value: '2025-07-26', precision: 'day', resolvedFrom: 'previous-event' },
      ],
    ],
    [
      'Envoys met on July 23, 2025. The previous day, drones hit Kyiv. A week later, talks resumed.',
      FRI,
      [
        { text: 'July 23, 2025', value: '2025-07-23', precision: 'day' },
        { text: 'The previous day', value: '2025-07-22', precision: 'day', resolvedFrom: 'previous-event' },
        { text: 'A week later', value: '2025-07-29', precision: 'day', resolvedFrom: 'previous-event' },
      ],
    ],
    [
      'Peskov spoke on July 23, 2025, two days before the summit opened.',
      FRI,
      [
        { text: 'July 23, 2025', value: '2025-07-23', precision: 'day' },
        { text: 'two days before', value: '2025-07-25', precision: 'day', resolvedFrom: 'previous-event' },
      ],
    ],
    [
      'Drones hit Kyiv on July 23, 2025. Talks broke down the same day. The following week, envoys returned.',
      FRI,
      [
        { text: 'July 23, 2025', value: '2025-07-23', precision: 'day' },
        { text: 'the same day', value: '2025-07-23', precision: 'day', resolvedFrom: 'previous-event' },
        { text: 'following week', value: '2025-07-28', precision: 'day', resolvedFrom: 'previous-event', end: '2025-08-03' },
      ],
    ],
    // no dated event in this paragraph or the one before: count from the published date
    [
      'Peskov spoke on August 27.\n\nThe weather was poor.\n\nA day earlier, officials had met.',
      FRI,
      [
        { text: 'August 27', value: '2025-08-27', precision: 'day', resolvedFrom: 'inferred-year' },
        { text: 'A day earlier', value: '2025-09-04', precision: 'day', resolvedFrom: 'published' },
      ],
    ],
    // a year or a range is no anchor for a day
    [
      'In 2022 talks failed. A day earlier, officials had met.',
      FRI,
      [
        { text: '2022', value: '2022', precision: 'year' },
        { text: 'A day earlier', value: '2025-09-04', precision: 'day', resolvedFrom: 'published' },
      ],
    ],
    // neither an anchor nor a published date: nothing to count from
    ['A day earlier, officials had met.', undefined, []],
  ];
  test.each(cases)('%s (reference %s)', (text, ref, expected) => {
    expect(datesOf(text, ref)).toEqual(expected);
  });

  test.each([
    'Troops would be deployed to Ukraine the day after a ceasefire is agreed.',
    'The force will move in a day after the ceasefire.',
    'The war continued three years after the invasion.',
  ])('no date in: %s', (text) => {
    expect(datesOf(text, FRI)).toEqual([]);
  });
});

describe('"for the day", "of the month": the one of the published day', () => {
  const THU = '2018-05-24';
  const cases: Array<[string, DateView[]]> = [
    ["I'm blocked for the day.", [{ text: 'the day', value: THU, precision: 'day', resolvedFrom: 'published' }]],
    ["I'm away for the month.", [{ text: 'the month', value: '2018-05', precision: 'month', resolvedFrom: 'published' }]],
    ['She was named partner of the year.', [{ text: 'the year', value: '2018', precision: 'year', resolvedFrom: 'published' }]],
    ['He was player of the week.', [{ text: 'the week', value: '2018-05-21', precision: 'day', resolvedFrom: 'published', end: '2018-05-27' }]],
    // idioms, parts and other periods are no such date
    ['At the end of the day, it matters.', []],
    ['It was the hottest day of the year.', []],
    ['It is the busiest time of the year.', []],
    ['The shop opens every day of the week.', []],
    ['Profit for the year rose.', []],
    ['Sales rose 5% in the week.', [{ text: 'the week', value: '2018-05-21', precision: 'day', resolvedFrom: 'published', end: '2018-05-27' }]],
    ['Sales rose in the month since the vote.', []],
    ['Sales rose 5% in the year.', []],
    ['Sales for the week ending May 20 rose.', [{ text: 'May 20', value: '2018-05-20', precision: 'day', resolvedFrom: 'inferred-year' }]],
  ];
  test.each(cases)('%s', (text, expected) => {
    expect(datesOf(text, THU)).toEqual(expected);
  });
});
