/**
 * The peer-spec benchmark's own rules (tests/bench/specs), on hand-made
 * claims (no extractor involved, so these hold while the extractors change):
 * what counts as a match decides every figure the benchmark prints.
 */
import type { NewClaim, Qualifier } from '../../src/types';
import { parseInterval, RULES } from '../bench/specs/compare';
import { judge } from '../bench/specs/judge';
import type { Found } from '../bench/specs/found';
import type { SpecModel, SpecResult } from '../bench/specs/load';
import { ordinalsFound } from '../bench/specs/extract';
import { ordinalValue, type OrdinalAnchor } from '../../src/claims/ordinals';

const base = { source: 'spec', sentence: { start: 0, end: 200 }, section: 'body' as const };

/** A quantity, money or percent claim over `text` found in `input`. */
function q(input: string, text: string, kind: 'quantity' | 'money' | 'percent', fields: { value?: number; min?: number; max?: number; unit: string; noun?: string; qualifier?: Qualifier }): NewClaim {
  const start = input.indexOf(text);
  return { ...base, kind, span: { start, end: start + text.length }, qualifier: 'exact', ...fields };
}

function date(input: string, text: string, value: string, precision: 'day' | 'month' | 'year', end?: string): NewClaim {
  const start = input.indexOf(text);
  return { ...base, kind: 'date', span: { start, end: start + text.length }, value, precision, ...(end ? { end } : {}) };
}

function dur(input: string, text: string, value: number, unit: 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute'): NewClaim {
  const start = input.indexOf(text);
  return { ...base, kind: 'duration', span: { start, end: start + text.length }, value, unit, qualifier: 'exact' };
}

function ord(input: string, text: string, offset: number, relativeTo: OrdinalAnchor): Found {
  const start = input.indexOf(text);
  return { kind: 'ordinal', span: { start, end: start + text.length }, offset, relativeTo };
}

/** A spec result over `text` in `input` (End inclusive, as the spec files have it). */
function res(input: string, text: string, resolution: Record<string, unknown>): SpecResult {
  const start = input.indexOf(text);
  return { Text: text, Start: start, End: start + text.length - 1, Resolution: resolution };
}

describe('interval notation', () => {
  test.each([
    ['(20,30]', { lo: 20, hi: 30 }],
    ['[30,)', { lo: 30, hi: undefined }],
    ['(,-30]', { lo: undefined, hi: -30 }],
    ['[0.4,)', { lo: 0.4, hi: undefined }],
    ['20-30', null],
  ])('%s', (s, want) => {
    expect(parseInterval(s)).toEqual(want);
  });
});

type Row = [string, SpecModel, string, (input: string) => SpecResult[], (input: string) => Found[], boolean, number];

