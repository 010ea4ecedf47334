import { displayInterval, displayNumber, displayQuantity, displayValue, type QuantityParts } from '../../src/report/display';
import type { Claim } from '../../src/types';
import { unitSubject } from '../../src/report/units';

const base = { id: 'x#1', source: 'x', span: { start: 0, end: 1 }, sentence: { start: 0, end: 1 }, section: 'body' as const };

describe('displayNumber', () => {
  it.each([
    [26, '26'],
    [3.5, '3.5'],
    [12000, '12,000'],
    [1234567, '1,234,567'],
    [1.1e9, '1.1 billion'],
    [2.5e6, '2.5 million'],
    [3e12, '3 trillion'],
    [0.1 + 0.2, '0.3'],
    [-1500, '-1,500'],
  ])('%p → %s', (n, expected) => expect(displayNumber(n)).toBe(expected));
});

describe('displayQuantity', () => {
  it.each<[QuantityParts, string]>([
    [{ value: 26, unit: 'country' }, '26 countries'],
    [{ value: 26, min: 26, max: 26, unit: 'country', qualifier: 'exact' }, '26 countries'],
    [{ value: 26, unit: 'country', qualifier: 'about' }, '~26 countries'],
    [{ value: 30, unit: 'person', qualifier: 'nearly' }, 'nearly 30 people'],
    [{ min: 30, unit: 'person', qualifier: 'at-least' }, '≥ 30 people'],
    [{ min: 30, max: Infinity, unit: 'person' }, '≥ 30 people'],
    [{ min: 30, unit: 'person', qualifier: 'more-than' }, '> 30 people'],
    [{ max: 100, unit: 'person', qualifier: 'at-most' }, '≤ 100 people'],
    [{ max: 100, unit: 'person', qualifier: 'less-than' }, '< 100 people'],
    [{ min: 47, max: 48, unit: 'country' }, '47–48 countries'],
    [{ min: 47, max: 48, unit: 'percent' }, '47–48%'],
    [{ value: 47, unit: 'percent' }, '47%'],
    [{ value: 1.1e9, unit: 'EUR' }, '1.1 billion EUR'],
    [{ value: 40 }, '40'],
  ])('%j → %s', (q, expected) => expect(displayQuantity(q)).toBe(expected));

  it('shows an interval without a qualifier', () => {
    expect(displayInterval(25, 27, undefined, 'country')).toBe('25–27 countries');
    expect(displayInterval(undefined, undefined, 26, 'country')).toBe('26 countries');
  });
});

describe('displayValue', () => {
  it.each<[Claim, string | undefined, string]>([
    [{ ...base, kind: 'quantity', value: 26, unit: 'country', qualifier: 'exact' }, undefined, '26 countries'],
    [{ ...base, kind: 'quantity', value: 312, unit: 'country', qualifier: 'exact', multiplier: 'dozen' }, '26 dozen countries', '312 countries (26 dozen)'],
    [{ ...base, kind: 'quantity', value: 312, unit: 'country', qualifier: 'exact', multiplier: 'dozen' }, undefined, '312 countries (×dozen)'],
    [{ ...base, kind: 'money', value: 1.1e9, unit: 'EUR', qualifier: 'exact', multiplier: 'bn' }, '€1.1bn', '1.1 billion EUR (€1.1bn)'],
    [{ ...base, kind: 'quantity', value: 27, unit: 'member', qualifier: 'exact', holder: 'European Union' }, undefined, '27 members of European Union'],
    [{ ...base, kind: 'percent', min: 47, max: 48, unit: 'percent', qualifier: 'exact' }, undefined, '47–48%'],
    [{ ...base, kind: 'date', value: '2025-09-04', precision: 'day' }, undefined, '2025-09-04 (day)'],
    [{ ...base, kind: 'date', value: '2022-02', precision: 'month' }, undefined, '2022-02 (month)'],
    [{ ...base, kind: 'date', value: '2025-09-04', precision: 'day', weekday: 4, resolvedFrom: 'published' }, undefined, '2025-09-04 (day, Thursday, from published date)'],
    [{ ...base, kind: 'duration', value: 3.5, unit: 'year', qualifier: 'exact' }, undefined, '3.5 years'],
    [{ ...base, kind: 'duration', unit: 'year', ordinal: 3, min: 2, max: 3, qualifier: 'exact', since: '2022-02', asOf: '2025-09-05' }, undefined, 'year 3 (since 2022-02)'],
    [{ ...base, kind: 'person', name: 'Dmitry Peskov', role: 'Kremlin spokesman', mention: 'full' }, undefined, 'Dmitry Peskov — Kremlin spokesman'],
    [{ ...base, kind: 'person', name: 'Donald Trump', age: 79, mention: 'surname' }, undefined, 'Donald Trump, 79 (surname)'],
    [{ ...base, kind: 'quote', quote: 'unacceptable', speaker: 'Dmitry Peskov', fragment: true }, undefined, '“unacceptable” — Dmitry Peskov (fragment)'],
    [{ ...base, kind: 'quote', quote: 'by land, sea or air', fragment: true }, undefined, '“by land, sea or air” — (unattributed) (fragment)'],
  ])('%#: %j', (claim, surface, expected) => expect(displayValue(claim, surface)).toBe(expected));

  it('cuts a long quote at a word', () => {
    const claim: Claim = { ...base, kind: 'quote', quote: 'maximum protection for Ukraine’s skies and every other thing that the allies could possibly offer', speaker: 'Volodymyr Zelensky', fragment: false };
    expect(displayValue(claim)).toBe('“maximum protection for Ukraine’s skies and every other…” — Volodymyr Zelensky');
  });
});

describe('unitSubject', () => {
  it.each([
    ['country', 'countries'],
    ['person', 'people'],
    ['EUR', 'amounts in EUR'],
    ['percent', 'percentages'],
    ['*', 'amounts of money'],
  ])('%s → %s', (unit, expected) => expect(unitSubject(unit)).toBe(expected));
});
