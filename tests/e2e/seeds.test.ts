/**
 * The first acceptance test: the five seed articles (one event, five formats)
 * give exactly the findings a fact-checker should see, at exact lines and columns.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, runCli } from './run-cli';

interface JsonEvidence {
  source: string;
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  start: number;
  end: number;
  text: string;
  value?: unknown;
}
interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  subject: string;
  majority?: { value: unknown; unit?: string };
  evidence: JsonEvidence[];
}

const S0 = '000_c3f9ac733ce9860a';
const S1 = '001_dbee12e2d6df8b2b';
const S2 = '002_9617dbfece6596ca';
const S3 = '003_b3af467ae9a6f367';
const S4 = '004_e6cac70652575f08';

const run = runCli(['check', 'seeds/', '--format', 'json']);
const report = JSON.parse(run.stdout) as { version: number; sources: Array<Record<string, string>>; findings: JsonFinding[]; stats: Record<string, number> };
const at = (e: JsonEvidence): string => `${e.path}:${e.line}:${e.column}-${e.endLine}:${e.endColumn} ${e.text}`;

describe('crosscheck check seeds/', () => {
  it('exits 1 (an error-level finding) and prints one JSON report', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(report.version).toBe(1);
    expect(report.stats.sources).toBe(5);
    expect(report.stats.findings).toBe(report.findings.length);
  });

  it('reads the five formats with their metadata', () => {
    expect(report.sources.map((s) => [s.id, s.path, s.format, s.published])).toEqual([
      [S0, `seeds/${S0}.txt`, 'stamped', '2025-09-05'],
      [S1, `seeds/${S1}.txt`, 'markdown', '2025-09-05'],
      [S2, `seeds/${S2}.txt`, 'dateline', '2025-09-05'],
      [S3, `seeds/${S3}.txt`, 'aggregator', '2025-08-27'],
      [S4, `seeds/${S4}.txt`, 'dateline', '2025-09-04'],
    ]);
    expect(report.sources[1].author).toBe('badely');
    expect(report.sources[4].author).toBe('Tyler Derden');
  });

  it('errors on "26 dozen countries" (312) in 001’s excerpt against 26 in 000 (twice), 001’s body and 002', () => {
    const f = report.findings.filter((x) => x.ruleId === 'quantity-mismatch');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('error');
    expect(f[0].majority).toEqual({ value: 26, unit: 'country' });
    expect(f[0].message).toBe(`3 of 4 sources say 26 countries (${S0}, ${S1} body, ${S2}); ${S1} excerpt says 312 countries (“26 dozen countries”)`);
    expect(f[0].evidence.map(at)).toEqual([
      `seeds/${S1}.txt:8:45-8:63 26 dozen countries`,
      `seeds/${S0}.txt:2:217-2:227 26 nations`,
      `seeds/${S0}.txt:5:36-5:46 26 nations`,
      `seeds/${S1}.txt:14:45-14:62 26 Western allies`,
      `seeds/${S2}.txt:9:31-9:41 26 nations`,
    ]);
    expect(f[0].evidence[0].value).toBe(312);
    expect(f[0].evidence.slice(1).every((e) => e.value === 26)).toBe(true);
  });

  it('warns that 002’s "now in its third year" since February 2022 is the fourth year, citing 001', () => {
    const f = report.findings.filter((x) => x.ruleId === 'elapsed-time');
    expect(f).toHaveLength(1);
    expect(['warning', 'error']).toContain(f[0].severity);
    expect(f[0].message).toContain('its fourth year');
    expect(f[0].evidence.map(at)).toEqual([
      `seeds/${S2}.txt:17:118-17:128 third year`,
      `seeds/${S2}.txt:17:148-17:161 February 2022`,
      `seeds/${S1}.txt:44:1-44:33 More than three-and-a-half years`,
    ]);
  });

  it('notes Kim Jong-un (002) against Kim Jong Un (001, 004), and Kiev (002) against Kyiv', () => {
    const kim = report.findings.filter((x) => x.ruleId === 'name-variant');
    expect(kim).toHaveLength(1);
    expect(kim[0].severity).toBe('info');
    expect(kim[0].evidence.map(at)).toEqual([
      `seeds/${S2}.txt:29:56-29:67 Kim Jong-un`,
      `seeds/${S1}.txt:58:89-58:100 Kim Jong Un`,
      `seeds/${S4}.txt:21:122-21:133 Kim Jong Un`,
    ]);
    const kyiv = report.findings.filter((x) => x.ruleId === 'spelling-variant' && x.subject === 'spelling of Kyiv');
    expect(kyiv).toHaveLength(1);
    expect(kyiv[0].severity).toBe('info');
    expect(kyiv[0].evidence[0]).toMatchObject({ source: S2, line: 3, column: 131, text: 'Kiev' });
    expect(kyiv[0].evidence.slice(1).map((e) => e.source)).toEqual([S0, S1, S3]);
  });

  it('has no other finding at warning or above', () => {
    // in particular none for: "a summit of 35 countries" (attendance, not pledges); Peskov's
    // statement of 27 August vs 5 September; "Kremlin spokesman" vs "spokesperson"; 002's
    // shortened Peskov quote; "26 nations" vs "26 Western allies"; "U.S., Russia, China,
    // Britain and France" vs "US, Russia, China, Britain, and France"
    const serious = report.findings.filter((x) => x.severity !== 'info').map((x) => x.ruleId).sort();
    expect(serious).toEqual(['elapsed-time', 'quantity-mismatch']);
  });

  it('locates every piece of evidence by offsets into the file as the user opened it', () => {
    for (const f of report.findings) {
      for (const e of f.evidence) {
        const raw = fs.readFileSync(path.join(ROOT, e.path), 'utf8');
        expect(raw.slice(e.start, e.end)).toBe(e.text);
        const lines = raw.split(/\r\n|\r|\n/);
        expect(lines[e.line - 1].slice(e.column - 1, e.line === e.endLine ? e.endColumn - 1 : undefined)).toBe(e.line === e.endLine ? e.text : lines[e.line - 1].slice(e.column - 1));
      }
    }
  });
});

describe('crosscheck claims seeds/ --format json', () => {
  const claims = JSON.parse(runCli(['claims', 'seeds/', '--format', 'json']).stdout) as { claims: Array<Record<string, unknown> & JsonEvidence & { kind: string }> };

  it('slices every claim’s text out of its file at start/end', () => {
    expect(claims.claims.length).toBeGreaterThan(100);
    const raws = new Map<string, string>();
    for (const c of claims.claims) {
      if (!raws.has(c.path)) raws.set(c.path, fs.readFileSync(path.join(ROOT, c.path), 'utf8'));
      expect(raws.get(c.path)?.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it('takes no claim from boilerplate: related links in 000, "50 Articles" onwards in 003', () => {
    const lastLine0 = Math.max(...claims.claims.filter((c) => c.source === S0).map((c) => c.line));
    expect(lastLine0).toBeLessThanOrEqual(7);
    expect(claims.claims.filter((c) => c.source === S3).every((c) => c.line < 9)).toBe(true);
  });

  it('normalizes the figures a fact-checker compares', () => {
    const find = (text: string) => claims.claims.find((c) => c.text === text);
    expect(find('26 dozen countries')).toMatchObject({ kind: 'quantity', value: 312, unit: 'country', line: 8, column: 45 });
    expect(find('27-member European Union')).toMatchObject({ kind: 'quantity', value: 27, unit: 'member' });
    expect(find('€1.1bn')).toMatchObject({ kind: 'money', value: 1.1e9, unit: 'EUR' });
    expect(find('£954m')).toMatchObject({ kind: 'money', value: 9.54e8, unit: 'GBP' });
    expect(find('$1.3bn')).toMatchObject({ kind: 'money', value: 1.3e9, unit: 'USD' });
    expect(claims.claims.find((c) => c.kind === 'percent')).toMatchObject({ min: 47, max: 48, unit: 'percent' });
    expect(find('a day earlier')).toMatchObject({ kind: 'date', value: '2025-09-04', precision: 'day' });
    expect(find('February 2022')).toMatchObject({ kind: 'date', value: '2022-02', precision: 'month' });
    expect(find('August 27, 2025')).toMatchObject({ kind: 'date', value: '2025-08-27', precision: 'day' });
    expect(find('40-minute')).toMatchObject({ kind: 'duration', value: 40, unit: 'minute' });
  });
});
