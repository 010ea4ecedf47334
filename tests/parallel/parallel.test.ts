/**
 * `--jobs N`: reading and extraction in worker threads give exactly what one
 * thread gives — same sources, ids (made unique across folders), claims,
 * problems and exit code — and sources survive the thread boundary with
 * working offset maps.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { resolveJobs, readAndExtract } from '../../src/parallel';
import { fromWire, toWire, type WireSource } from '../../src/parallel/transfer';
import { claimsOf } from '../../src/pipeline';
import { parseSource, readSources } from '../../src/sources';
import { generateCorpus } from '../bench/generate';
import { runCli } from '../e2e/run-cli';

describe('sources across threads', () => {
  const raw = '---\ntitle: "Summit"\ndate: 2025-09-05\n---\n\n**Kremlin** spokesman Dmitry Peskov said 26 nations had pledged &amp; more.\n';
  const source = parseSource(raw, 'story.md', 'story');
  const wire = structuredClone(toWire(source)) as WireSource;
  const back = fromWire(wire);
  it.each([
    ['Dmitry Peskov'],
    ['26 nations'],
    ['pledged'],
  ])('maps "%s" to the same place in the file as before the crossing', (needle) => {
    const start = source.text.indexOf(needle);
    const span = { start, end: start + needle.length };
    expect(back.map.span(span)).toEqual(source.map.span(span));
    expect(back.raw.slice(back.map.span(span).start, back.map.span(span).end)).toBe(needle);
  });
  it('keeps every other field', () => {
    const strip = (s: object) => Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'map'));
    expect(strip(back)).toEqual(strip(source));
  });
});

describe('--jobs values', () => {
  it.each([
    [undefined, 1],
    [1, 1],
    [3, 3],
    [0, os.availableParallelism()],
  ])('--jobs %s runs %s thread(s)', (given, expected) => {
    expect(resolveJobs(given)).toBe(expected);
  });
  it.each([[-1], [1.5], [Number.NaN]])('--jobs %s is a usage error', (given) => {
    expect(() => resolveJobs(given)).toThrow(/--jobs must be a whole number/);
  });
});

describe('reading on one thread', () => {
  it('gives what readSources and claimsOf give', () => {
    const seeds = path.resolve(__dirname, '..', '..', 'seeds');
    const r = readAndExtract([seeds], { cwd: seeds }, 1);
    const s = readSources([seeds], { cwd: seeds });
    expect(r.sources.map((x) => x.id)).toEqual(s.sources.map((x) => x.id));
    expect(r.claims).toEqual(claimsOf(s.sources));
  });
});

describe('the CLI with --jobs 2 (built worker threads)', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-jobs-'));
    // 30 stories × 4 sources: every folder holds src00.md … src03.txt, so ids must be made unique across folders
    for (const a of generateCorpus(30, 4, 7)) {
      fs.mkdirSync(path.join(dir, path.dirname(a.name)), { recursive: true });
      fs.writeFileSync(path.join(dir, a.name), a.text);
    }
    fs.writeFileSync(path.join(dir, 's00003', 'empty.md'), '   \n');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each([['claims'], ['check']])('%s prints the same JSON, problems and exit code as one thread', (command) => {
    const one = runCli([command, '.', '--format', 'json'], { cwd: dir });
    const two = runCli([command, '.', '--format', 'json', '--jobs', '2'], { cwd: dir });
    const strip = (s: string) => JSON.stringify({ ...JSON.parse(s), stats: { ...JSON.parse(s).stats, ms: 0 } });
    expect(one.stdout.length).toBeGreaterThan(1000);
    expect(strip(two.stdout)).toBe(strip(one.stdout));
    expect(two.stderr).toBe(one.stderr);
    expect(two.stderr).toMatch(/empty\.md: file is empty/);
    expect(two.status).toBe(one.status);
    const ids = (JSON.parse(two.stdout) as { sources: Array<{ id: string }> }).sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(120);
    expect(ids).toContain('src00-2');
  });

  it('rejects a bad --jobs with exit 2 and one line', () => {
    const r = runCli(['claims', '.', '--jobs', '-2'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
