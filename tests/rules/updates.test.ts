import { at, runRule, source } from './helpers';

const q = (value: number, unit: string, extra: Record<string, unknown> = {}) => ({ kind: 'quantity' as const, value, unit, qualifier: 'exact' as const, ...extra });

describe('quantity-update (value-update) and quantity-mismatch on figures that change over time', () => {
  const mon = source('mon', 'The earthquake killed at least 14 people, the disaster agency said.', '2026-03-02');
  const tue = source('tue', 'The death toll from the earthquake rose to 27 people, the disaster agency said.', '2026-03-03');
  const wed = source('wed', 'The number of people killed in the earthquake rose to 41 people, officials said.', '2026-03-04');
  const claims = [at(mon, 'at least 14 people', q(14, 'person', { qualifier: 'exact' })), at(tue, '27 people', q(27, 'person')), at(wed, '41 people', q(41, 'person'))];

  it('reports a rising toll as an update in publication order, not as a contradiction', () => {
    expect(runRule('quantity-mismatch', [mon, tue, wed], claims)).toEqual([]);
    const f = runRule('quantity-update', [mon, tue, wed], claims);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
    expect(f[0].message).toBe('updated as the story developed: 14 people on 2026-03-02 (mon) → 27 people on 2026-03-03 (tue) → 41 people on 2026-03-04 (wed)');
    expect(f[0].majority?.display).toBe('41 people (latest)');
  });

  it('tells a later source that repeats the older figure, at warning', () => {
    const late = source('late', 'The earthquake killed 14 people, the disaster agency said on Wednesday.', '2026-03-04');
    const f = runRule('quantity-update', [mon, tue, late], [...claims.slice(0, 2), at(late, '14 people', q(14, 'person'))]);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toMatch(/^late still gives 14 people, an older figure; the latest is 27 people on 2026-03-03 \(tue\)/);
    expect(f[0].evidence[0]).toMatchObject({ source: 'late', text: '14 people' });
  });

  it('keeps a same-day disagreement a contradiction', () => {
    const other = source('other', 'The earthquake killed 19 people, the disaster agency said.', '2026-03-02');
    const f = runRule('quantity-mismatch', [mon, other], [at(mon, 'at least 14 people', q(14, 'person')), at(other, '19 people', q(19, 'person'))]);
    expect(f).toHaveLength(1);
    expect(runRule('quantity-update', [mon, other], [at(mon, 'at least 14 people', q(14, 'person')), at(other, '19 people', q(19, 'person'))])).toEqual([]);
  });

  it('keeps figures that do not evolve (a sentence, a price) contradictions even on different days', () => {
    const a = source('a', 'The judge sentenced Halden to 12 years in prison for fraud.', '2026-03-02');
    const b = source('b', 'The judge sentenced Halden to 14 years in prison for fraud.', '2026-03-03');
    const cs = [at(a, '12 years', q(12, 'year')), at(b, '14 years', q(14, 'year'))];
    expect(runRule('quantity-mismatch', [a, b], cs)).toHaveLength(1);
    expect(runRule('quantity-update', [a, b], cs)).toEqual([]);
  });

  it('keeps values that go up and down a contradiction', () => {
    const d = source('d', 'The death toll from the earthquake rose to 20 people, officials said.', '2026-03-04');
    const cs = [...claims.slice(0, 2), at(d, '20 people', q(20, 'person'))];
    expect(runRule('quantity-update', [mon, tue, d], cs)).toEqual([]);
    expect(runRule('quantity-mismatch', [mon, tue, d], cs)).toHaveLength(1);
  });
});