const ROWS: Row[] = [
  ['number: the claim starts at the number and runs on over its noun', 'number', '26 nations pledged',
    (i) => [res(i, '26', { value: '26' })], (i) => [q(i, '26 nations', 'quantity', { value: 26, unit: 'country', noun: 'nations' })], true, 0],
  ['number: a money claim whose sign comes first', 'number', 'I want $20',
    (i) => [res(i, '20', { value: '20' })], (i) => [q(i, '$20', 'money', { value: 20, unit: 'USD' })], true, 0],
  ['number: 15 digits in the spec, a float here', 'number', 'two thirds',
    (i) => [res(i, 'two thirds', { value: '0.666666666666667' })], (i) => [q(i, 'two thirds', 'quantity', { value: 2 / 3, unit: 'count' })], true, 0],
  ['number: a number taken as something else is a miss', 'number', 'in 2018',
    (i) => [res(i, '2018', { value: '2018' })], () => [], false, 0],
  ['percent: "55%" is 55 percent', 'percent', 'up 55% today',
    (i) => [res(i, '55%', { value: '55%' })], (i) => [q(i, '55%', 'percent', { value: 55, unit: 'percent' })], true, 0],
  ['percent: a mention with no number must stay unclaimed', 'percent', 'a small percent',
    (i) => [res(i, 'percent', { value: 'null' })], () => [], true, 0],
  ['currency: Dollar is USD; the qualifier may lead our span', 'currency', 'about $ 14 million in sales',
    (i) => [res(i, '$ 14 million', { value: '14000000', unit: 'Dollar' })],
    (i) => [q(i, 'about $ 14 million', 'money', { value: 14e6, unit: 'USD', qualifier: 'about' })], true, 0],
  ['currency: cents are hundredths of a dollar', 'currency', 'rose 50 cents',
    (i) => [res(i, '50 cents', { value: '50', unit: 'Cent' })], (i) => [q(i, '50 cents', 'money', { value: 0.5, unit: 'USD' })], true, 0],
  ['currency: isoCurrency wins; a Canadian dollar read as USD fails', 'currency', 'c $ 300 million',
    (i) => [res(i, 'c $ 300 million', { value: '300000000', unit: 'Canadian dollar', isoCurrency: 'CAD' })],
    (i) => [q(i, '$ 300 million', 'money', { value: 3e8, unit: 'USD' })], false, 1],
  ['range: open and closed ends compare as bounds', 'numberrange', 'between 20 and 30 people',
    (i) => [res(i, 'between 20 and 30', { value: '[20,30)' })], (i) => [q(i, 'between 20 and 30 people', 'quantity', { min: 20, max: 30, unit: 'person', noun: 'people' })], true, 0],
  ['range: "more than 30" is (30,)', 'numberrange', 'more than 30',
    (i) => [res(i, 'more than 30', { value: '(30,)' })], (i) => [q(i, 'more than 30', 'quantity', { value: 30, min: 30, unit: 'count', qualifier: 'more-than' })], true, 0],
  ['range: an exact claim is [v,v]', 'numberrange', 'twenty',
    (i) => [res(i, 'twenty', { value: '[20,20]' })], (i) => [q(i, 'twenty', 'quantity', { value: 20, unit: 'count' })], true, 0],
  ['range: "equals 20" read as a bare 20 fails on its span', 'numberrange', 'equals 20',
    (i) => [res(i, 'equals 20', { value: '[20,20]' })], (i) => [q(i, '20', 'quantity', { value: 20, unit: 'count' })], false, 1],
  ['number: a duration claim holds its number', 'number', 'I want $2000 over 3 years',
    (i) => [res(i, '3', { value: '3' })], (i) => [dur(i, '3 years', 3, 'year')], true, 0],
  ['number: a share read from a ratio is the fraction', 'number', 'one out of three',
    (i) => [res(i, 'one out of three', { value: '0.333333333333333' })], (i) => [q(i, 'one out of three', 'percent', { value: 100 / 3, unit: 'percent' })], true, 0],
  ['number: a percent claim with its sign is the percentage', 'number', 'up 5% today',
    (i) => [res(i, '5', { value: '0.05' })], (i) => [q(i, '5%', 'percent', { value: 5, unit: 'percent' })], false, 1],
  ['number: our qualifier may lead the span', 'number', 'more than half people came',
    (i) => [res(i, 'half', { value: '0.5' })], (i) => [q(i, 'more than half people', 'quantity', { value: 0.5, min: 0.5, unit: 'person', noun: 'people', qualifier: 'more-than' })], true, 0],
  ['number: other words before it are no qualifier', 'number', 'the half people',
    (i) => [res(i, 'half', { value: '0.5' })], (i) => [q(i, 'the half people', 'quantity', { value: 0.5, unit: 'person', noun: 'people' })], false, 1],
  ['ordinal: a relative ordinal matches on offset and anchor', 'ordinal', 'Show me the second to last.',
    (i) => [{ ...res(i, 'the second to last', { offset: '-1', relativeTo: 'end', value: 'end-1' }), TypeName: 'ordinal.relative' }],
    (i) => [ord(i, 'the second to last', -1, 'end')], true, 0],
  ['ordinal: the same offset from another anchor fails', 'ordinal', 'the previous one',
    (i) => [{ ...res(i, 'previous one', { offset: '-1', relativeTo: 'current', value: 'current-1' }), TypeName: 'ordinal.relative' }],
    (i) => [ord(i, 'previous one', -1, 'end')], false, 1],
  ['ordinal: an absolute ordinal counts from the start', 'ordinal', 'She finished second!',
    (i) => [res(i, 'second', { offset: '2', relativeTo: 'start', value: '2' })], (i) => [ord(i, 'second', 2, 'start')], true, 0],
  ['date: a day', 'datetime', 'back on 04th Jan 2019.',
    (i) => [res(i, '04th Jan 2019', { values: [{ timex: '2019-01-04', type: 'date', value: '2019-01-04' }] })], (i) => [date(i, '04th Jan 2019', '2019-01-04', 'day')], true, 0],
  ['date: no year stated, month and day are enough', 'datetime', 'on Feb 29',
    (i) => [res(i, 'Feb 29', { values: [{ timex: 'XXXX-02-29', type: 'date', value: '2016-02-29' }] })], (i) => [date(i, 'Feb 29', '2024-02-29', 'day')], true, 0],
  ['date: a month is a range with an exclusive end', 'datetime', 'in April of 1987',
    (i) => [res(i, 'April of 1987', { values: [{ timex: '1987-04', type: 'daterange', start: '1987-04-01', end: '1987-05-01' }] })], (i) => [date(i, 'April of 1987', '1987-04', 'month')], true, 0],
  ['date: a week is a day range, Sunday inclusive', 'datetime', 'next week',
    (i) => [res(i, 'next week', { values: [{ timex: '2016-W46', type: 'daterange', start: '2016-11-14', end: '2016-11-21' }] })], (i) => [date(i, 'next week', '2016-11-14', 'day', '2016-11-20')], true, 0],
  ['date: a stated month range may end on the first day of its last month (the spec end is exclusive)', 'datetime', 'from March to May',
    (i) => [res(i, 'from March to May', { values: [{ timex: '(XXXX-03-01,XXXX-05-01,P2M)', type: 'daterange', start: '2018-03-01', end: '2018-05-01' }] })], (i) => [date(i, 'from March to May', '2018-03', 'month', '2018-05')], true, 0],
  ['date: a single month never ends on its own first day', 'datetime', 'in May',
    (i) => [res(i, 'May', { values: [{ timex: 'XXXX-05', type: 'daterange', start: '2018-05-01', end: '2018-05-01' }] })], (i) => [date(i, 'May', '2018-05', 'month')], false, 1],
  ['date: a half-open range matches a claim open on the same side', 'datetime', 'since August',
    (i) => [res(i, 'since August', { values: [{ timex: 'XXXX-08', Mod: 'since', type: 'daterange', start: '2016-08-01' }] })], (i) => [{ ...date(i, 'since August', '2016-08', 'month'), bound: 'since' } as NewClaim], true, 0],
  ['date: a half-open range is no closed period', 'datetime', 'since August',
    (i) => [res(i, 'since August', { values: [{ timex: 'XXXX-08', Mod: 'since', type: 'daterange', start: '2016-08-01' }] })], (i) => [date(i, 'since August', '2016-08', 'month')], false, 1],
  ['date: "before 2010" ends (exclusively) on the first day of 2010', 'datetime', 'before 2010',
    (i) => [res(i, 'before 2010', { values: [{ timex: '2010', Mod: 'before', type: 'daterange', end: '2010-01-01' }] })], (i) => [{ ...date(i, 'before 2010', '2010', 'year'), bound: 'before' } as NewClaim], true, 0],
  ['date: "after 2016" starts on the day after 2016', 'datetime', 'after 2016',
    (i) => [res(i, 'after 2016', { values: [{ timex: '2016', Mod: 'after', type: 'daterange', start: '2017-01-01' }] })], (i) => [{ ...date(i, 'after 2016', '2016', 'year'), bound: 'after' } as NewClaim], true, 0],
  ['date: an open range of the other side fails', 'datetime', 'after 2016',
    (i) => [res(i, 'after 2016', { values: [{ timex: '2016', Mod: 'after', type: 'daterange', start: '2017-01-01' }] })], (i) => [{ ...date(i, 'after 2016', '2016', 'year'), bound: 'until' } as NewClaim], false, 1],
  ['duration: value x unit in seconds', 'datetime', 'for 3 minutes',
    (i) => [res(i, '3 minutes', { values: [{ timex: 'PT3M', type: 'duration', value: '180' }] })], (i) => [dur(i, '3 minutes', 3, 'minute')], true, 0],
  ['nothing expected: any claim fails the case', 'datetime', 'Is this a valid date? 2015-32',
    () => [], (i) => [date(i, '2015-32', '2015', 'year', '2032')], false, 1],
];

describe('judging a case', () => {
  test.each(ROWS)('%s', (_name, model, input, results, found, matched, extras) => {
    const v = judge(RULES[model], results(input), found(input), input);
    expect({ matched: v.matched, extras: v.extras.length }).toEqual({ matched, extras });
  });
});

describe('ordinal candidates', () => {
  test.each([
    ['She finished 21st!', [['21st', '21']]],
    ['the twenty-first century', [['twenty-first', '21']]],
    ['Book a first class seat', [['first', '1']]],
    ['a millionth of the vote', []],
    ['the next to last and the one before the last one', [['next to last', 'end-1'], ['the one before the last one', 'end-1']]],
    ['nothing here', []],
  ])('%s', (input, want) => {
    expect(ordinalsFound(input).map((o) => [input.slice(o.span.start, o.span.end), ordinalValue(o)])).toEqual(want);
  });
});
