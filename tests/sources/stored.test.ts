import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readSources } from '../../src/sources';
import * as htmlArticleModule from '../../src/sources/html-article';
import { LineIndex } from '../../src/sources/locate';
import { identity } from '../../src/sources/offset-map';
import { lineText, locateSpan } from '../../src/sources/position';
import { SharedText } from '../../src/sources/shared-text';
import { flatString, heldRaw, pack, packedRaw, rawBytes, release, restore, sharedOf, storeTexts, textOnce, unpack } from '../../src/sources/stored';
import { CrosscheckError } from '../../src/errors';
import { fromWire, toWire } from '../../src/parallel/transfer';
import type { Source } from '../../src/types';

describe('packed texts', () => {
  it.each([
    ['ASCII', 'Plain text.\n'],
    ['Latin-1', 'Café, naïve façade.'],
    ['curly quotes and dashes', '“26 nations” — he said, ‘twice’.'],
    ['characters of two code units', 'A 🎉 party, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢.'],
    ['nothing', ''],
  ])('%s come back as they were', (_, s) => {
    expect(unpack(pack(s))).toBe(s);
  });

  it('keeps Latin-1 text a string and wider text as its UTF-8 bytes', () => {
    expect(typeof pack('Café')).toBe('string');
    expect(pack('“x”')).toEqual(Buffer.from('“x”', 'utf8'));
  });

  it('keeps a lone surrogate as a string (it would not come back from UTF-8)', () => {
    const s = 'a\ud800b “x”';
    expect(pack(s)).toBe(s);
    expect(unpack(pack(s))).toBe(s);
  });

  it('reads back texts beyond those it keeps decoded, in any order', () => {
    const texts = Array.from({ length: 300 }, (_, i) => `“${i}” ${'x'.repeat(i)}`);
    const packed = texts.map((t) => pack(t));
    for (const i of [...texts.keys(), ...[...texts.keys()].reverse(), 5, 5, 250, 5]) expect(unpack(packed[i])).toBe(texts[i]);
  });

  it('copies flat strings equal to the original', () => {
    for (const s of ['', 'short', 'Café '.repeat(20), '“quoted” '.repeat(20)]) expect(flatString(s)).toBe(s);
  });
});

describe('storeTexts', () => {
  const raw = '---\ntitle: “Talks”\n---\nBody “26” here.\n';
  const source: Source = {
    id: 'a',
    path: 'a.md',
    format: 'markdown',
    title: '“Talks”',
    raw,
    ...identity(raw),
    sections: [{ start: 0, end: raw.length, kind: 'body', label: 'text' }],
  };

  it('reads every field as before, in the same order', () => {
    const stored = storeTexts({ ...source });
    expect(Object.keys(stored)).toEqual(Object.keys(source));
    expect({ ...stored }).toEqual(source);
    expect(stored.raw).toBe(raw);
    expect(rawBytes(stored)).toEqual(Buffer.from(raw, 'utf8'));
  });

  it('locates spans and reads lines from the kept bytes as from the text', () => {
    const stored = storeTexts({ ...source });
    const span = { start: raw.indexOf('“26”'), end: raw.indexOf('“26”') + 4 };
    expect(locateSpan(stored, span)).toEqual(locateSpan(source, span));
    expect(locateSpan(stored, span)).toMatchObject({ line: 4, column: 6, text: '“26”' });
    expect(lineText(stored, 2)).toBe('title: “Talks”');
    expect(lineText(stored, 4)).toBe(lineText(source, 4));
  });
});

describe('LineIndex of UTF-8 bytes', () => {
  it.each([
    ['LF', 'one “1”\ntwo\n\nfour'],
    ['CRLF', 'one “1”\r\ntwo\r\n\r\nfour\r\n'],
    ['CR', 'one “1”\rtwo\r\rfour'],
    ['characters of two code units', 'a 🎉 b\n🎉🎉\nc “d” 𝔘\n'],
    ['ASCII, LF', 'one 1\ntwo\n\nfour\n'],
    ['ASCII, CRLF', 'one 1\r\ntwo\r\n\r\nfour'],
    ['ASCII, no line end', 'one line'],
  ])('%s: every line and column as from the string, every piece as the string has it', (_, text) => {
    const bytes = Buffer.from(text, 'utf8');
    const fromBytes = new LineIndex(bytes);
    const fromString = new LineIndex(text);
    expect(fromBytes.length).toBe(text.length);
    for (let i = 0; i <= text.length; i++) {
      expect(fromBytes.locate(i)).toEqual(fromString.locate(i));
      const inside = i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) < 0xdc00;
      const at = fromBytes.byteOffset(bytes, i);
      if (inside) expect(at).toBeUndefined();
      else expect(bytes.toString('utf8', 0, at)).toBe(text.slice(0, i));
    }
    for (let line = 1; line <= 5; line++) expect(fromBytes.lineStart(line)).toBe(fromString.lineStart(line));
  });
});

