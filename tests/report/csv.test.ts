import { CSV_COLUMNS, csvField, defuse, formatClaimsCsv } from '../../src/report/csv';
import type { Report } from '../../src/types';
import { claimAt, claimsReport, plainSource } from './fixtures';

/** Parse RFC 4180 CSV (quoted fields, doubled quotes, CRLF) to check what a spreadsheet would read. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') [field, i] = [field + '"', i + 1];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') [row, field] = [[...row, field], ''];
    else if (ch === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      [row, field, i] = [[], '', i + 1];
    } else field += ch;
  }
  return rows;
}

describe('formatClaimsCsv', () => {
  it('writes a header and one row per claim, CRLF line ends, kind-specific columns filled', () => {
    const out = formatClaimsCsv(claimsReport());
    expect(out.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(out);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(7);
    const byId = new Map(rows.slice(1).map((r) => [r[0], Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]]))]));
    expect(byId.get('a#1')).toMatchObject({ source: 'a', path: 'stories/a.md', line: '6', column: '14', kind: 'quantity', text: '26 dozen countries', value: '312', unit: 'country', qualifier: 'exact', min: '' });
    expect(byId.get('a#2')).toMatchObject({ kind: 'date', value: '2025-09-05', precision: 'day', display: '2025-09-05 (day, Friday, from published date)' });
    expect(byId.get('a#3')).toMatchObject({ kind: 'person', name: 'Dmitry Peskov', role: 'Kremlin spokesman' });
    expect(byId.get('a#4')).toMatchObject({ kind: 'quote', text: '"unacceptable"', quote: 'unacceptable', speaker: 'Dmitry Peskov' });
    // an unbounded max is left empty, never "Infinity"
    expect(byId.get('b#1')).toMatchObject({ min: '26', max: '', qualifier: 'at-least' });
    expect(byId.get('b#2')).toMatchObject({ kind: 'duration', value: '40', unit: 'minute' });
  });

  it('quotes commas, quotes and line breaks (RFC 4180) so every row keeps its columns', () => {
    const rows = parseCsv(formatClaimsCsv(claimsReport()));
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    expect(formatClaimsCsv(claimsReport())).toContain(',"""unacceptable""",');
  });

  it('defuses article text a spreadsheet would run as a formula', () => {
    const raw = 'He said "=HYPERLINK(""http://x"",""y"")" and "@SUM(1)" and "-2+3" today.\n';
    const s = plainSource('f', raw);
    const report: Report = {
      sources: [s],
      claims: [
        claimAt(s, 1, '=HYPERLINK', { kind: 'quote', quote: '=HYPERLINK("http://x","y")', fragment: true }),
        claimAt(s, 2, '@SUM(1)', { kind: 'quote', quote: '@SUM(1)', fragment: true }),
        claimAt(s, 3, '-2+3', { kind: 'quote', quote: '-2+3', fragment: true }),
        claimAt(s, 4, 'today', { kind: 'quantity', value: -1500, unit: 'EUR', qualifier: 'exact' }),
      ],
      findings: [],
      stats: { sources: 1, claims: 4, findings: 0, ms: 1 },
    };
    const rows = parseCsv(formatClaimsCsv(report)).slice(1);
    const quote = CSV_COLUMNS.indexOf('quote');
    expect(rows.map((r) => r[quote])).toEqual([`'=HYPERLINK("http://x","y")`, "'@SUM(1)", "'-2+3", '']);
    // a number the tool computed stays a number
    expect(rows[3][CSV_COLUMNS.indexOf('value')]).toBe('-1500');
  });
});

describe('csvField / defuse', () => {
  it.each<[string | number | boolean | undefined, string]>([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['=a,b', `"'=a,b"`],
    [26, '26'],
    [-3.5, '-3.5'],
    [Infinity, ''],
    [undefined, ''],
    [true, 'true'],
  ])('%j → %j', (cell, expected) => expect(csvField(cell)).toBe(expected));

  it('leaves text that starts harmlessly alone', () => expect(defuse('26 countries')).toBe('26 countries'));
});
