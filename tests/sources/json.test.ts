/**
 * JSON and JSONL exports: one source per record, located by record and field;
 * escapes mapped to their raw characters; broken input reported where it breaks.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CrosscheckError } from '../../src/errors';
import { claimsOf } from '../../src/pipeline';
import { readSources } from '../../src/sources';
import { parseFieldMap } from '../../src/sources/json-fields';
import { jsonlParser, jsonParser } from '../../src/sources/json';
import { locateSpan } from '../../src/sources/position';
import type { Source } from '../../src/types';
import { outline, unmappedChars, wellFormed } from './contract';

const full = (raw: string, s: ReturnType<typeof jsonParser.parseAll>['records'][number], i = 0): Source => ({ ...s.source, id: `r${i}`, path: 'x.json', raw });
const parseAll = (raw: string, map = {}) => jsonParser.parseAll(raw, { fieldMap: map });

describe('json records', () => {
  it.each([
    ['an array of records', '[{"title": "A", "body": "One."}, {"title": "B", "text": "Two."}]', [['1', 'A', 'One.'], ['2', 'B', 'Two.']]],
    ['one object', '{"headline": "A", "content": "One."}', [['1', 'A', 'One.']]],
    ['an object wrapping a list', '{"count": 2, "articles": [{"id": "x-1", "title": "A", "body": "One."}, {"id": 7, "title": "B", "body": "Two."}]}', [['x-1', 'A', 'One.'], ['7', 'B', 'Two.']]],
    ['duplicate ids made unique', '[{"id": "a", "body": "One."}, {"id": "a", "body": "Two."}]', [['a', undefined, 'One.'], ['a-2', undefined, 'Two.']]],
  ])('reads %s', (_name, raw, expected) => {
    const { records, problems } = parseAll(raw);
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.key, r.source.title, r.source.text.split('\n\n').pop()])).toEqual(expected);
  });

  it('reads metadata from the common field names', () => {
    const raw = JSON.stringify([
      { title: 'A', body: 'x', published_at: '2025-09-05T08:00:00Z', authors: ['Ana Ruiz', { name: 'Li Wei' }], source: { name: 'The Courier' }, url: 'https://e.org/a' },
      { title: 'B', body: 'y', timestamp: 1757030400 },
    ]);
    const [a, b] = parseAll(raw).records.map((r) => r.source);
    expect(a).toMatchObject({ format: 'json', published: '2025-09-05', publishedFrom: 'stated', author: 'Ana Ruiz, Li Wei', outlet: 'The Courier' });
    expect(b.published).toBe('2025-09-05');
  });

  it('splits the body into paragraphs at blank lines, CRLF included, and joins wrapped lines', () => {
    const raw = '{"title": "T", "summary": "Short lede.", "body": "The first paragraph of the body\\nwraps onto a second line here\\r\\n\\r\\nSecond para.\\n\\n\\nThird."}';
    const [r] = parseAll(raw).records;
    const src = full(raw, r);
    expect(outline(src)).toEqual([
      ['title', 'T'],
      ['excerpt', 'Short lede.'],
      ['body', 'The first paragraph of the body wraps onto a second line here'],
      ['body', 'Second para.'],
      ['body', 'Third.'],
    ]);
    expect(wellFormed(src)).toBe(true);
  });

  it('maps escaped characters to their escapes and the rest to themselves', () => {
    const raw = '[{"body": "He said \\"26 nations\\" \\u2014 it\\u2019s final.\\tDone \\ud83d\\ude00 \\\\o/"}]';
    const src = full(raw, parseAll(raw).records[0]);
    expect(src.text).toBe('He said "26 nations" — it’s final.\tDone 😀 \\o/');
    const rawAt = (s: string): string => {
      const i = src.text.indexOf(s);
      return raw.slice(src.map.toRaw(i), src.map.toRawEnd(i + s.length));
    };
    expect([rawAt('"26 nations"'), rawAt('—'), rawAt('it’s'), rawAt('😀'), rawAt('\\o/')]).toEqual(['\\"26 nations\\"', '\\u2014', 'it\\u2019s', '\\ud83d\\ude00', '\\\\o/']);
    expect(unmappedChars(src).map((i) => src.text[i])).toEqual(['"', '"', '—', '’', '\t', '\ud83d', '\ude00']);
  });

  it('locates claims at the line and column of the character inside the string', () => {
    const raw = '[\n  {"title": "Summit",\n   "date": "2025-09-05",\n   "body": "Intro.\\n\\nLeaders from 26 nations met on Thursday."}\n]\n';
    const sources = parseAll(raw).records.map((r, i) => full(raw, r, i));
    const claims = claimsOf(sources);
    const loc = (text: string) => {
      const c = claims.find((x) => sources[0].text.slice(x.span.start, x.span.end) === text);
      return c && locateSpan(sources[0], c.span);
    };
    expect(loc('26 nations')).toMatchObject({ line: 4, column: 36, text: '26 nations' });
    expect(loc('Thursday')).toMatchObject({ line: 4, text: 'Thursday' });
  });

  it('reads HTML held in a body field, mapped through the JSON escapes', () => {
    const raw = '{"title": "T", "body": "<p>First &amp; \\"only\\" 12 ships.</p>\\n<aside>Related: 9 links</aside><p>Then 3 more.</p>"}';
    const src = full(raw, parseAll(raw).records[0]);
    expect(outline(src)).toEqual([['title', 'T'], ['body', 'First & "only" 12 ships.'], ['body', 'Then 3 more.']]);
    const i = src.text.indexOf('"only" 12');
    expect(raw.slice(src.map.toRaw(i), src.map.toRawEnd(i + 9))).toBe('\\"only\\" 12');
  });

  it.each([
    ['body=article_text,published=pub_date', '{"article_text": "Text.", "pub_date": "2024-01-02", "body": "Wrong."}', 'Text.', '2024-01-02'],
    ['body=content.text, date=meta.published', '{"content": {"text": "Nested."}, "meta": {"published": "2024-05-06"}}', 'Nested.', '2024-05-06'],
  ])('follows --field-map %s', (spec, raw, text, published) => {
    const { records } = parseAll(raw, parseFieldMap(spec));
    expect(records.map((r) => [r.source.text, r.source.published])).toEqual([[text, published]]);
  });

  it.each(['body', 'colour=x', 'body='])('rejects the --field-map "%s" as a usage error', (spec) => {
    expect(() => parseFieldMap(spec)).toThrow(expect.objectContaining({ code: 'usage', message: expect.stringMatching(/^--field-map: ".*" must be field=key/) }));
  });

  it.each([
    ['a missing comma', '[\n  {"body": "a"}\n  {"body": "b"}\n]', 'is not valid JSON: unexpected "{", expected "," or "]" in an array at line 3 column 3'],
    ['an unclosed string', '{"body": "abc', 'is not valid JSON: unexpected end of input, expected the closing quote of a string at line 1 column 14'],
    ['a trailing comma', '{"body": "a",}', 'is not valid JSON: unexpected "}", expected a property name in double quotes at line 1 column 14'],
    ['a bad escape', '{"body": "a\\qb"}', 'is not valid JSON: unexpected "q", not a valid escape in a string at line 1 column 13'],
    ['a record with no article field', '[{"name": "x"}]', 'record 1 (line 1 column 2) has no title or body field (use --field-map to name them)'],
    ['a record that is not an object', '[{"body": "a"}, 42]', 'record 2 (line 1 column 17) is not an object'],
  ])('reports %s with its place', (_name, raw, problem) => {
    expect(parseAll(raw).problems).toEqual([problem]);
  });
});

describe('jsonl records', () => {
  it('reads one record per line and reports a bad line, keeping the others', () => {
    const raw = '{"title": "A", "body": "One."}\r\n\r\n{"title": "B", "body": "Two.}\n{"title": "C", "body": "Three."}\n';
    const { records, problems } = jsonlParser.parseAll(raw);
    expect(records.map((r) => [r.key, r.source.title])).toEqual([['1', 'A'], ['2', 'C']]);
    expect(problems).toEqual(['line 3 is not valid JSON: unexpected end of input, expected the closing quote of a string at line 3 column 30']);
  });

  it.each([
    ['{"a": 1}\n{"b": 2}\n', 'feed', 0.9],
    ['{"a": 1}', 'feed.ndjson', 0.95],
    ['{"a": 1}\nplain', 'feed', 0],
  ])('detects %j (%s)', (raw, file, score) => {
    expect(jsonlParser.detect(raw, file)).toBe(score);
  });
});

describe('reading JSON files', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-json-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives one source per record, with ids from the file and the record, and problems beside them', () => {
    fs.writeFileSync(path.join(dir, 'feed.jsonl'), '{"id": "a1", "title": "A", "body": "One."}\n{oops}\n{"title": "B", "body": "Two."}\n');
    fs.writeFileSync(path.join(dir, 'broken.json'), '[{"body": "x"}');
    fs.writeFileSync(path.join(dir, 'story.txt'), 'Story\n\nText here.\n');
    const { sources, problems } = readSources(['.'], { cwd: dir });
    expect(sources.map((s) => [s.id, s.path, s.format])).toEqual([
      ['feed#a1', 'feed.jsonl', 'jsonl'],
      ['feed#2', 'feed.jsonl', 'jsonl'],
      ['story', 'story.txt', 'text'],
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'broken.json: is not valid JSON: unexpected end of input, expected "," or "]" in an array at line 1 column 15',
      'feed.jsonl: line 2 is not valid JSON: unexpected "o", expected a property name in double quotes at line 2 column 2',
    ]);
    expect(problems.every((p) => p instanceof CrosscheckError && p.code === 'input')).toBe(true);
  });

  it('passes over JSON that holds no articles in a folder, but reports it when named', () => {
    fs.mkdirSync(path.join(dir, 'stories'));
    fs.writeFileSync(path.join(dir, 'stories', 'settings.json'), '{"theme": "dark", "pages": [1, 2]}');
    fs.writeFileSync(path.join(dir, 'stories', 'a.json'), '{"title": "A", "body": "One."}');
    const walked = readSources(['stories'], { cwd: dir });
    expect([walked.sources.map((s) => s.id), walked.problems]).toEqual([['a#1'], []]);
    const named = readSources(['stories/settings.json'], { cwd: dir });
    expect(named.problems.map((p) => p.message)).toEqual(['stories/settings.json: the object (line 1 column 1) has no title or body field (use --field-map to name them)']);
  });

  it('passes --field-map through readSources', () => {
    fs.writeFileSync(path.join(dir, 'cms.json'), '[{"hed": "A", "copy": "Body text."}]');
    const { sources } = readSources(['cms.json'], { cwd: dir, fieldMap: { title: 'hed', body: 'copy' } });
    expect(sources.map((s) => [s.title, s.text])).toEqual([['A', 'A\n\nBody text.']]);
  });
});
