import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CrosscheckError } from '../../src/errors';
import { readSources } from '../../src/sources';

let dir: string;
const write = (rel: string, content: string | Buffer): void => {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-sources-'));
  write('stories/a.txt', 'Alpha headline\n\nOn March 3, 2024, 10 people came. By May 1, 2024 they left.\n');
  write('stories/deep/b.md', '---\ntitle: Beta\ndate: 2024-03-05\n---\nText.\n');
  write('stories/deep/notes.json', '{}');
  write('stories/.hidden/c.txt', 'Hidden.\n');
  write('stories/node_modules/d.txt', 'Dep.\n');
  write('other/a.txt', 'Same name, other folder.\n');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const read = (paths: string[], opts = {}) => readSources(paths, { cwd: dir, ...opts });

describe('readSources', () => {
  it('recurses into folders, skipping dot-folders, node_modules and other extensions', () => {
    const { sources, problems } = read(['stories']);
    expect(problems).toEqual([]);
    expect(sources.map((s) => [s.path, s.id, s.format])).toEqual([
      [path.join('stories', 'a.txt'), 'a', 'text'],
      [path.join('stories', 'deep', 'b.md'), 'b', 'markdown'],
    ]);
  });

  it.each([
    [['stories/*.txt'], ['stories/a.txt']],
    [['stories/**/*.md'], ['stories/deep/b.md']],
    [['*/?.txt'], ['other/a.txt', 'stories/a.txt']],
    // a JSON file with no article in it, found by a glob or folder walk, is passed over (settings, data)
    [['stories/**'], ['stories/a.txt', 'stories/deep/b.md']],
  ])('expands the glob %j', (paths, expected) => {
    const { sources } = read(paths);
    expect(sources.map((s) => s.path)).toEqual(expected);
  });

  it('sorts, de-duplicates and makes ids unique', () => {
    const { sources } = read(['stories/a.txt', 'other', 'stories/*.txt']);
    expect(sources.map((s) => [s.path, s.id])).toEqual([
      [path.join('other', 'a.txt'), 'a'],
      ['stories/a.txt', 'a-2'],
    ]);
  });

  it.each([
    ['a missing file', () => ['nope.txt'], /no such file/],
    ['a glob matching nothing', () => ['stories/*.docx'], /no files match/],
    ['a binary file', () => (write('bin.txt', Buffer.from([0x50, 0x4b, 0x00, 0x03])), ['bin.txt']), /binary/],
    ['an empty file', () => (write('empty.txt', ''), ['empty.txt']), /empty/],
    ['a file of white space and a BOM', () => (write('blank.txt', '\uFEFF \n\n'), ['blank.txt']), /empty/],
  ])('reports %s as an input problem and still reads the others', (_name, setup, message) => {
    const paths = setup();
    const { sources, problems } = read([...paths, 'stories/a.txt']);
    expect(sources.map((s) => s.path)).toEqual(['stories/a.txt']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBeInstanceOf(CrosscheckError);
    expect(problems[0].code).toBe('input');
    expect(problems[0].file).toBe(paths[0]);
    expect(problems[0].message).toMatch(message);
  });

  it('reports a symbolic-link loop inside a folder', () => {
    fs.symlinkSync(path.join(dir, 'stories'), path.join(dir, 'stories', 'deep', 'loop'));
    const { sources, problems } = read(['stories']);
    expect(sources).toHaveLength(2);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/directory loop/)]);
  });

  it('uses --published for sources without a date, and infers the latest written date otherwise', () => {
    const withOption = read(['stories'], { published: '2024-04-01' }).sources;
    expect(withOption.map((s) => [s.id, s.published, s.publishedFrom])).toEqual([
      ['a', '2024-04-01', 'option'],
      ['b', '2024-03-05', 'stated'],
    ]);
    const inferred = read(['stories/a.txt']).sources[0];
    expect([inferred.published, inferred.publishedFrom]).toEqual(['2024-05-01', 'inferred']);
  });

  it('shows an absolute path inside the working folder relative to it', () => {
    const { sources } = read([path.join(dir, 'stories', 'a.txt')]);
    expect(sources.map((s) => s.path)).toEqual([path.join('stories', 'a.txt')]);
  });

  it('forces a format, and rejects an unknown one as a usage error', () => {
    expect(read(['stories/a.txt'], { format: 'markdown' }).sources[0].format).toBe('markdown');
    expect(() => read(['stories'], { format: 'docx' })).toThrow(expect.objectContaining({ code: 'usage' }));
  });

  it('rejects a --published value that is not an ISO day', () => {
    expect(() => read(['stories'], { published: '5 Sept' })).toThrow(/YYYY-MM-DD/);
  });

  it('decodes UTF-16 with a BOM and falls back to Windows-1252 for bytes that are not UTF-8', () => {
    write('u16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kyiv talks\n\nDone.', 'utf16le')]));
    write('latin.txt', Buffer.from('Caf\xe9 opens\n\n\x93Yes,\x94 he said \x96 twice.', 'latin1'));
    const { sources, problems } = read(['u16.txt', 'latin.txt']);
    expect(problems).toEqual([]);
    expect(sources.map((s) => s.title)).toEqual(['Café opens', 'Kyiv talks']);
    expect(sources[0].text).toContain('“Yes,” he said – twice.');
  });
});
