/**
 * Hostile content and writes: the HTML report shows article text escaped;
 * HTML input is parsed, never run, and nothing reaches the network; inputs
 * are never modified; `--output` is replaced whole or not at all.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeReport } from '../../src/cli/output';
import { clean, noNetworkHook, put, runJson, scratch } from './harness';
import { runCli } from '../e2e/run-cli';

const dir = scratch('hostile');
const log = path.join(dir, 'network.log');
const hook = noNetworkHook(dir, log);
const ENV = { NODE_OPTIONS: `--require ${hook}` };

const XSS = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const md = (n: number) => `---\ntitle: "Flood ${XSS}"\npublished: 2025-03-14\n---\n\nFlood waters closed the Varna road on Thursday, and ${n} people were moved, officials said.\n\n"${XSS} we moved ${n} people," said Petar Ivanov.\n`;
const page = `<!doctype html><html><head><title>Flood</title>
<link rel="stylesheet" href="http://127.0.0.1:9/style.css"><script src="http://127.0.0.1:9/app.js"></script>
<script>require('fs').writeFileSync('pwned.txt', 'x'); fetch('http://127.0.0.1:9/beacon'); document.title = '999 people';</script>
</head><body><article><h1>Flood</h1><p>Flood waters closed the Varna road on Thursday, and 315 people were moved.</p>
<img src="http://127.0.0.1:9/photo.jpg" onerror="require('fs').writeFileSync('pwned2.txt','x')"><iframe src="http://127.0.0.1:9/frame"></iframe>
<p>Officials said the road would reopen within three weeks.</p></article></body></html>`;

// linkedom ships ESM types over a CommonJS build (as src/sources/html-article.ts loads it)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseHTML } = require('linkedom') as { parseHTML(html: string): { document: Doc } };

interface El {
  textContent: string | null;
  attributes: Iterable<{ name: string }>;
}
interface Doc {
  querySelectorAll(selector: string): ArrayLike<El> & Iterable<El>;
}

const hashes = new Map<string, string>();
const digest = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

beforeAll(() => {
  for (const [name, text] of [['a.md', md(312)], ['b.md', md(340)], ['page.html', page]]) hashes.set(name, digest(put(dir, name, text)));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('hostile article text', () => {
  it('the HTML report shows it escaped: no tag of the articles reaches the page', () => {
    const r = runCli(['check', 'a.md', 'b.md', 'page.html', '--format', 'html', '--output', 'report.html'], { cwd: dir, env: ENV });
    expect(clean(r.stderr)).toBe(true);
    const html = fs.readFileSync(path.join(dir, 'report.html'), 'utf8');
    expect(html).toContain('312');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // the articles' markup shows as text: parsed as a browser would, the page holds none of its elements or handlers
    const { document } = parseHTML(html);
    const scripts = [...document.querySelectorAll('script')].map((e) => e.textContent ?? '');
    expect(scripts.filter((t) => /alert/.test(t))).toEqual([]);
    expect(document.querySelectorAll('img, iframe, link, object, embed').length).toBe(0);
    const handlers = [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name));
    expect(handlers).toEqual([]);
    expect(html).not.toContain('http://127.0.0.1');
  });

  it('HTML input is parsed, never run, and its resources are never fetched', () => {
    const r = runJson(['claims', 'page.html'], dir, ENV);
    expect(r.status).toBe(0);
    expect(fs.existsSync(path.join(dir, 'pwned.txt')) || fs.existsSync(path.join(dir, 'pwned2.txt'))).toBe(false);
    const said = JSON.stringify(r.report?.claims);
    expect(said).toContain('315');
    expect(said).not.toContain('999');
  });

  it('no run reaches the network', () => {
    runJson(['check', 'a.md', 'b.md', 'page.html'], dir, ENV);
    expect(fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '').toBe('');
  });

  it('the inputs are never modified', () => {
    for (const [name, hash] of hashes) expect([name, digest(path.join(dir, name))]).toEqual([name, hash]);
  });
});

describe('--output', () => {
  it('is replaced whole by a run, with no temporary file left', () => {
    put(dir, 'out/report.json', 'OLD');
    const r = runJson(['check', 'a.md', 'b.md'], dir);
    expect(r.report).toBeDefined();
    const cli = runCli(['check', 'a.md', 'b.md', '--format', 'json', '--output', 'out/report.json'], { cwd: dir });
    expect(clean(cli.stderr)).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'out', 'report.json'), 'utf8')).stats.sources).toBe(2);
    expect(fs.readdirSync(path.join(dir, 'out'))).toEqual(['report.json']);
  });

  it('a run that stops before its report leaves the old one whole', () => {
    put(dir, 'out/report.json', 'OLD');
    const cli = runCli(['check', 'a.md', '--published', 'not-a-date', '--output', 'out/report.json'], { cwd: dir });
    expect(cli.status).toBe(2);
    expect(fs.readFileSync(path.join(dir, 'out', 'report.json'), 'utf8')).toBe('OLD');
  });

  it('a write that fails at the rename leaves what was there and no temporary file', () => {
    // the target is a folder holding a file: the temporary file is written, the rename fails
    const out = path.join(dir, 'out2', 'report.txt');
    put(dir, 'out2/report.txt/keep', 'OLD');
    expect(() => writeReport('NEW REPORT', out)).toThrow(/^out2|cannot write report/);
    expect(fs.readFileSync(path.join(out, 'keep'), 'utf8')).toBe('OLD');
    expect(fs.readdirSync(path.dirname(out))).toEqual(['report.txt']);
  });
});
