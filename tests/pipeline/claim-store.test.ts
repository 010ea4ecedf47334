import { StringPool } from '../../src/claim-store';
import { claimsOf } from '../../src/pipeline';
import { readSources } from '../../src/sources';
import { extractClaims } from '../../src/claims';

describe('StringPool', () => {
  it('gives strings equal to those it is handed', () => {
    const pool = new StringPool();
    const text = '“Kremlin spokesman Dmitry Peskov” said the talks were over. '.repeat(3);
    const first = pool.of(text.slice(1, 33));
    expect(first).toBe('Kremlin spokesman Dmitry Peskov”');
    expect(pool.of(text.slice(61, 93))).toBe(first);
    expect(pool.of('')).toBe('');
  });

  it('leaves every claim of the seeds as extracted, field for field', () => {
    const { sources } = readSources(['seeds/']);
    const extracted = sources.flatMap((s) => extractClaims(s, s.published));
    const kept = claimsOf(sources);
    expect(kept.length).toBeGreaterThan(50);
    expect(kept).toEqual(extracted);
    expect(kept.map((c) => Object.keys(c))).toEqual(extracted.map((c) => Object.keys(c)));
  });
});
