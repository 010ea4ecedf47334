import { formatClaimsJson } from '../../src/report/json';
import { claimsReport, RAW_A, SOURCE_B_RAW } from './fixtures';

interface ClaimOut {
  id: string;
  source: string;
  start: number;
  end: number;
  text: string;
  [key: string]: unknown;
}

describe('formatClaimsJson', () => {
  const text = formatClaimsJson(claimsReport());
  const json = JSON.parse(text) as { version: number; sources: unknown[]; claims: ClaimOut[] };
  const byId = (id: string) => json.claims.find((c) => c.id === id) as ClaimOut;

  it('is {version, sources, claims}, 2-space indented, with a final newline', () => {
    expect(Object.keys(json)).toEqual(['version', 'sources', 'claims']);
    expect(json.version).toBe(1);
    expect(json.sources).toHaveLength(2);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "claims": [\n    {\n      "id": "a#1",');
  });

  it('gives start/end as raw-file offsets: the raw file sliced there is the text, front matter and all', () => {
    const raw: Record<string, string> = { a: RAW_A, b: SOURCE_B_RAW };
    for (const c of json.claims) expect(raw[c.source].slice(c.start, c.end)).toBe(c.text);
    expect(byId('a#1')).toMatchObject({ start: 69, end: 87, text: '26 dozen countries', line: 6, column: 14, endLine: 6, endColumn: 32 });
  });

  it.each([
    ['a#1', { id: 'a#1', source: 'a', path: 'stories/a.md', kind: 'quantity', text: '26 dozen countries', start: 69, end: 87, line: 6, column: 14, endLine: 6, endColumn: 32, section: 'body', value: 312, unit: 'country', qualifier: 'exact', noun: 'countries', multiplier: 'dozen' }],
    ['a#2', { id: 'a#2', source: 'a', path: 'stories/a.md', kind: 'date', text: 'Friday', start: 110, end: 116, line: 6, column: 55, endLine: 6, endColumn: 61, section: 'body', value: '2025-09-05', precision: 'day', resolvedFrom: 'published', weekday: 5 }],
    ['a#3', { id: 'a#3', source: 'a', path: 'stories/a.md', kind: 'person', text: 'Kremlin spokesman Dmitry Peskov', start: 118, end: 149, line: 7, column: 1, endLine: 7, endColumn: 32, section: 'body', name: 'Dmitry Peskov', role: 'Kremlin spokesman', mention: 'full' }],
    ['a#4', { id: 'a#4', source: 'a', path: 'stories/a.md', kind: 'quote', text: '"unacceptable"', start: 162, end: 176, line: 7, column: 45, endLine: 7, endColumn: 59, section: 'body', quote: 'unacceptable', speaker: 'Dmitry Peskov', fragment: true }],
    ['b#1', { id: 'b#1', source: 'b', path: 'stories/b.txt', kind: 'quantity', text: '26 countries', start: 15, end: 27, line: 1, column: 16, endLine: 1, endColumn: 28, section: 'body', min: 26, unit: 'country', qualifier: 'at-least', noun: 'countries' }],
    ['b#2', { id: 'b#2', source: 'b', path: 'stories/b.txt', kind: 'duration', text: '40 minutes', start: 64, end: 74, line: 2, column: 20, endLine: 2, endColumn: 30, section: 'body', value: 40, unit: 'minute', qualifier: 'exact' }],
  ])('writes %s with exactly its located and normalized fields', (id, expected) => {
    expect(byId(id)).toEqual(expected);
    expect(Object.keys(byId(id)).slice(0, 12)).toEqual(['id', 'source', 'path', 'kind', 'text', 'start', 'end', 'line', 'column', 'endLine', 'endColumn', 'section']);
  });

  it('writes an open range\'s side as `bound` beside its value ("until Friday": until 2025-09-05)', () => {
    const report = claimsReport();
    report.claims = report.claims.map((c) => (c.id === 'a#2' && c.kind === 'date' ? { ...c, bound: 'until' as const } : c));
    const claims = (JSON.parse(formatClaimsJson(report)) as { claims: ClaimOut[] }).claims;
    expect(claims.find((c) => c.id === 'a#2')).toMatchObject({ kind: 'date', value: '2025-09-05', precision: 'day', bound: 'until' });
    // a date that is the period itself has no bound
    expect('bound' in byId('a#2')).toBe(false);
  });

  it('writes no Infinity for an unbounded interval (absent max = unbounded)', () => {
    expect(text).not.toContain('Infinity');
    expect('max' in byId('b#1')).toBe(false);
  });
});
