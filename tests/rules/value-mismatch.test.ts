import { at, runRule, source } from './helpers';

const q = (value: number, unit: string, extra: Record<string, unknown> = {}) => ({ kind: 'quantity' as const, value, unit, qualifier: 'exact' as const, ...extra });

describe('quantity-mismatch (value-mismatch)', () => {
  const a = source('a', 'Officials said 26 nations had pledged to send troops to Ukraine after the summit.');
  const b = source('b', 'In Paris, 26 Western allies had formally committed to deploying troops to Ukraine.');
  const c = source('c', 'The Kremlin responded after 312 countries pledged to deploy troops to Ukraine.');
  const d = source('d', 'After a summit of 35 countries dubbed the Coalition of the Willing, the president spoke.');

  it('reports a figure that differs, with the majority and evidence from each side', () => {
    const findings = runRule('quantity-mismatch', [a, b, c], [
      at(a, '26 nations', q(26, 'country')),
      at(b, '26 Western allies', q(26, 'country')),
      at(c, '312 countries', q(312, 'country')),
    ]);
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(f.ruleId).toBe('quantity-mismatch');
    expect(f.severity).toBe('error');
    expect(f.majority).toEqual({ value: 26, unit: 'country', display: '26 countries' });
    expect(f.message).toBe('2 of 3 sources say 26 countries (a, b); c says 312 countries (“312 countries”)');
    expect(f.evidence.map((e) => [e.source, e.line, e.column, e.endColumn, e.text])).toEqual([
      ['c', 1, 29, 42, '312 countries'],
      ['a', 1, 16, 26, '26 nations'],
      ['b', 1, 11, 28, '26 Western allies'],
    ]);
    expect(f.sides.map((s) => [s.display, s.sources])).toEqual([
      ['26 countries', ['a', 'b']],
      ['312 countries', ['c']],
    ]);
  });

  const valid: Array<[string, ReturnType<typeof source>[], ReturnType<typeof at>[]]> = [
    ['the same figure in other words', [a, b], [at(a, '26 nations', q(26, 'country')), at(b, '26 Western allies', q(26, 'country'))]],
    ['a different predicate: attendance is not pledges', [a, d], [at(a, '26 nations', q(26, 'country')), at(d, '35 countries', q(35, 'country'))]],
    ['an interval that holds the other figure: "at least 20" and 26', [a, b], [at(a, '26 nations', q(20, 'country', { qualifier: 'at-least' })), at(b, '26 Western allies', q(26, 'country'))]],
    ['different unit classes', [a, b], [at(a, '26 nations', q(26, 'country')), at(b, '26 Western allies', q(30, 'soldier'))]],
    ['a single source', [a], [at(a, '26 nations', q(26, 'country'))]],
  ];
  it.each(valid)('stays quiet on %s', (_name, sources, claims) => {
    expect(runRule('quantity-mismatch', sources, claims)).toEqual([]);
  });

  it('reads rounding in figures with multipliers: €1.1bn and €1.12bn agree, €1.1bn and €1.3bn do not', () => {
    const x = source('x', 'Russia received €1.1bn in fuel sales from the EU in one year.');
    const y = source('y', 'Russia received €1.12bn in fuel sales from the EU in one year.');
    const z = source('z', 'Russia received €1.3bn in fuel sales from the EU in one year.');
    const m = (v: number) => ({ kind: 'money' as const, value: v, unit: 'EUR', qualifier: 'exact' as const, multiplier: 'bn' });
    expect(runRule('quantity-mismatch', [x, y], [at(x, '€1.1bn', m(1.1e9)), at(y, '€1.12bn', m(1.12e9))])).toEqual([]);
    expect(runRule('quantity-mismatch', [x, z], [at(x, '€1.1bn', m(1.1e9)), at(z, '€1.3bn', m(1.3e9))])).toHaveLength(1);
  });

  it('takes a relative tolerance from the rule options', () => {
    const x = source('x', 'The blaze destroyed 100 homes in the valley.');
    const y = source('y', 'The blaze destroyed 104 homes in the valley.');
    const claims = [at(x, '100 homes', q(100, 'home')), at(y, '104 homes', q(104, 'home'))];
    expect(runRule('quantity-mismatch', [x, y], claims)).toHaveLength(1);
    expect(runRule('quantity-mismatch', [x, y], claims, { options: { relativeTolerance: 0.05 } })).toEqual([]);
  });
});

describe('quantity-mismatch across currencies', () => {
  const m = (value: number, unit: string, qualifier: 'exact' | 'about' = 'exact') => ({ kind: 'money' as const, value, unit, qualifier, multiplier: 'million' });
  const a = source('a', 'Arsenal agreed a fee of 85 million euros with Porto for the striker.');
  const b = source('b', 'Arsenal agreed a fee of £85 million with Porto for the striker.');
  const c = source('c', 'Arsenal agreed a fee of £73 million with Porto for the striker.');
  it('reports the same figure under two currencies as a conflict', () => {
    const f = runRule('quantity-mismatch', [a, b], [at(a, '85 million euros', m(85e6, 'EUR')), at(b, '£85 million', m(85e6, 'GBP'))]);
    expect(f).toHaveLength(1);
    expect(f[0].sides.map((s) => s.display).sort()).toEqual(['85 million EUR', '85 million GBP']);
  });
  it('accepts an amount converted at about the reference rate', () => {
    expect(runRule('quantity-mismatch', [a, c], [at(a, '85 million euros', m(85e6, 'EUR')), at(c, '£73 million', m(73e6, 'GBP'))])).toEqual([]);
  });
});
