import { extractDurations } from '../../src/claims/durations';
import { extractDates } from '../../src/claims/dates';
import type { DurationClaim } from '../../src/types';
import { contextFor, surface } from './dates-context';

const FRI = '2025-09-05';

type View = Partial<Pick<DurationClaim, 'unit' | 'value' | 'min' | 'max' | 'qualifier' | 'ordinal' | 'since' | 'sincePrecision' | 'asOf'>> & { text: string };

function durationsOf(text: string, reference?: string): View[] {
  const ctx = contextFor(text, reference);
  return extractDurations(ctx).map((c) => {
    if (c.kind !== 'duration') throw new Error(`unexpected ${c.kind} claim`);
    const { unit, value, min, max, qualifier, ordinal, since, sincePrecision, asOf } = c;
    const v: View = { text: surface(ctx, c), unit, qualifier };
    Object.assign(v, Object.fromEntries(Object.entries({ value, min, max, ordinal, since, sincePrecision, asOf }).filter(([, x]) => x !== undefined)));
    return v;
  });
}

describe('durations', () => {
  const cases: Array<[string, string | undefined, View[]]> = [
    ['Negotiators last held a 40-minute meeting in Istanbul.', undefined, [{ text: '40-minute', unit: 'minute', value: 40, qualifier: 'exact' }]],
    ['Congress set a six-month deadline.', FRI, [{ text: 'six-month', unit: 'month', value: 6, qualifier: 'exact', asOf: FRI }]],
    ['A 48-hour ceasefire began.', FRI, [{ text: '48-hour', unit: 'hour', value: 48, qualifier: 'exact', asOf: FRI }]],
    [
      "More than three-and-a-half years after Russia's full-scale invasion of Ukraine, Putin said there was light.",
      FRI,
      [{ text: 'More than three-and-a-half years', unit: 'year', min: 3.5, qualifier: 'more-than', asOf: FRI }],
    ],
    [
      "There is little indication the war — now in its third year following Russia's February 2022 offensive— is nearing resolution.",
      FRI,
      [{ text: 'third year', unit: 'year', ordinal: 3, qualifier: 'exact', since: '2022-02', sincePrecision: 'month', asOf: FRI }],
    ],
    ['The conflict entered its fourth year.', FRI, [{ text: 'fourth year', unit: 'year', ordinal: 4, qualifier: 'exact', asOf: FRI }]],
    [
      'Russia still occupies the region three years after the 2022 invasion.',
      FRI,
      [{ text: 'three years', unit: 'year', value: 3, qualifier: 'exact', since: '2022', sincePrecision: 'year', asOf: FRI }],
    ],
    ['Fighting has continued for 18 months since 2023.', FRI, [{ text: '18 months', unit: 'month', value: 18, qualifier: 'exact', since: '2023', sincePrecision: 'year', asOf: FRI }]],
    ['Attacks rose over the past two weeks.', FRI, [{ text: 'two weeks', unit: 'week', value: 2, qualifier: 'exact', asOf: FRI }]],
    ['Russia earned €1.1bn from the EU in one year.', FRI, [{ text: 'one year', unit: 'year', value: 1, qualifier: 'exact', asOf: FRI }]],
    ['Moscow has held this line over the last year.', FRI, [{ text: 'the last year', unit: 'year', value: 1, qualifier: 'exact', asOf: FRI }]],
    ['The siege lasted nearly two decades.', FRI, [{ text: 'nearly two decades', unit: 'year', value: 20, qualifier: 'nearly', asOf: FRI }]],
    ['He was held for a year and a half.', FRI, [{ text: 'a year and a half', unit: 'year', value: 1.5, qualifier: 'exact', asOf: FRI }]],
    ['A deal could take two to three years.', FRI, [{ text: 'two to three years', unit: 'year', min: 2, max: 3, qualifier: 'exact', asOf: FRI }]],
    ['Detainees can be held for up to 90 days.', FRI, [{ text: 'up to 90 days', unit: 'day', max: 90, qualifier: 'at-most', asOf: FRI }]],
    ['Talks stalled for a fortnight.', FRI, [{ text: 'a fortnight', unit: 'week', value: 2, qualifier: 'exact', asOf: FRI }]],
    ['The mission will last half a year.', FRI, [{ text: 'half a year', unit: 'year', value: 0.5, qualifier: 'exact', asOf: FRI }]],
    ['At least 24 hours passed.', FRI, [{ text: 'At least 24 hours', unit: 'hour', min: 24, qualifier: 'at-least', asOf: FRI }]],
  ];
  test.each(cases)('%s', (text, ref, expected) => {
    expect(durationsOf(text, ref)).toEqual(expected);
  });
});

describe('not durations', () => {
  test.each([
    'A ceasefire had lasted for years.',
    'The war has dragged on for decades.',
    'A 26-year-old soldier was killed.',
    'The soldier was 26 years old.',
    'The deal was signed two days ago.',
    'Two days later, talks collapsed.',
    'A week after the summit, troops moved.',
    'The day after a ceasefire is agreed, troops would deploy.',
    'The newspaper 20 Minutes takes stock every night.',
    'Russia sells €1bn of gas a day.',
    'Tens of thousands marched.',
  ])('%s', (text) => {
    expect(durationsOf(text, FRI)).toEqual([]);
  });
});

describe('in the pipeline', () => {
  test('reads the start date from the date claims found before it', () => {
    const text = 'The war, now in its third year following the February 2022 invasion, goes on.';
    const ctx = contextFor(text, FRI, 'seed');
    const dates = extractDates(ctx);
    const [d] = extractDurations({ ...ctx, prior: dates });
    expect(d).toMatchObject({ kind: 'duration', source: 'seed', section: 'body', ordinal: 3, since: '2022-02', sincePrecision: 'month', asOf: FRI });
    expect(d.sentence).toEqual({ start: 0, end: text.length });
  });
});
