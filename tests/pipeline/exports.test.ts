/**
 * A newsroom's archive often comes as exports: thousands of articles as the
 * records of one JSON Lines file. Checked that way, the articles must give
 * what they give one file each, every finding located at its record's line,
 * and the run is told how many articles it holds (the CLI tunes V8 for a long
 * run by that count).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../src/pipeline';
import { readSources } from '../../src/sources';
import { generateCorpus } from '../bench/generate';

describe('articles as the records of JSON Lines exports', () => {
  let dir: string;
  const corpus = generateCorpus(6, 5, 7);
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-exports-'));
    for (const a of corpus) {
      fs.mkdirSync(path.dirname(path.join(dir, 'files', a.name)), { recursive: true });
      fs.writeFileSync(path.join(dir, 'files', a.name), a.text);
    }
    // two exports, so that records of different files sit side by side in one run
    fs.mkdirSync(path.join(dir, 'exports'));
    const half = corpus.length / 2;
    fs.writeFileSync(path.join(dir, 'exports', 'a.jsonl'), `${corpus.slice(0, half).map((a) => JSON.stringify(a.record)).join('\n')}\n`);
    fs.writeFileSync(path.join(dir, 'exports', 'b.jsonl'), `${corpus.slice(half).map((a) => JSON.stringify(a.record)).join('\n')}\n`);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds what the same articles give one file each', () => {
    const files = analyze([path.join(dir, 'files')], { cwd: dir, keepClaims: false, keepFileTexts: false });
    const exports = analyze([path.join(dir, 'exports')], { cwd: dir, keepClaims: false, keepFileTexts: false });
    expect(exports.problems).toEqual([]);
    expect(exports.report.sources).toHaveLength(corpus.length);
    expect(exports.report.stats.claims).toBe(files.report.stats.claims);
    const kinds = (r: typeof files) => r.report.findings.map((f) => `${f.ruleId} ${f.severity} ${f.evidence.length}`).sort();
    expect(kinds(exports).length).toBeGreaterThan(3);
    expect(kinds(exports)).toEqual(kinds(files));
  });

  it("locates every finding's evidence at its record's line of its export", () => {
    const { report } = analyze([path.join(dir, 'exports')], { cwd: dir, keepClaims: false, keepFileTexts: false });
    const lines = new Map<string, string[]>();
    for (const name of ['a.jsonl', 'b.jsonl']) lines.set(path.join('exports', name), fs.readFileSync(path.join(dir, 'exports', name), 'utf8').split('\n'));
    const evidence = report.findings.flatMap((f) => f.evidence);
    expect(evidence.length).toBeGreaterThan(10);
    for (const e of evidence) {
      const line = lines.get(e.path)![e.line - 1];
      // the record on that line is the evidence's source, and the quoted text is on it where its column says
      expect(e.source.endsWith(`#${(JSON.parse(line) as { id: string }).id}`)).toBe(true);
      expect(e.line).toBe(e.endLine);
      expect(line.slice(e.column - 1, e.endColumn - 1)).toBe(e.text);
    }
  });

  it('tells the run, before a large export is read, about as many articles as its size holds', () => {
    const big = path.join(dir, 'big');
    fs.mkdirSync(big);
    // about 1.2 MB of records
    const lines: string[] = [];
    for (let i = 0; lines.join('\n').length < 1.2e6; i++) lines.push(JSON.stringify({ ...corpus[i % corpus.length].record, id: `r${i}` }));
    const text = `${lines.join('\n')}\n`;
    fs.writeFileSync(path.join(big, 'export.jsonl'), text);
    const told: number[] = [];
    readSources(['big/export.jsonl'], { cwd: dir, onFiles: (n) => told.push(n) });
    expect(told).toEqual([1, Math.round(text.length / 2500), lines.length]);
  });

  it('tells the run how many articles the exports hold once they are read, after how many files there are', () => {
    const told: number[] = [];
    analyze([path.join(dir, 'exports')], { cwd: dir, keepClaims: false, onFiles: (n) => told.push(n) });
    expect(told[0]).toBe(2);
    expect(told[told.length - 1]).toBe(corpus.length);
  });
});
