/**
 * The claim index: `crosscheck index` stores each reference's claims keyed by
 * content, re-extracts only what changed, forgets deleted files; `lint
 * --index` gives exactly the findings of a plain `lint`, from the index.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { renameClaims } from '../../src/index/cache';
import { ClaimIndex, type IndexRow } from '../../src/index/db';
import { ARTICLES_AT_ONCE } from '../../src/claims';
import { ALL_REFERENCES, candidateReferences, memoryLookup, selectReferences } from '../../src/index/select';
import { distinctiveTerms } from '../../src/index/terms';
import { refresh, withStats } from '../../src/index/refresh';
import { parseSource } from '../../src/sources';
import type { Claim } from '../../src/types';
import { ROOT, runCli } from '../e2e/run-cli';

describe('distinctive terms', () => {
  it('weighs names and titles above common words', () => {
    const raw = '---\ntitle: "Peskov rejects Paris plan"\ndate: 2025-09-05\n---\n\nKremlin spokesman Dmitry Peskov said on Friday that the plan agreed in Paris was unacceptable. He said the plan would not be discussed.\n';
    const terms = distinctiveTerms(parseSource(raw, 'a.md', 'a'), 4);
    expect(terms).toEqual(expect.arrayContaining(['peskov', 'pari']));
    expect(terms).not.toContain('friday');
  });
});

describe('candidate references', () => {
  const row = (p: string, terms: string[]) => ({ path: p, terms: JSON.stringify(terms) });
  it('uses every reference when there are few (same result as a plain lint)', () => {
    const rows = [row('/a', ['x']), row('/b', ['y'])];
    expect(candidateReferences(rows, [['z']])).toEqual(['/a', '/b']);
  });
  it('beyond that, picks the references sharing the most distinctive terms, ignoring terms everyone has', () => {
    const rows = Array.from({ length: ALL_REFERENCES + 100 }, (_, i) => row(`/r${i}`, ['said', `story${Math.floor(i / 5)}`, `name${Math.floor(i / 5)}`, `place${Math.floor(i / 5)}`]));
    // shares one name by chance
    rows.push(row('/other', ['said', 'story7', 'unrelated']));
    const got = candidateReferences(rows, [['said', 'story7', 'name7', 'place7']]);
    expect(got).toEqual(['/r35', '/r36', '/r37', '/r38', '/r39']);
  });
});

describe('the index database', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-db-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  // stories of five references, each reference with its story's terms, one term of its own and a few every story has
  const terms = (i: number): string[] => [`story${Math.floor(i / 5)}`, `name${Math.floor(i / 5)}`, `own${i}`, 'said', 'official', ...(i % 7 === 0 ? [`name${Math.floor(i / 5) + 1}`] : [])];
  const row = (i: number): IndexRow => ({
    path: `/refs/r${String(i).padStart(4, '0')}.md`,
    sha256: String(i),
    size: 1000 + i,
    mtimeMs: 1_700_000_000_000 + i / 7,
    fingerprint: 'fp',
    published: '2025-09-05',
    format: 'markdown',
    sourceId: `r${i}`,
    claims: JSON.stringify([{ id: `r${i}#1`, source: `r${i}`, kind: 'quantity', text: `${i} people` }]),
    terms: JSON.stringify(terms(i)),
  });
  const N = ALL_REFERENCES + 150;

  it('keeps rows, claims and stamps across a save and a reopen', async () => {
    const file = path.join(dir, 'a.sqlite');
    const index = await ClaimIndex.open(file);
    index.batch(() => Array.from({ length: N }, (_, i) => index.put(row(i))));
    index.save();
    index.close();
    const again = await ClaimIndex.open(file);
    expect(again.count()).toBe(N);
    expect(again.get(row(17).path)).toEqual(row(17));
    expect(again.stamps()[17]).toEqual({ id: again.stamps()[17].id, path: row(17).path, size: row(17).size, mtimeMs: row(17).mtimeMs, fingerprint: 'fp' });
    again.close();
  });

  it('finds the references a draft shares a story with as the in-memory selection does, for all of them or some', async () => {
    const index = await ClaimIndex.open(path.join(dir, 'b.sqlite'));
    index.batch(() => Array.from({ length: N }, (_, i) => index.put(row(i))));
    const stamps = index.stamps();
    const drafts = [['story40', 'name40', 'said', 'official', 'unknown'], ['name12']];
    for (const some of [stamps, stamps.filter((_, i) => i % 3 !== 1)]) {
      const expected = selectReferences(memoryLookup(some.map((s) => terms(Number(s.path.slice(7, 11))))), drafts);
      const got = selectReferences(index.termLookup(some.map((s) => s.id)), drafts);
      expect(got).toEqual(expected);
      expect(got.length).toBeGreaterThan(0);
    }
    index.close();
  });

  it('replacing or removing a row takes its terms out of the lookup', async () => {
    const index = await ClaimIndex.open(path.join(dir, 'c.sqlite'));
    index.batch(() => Array.from({ length: N }, (_, i) => index.put(row(i))));
    index.put({ ...row(200), terms: JSON.stringify(['moved']) });
    index.remove(row(201).path);
    const stamps = index.stamps();
    const lookup = index.termLookup(stamps.map((s) => s.id));
    expect(lookup.documentFrequency(['story40', 'moved', 'said'])).toEqual(new Map([['story40', 3], ['moved', 1], ['said', N - 2]]));
    expect(selectReferences(lookup, [['story40']]).map((i) => stamps[i].path)).toEqual([row(202).path, row(203).path, row(204).path]);
    index.close();
  });
});

describe('refreshing the index', () => {
  it('tells how many files it will read: all of them at first, then only the one changed since, then none (a long run is tuned by that count)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-refresh-'));
    try {
      const article = (n: number): string => `---\ntitle: Talks ${n}\ndate: 2025-09-05\n---\n\nTwenty-six countries pledged troops on Thursday, officials said of round ${n}.\n`;
      const files = [1, 2, 3].map((n) => {
        const abs = path.join(dir, `a${n}.md`);
        fs.writeFileSync(abs, article(n));
        return { abs, shown: `a${n}.md` };
      });
      const index = await ClaimIndex.open(path.join(dir, 'index.sqlite'));
      const told: number[] = [];
      const first = refresh(index, withStats(files), { cwd: dir, onFiles: (n) => told.push(n) });
      fs.writeFileSync(files[1].abs, `${article(2)}\nTwenty-seven did the next day.\n`);
      const second = refresh(index, withStats(files), { cwd: dir, onFiles: (n) => told.push(n) });
      // files not looked at beforehand are looked at first, and those unchanged are not counted
      const third = refresh(index, files, { cwd: dir, onFiles: (n) => told.push(n) });
      index.close();
      expect(told).toEqual([3, 1, 0]);
      expect(first.stats).toMatchObject({ extracted: 3, unchanged: 0 });
      expect(second.stats).toMatchObject({ extracted: 1, unchanged: 2 });
      expect(third.stats).toMatchObject({ extracted: 0, unchanged: 3 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('renaming stored claims', () => {
  it.each([
    ['001', 'draft-2', '001#3', 'draft-2#3'],
    ['story', 'story', 'story#1', 'story#1'],
  ])('claims stored under %s become claims of %s', (stored, now, id, expected) => {
    const c = { id, source: stored, kind: 'quantity' } as Claim;
    expect(renameClaims([c], stored, now)[0]).toMatchObject({ id: expected, source: now });
  });
});

describe('crosscheck index and lint --index (built CLI)', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-index-'));
    fs.cpSync(path.join(ROOT, 'seeds'), path.join(dir, 'refs'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'drafts'));
    const seed = fs.readdirSync(path.join(dir, 'refs')).find((n) => n.startsWith('000'))!;
    const text = fs.readFileSync(path.join(dir, 'refs', seed), 'utf8').replace(/26 nations/g, '27 nations');
    fs.writeFileSync(path.join(dir, 'drafts', 'draft.txt'), text);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('indexes every reference, then finds them unchanged', () => {
    const first = runCli(['index', 'refs'], { cwd: dir });
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/indexed 5 files: 5 extracted, 0 unchanged; 5 in \.crosscheck[\\/]index\.sqlite/);
    expect(fs.existsSync(path.join(dir, '.crosscheck', 'index.sqlite'))).toBe(true);
    expect(runCli(['index', 'refs'], { cwd: dir }).stdout).toMatch(/5 files: 0 extracted, 5 unchanged/);
  });

  it('lint --index prints what a plain lint prints, with the same exit code', () => {
    const plain = runCli(['lint', 'drafts/draft.txt', '--against', 'refs', '--format', 'json'], { cwd: dir });
    const indexed = runCli(['lint', 'drafts/draft.txt', '--against', 'refs', '--format', 'json', '--index'], { cwd: dir });
    const strip = (s: string) => JSON.stringify({ ...JSON.parse(s), stats: { ...JSON.parse(s).stats, ms: 0 } });
    expect(plain.status).toBe(1);
    expect(indexed.status).toBe(plain.status);
    expect(strip(indexed.stdout)).toBe(strip(plain.stdout));
    expect(indexed.stdout).toMatch(/27 countries|27/);
  });

  it('without --against, lints against every indexed reference', () => {
    const plain = runCli(['lint', 'drafts/draft.txt', '--against', 'refs'], { cwd: dir });
    const indexed = runCli(['lint', 'drafts/draft.txt', '--index'], { cwd: dir });
    expect(indexed.stdout).toBe(plain.stdout);
  });

  it('re-extracts only a changed reference and forgets a deleted one', () => {
    const refs = fs.readdirSync(path.join(dir, 'refs')).sort();
    fs.appendFileSync(path.join(dir, 'refs', refs[1]), '\nOfficials said 40 people attended.\n');
    expect(runCli(['index', 'refs'], { cwd: dir }).stdout).toMatch(/5 files: 1 extracted, 4 unchanged/);
    fs.rmSync(path.join(dir, 'refs', refs[2]));
    expect(runCli(['index', 'refs'], { cwd: dir }).stdout).toMatch(/4 files: 0 extracted, 4 unchanged, 1 removed; 4 in/);
  });

  it('refreshes an archive of more references than it extracts at once, file by file as before', () => {
    // tests/corpus: 56 articles, so several batches of ARTICLES_AT_ONCE
    const archive = path.join(dir, 'archive');
    fs.cpSync(path.join(ROOT, 'tests', 'corpus'), archive, { recursive: true, filter: (f) => !f.endsWith('.ts') && path.basename(f) !== 'README.md' });
    const files = fs.readdirSync(archive, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(md|txt|html?|json)$/.test(f)).sort();
    expect(files.length).toBeGreaterThan(2 * ARTICLES_AT_ONCE);
    const db = ['--db', 'archive.sqlite'];
    expect(runCli(['index', 'archive', ...db], { cwd: dir }).stdout).toMatch(new RegExp(`indexed ${files.length} files: ${files.length} extracted, 0 unchanged`));
    // one article edited and one touched in the second batch, one removed from the first, one not an article in the third
    fs.appendFileSync(path.join(archive, files[ARTICLES_AT_ONCE + 3]), '\nOfficials said 40 people attended.\n');
    const touched = path.join(archive, files[ARTICLES_AT_ONCE + 5]);
    fs.utimesSync(touched, new Date(), new Date(Date.now() + 60_000));
    fs.rmSync(path.join(archive, files[2]));
    fs.writeFileSync(path.join(archive, files[2 * ARTICLES_AT_ONCE + 1]), Buffer.from([0, 1, 2, 0]));
    expect(runCli(['index', 'archive', ...db], { cwd: dir }).stdout).toMatch(new RegExp(`indexed ${files.length - 1} files: 1 extracted, ${files.length - 3} unchanged, 1 not indexed, 1 removed`));
    // what the index now holds is what reading every article gives
    const draft = path.join('archive', files[ARTICLES_AT_ONCE + 3]);
    const strip = (s: string) => JSON.stringify({ ...JSON.parse(s), stats: { ...JSON.parse(s).stats, ms: 0 } });
    const plain = runCli(['lint', draft, '--against', 'archive', '--format', 'json'], { cwd: dir });
    const indexed = runCli(['lint', draft, '--against', 'archive', '--format', 'json', '--index', 'archive.sqlite'], { cwd: dir });
    expect(JSON.parse(plain.stdout).sources.length).toBeGreaterThan(2 * ARTICLES_AT_ONCE);
    expect(strip(indexed.stdout)).toBe(strip(plain.stdout));
  });

  it('--db names another index file', () => {
    const r = runCli(['index', 'refs', '--db', 'other.sqlite'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(fs.existsSync(path.join(dir, 'other.sqlite'))).toBe(true);
  });

  it('a file that is not an index is an input error (exit 2, one line)', () => {
    fs.writeFileSync(path.join(dir, 'bad.sqlite'), 'not a database at all, just text '.repeat(10));
    const r = runCli(['index', 'refs', '--db', 'bad.sqlite'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^crosscheck: bad\.sqlite: is not a crosscheck claim index/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
