import { formatCheckJson } from '../../src/report/json';
import { sampleReport } from './fixtures';

describe('formatCheckJson', () => {
  const text = formatCheckJson(sampleReport());
  const json = JSON.parse(text);

  it('is 2-space indented JSON with a final newline', () => {
    expect(text.startsWith('{\n  "version": 1,\n  "sources": [\n    {\n      "id": "a",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(json)).toEqual(['version', 'sources', 'findings', 'stats']);
  });

  it('lists each source with only the header fields it has', () => {
    expect(json.sources).toEqual([
      { id: 'a', path: 'stories/a.md', format: 'markdown', title: 'Allies pledge troops', published: '2025-09-05' },
      { id: 'b', path: 'stories/b.txt', format: 'plain', title: 'Pledges', author: 'Jane Doe', outlet: 'The Daily' },
      { id: 'c', path: 'stories/c.txt', format: 'plain' },
    ]);
  });

  it('writes the finding with its majority, sides and evidence, and no undefined keys', () => {
    const [f] = json.findings;
    expect(Object.keys(f)).toEqual(['ruleId', 'severity', 'message', 'subject', 'majority', 'sides', 'evidence']);
    expect(f).toMatchObject({ ruleId: 'quantity-mismatch', severity: 'error', subject: 'countries pledging troops' });
    expect(f.majority).toEqual({ value: 26, unit: 'country' });
    expect(f.sides).toEqual([
      { value: 312, unit: 'country', display: '312 country', sources: ['a'] },
      { value: 26, unit: 'country', display: '26 country', sources: ['b', 'c'] },
    ]);
  });

  it('locates evidence at 1-based lines and columns of the raw file, after the front matter', () => {
    const [f] = json.findings;
    expect(f.evidence[0]).toEqual({
      source: 'a',
      path: 'stories/a.md',
      line: 6,
      column: 14,
      endLine: 6,
      endColumn: 32,
      start: 69,
      end: 87,
      text: '26 dozen countries',
      value: 312,
      unit: 'country',
    });
    expect(f.evidence.map((e: { path: string; line: number; column: number }) => [e.path, e.line, e.column])).toEqual([
      ['stories/a.md', 6, 14],
      ['stories/b.txt', 1, 16],
      ['stories/c.txt', 1, 13],
    ]);
  });

  it('writes the stats as given', () => {
    expect(json.stats).toEqual({ sources: 3, claims: 12, findings: 1, ms: 7 });
  });

  it('keeps story when a finding has one and leaves out majority when it has none', () => {
    const r = sampleReport();
    r.findings[0] = { ...r.findings[0], story: 'ukraine', majority: undefined };
    const [f] = JSON.parse(formatCheckJson(r)).findings;
    expect(f.story).toBe('ukraine');
    expect('majority' in f).toBe(false);
  });

  it('never writes Infinity: an unbounded side drops its open bound', () => {
    const r = sampleReport();
    r.findings[0].sides[1] = { ...r.findings[0].sides[1], value: { min: 30, max: Infinity }, display: '≥ 30 country' };
    r.findings[0].evidence[1] = { ...r.findings[0].evidence[1], value: { min: 30, max: Infinity } };
    const text = formatCheckJson(r);
    expect(text).not.toMatch(/Infinity|null/);
    const [f] = JSON.parse(text).findings;
    expect(f.sides[1].value).toEqual({ min: 30 });
    expect(f.evidence[1].value).toEqual({ min: 30 });
  });

  it('prints an empty findings list for a clean run', () => {
    const r = sampleReport();
    r.findings = [];
    expect(JSON.parse(formatCheckJson(r)).findings).toEqual([]);
  });
});
