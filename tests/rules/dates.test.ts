import { at, runRule, source } from './helpers';

const date = (value: string, extra: Record<string, unknown> = {}) => ({ kind: 'date' as const, value, precision: (value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year') as 'day' | 'month' | 'year', ...extra });

describe('event-date-mismatch (date-mismatch)', () => {
  const a = source('a', 'Two people clearing mines were killed in a Russian attack in northern Ukraine on Thursday.');
  const b = source('b', 'Two people clearing mines were killed in a Russian attack in northern Ukraine on Wednesday.');
  const c = source('c', 'Two people clearing mines were killed in a Russian attack in northern Ukraine on September 4.');

  it('reports the same event on two different days', () => {
    const f = runRule('event-date-mismatch', [a, b], [at(a, 'Thursday', date('2025-09-04', { weekday: 4 })), at(b, 'Wednesday', date('2025-09-03', { weekday: 3 }))]);
    expect(f).toHaveLength(1);
    expect(f[0].sides.map((s) => s.display).sort()).toEqual(['2025-09-03', '2025-09-04']);
    expect(f[0].evidence.map((e) => e.text).sort()).toEqual(['Thursday', 'Wednesday']);
  });

  it('stays quiet when the days agree, or a month holds the day', () => {
    expect(runRule('event-date-mismatch', [a, c], [at(a, 'Thursday', date('2025-09-04')), at(c, 'September 4', date('2025-09-04'))])).toEqual([]);
    expect(runRule('event-date-mismatch', [a, c], [at(a, 'Thursday', date('2025-09-04')), at(c, 'September 4', date('2025-09'))])).toEqual([]);
  });

  it('keeps apart statements of one speaker on different days', () => {
    const x = source('x', 'On August 27, 2025, Kremlin spokesman Dmitry Peskov stated Russia opposes European security guarantee proposals for Ukraine.');
    const y = source('y', 'The Kremlin said on Friday that foreign military contingents cannot provide security guarantees for Ukraine.');
    expect(runRule('event-date-mismatch', [x, y], [at(x, 'August 27, 2025', date('2025-08-27')), at(y, 'Friday', date('2025-09-05'))])).toEqual([]);
  });
});

describe('event-date-mismatch with open ranges ("since 2010", "before 2010")', () => {
  const sentence = (when: string) => `The company has been run from its headquarters in Lyon ${when}.`;
  const claim = (id: string, when: string, value: string, bound?: string) => {
    const s = source(id, sentence(when));
    return { s, c: at(s, when, date(value, bound ? { bound } : {})) };
  };
  const cases: Array<[string, [string, string, string?], [string, string, string?], string[] | null]> = [
    // a year inside the open range agrees with it
    ['"since 2010" holds "in 2012"', ['since 2010', '2010', 'since'], ['in 2012', '2012'], null],
    ['"until 2015" holds "in 2012"', ['until 2015', '2015', 'until'], ['in 2012', '2012'], null],
    // two ranges open on the same side say when it begins (or ends): compared on that bound
    ['"since 2010" and "after 2009" begin on the same day', ['since 2010', '2010', 'since'], ['after 2009', '2009', 'after'], null],
    ['"since 2010" and "since 2012" begin on different days', ['since 2010', '2010', 'since'], ['since 2012', '2012', 'since'], ['since 2010', 'since 2012']],
    ['"before 2010" and "until 2009" end on the same day', ['before 2010', '2010', 'before'], ['until 2009', '2009', 'until'], null],
    // a year outside the open range contradicts it
    ['"before 2010" cannot hold "in 2012"', ['before 2010', '2010', 'before'], ['in 2012', '2012'], ['2012', 'before 2010']],
  ];
  test.each(cases)('%s', (_name, [wa, va, ba], [wb, vb, bb], sides) => {
    const a = claim('a', wa, va, ba);
    const b = claim('b', wb, vb, bb);
    const f = runRule('event-date-mismatch', [a.s, b.s], [a.c, b.c]);
    if (sides === null) expect(f).toEqual([]);
    else {
      expect(f).toHaveLength(1);
      expect(f[0].sides.map((x) => x.display).sort()).toEqual(sides);
    }
  });
});

describe('weekday-date', () => {
  const s = source('s', 'The vote was held on Friday, September 6, 2025, in the capital. It closed on Friday, September 5, 2025.');
  it('reports a weekday that the calendar contradicts', () => {
    const f = runRule('weekday-date', [s], [at(s, 'Friday, September 6, 2025', date('2025-09-06', { weekday: 5 }))]);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('s writes Friday for 2025-09-06, which was a Saturday');
    expect(f[0].evidence[0]).toMatchObject({ line: 1, column: 22, text: 'Friday, September 6, 2025' });
  });
  it('accepts a right weekday and weekdays resolved from the published date', () => {
    expect(runRule('weekday-date', [s], [at(s, 'Friday, September 5, 2025', date('2025-09-05', { weekday: 5 }))])).toEqual([]);
    expect(runRule('weekday-date', [s], [at(s, 'Friday', date('2025-09-06', { weekday: 5, resolvedFrom: 'published' }))])).toEqual([]);
  });
});

describe('elapsed-time', () => {
  const dur = (extra: Record<string, unknown>) => ({ kind: 'duration' as const, unit: 'year' as const, qualifier: 'exact' as const, ...extra });
  const s = source('s', 'The war, now in its third year following Russia’s February 2022 offensive, goes on.', '2025-09-05');
  const t = source('t', 'More than three-and-a-half years after Russia’s full-scale invasion, the war goes on.', '2025-09-05');

  it('reports an ordinal year that the start date and the published date contradict, citing agreeing sources', () => {
    const f = runRule('elapsed-time', [s, t], [
      at(s, 'now in its third year', dur({ ordinal: 3, since: '2022-02', sincePrecision: 'month', asOf: '2025-09-05' })),
      at(s, 'February 2022', date('2022-02')),
      at(t, 'More than three-and-a-half years', dur({ value: 3.5, qualifier: 'more-than', asOf: '2025-09-05' })),
    ]);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toMatch(/^s says “now in its third year” counting from 2022-02 to 2025-09-05, but that is 3 years [67] months — its fourth year; t says “More than three-and-a-half years”$/);
    expect(f[0].evidence.map((e) => [e.source, e.text])).toEqual([
      ['s', 'now in its third year'],
      ['s', 'February 2022'],
      ['t', 'More than three-and-a-half years'],
    ]);
  });

  it('accepts statements the calendar bears out', () => {
    const u = source('u', 'The war, now in its fourth year following Russia’s February 2022 offensive, goes on.', '2025-09-05');
    expect(runRule('elapsed-time', [u], [at(u, 'now in its fourth year', dur({ ordinal: 4, since: '2022-02', sincePrecision: 'month', asOf: '2025-09-05' }))])).toEqual([]);
    const v = source('v', 'Three years after the 2022 invasion, talks resumed.', '2025-09-05');
    expect(runRule('elapsed-time', [v], [at(v, 'Three years', dur({ value: 3, since: '2022', sincePrecision: 'year', asOf: '2025-09-05' }))])).toEqual([]);
  });
});

describe('currency-consistency', () => {
  const m = (value: number, unit: string) => ({ kind: 'money' as const, value, unit, qualifier: 'exact' as const });
  it('accepts conversions near the reference rates', () => {
    const s = source('s', 'Russia received €1.1bn (£954m; $1.3bn) in fuel sales.');
    expect(runRule('currency-consistency', [s], [at(s, '€1.1bn', m(1.1e9, 'EUR')), at(s, '£954m', m(9.54e8, 'GBP')), at(s, '$1.3bn', m(1.3e9, 'USD'))])).toEqual([]);
  });
  it('reports a conversion that is far off, located at the wrong figure', () => {
    const s = source('s', 'Russia received €1.1bn (£95m) in fuel sales.');
    const f = runRule('currency-consistency', [s], [at(s, '€1.1bn', m(1.1e9, 'EUR')), at(s, '£95m', m(9.5e7, 'GBP'))]);
    expect(f).toHaveLength(1);
    expect(f[0].evidence[0]).toMatchObject({ text: '£95m', column: 25 });
    expect(f[0].message).toMatch(/^s gives 1\.1 billion EUR as 95 million GBP, but at 2025-09 rates it is about ~950 million GBP \(off by 90%\)$/);
  });
  it('does not take two amounts in one sentence for a conversion', () => {
    const s = source('s', 'The fund paid €1.1bn to farmers and $40m to fishermen.');
    expect(runRule('currency-consistency', [s], [at(s, '€1.1bn', m(1.1e9, 'EUR')), at(s, '$40m', m(4e7, 'USD'))])).toEqual([]);
  });
});