describe('readSources', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-stored-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps the records of one export on one copy of its text', () => {
    const lines = ['{"title": "“One”", "text": "On May 1, 2024, 10 people came."}', '{"title": "“Two”", "text": "On May 2, 2024, 12 people came."}'];
    fs.writeFileSync(path.join(dir, 'export.jsonl'), `${lines.join('\n')}\n`);
    const { sources } = readSources(['export.jsonl'], { cwd: dir });
    expect(sources.map((s) => s.title)).toEqual(['“One”', '“Two”']);
    expect(rawBytes(sources[0])).toBeDefined();
    expect(rawBytes(sources[0])).toBe(rawBytes(sources[1]));
    expect(sources[1].raw).toBe(`${lines.join('\n')}\n`);
    expect(locateSpan(sources[1], { start: 0, end: 5 }).line).toBe(2);
  });

  describe('a parsed form let go and made again', () => {
    const files: Record<string, string> = {
      'story.md': '---\ntitle: "“Summit”"\ndate: 2025-09-05\n---\n\n**Kremlin** spokesman Dmitry Peskov said 26 nations had pledged &amp; more.\r\n\r\nA second “paragraph”.\n',
      'wire.txt': 'PARIS, Sept 5 (Reuters) - Twenty-six countries pledged troops, officials said on Friday.\n',
      'page.html': '<html><head><title>Summit</title></head><body><article><h1>Summit</h1><p>Leaders of 35 countries met in Paris on 4 September 2025.</p></article></body></html>',
    };
    it.each(Object.keys(files))('%s reads the same text, map and sections after release as before', (name) => {
      fs.writeFileSync(path.join(dir, name), files[name]);
      const [kept] = readSources([name], { cwd: dir }).sources;
      const [s] = readSources([name], { cwd: dir, reparsable: true }).sources;
      const view = (x: Source) => ({ text: x.text, sections: x.sections, map: [0, 5, x.text.length - 1].map((i) => x.map.toRaw(i)), header: [x.id, x.path, x.format, x.title, x.published] });
      expect(release(s)).toBe(true);
      expect(view(s)).toEqual(view(kept));
      restore(s);
      expect(view(s)).toEqual(view(kept));
      expect(release(s)).toBe(true);
      expect(locateSpan(s, { start: 3, end: 9 })).toEqual(locateSpan(kept, { start: 3, end: 9 }));
      expect(s.raw).toBe(kept.raw);
    });

    describe('an HTML page parsed again', () => {
      let asked: jest.SpiedFunction<typeof htmlArticleModule.readabilityChoice>;
      // the page read and released, Readability asked once, and its text and sections as first parsed
      const released = () => {
        fs.writeFileSync(path.join(dir, 'page.html'), files['page.html']);
        const [s] = readSources(['page.html'], { cwd: dir, reparsable: true }).sources;
        const before = { text: s.text, sections: s.sections };
        expect(release(s)).toBe(true);
        expect(asked).toHaveBeenCalledTimes(1);
        return { s, before };
      };
      beforeEach(() => {
        asked = jest.spyOn(htmlArticleModule, 'readabilityChoice');
      });
      afterEach(() => asked.mockRestore());

      it('takes the elements its first parse chose, without asking Readability again', () => {
        const { s, before } = released();
        restore(s);
        expect({ text: s.text, sections: s.sections }).toEqual(before);
        expect(asked).toHaveBeenCalledTimes(1);
      });

      it('takes them on another thread too: the decision crosses with the page', () => {
        const { s, before } = released();
        const wire = toWire(s, 0);
        expect(wire.memo).toBeDefined();
        // released: it crosses without its parsed form, and is parsed where it arrives
        const there = fromWire(wire, packedRaw(s));
        expect({ text: there.text, sections: there.sections }).toEqual(before);
        expect(Object.keys(there)).not.toContain('memo');
        expect(asked).toHaveBeenCalledTimes(1);
      });
    });

    it('lets the file text go too when asked, and reads the file again when it is read', () => {
      fs.writeFileSync(path.join(dir, 'a.md'), '# A\n\n“26 nations” pledged.\n');
      const [s] = readSources(['a.md'], { cwd: dir, reparsable: true }).sources;
      const before = { raw: s.raw, text: s.text };
      expect(rawBytes(s)).toBeDefined();
      expect(release(s, true)).toBe(true);
      expect(rawBytes(s)).toBeUndefined();
      expect({ raw: s.raw, text: s.text }).toEqual(before);
      expect(lineText(s, 3)).toBe('“26 nations” pledged.');
    });

    it('keeps the file text of standard input, which cannot be read again', () => {
      const [s] = readSources(['-'], { cwd: dir, reparsable: true, stdin: () => Buffer.from('# A\n\n“26 nations” pledged.\n') }).sources;
      expect(release(s, true)).toBe(true);
      expect(rawBytes(s)).toBeDefined();
      expect(s.text).toContain('26 nations');
    });

    describe('a record of an export, parsed again alone', () => {
      const exports: Record<string, string> = {
        'plain.jsonl': '{"title": "One", "text": "On May 1, 2024, 10 people came."}\n{"title": "Two", "text": "12 came.\\n\\nThen 14, caf\\u00e9 owners said."}\n',
        // wide characters before and inside the records, escapes, a character of two code units: kept as UTF-8 bytes
        'wide.jsonl':
          '{"title": "“One” 🎉", "text": "On May 1, 2024, 10 people came.\\n\\n“We came,” one said."}\r\n\r\n{"title": "Two", "text": "12 came \\u2014 \\ud83c\\udf89 \\"then\\" 14."}\r\n{"title": "Three", "text": "<p>HTML body: 15 came.</p><p>“Quoted” 16.</p>"}\n',
        'array.json': '{"articles": [\n  {\n    "title": "“One”",\n    "body": "On May 1, 2024, 10 people came."\n  },\n  {\n    "title": "Two",\n    "body": "12 came.\\n\\n’Twas 14."\n  }\n]}\n',
        'mapped.jsonl': '{"headline": "“One”", "content": "10 people came."}\n{"headline": "Two", "content": "12 came."}\n',
        // UTF-8 whose text fits Latin-1: kept as a string of one byte a character, which its file's bytes are not
        'latin.jsonl': '{"title": "Café", "text": "12 came to the café."}\n{"title": "Two", "text": "14 said olé."}\n',
      };
      const fieldMap = { title: 'headline', body: 'content' };
      // every text offset mapped into the file, and a span located and quoted
      const view = (x: Source) => ({
        text: x.text,
        sections: x.sections,
        map: Array.from({ length: x.text.length + 1 }, (_, i) => [x.map.toRaw(i), x.map.toRawEnd(i)]),
        located: locateSpan(x, { start: 1, end: Math.min(12, x.text.length) }),
        header: [x.id, x.path, x.format, x.title, x.published],
      });

      // the same records in files whose bytes are not their text: Windows-1252, and UTF-8 after a byte-order mark
      const cp1252 = Buffer.from(exports['plain.jsonl'].replace('10 people', '\u201c10\u201d people'), 'latin1');
      cp1252[cp1252.indexOf(0x1c)] = 0x93;
      cp1252[cp1252.indexOf(0x1d)] = 0x94;
      const bom = Buffer.from([0xef, 0xbb, 0xbf]);
      const bytesOf: Record<string, Buffer> = {
        'cp1252.jsonl': cp1252,
        'bom.jsonl': Buffer.concat([bom, Buffer.from(exports['wide.jsonl'])]),
        // kept as a string: its text is ASCII
        'ascii-bom.jsonl': Buffer.concat([bom, Buffer.from(exports['plain.jsonl'])]),
        // a stray byte after a byte-order mark reads as U+FFFD: the text is no longer the file's bytes
        'bad-bom.jsonl': Buffer.concat([bom, Buffer.from(exports['wide.jsonl'].replace('12 came', '12 \x00came')).map((b) => (b === 0 ? 0xff : b))]),
      };
      const cases = [...Object.keys(exports), ...Object.keys(bytesOf)].flatMap((name) => [
        [name, false],
        [name, true],
      ]) as Array<[string, boolean]>;

      it.each(cases)('%s (its text let go too: %s): each record reads the same text, map and sections after release as before', (name, textsGo) => {
        fs.writeFileSync(path.join(dir, name), bytesOf[name] ?? exports[name]);
        const opts = { cwd: dir, fieldMap: name === 'mapped.jsonl' ? fieldMap : undefined };
        const kept = readSources([name], opts).sources;
        const sources = readSources([name], { ...opts, reparsable: true, exportTextsGo: textsGo }).sources;
        expect(sources.length).toBeGreaterThan(1);
        const before = kept.map(view);
        // let go (file text too, when asked: the export's text stays, shared by its records)
        expect(sources.map((s) => release(s, true))).toEqual(sources.map(() => true));
        expect(sources.map(view)).toEqual(before);
        sources.forEach(restore);
        expect(sources.map(view)).toEqual(before);
        expect(sources.map((s) => release(s))).toEqual(sources.map(() => true));
        expect(sources.map((s) => s.raw)).toEqual(kept.map((s) => s.raw));
        expect(packedRaw(sources[1])).toBe(packedRaw(sources[0]));
      });

      it('lets an export’s text go once its records are counted, and reads each record again from the file alone', () => {
        fs.writeFileSync(path.join(dir, 'wide.jsonl'), exports['wide.jsonl']);
        const kept = readSources(['wide.jsonl'], { cwd: dir }).sources;
        const sources = readSources(['wide.jsonl'], { cwd: dir, reparsable: true, exportTextsGo: true, each: (s) => release(s, true) }).sources;
        expect(sources.map(heldRaw)).toEqual([undefined, undefined, undefined]);
        // one record parsed again for its words, from its own bytes: the export is still not held
        expect(textOnce(sources[1])).toBe(kept[1].text);
        expect(heldRaw(sources[0])).toBeUndefined();
        // its story: each record read alone again; locating a claim reads the export again, once for all its records
        sources.forEach(restore);
        expect(heldRaw(sources[0])).toBeUndefined();
        expect(sources.map((s) => s.text)).toEqual(kept.map((s) => s.text));
        expect(sources.map((s) => locateSpan(s, { start: 2, end: 9 }))).toEqual(kept.map((s) => locateSpan(s, { start: 2, end: 9 })));
        expect(heldRaw(sources[0])).toBeDefined();
        expect(new Set(sources.map(heldRaw)).size).toBe(1);
        // and lets it go when the last is checked
        sources.forEach((s) => release(s, true));
        expect(heldRaw(sources[0])).toBeUndefined();
        expect(sources[2].raw).toBe(kept[2].raw);
      });

      it('stops with one line naming an export removed before its records were read again', () => {
        fs.writeFileSync(path.join(dir, 'wide.jsonl'), exports['wide.jsonl']);
        const sources = readSources(['wide.jsonl'], { cwd: dir, reparsable: true, exportTextsGo: true, each: (s) => release(s, true) }).sources;
        fs.rmSync(path.join(dir, 'wide.jsonl'));
        expect(() => restore(sources[0])).toThrow(new CrosscheckError('input', 'cannot read file again (it was moved or removed while crosscheck was reading it)', 'wide.jsonl'));
        expect(() => sources[0].raw).toThrow(new CrosscheckError('input', 'cannot read file (ENOENT)', 'wide.jsonl'));
      });

      it('stops with one line naming an export that changed before its records were read again', () => {
        fs.writeFileSync(path.join(dir, 'wide.jsonl'), exports['wide.jsonl']);
        const sources = readSources(['wide.jsonl'], { cwd: dir, reparsable: true, exportTextsGo: true, each: (s) => release(s, true) }).sources;
        fs.writeFileSync(path.join(dir, 'wide.jsonl'), `{"title": "Zero"}\n${exports['wide.jsonl']}`);
        expect(() => textOnce(sources[1])).toThrow(new CrosscheckError('input', 'changed while crosscheck was reading it; run again', 'wide.jsonl'));
        expect(() => restore(sources[1])).toThrow(/wide\.jsonl: changed while crosscheck was reading it; run again/);
      });

      it('keeps a wide export as bytes and parses a record again from its own', () => {
        fs.writeFileSync(path.join(dir, 'wide.jsonl'), exports['wide.jsonl']);
        const sources = readSources(['wide.jsonl'], { cwd: dir, reparsable: true }).sources;
        expect(rawBytes(sources[2])).toBeDefined();
        release(sources[2]);
        expect(sources[2].text).toContain('“Quoted” 16.');
        const at = sources[2].text.indexOf('16');
        const raw = sources[2].map.span({ start: at, end: at + 2 });
        expect(sources[2].raw.slice(raw.start, raw.end)).toBe('16');
      });

      it('crosses threads without its parsed form and is parsed again alone on the other side', () => {
        fs.writeFileSync(path.join(dir, 'wide.jsonl'), exports['wide.jsonl']);
        const kept = readSources(['wide.jsonl'], { cwd: dir }).sources;
        const sources = readSources(['wide.jsonl'], { cwd: dir, reparsable: true }).sources;
        for (const [i, s] of sources.entries()) {
          release(s, true);
          const wire = structuredClone(toWire(s, 0));
          expect(wire.map).toBeNull();
          const there = fromWire(wire, packedRaw(s));
          expect(view(there)).toEqual(view(kept[i]));
        }
      });

      describe('crossing threads as its export’s file, when the export’s text went', () => {
        // what a worker makes of a record sent with its export's file, not its text
        const across = (s: Source): Source => {
          const file = (sharedOf(s) as SharedText).file;
          return fromWire(structuredClone(toWire(s, 0)), new SharedText(undefined, 0, structuredClone(file)));
        };
        const letGo = (name: string): { kept: Source[]; sources: Source[] } => {
          const kept = readSources([name], { cwd: dir }).sources;
          const sources = readSources([name], { cwd: dir, reparsable: true, exportTextsGo: true, each: (s) => release(s, true) }).sources;
          return { kept, sources };
        };

        it.each([['plain.jsonl'], ['wide.jsonl'], ['array.json'], ['bom.jsonl'], ['ascii-bom.jsonl']])('%s: each record is read from its own bytes there, and the export whole only to locate', (name) => {
          fs.writeFileSync(path.join(dir, name), bytesOf[name] ?? exports[name]);
          const { kept, sources } = letGo(name);
          expect((sharedOf(sources[0]) as SharedText).byRange).toBe(true);
          for (const [i, s] of sources.entries()) {
            const there = across(s);
            expect({ text: there.text, sections: there.sections, header: [there.id, there.path, there.format, there.title, there.published] }).toEqual({ text: kept[i].text, sections: kept[i].sections, header: [kept[i].id, kept[i].path, kept[i].format, kept[i].title, kept[i].published] });
            // parsed from its own bytes: the export is not held there
            expect(heldRaw(there)).toBeUndefined();
            expect(view(there)).toEqual(view(kept[i]));
            expect(heldRaw(there)).toBeDefined();
          }
          // nor here
          expect(heldRaw(sources[0])).toBeUndefined();
        });

        it.each([['cp1252.jsonl'], ['bad-bom.jsonl'], ['latin.jsonl']])('%s: an export whose bytes are not its text is not sent as its file', (name) => {
          fs.writeFileSync(path.join(dir, name), bytesOf[name] ?? exports[name]);
          const { kept, sources } = letGo(name);
          expect((sharedOf(sources[0]) as SharedText).byRange).toBe(false);
          expect(sources.map(view)).toEqual(kept.map(view));
        });

        it('stops with one line naming an export that changed before a record was read there', () => {
          fs.writeFileSync(path.join(dir, 'wide.jsonl'), exports['wide.jsonl']);
          const { sources } = letGo('wide.jsonl');
          fs.writeFileSync(path.join(dir, 'wide.jsonl'), `{"title": "Zero"}\n${exports['wide.jsonl']}`);
          expect(() => across(sources[1])).toThrow(new CrosscheckError('input', 'changed while crosscheck was reading it; run again', 'wide.jsonl'));
          fs.rmSync(path.join(dir, 'wide.jsonl'));
          expect(() => across(sources[1])).toThrow(new CrosscheckError('input', 'cannot read file again (it was moved or removed while crosscheck was reading it)', 'wide.jsonl'));
        });
      });
    });

    it('is kept when the reader was not asked for sources that can be let go', () => {
      fs.writeFileSync(path.join(dir, 'a.md'), '# A\n\n26 nations.\n');
      const [s] = readSources(['a.md'], { cwd: dir }).sources;
      expect(release(s)).toBe(false);
      expect(s.text).toContain('26 nations.');
    });
  });
});
