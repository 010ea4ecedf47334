import { extractDurations } from '../../src/claims/durations';
import type { DurationClaim } from '../../src/types';
import { contextFor, surface } from './dates-context';

const FRI = '2025-09-05';

type View = Partial<Pick<DurationClaim, 'unit' | 'value' | 'min' | 'max' | 'qualifier' | 'ordinal'>> & { text: string };

function durationsOf(text: string): View[] {
  const ctx = contextFor(text, FRI);
  return extractDurations(ctx).map((c) => {
    if (c.kind !== 'duration') throw new Error(`unexpected ${c.kind} claim`);
    const { unit, value, min, max, qualifier, ordinal } = c;
    const v: View = { text: surface(ctx, c), unit, qualifier };
    Object.assign(v, Object.fromEntries(Object.entries({ value, min, max, ordinal }).filter(([, x]) => x !== undefined)));
    return v;
  });
}

describe('duration forms', () => {
  const cases: Array<[string, View[]]> = [
    ['The hearing was adjourned for 3h.', [{ text: '3h', unit: 'hour', value: 3, qualifier: 'exact' }]],
    ['The plants were grown for 3Y.', [{ text: '3Y', unit: 'year', value: 3, qualifier: 'exact' }]],
    ['The outage lasted 1 hr.', [{ text: '1 hr', unit: 'hour', value: 1, qualifier: 'exact' }]],
    ['Guests may stay for two nights.', [{ text: 'two nights', unit: 'day', value: 2, qualifier: 'exact' }]],
    // a weekend is two days
    ['The course lasts three weekends.', [{ text: 'three weekends', unit: 'day', value: 6, qualifier: 'exact' }]],
    ['The call took one hour and a half.', [{ text: 'one hour and a half', unit: 'hour', value: 1.5, qualifier: 'exact' }]],
    ['The call took one and a half hours.', [{ text: 'one and a half hours', unit: 'hour', value: 1.5, qualifier: 'exact' }]],
    ['The call lasted 1 hour and 30 minutes.', [{ text: '1 hour and 30 minutes', unit: 'minute', value: 90, qualifier: 'exact' }]],
    ['Show me records of more than 1 hour and 30 minutes.', [{ text: 'more than 1 hour and 30 minutes', unit: 'minute', min: 90, qualifier: 'more-than' }]],
    ['Protesters stayed all day.', [{ text: 'all day', unit: 'day', value: 1, qualifier: 'exact' }]],
    // vague counts keep the interval they mean; the value is the one benchmarks use
    ['The strike lasted a few minutes.', [{ text: 'a few minutes', unit: 'minute', value: 3, min: 2, max: 9, qualifier: 'vague' }]],
    ['Talks stalled for several weeks.', [{ text: 'several weeks', unit: 'week', value: 3, min: 3, max: 9, qualifier: 'vague' }]],
    ['The timer ran for 90 seconds.', [{ text: '90 seconds', unit: 'minute', value: 1.5, qualifier: 'exact' }]],
    ['Negotiators held a 40-minute meeting.', [{ text: '40-minute', unit: 'minute', value: 40, qualifier: 'exact' }]],
  ];
  test.each(cases)('%s', (text, expected) => {
    expect(durationsOf(text)).toEqual(expected);
  });

  test.each([
    'The 27-member European Union set a target.',
    'He won for a second time.',
    'The film was shown in 3D.',
    'They bought a 3D printer for 4K.',
    'Some days are better than others.',
  ])('no duration in: %s', (text) => {
    expect(durationsOf(text)).toEqual([]);
  });
});
