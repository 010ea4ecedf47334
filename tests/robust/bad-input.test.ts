/**
 * The bad-input matrix: every kind of bad input a user can hand crosscheck,
 * in one run beside a good article. Each case must give exactly one line on
 * standard error, `crosscheck: <path>: <problem>`, no stack trace; the run
 * exits 2 and the good article is still checked. Inputs are built at test time.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { clean, denyReadsHook, errLines, GOOD, linesAbout, put, runJson, scratch, type JsonRun } from './harness';

const dir = scratch('matrix');
const nested = (depth: number) => `<!doctype html><html><body>${'<div>'.repeat(depth)}<p>Flood waters closed the road; 40 people were moved.</p>${'</div>'.repeat(depth)}</body></html>`;

/** [case, path as shown on standard error, how it is made, the problem expected there]; given as shown unless {@link GIVEN} says */
const CASES: [string, string, () => void, RegExp][] = [
  ['empty file', 'empty.md', () => put(dir, 'empty.md', ''), /file is empty/],
  ['white space only', 'blank.txt', () => put(dir, 'blank.txt', ' \n\t\n  \r\n'), /file is empty/],
  ['a PNG image', 'photo.png', () => put(dir, 'photo.png', Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex')), /binary file/],
  ['NUL bytes in a .txt', 'nul.txt', () => put(dir, 'nul.txt', Buffer.concat([Buffer.from('Some text'), Buffer.alloc(8), Buffer.from('more')])), /binary file/],
  ['a missing path', 'missing.md', () => undefined, /no such file or folder/],
  ['a symbolic link to itself', 'loop.md', () => fs.symlinkSync('loop.md', path.join(dir, 'loop.md')), /symbolic link loop/],
  ['a folder that links back to itself', path.join('cycle', 'inner', 'up'), () => { put(dir, 'cycle/inner/a.md', GOOD.replace('312', '313')); fs.symlinkSync('..', path.join(dir, 'cycle', 'inner', 'up')); }, /directory loop/],
  ['a folder named like a file', 'folder.md', () => fs.mkdirSync(path.join(dir, 'folder.md')), /no article files/],
  ['an unreadable file', 'locked-secret.md', () => put(dir, 'locked-secret.md', GOOD), /permission denied/],
  ['broken JSON', 'broken.json', () => put(dir, 'broken.json', '{"title": "Flood", "body": "312 people'), /not valid JSON/],
  ['a broken JSONL record', 'feed.jsonl', () => put(dir, 'feed.jsonl', `${JSON.stringify({ title: 'Flood', body: 'Flood waters closed the road, and 40 people were moved.' })}\n{"title": \n`), /line 2|record 2/],
];

/** Cases that are read without complaint: [case, path, how it is made, expected source format]. */
const ACCEPTED: [string, string, () => void][] = [
  ['invalid UTF-8 (read as Windows-1252)', 'latin1.txt', () => put(dir, 'latin1.txt', Buffer.from('Caf\xe9 owners said 40 people were moved \x93to safety\x94 on Thursday.\n', 'latin1'))],
  ['malformed front matter', 'front.md', () => put(dir, 'front.md', '---\ntitle: [unclosed\n: : : \n  - bad: {\n---\n\nFlood waters closed the road, and 40 people were moved.\n')],
  ['HTML nested 150 deep', 'nested.html', () => put(dir, 'nested.html', nested(150))],
];

const makeDeep = () => put(dir, 'deep.html', nested(20000));

/** Paths given on the command line that differ from the one the problem names. */
const GIVEN: Record<string, string> = { [path.join('cycle', 'inner', 'up')]: 'cycle' };

let run: JsonRun;

beforeAll(() => {
  put(dir, 'good.md', GOOD);
  for (const [, , make] of [...CASES, ...ACCEPTED]) make();
  makeDeep();
  const hook = denyReadsHook(dir, 'locked-secret');
  fs.chmodSync(path.join(dir, 'locked-secret.md'), 0o000); // enough when not root; the hook covers root
  run = runJson(['check', 'good.md', ...CASES.map((c) => GIVEN[c[1]] ?? c[1]), ...ACCEPTED.map((c) => c[1]), 'deep.html'], dir, { NODE_OPTIONS: `--require ${hook}` });
}, 60_000);

afterAll(() => {
  fs.chmodSync(path.join(dir, 'locked-secret.md'), 0o600);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a run with every kind of bad input beside a good article', () => {
  it('exits 2, prints no stack trace, and writes its report', () => {
    expect(run.status).toBe(2);
    expect(clean(run.stderr)).toBe(true);
    expect(run.report).toBeDefined();
  });

  it('still checks the good article', () => {
    expect(run.report?.sources.map((s) => s.path)).toContain('good.md');
    expect(run.report?.stats?.claims ?? 0).toBeGreaterThan(0);
  });

  it('prints only lines of the form "crosscheck: <path>: <problem>"', () => {
    for (const line of errLines(run.stderr)) expect(line).toMatch(/^crosscheck: [^:]+: \S/);
  });

  it.each(CASES)('%s (%s): one line naming the file', (_name, shown, _make, problem) => {
    const lines = linesAbout(run.stderr, shown);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(problem);
  });

  it.each(ACCEPTED)('%s (%s): read, no complaint', (_name, shown) => {
    expect(linesAbout(run.stderr, shown)).toEqual([]);
    expect(run.report?.sources.map((s) => s.path)).toContain(shown);
  });

  it('HTML nested 20,000 deep is read, or refused in one line', () => {
    const lines = linesAbout(run.stderr, 'deep.html');
    const read = run.report?.sources.some((s) => s.path === 'deep.html');
    expect(read ? lines : lines.map((l) => l.replace(/^.*: /, ''))).toEqual(read ? [] : ['markup nested too deeply']);
  });

  it('reads the files inside a looping folder once', () => {
    expect(run.report?.sources.filter((s) => s.path.startsWith('cycle')).map((s) => s.path)).toEqual([path.join('cycle', 'inner', 'a.md')]);
  });
});

describe('standard input', () => {
  it.each([
    ['empty', ''],
    ['white space', '  \n\n'],
  ])('%s standard input is one line, exit 2, and the file beside it is checked', (_name, input) => {
    const r = runJson(['check', 'good.md', '-'], dir, undefined, input);
    expect(r.status).toBe(2);
    expect(errLines(r.stderr)).toEqual([expect.stringMatching(/^crosscheck: <stdin>: file is empty$/)]);
    expect(r.report?.stats?.sources).toBe(1);
  });
});
