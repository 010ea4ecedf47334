import { formatClaimsStylish } from '../../src/report/stylish';
import { claimsReport, plainSource } from './fixtures';

describe('formatClaimsStylish', () => {
  it('prints per source a header and one aligned line per claim in file order', () => {
    const r = claimsReport();
    r.claims.reverse(); // the reporter orders by position, not by the order it is given
    expect(formatClaimsStylish(r, { color: false })).toBe(
      [
        'stories/a.md  markdown  “Allies pledge troops”  2025-09-05',
        '  6:14  quantity  26 dozen countries               → 312 countries (26 dozen)',
        '  6:55  date      Friday                           → 2025-09-05 (day, Friday, from published date)',
        '   7:1  person    Kremlin spokesman Dmitry Peskov  → Dmitry Peskov — Kremlin spokesman',
        '  7:45  quote     "unacceptable"                   → “unacceptable” — Dmitry Peskov (fragment)',
        '',
        'stories/b.txt  plain',
        '  1:16  quantity  26 countries  → ≥ 26 countries',
        '  2:20  duration  40 minutes    → 40 minutes',
        '',
        '6 claims in 2 sources.',
        '',
      ].join('\n'),
    );
  });

  it('says when a source gave no claims', () => {
    const r = claimsReport();
    r.sources.push(plainSource('e', 'Nothing to see.\n'));
    expect(formatClaimsStylish(r, { color: false })).toContain('stories/e.txt  plain\n  (no claims)\n');
  });

  it('colours only with color: true', () => {
    expect(formatClaimsStylish(claimsReport(), { color: false })).not.toContain('\u001b[');
    expect(formatClaimsStylish(claimsReport(), { color: true })).toContain('\u001b[1m312 countries (26 dozen)\u001b[22m');
  });
});
