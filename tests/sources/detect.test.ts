import * as fs from 'node:fs';
import * as path from 'node:path';
import { CrosscheckError } from '../../src/errors';
import { CERTAIN, detectParser, formatNames, parserByName, PARSERS } from '../../src/sources/detect';
import { parseSource } from '../../src/sources';
import { expandInputs } from '../../src/sources/files';
import { generateCorpus } from '../bench/generate';

describe('detectParser', () => {
  it.each([
    [' date 2024-01-02 WORLD\nHeadline\n\nBody.', 'a.txt', 'dateline'],
    ['January 02, 2024Some Outlet\nBody.', 'a.txt', 'stamped'],
    ['Headline\nStandfirst.\n- One.\n10 Articles\nCoverage Details', 'a.txt', 'aggregator'],
    ['---\ntitle: x\n---\nBody.', 'a.txt', 'markdown'],
    ['Just some prose.\n\nMore prose.', 'a.txt', 'text'],
    [' date 2024-01-02 WORLD\nHeadline', 'a.md', 'markdown'],
    ['Plain words.', 'notes', 'text'],
  ])('%j in %s → %s', (raw, file, name) => {
    expect(detectParser(raw, file).name).toBe(name);
  });

  it('a forced format wins over content and extension', () => {
    expect(detectParser(' date 2024-01-02 X', 'a.md', 'text').name).toBe('text');
    expect(parseSource('Hello.', 'a.txt', 'a', 'markdown').format).toBe('markdown');
  });

  it('an unknown format is a usage error listing the known names', () => {
    expect(() => parserByName('html5')).toThrow(CrosscheckError);
    try {
      parserByName('html5');
    } catch (e) {
      expect((e as CrosscheckError).code).toBe('usage');
      for (const n of formatNames()) expect((e as Error).message).toContain(n);
    }
  });

  it('parseSource fills id, path and raw, and strips a BOM', () => {
    const s = parseSource('\uFEFFTitle line\n\nBody.', 'x/y.txt', 'y');
    expect([s.id, s.path, s.raw.charCodeAt(0), s.title]).toEqual(['y', 'x/y.txt', 'T'.charCodeAt(0), 'Title line']);
  });
});

describe('how sure a parser is', () => {
  const root = path.resolve(__dirname, '..', '..');
  const samples: Array<[string, string]> = [
    ...expandInputs(['seeds', 'tests/corpus', 'tests/sources/fixtures'], root).files.map((f): [string, string] => [f.shown, fs.readFileSync(f.abs, 'utf8')]),
    ...generateCorpus(6, 4, 3).map((a): [string, string] => [a.name, a.text]),
    ['export.jsonl', generateCorpus(2, 2, 5).map((a) => JSON.stringify(a.record)).join('\n')],
    ['export.json', JSON.stringify(generateCorpus(2, 2, 5).map((a) => a.record))],
    ['page.htm', '<!doctype html><html><body><article><p>Text.</p></article></body></html>'],
  ];

  it('is never surer than CERTAIN, so the first parser that sure may take a file unasked', () => {
    expect(samples.length).toBeGreaterThan(60);
    for (const [name, raw] of samples) {
      for (const p of PARSERS) {
        for (const as of [name, 'article.txt', 'notes']) expect([name, p.name, p.detect(raw, as) <= CERTAIN]).toEqual([name, p.name, true]);
      }
    }
  });
});
