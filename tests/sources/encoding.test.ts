/**
 * Encodings and line ends users' files come in: UTF-8 with or without a BOM,
 * UTF-16 (with a BOM, or plainly), Windows-1252; LF, CRLF and CR. Claims stay
 * at the same line and column whatever the line ends.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { claimsOf } from '../../src/pipeline';
import { decode, fillPublished, parseSource, readSources } from '../../src/sources';
import { locateSpan } from '../../src/sources/position';
import type { Source } from '../../src/types';

const TEXT = 'Kyiv’s “26 nations” pledge — €1.1bn, café, naïve.\n';
const utf16be = (s: string): Buffer => Buffer.from(s, 'utf16le').swap16();

describe('decode', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8')],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])],
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
    ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)])],
    ['UTF-16 LE without a BOM', Buffer.from(TEXT, 'utf16le')],
    ['UTF-16 BE without a BOM', utf16be(TEXT)],
    // Windows-1252: ’ 0x92, “ 0x93, ” 0x94, — 0x97, € 0x80, é 0xe9, ï 0xef
    ['Windows-1252', Buffer.from([...Buffer.from('Kyiv'), 0x92, 0x73, 0x20, 0x93, ...Buffer.from('26 nations'), 0x94, ...Buffer.from(' pledge '), 0x97, 0x20, 0x80, ...Buffer.from('1.1bn, caf'), 0xe9, ...Buffer.from(', na'), 0xef, ...Buffer.from('ve.\n')])],
  ])('reads %s', (_name, bytes) => {
    expect(decode(bytes)).toBe(TEXT);
  });

  it('keeps UTF-8 after a UTF-8 BOM even with a stray bad byte', () => {
    expect(decode(Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('café '), 0xff, ...Buffer.from('ok')]))).toBe('café \ufffdok');
  });

  it('reads Latin-1 accents in an otherwise ASCII file as Windows-1252', () => {
    expect(decode(Buffer.from([...Buffer.from('Mal'), 0xe9, ...Buffer.from(' 5 ans')]))).toBe('Malé 5 ans');
  });
});

describe('reading files in other encodings', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-enc-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Title\r\n\r\nLeaders from 26 nations met.\r\n', 'utf16le')])],
    ['utf16-nobom.txt', Buffer.from('Title\r\n\r\nLeaders from 26 nations met.\r\n', 'utf16le')],
    ['cp1252.html', Buffer.from('<html><head><title>Title</title></head><body><h1>Title</h1><p>Leaders from 26 nations met\x97in Paris.</p></body></html>', 'latin1')],
  ])('reads %s with claims located in the decoded text', (name, bytes) => {
    fs.writeFileSync(path.join(dir, name), bytes);
    const { sources, problems } = readSources([name], { cwd: dir });
    expect(problems).toEqual([]);
    const claim = claimsOf(sources).find((c) => c.kind === 'quantity');
    expect(claim && locateSpan(sources[0], claim.span).text).toBe('26 nations');
  });
});

describe('line ends', () => {
  const SEEDS = path.join(__dirname, '..', '..', 'seeds');
  const files = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));

  /** Claims as `kind line:column-endLine:endColumn text`. */
  function located(raw: string, file: string): string[] {
    const source: Source = fillPublished(parseSource(raw, file, path.basename(file, '.txt')));
    return claimsOf([source]).map((c) => {
      const l = locateSpan(source, c.span);
      return `${c.kind} ${l.line}:${l.column}-${l.endLine}:${l.endColumn} ${source.text.slice(c.span.start, c.span.end)}`;
    });
  }

  it.each(files.flatMap((f) => [[f, 'CRLF', '\r\n'], [f, 'CR', '\r']]))('finds the claims of %s with %s line ends at the same places', (file, _name, eol) => {
    const lf = fs.readFileSync(path.join(SEEDS, file), 'utf8').replace(/\r\n?/g, '\n');
    const expected = located(lf, file);
    expect(expected.length).toBeGreaterThan(5);
    expect(located(lf.replace(/\n/g, eol), file)).toEqual(expected);
  });

  it.each([
    ['Markdown front matter', 'doc.md', '---\ntitle: Talks end\ndate: 2025-09-05\n---\n\nTalks ended on Friday after 40 minutes.\n'],
    ['plain text', 'doc.txt', 'Talks end\n\nTalks ended on Friday\nafter 40 minutes of sparring between the two delegations.\n\nA second paragraph on 5 September 2025.\n'],
    ['HTML', 'doc.html', '<!doctype html>\n<title>Talks end</title>\n<p>Talks ended on Friday,\nSeptember 5, 2025, after 40 minutes.</p>\n'],
    ['JSON', 'doc.json', '{\n  "title": "Talks end",\n  "date": "2025-09-05",\n  "body": "Talks ended on Friday after 40 minutes."\n}\n'],
  ])('reads %s with CRLF and CR line ends alike', (_name, file, lf) => {
    const expected = located(lf, file);
    expect(expected.length).toBeGreaterThan(0);
    for (const eol of ['\r\n', '\r']) expect(located(lf.replace(/\n/g, eol), file)).toEqual(expected);
  });
});
