/**
 * Big inputs: a 50 MB article (refused in one line, unread), a 1 MB article on
 * one line, and a folder of 10,000 files. Built in a scratch folder at test
 * time; each run must finish in bounded time and still check the good article.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { clean, errLines, GOOD, linesAbout, put, runJson, scratch } from './harness';

const dir = scratch('large');

beforeAll(() => put(dir, 'good.md', GOOD));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Paragraphs of our own, numbered so that no two are alike. */
function paragraph(i: number): string {
  return `On Thursday the council said ${i + 12} people were moved from the river district, and repairs would cost ${(i % 90) + 1}.5 million euros.`;
}

describe('large inputs', () => {
  it('a 50 MB article is refused in one line, unread, and the good article is still checked', () => {
    const fd = fs.openSync(path.join(dir, 'huge.md'), 'w');
    const chunk = Buffer.from(Array.from({ length: 2000 }, (_, i) => paragraph(i)).join('\n\n'));
    for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    const r = runJson(['check', 'good.md', 'huge.md'], dir);
    expect(r.status).toBe(2);
    expect(clean(r.stderr)).toBe(true);
    expect(errLines(r.stderr)).toEqual([expect.stringMatching(/^crosscheck: huge\.md: file is too large \(50\.\d MB; crosscheck reads files up to 16\.0 MB\)$/)]);
    expect(r.report?.sources.map((s) => s.path)).toEqual(['good.md']);
    expect(r.ms).toBeLessThan(20_000);
  }, 30_000);

  // `claims`, not `check`: aligning 16,000 claims of one article is quadratic by design (average linkage), a known gap
  it('a 1 MB article on a single line is read, its claims found, in bounded time', () => {
    let line = '';
    for (let i = 0; line.length < 1024 * 1024; i++) line += `${paragraph(i).replace(/\.$/, ';')} `;
    put(dir, 'line.txt', line);
    const r = runJson(['claims', 'good.md', 'line.txt'], dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.report?.sources.map((s) => s.path).sort()).toEqual(['good.md', 'line.txt']);
    expect(r.report?.claims?.length).toBeGreaterThan(10_000);
    // was minutes: every extractor scanned a whole "sentence" per hit
    expect(r.ms).toBeLessThan(30_000);
  }, 60_000);

  it('a folder of 10,000 files is read whole, each file once', () => {
    const many = path.join(dir, 'many');
    fs.mkdirSync(many);
    for (let i = 0; i < 10_000; i++) fs.writeFileSync(path.join(many, `n${String(i).padStart(5, '0')}.txt`), i % 2 ? `Notes ${i}.\n` : `${paragraph(i)}\n`);
    const r = runJson(['check', 'good.md', 'many'], dir);
    expect(r.status).not.toBe(2);
    expect(linesAbout(r.stderr, 'many')).toEqual([]);
    expect(clean(r.stderr)).toBe(true);
    expect(r.report?.stats?.sources).toBe(10_001);
    expect(new Set(r.report?.sources.map((s) => s.path)).size).toBe(10_001);
    expect(r.ms).toBeLessThan(40_000);
  }, 60_000);
});
