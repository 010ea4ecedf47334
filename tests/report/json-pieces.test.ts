/**
 * The JSON reports are written a piece at a time (a list item each), so a
 * report over an archive is never held whole: the pieces must make exactly
 * the text one JSON.stringify of the whole report gives, for real runs and
 * for the edge cases (empty lists, no stories, numbers that have no JSON form).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeReport } from '../../src/cli/output';
import { analyze } from '../../src/pipeline';
import { reportPieces } from '../../src/report';
import { checkJsonPieces, claimsJsonPieces, claimJson, findingJson, sourceIndex, sourceJson } from '../../src/report/json';
import type { Report } from '../../src/types';
import { sampleReport } from './fixtures';

const ROOT = path.resolve(__dirname, '..', '..');

/** What the reports were before they came in pieces: one JSON.stringify of the whole. */
const finiteOnly = (_k: string, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? undefined : v);
const whole = (value: unknown) => `${JSON.stringify(value, finiteOnly, 2)}\n`;
const wholeCheck = (r: Report) =>
  whole({ version: 1, sources: r.sources.map(sourceJson), stories: r.stories?.map((s) => ({ id: s.id, label: s.label, sources: s.sources })), findings: r.findings.map(findingJson), stats: r.stats });
const wholeClaims = (r: Report) => {
  const source = sourceIndex(r);
  return whole({ version: 1, sources: r.sources.map(sourceJson), claims: r.claims.map((c) => claimJson(c, source(c.source))) });
};

describe('JSON reports in pieces', () => {
  const run = analyze([path.join(ROOT, 'seeds'), path.join(ROOT, 'tests', 'corpus')], { cwd: ROOT }).report;

  it('check: the same text as the whole report, in more than one piece', () => {
    const pieces = [...checkJsonPieces(run)];
    expect(run.findings.length).toBeGreaterThan(10);
    expect(pieces.length).toBeGreaterThan(run.findings.length);
    expect(pieces.join('')).toBe(wholeCheck(run));
  });

  it('claims: the same text as the whole report', () => {
    expect(run.claims.length).toBeGreaterThan(100);
    expect([...claimsJsonPieces(run)].join('')).toBe(wholeClaims(run));
  });

  it.each([
    ['no findings, no stories', { ...sampleReport(), findings: [], stories: undefined }],
    ['no sources at all', { ...sampleReport(), sources: [], findings: [], claims: [], stories: [] }],
    ['the fixture report', sampleReport()],
  ])('%s', (_name, report) => {
    expect([...checkJsonPieces(report)].join('')).toBe(wholeCheck(report));
    expect([...claimsJsonPieces({ ...report, claims: [] })].join('')).toBe(wholeClaims({ ...report, claims: [] }));
  });

  it('leaves out a number that has no JSON form, as before', () => {
    const report = sampleReport();
    const [f] = report.findings;
    const odd = { ...report, findings: [{ ...f, majority: { value: Infinity, unit: 'country', display: 'Infinity' } }], stats: { ...report.stats, ms: NaN } };
    const text = [...checkJsonPieces(odd)].join('');
    expect(text).toBe(wholeCheck(odd));
    expect(JSON.parse(text).stats.ms).toBeUndefined();
  });

  it('is written to a file whole, through blocks', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-pieces-'));
    try {
      const out = path.join(dir, 'report.json');
      writeReport(reportPieces(run, 'check', 'json', { color: false }), out);
      expect(fs.readFileSync(out, 'utf8')).toBe(wholeCheck(run));
      expect(fs.readdirSync(dir)).toEqual(['report.json']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives other formats as one piece, the text formatReport gives', () => {
    expect([...reportPieces(run, 'check', 'stylish', { color: false })]).toHaveLength(1);
  });
});
