/** SARIF 2.1.0: valid against the official schema, located at the primary evidence, fingerprints that survive line shifts. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { formatSarif, pathUri, type RuleInfo } from '../../src/report/sarif';
import type { Report } from '../../src/types';
import { sampleReport } from './fixtures';

/** The schema copied beside the test; ../shared is the fallback when the copy is missing. */
const SCHEMA = [path.join(__dirname, 'fixtures', 'sarif-schema-2.1.0.json'), path.resolve(__dirname, '..', '..', '..', 'shared', 'schemas', 'sarif-schema-2.1.0.json')].find((f) => fs.existsSync(f));

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA ?? '', 'utf8')) as object);

const RULES: RuleInfo[] = [
  { id: 'event-date-mismatch', description: 'Sources put the same event on different days.', severity: 'error', type: 'date-mismatch', claims: ['date'] },
  { id: 'quantity-mismatch', description: 'Sources give different figures.', severity: 'error', type: 'value-mismatch', claims: ['quantity', 'money', 'percent'] },
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking parsed JSON in assertions
type Loose = any;

function sarifOf(report: Report, rules = RULES): Loose {
  return JSON.parse(formatSarif(report, { rules }));
}

describe('formatSarif', () => {
  it('validates against the official SARIF 2.1.0 schema', () => {
    const out = sarifOf(sampleReport());
    expect(validate(out)).toBe(true);
    expect(validate.errors ?? null).toBeNull();
  });

  it('describes the tool and its rules', () => {
    const { version, $schema, runs } = sarifOf(sampleReport());
    expect([version, $schema]).toEqual(['2.1.0', 'https://json.schemastore.org/sarif-2.1.0.json']);
    const driver = runs[0].tool.driver;
    expect(driver.name).toBe('crosscheck');
    expect(driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(driver.rules[1]).toEqual({
      id: 'quantity-mismatch',
      name: 'QuantityMismatch',
      shortDescription: { text: 'Sources give different figures.' },
      fullDescription: { text: 'Sources give different figures. Check kind: value-mismatch, over quantity, money, percent claims.' },
      defaultConfiguration: { level: 'error' },
    });
  });

  it('locates the result at the primary evidence and cites the others as related locations', () => {
    const result = sarifOf(sampleReport()).runs[0].results[0];
    expect(result).toMatchObject({ ruleId: 'quantity-mismatch', ruleIndex: 1, level: 'error', message: { text: 'Sources disagree on how many countries pledged troops' } });
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'stories/a.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 6, startColumn: 14, endLine: 6, endColumn: 32, snippet: { text: '26 dozen countries' } },
    });
    expect(result.relatedLocations.map((r: Loose) => [r.id, r.physicalLocation.artifactLocation.uri, r.physicalLocation.region.startLine, r.message.text])).toEqual([
      [1, 'stories/b.txt', 1, 'stories/b.txt says 26 country: “26 countries”'],
      [2, 'stories/c.txt', 1, 'stories/c.txt says 26 country: “26 nations”'],
    ]);
  });

  it('maps severities to SARIF levels and adds rules it was not told about', () => {
    const report = sampleReport();
    report.findings[0] = { ...report.findings[0], ruleId: 'house-style', severity: 'info' };
    const run = sarifOf(report).runs[0];
    expect(run.results[0]).toMatchObject({ ruleId: 'house-style', ruleIndex: 2, level: 'note' });
    expect(run.tool.driver.rules[2]).toMatchObject({ id: 'house-style', defaultConfiguration: { level: 'note' } });
  });

  it('keeps the fingerprint when lines are added above the finding, and changes it when the text changes', () => {
    const before = sampleReport();
    const shifted = sampleReport();
    const e = shifted.findings[0].evidence[0];
    shifted.findings[0].evidence[0] = { ...e, line: e.line + 3, start: e.start + 40, end: e.end + 40 };
    const changed = sampleReport();
    changed.findings[0].evidence[0] = { ...e, text: '27 dozen countries' };
    const print = (r: Report) => sarifOf(r).runs[0].results[0].partialFingerprints['crosscheck/v1'];
    expect(print(before)).toMatch(/^[0-9a-f]{32}:1$/);
    expect(print(shifted)).toBe(print(before));
    expect(print(changed)).not.toBe(print(before));
  });

  it('numbers fingerprints of identical findings', () => {
    const report = sampleReport();
    report.findings.push({ ...report.findings[0] });
    const prints = sarifOf(report).runs[0].results.map((r: Loose) => r.partialFingerprints['crosscheck/v1'].split(':')[1]);
    expect(prints).toEqual(['1', '2']);
  });

  it('writes an empty, still valid run when clean', () => {
    const report = sampleReport();
    report.findings = [];
    const out = sarifOf(report);
    expect(out.runs[0].results).toEqual([]);
    expect(validate(out)).toBe(true);
  });
});

describe('pathUri', () => {
  it.each([
    ['drafts/a.md', { uri: 'drafts/a.md', uriBaseId: '%SRCROOT%' }],
    ['drafts\\win\\a.md', { uri: 'drafts/win/a.md', uriBaseId: '%SRCROOT%' }],
    ['./drafts/my draft #2.md', { uri: 'drafts/my%20draft%20%232.md', uriBaseId: '%SRCROOT%' }],
    ['/srv/news/a.md', { uri: 'file:///srv/news/a.md' }],
  ])('%s', (p, expected) => {
    expect(pathUri(p)).toEqual(expected);
  });
});
