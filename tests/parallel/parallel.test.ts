/**
 * `--jobs N`: reading files and checking stories in worker threads give
 * exactly what one thread gives — same sources, ids (made unique across
 * folders), claims, findings, problems and exit code — and sources survive
 * the thread boundary with working offset maps, their texts crossing packed.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { resolveJobs } from '../../src/parallel';
import { fromWire, fromWireText, RawTable, toWire, toWireText, type WireSource } from '../../src/parallel/transfer';
import { analyze } from '../../src/pipeline';
import { parseSource, readSources } from '../../src/sources';
import { packedRaw, packedTexts, release, storeTexts } from '../../src/sources/stored';
import { generateCorpus } from '../bench/generate';
import { ROOT, runCli } from '../e2e/run-cli';

describe('sources across threads', () => {
  const raw = '---\ntitle: "Summit"\ndate: 2025-09-05\n---\n\n**Kremlin** spokesman Dmitry Peskov said 26 nations had pledged &amp; more.\n';
  const source = parseSource(raw, 'story.md', 'story');
  const table = new RawTable();
  const wire = structuredClone(toWire(source, table.numberOf(packedRaw(source)))) as WireSource;
  const back = fromWire(wire, fromWireText(structuredClone(toWireText(table.keys[wire.raw]))));
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
  it('sends the texts of a stored source as UTF-8 bytes, and a file text two records share once', () => {
    const file = `${raw}“Quoted,” she said.\n`;
    const wide = storeTexts(parseSource(file, 'wide.md', 'wide'));
    const twin = storeTexts({ ...parseSource(file, 'wide.md', 'wide'), id: 'wide#2' }, packedTexts(wide).raw);
    const shared = new RawTable();
    const [a, b] = [toWire(wide, shared.numberOf(packedRaw(wide))), toWire(twin, shared.numberOf(packedRaw(twin)))];
    expect(a.text).toBeInstanceOf(Uint8Array);
    expect(b.raw).toBe(a.raw);
    expect(shared.keys).toHaveLength(1);
    const again = fromWire(structuredClone(b), fromWireText(structuredClone(toWireText(shared.keys[b.raw]))));
    expect(again.id).toBe('wide#2');
    expect(again.text).toBe(wide.text);
    expect(again.raw).toBe(file);
  });
});

describe('a source whose parsed form was let go, across threads', () => {
  it('crosses as its file text alone and is parsed again on the other side, to the same text, map and sections', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-wire-'));
    try {
      fs.writeFileSync(path.join(dir, 'story.md'), '---\ntitle: "Summit"\n---\n\n**Kremlin** spokesman Dmitry Peskov said “26 nations” had pledged.\n');
      const [kept] = readSources(['story.md'], { cwd: dir }).sources;
      const [s] = readSources(['story.md'], { cwd: dir, reparsable: true }).sources;
      release(s, true);
      const table = new RawTable();
      const wire = structuredClone(toWire(s, table.numberOf(packedRaw(s)))) as WireSource;
      expect(wire.map).toBeNull();
      expect(wire.sections).toBeNull();
      const back = fromWire(wire, fromWireText(structuredClone(toWireText(table.keys[wire.raw]))));
      expect([back.id, back.path, back.format, back.title, back.text, back.sections]).toEqual([kept.id, kept.path, kept.format, kept.title, kept.text, kept.sections]);
      const at = kept.text.indexOf('26 nations');
      expect(back.map.span({ start: at, end: at + 10 })).toEqual(kept.map.span({ start: at, end: at + 10 }));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('--jobs values', () => {
  it.each([
    [undefined, 1],
    [1, 1],
    [3, 3],
    // one core is left to V8's compiler and collector
    [0, Math.max(1, os.availableParallelism() - 1)],
  ])('--jobs %s runs %s thread(s)', (given, expected) => {
    expect(resolveJobs(given)).toBe(expected);
  });
  it.each([[-1], [1.5], [Number.NaN]])('--jobs %s is a usage error', (given) => {
    expect(() => resolveJobs(given)).toThrow(/--jobs must be a whole number/);
  });
});

describe('analyze with jobs over a few files', () => {
  const seeds = path.resolve(__dirname, '..', '..', 'seeds');
  it('runs on one thread when there are too few files for a worker', () => {
    const one = analyze([seeds], { cwd: seeds });
    const two = analyze([seeds], { cwd: seeds, jobs: 2 });
    expect(two.report.sources.map((x) => x.id)).toEqual(readSources([seeds], { cwd: seeds }).sources.map((x) => x.id));
    expect(two.report.claims).toEqual(one.report.claims);
    expect(two.report.findings).toEqual(one.report.findings);
  });
});

describe('--jobs 2 over a few large exports (built worker threads)', () => {
  let dir: string;
  // 40 stories × 3 sources in three JSON Lines exports, each story's records spread over all three
  const lines: string[][] = [[], [], []];
  generateCorpus(40, 3, 11).forEach((a, i) => lines[(Math.floor(i / 3) + i) % 3].push(JSON.stringify(a.record)));
  const texts = lines.map((l) => `${l.join('\n')}\n`);
  // how the exports are written: as UTF-8 (their curly quotes make them kept as bytes), with a byte-order mark or not,
  // in ASCII (kept as strings), and in Windows-1252 or in UTF-8 that fits Latin-1 (their bytes are not their text: a
  // worker is sent each export's text rather than its file)
  const encodings: Record<string, (text: string) => Buffer> = {
    'UTF-8': (text) => Buffer.from(text),
    'UTF-8 after a byte-order mark': (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    ASCII: (text) => Buffer.from(text.replace(/[“”]/g, '\\"')),
    // text that fits Latin-1, kept as a string, whose file's bytes are not that string
    'UTF-8 of Latin-1 text': (text) => Buffer.from(text.replace(/“/g, '«').replace(/”/g, '»')),
    'Windows-1252': (text) => Buffer.from(text.replace(/“/g, '\x93').replace(/”/g, '\x94'), 'latin1'),
  };
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-exports-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  // the built pipeline, as the CLI runs it, telling how many threads it started
  const run = (jobs: number, keepFileTexts: boolean): { threads: number[]; report: { sources: unknown[]; stories: unknown[]; findings: unknown[]; stats: { claims: number } } } => {
    const script = `const { analyze } = require(${JSON.stringify(path.join(ROOT, 'dist', 'pipeline.js'))});
      const threads = [];
      const { report } = analyze(['.'], { cwd: ${JSON.stringify(dir)}, jobs: ${jobs}, keepClaims: false, keepFileTexts: ${keepFileTexts}, onFiles: (_, n) => threads.push(n) });
      process.stdout.write(JSON.stringify({ threads, report: { sources: report.sources.map((s) => s.id), stories: report.stories, findings: report.findings, stats: { claims: report.stats.claims } } }));`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout);
  };

  it.each(Object.keys(encodings).flatMap((e) => [[e, false], [e, true]]) as Array<[string, boolean]>)(
    'shares the records of exports in %s out over two threads, as their size tells, with the same report as one thread (file texts kept: %s)',
    (encoding, keepFileTexts) => {
      texts.forEach((t, k) => fs.writeFileSync(path.join(dir, `export-${k}.jsonl`), encodings[encoding](t)));
      const one = run(1, keepFileTexts);
      const two = run(2, keepFileTexts);
      expect(new Set(one.threads)).toEqual(new Set([1]));
      expect(two.threads[0]).toBe(2);
      expect(one.report.sources).toHaveLength(120);
      expect(two.report).toEqual(one.report);
      expect(one.report.findings.length).toBeGreaterThan(0);
    },
  );

  it('stops with one line naming an export that changed while its records were checked on either thread', () => {
    texts.forEach((t, k) => fs.writeFileSync(path.join(dir, `export-${k}.jsonl`), t));
    // each export grows by a record once all are read, before any story is checked: the first record either thread reads again finds it changed
    const script = `const fs = require('fs'); const path = require('path');
      const { analyze } = require(${JSON.stringify(path.join(ROOT, 'dist', 'pipeline.js'))});
      const dir = ${JSON.stringify(dir)};
      let told = 0;
      try {
        analyze(['.'], { cwd: dir, jobs: 2, keepClaims: false, keepFileTexts: false, onFiles: () => {
          // told first of the articles the exports' sizes hold, and again once their records are read
          if (++told !== 2) return;
          for (const f of fs.readdirSync(dir)) fs.writeFileSync(path.join(dir, f), '{"title": "Zero"}\\n' + fs.readFileSync(path.join(dir, f), 'utf8'));
        } });
        process.stdout.write('no error');
      } catch (e) {
        process.stdout.write(JSON.stringify({ name: e.name, code: e.code, message: e.message }));
      }`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ name: 'CrosscheckError', code: 'input', message: expect.stringMatching(/^export-\d\.jsonl: changed while crosscheck was reading it; run again$/) });
  });
});

describe('a worker thread reading an export itself (built worker threads)', () => {
  it('stops the run with the one line the worker had for a user (an export changed since it was read), not as an internal error', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-worker-file-'));
    try {
      const text = '{"title": "One", "text": "On May 1, 2024, “10” people came."}\n{"title": "Two", "text": "12 came."}\n';
      fs.writeFileSync(path.join(dir, 'feed.jsonl'), text);
      // a record whose export's text went, sent to the one worker with the export's file; the export changes first
      const script = `const fs = require('fs'); const path = require('path');
        const dist = ${JSON.stringify(path.join(ROOT, 'dist'))};
        const { readSources } = require(path.join(dist, 'sources', 'index.js'));
        const { release, sharedOf } = require(path.join(dist, 'sources', 'stored.js'));
        const { toWire } = require(path.join(dist, 'parallel', 'transfer.js'));
        const { Pool } = require(path.join(dist, 'parallel', 'pool.js'));
        const dir = ${JSON.stringify(dir)};
        const [s] = readSources(['feed.jsonl'], { cwd: dir, reparsable: true, exportTextsGo: true, each: (x) => release(x, true) }).sources;
        const wire = toWire(s, 0);
        const raws = [{ n: 0, file: sharedOf(s).file, keep: true }];
        fs.writeFileSync(path.join(dir, 'feed.jsonl'), '{"title": "Zero"}\\n' + fs.readFileSync(path.join(dir, 'feed.jsonl'), 'utf8'));
        const pool = new Pool(1);
        try {
          pool.run({
            tasks: [0],
            batchSize: 1,
            local: () => { throw new Error('checked on the main thread'); },
            request: () => ({ kind: 'stories', tasks: [{ story: { id: 'one', label: 'one', sources: [s.id] }, sources: [wire], raws }], options: { rulesDirs: [], withFindings: true, keepClaims: false } }),
            receive: (a) => a,
          });
          process.stdout.write(JSON.stringify('no error'));
        } catch (e) {
          process.stdout.write(JSON.stringify({ name: e.name, code: e.code, file: e.file, message: e.message }));
        } finally {
          pool.close();
        }`;
      const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout)).toEqual({ name: 'CrosscheckError', code: 'input', file: 'feed.jsonl', message: 'feed.jsonl: changed while crosscheck was reading it; run again' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
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
    // an export whose records join three different stories: the file text they share goes to a worker once
    const records = [0, 1, 2].map((k) => {
      const text = fs.readFileSync(path.join(dir, `s0000${k}`, 'src00.md'), 'utf8');
      const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
      const title = /title: "(.*)"/.exec(front)![1];
      const date = /date: (\S+)/.exec(front)![1];
      return JSON.stringify({ id: `rec-${k}`, title, published: date, text: body.replace(/“|”/g, '"') });
    });
    fs.writeFileSync(path.join(dir, 'feed.jsonl'), `${records.join('\n')}\n`);
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
    expect(new Set(ids).size).toBe(123);
    expect(ids).toContain('src00-2');
  });

  it('puts the records of an export into their stories, and checks them there', () => {
    const out = JSON.parse(runCli(['check', '.', '--format', 'json', '--jobs', '2'], { cwd: dir }).stdout) as { stories: Array<{ sources: string[] }> };
    const homes = ['feed#rec-0', 'feed#rec-1', 'feed#rec-2'].map((id) => out.stories.findIndex((st) => st.sources.includes(id)));
    expect(new Set(homes).size).toBe(3);
    for (const h of homes) expect(out.stories[h].sources.length).toBeGreaterThan(1);
  });

  it.each([['stylish'], ['html'], ['sarif']])('check --format %s prints the same report as one thread', (format) => {
    const one = runCli(['check', '.', '--format', format, '--no-color'], { cwd: dir });
    const two = runCli(['check', '.', '--format', format, '--no-color', '--jobs', '2'], { cwd: dir });
    // the run's milliseconds, where a format prints them
    const strip = (s: string) => s.replace(/"ms": \d+|\b\d+ ?ms\b/g, 'ms');
    expect(one.stdout.length).toBeGreaterThan(1000);
    expect(strip(two.stdout)).toBe(strip(one.stdout));
    expect(two.status).toBe(one.status);
  });

  it('rejects a bad --jobs with exit 2 and one line', () => {
    const r = runCli(['claims', '.', '--jobs', '-2'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
