/**
 * `npm run bench`: crosscheck's throughput at newsroom scale. For each size
 * (default 1k, 4k and 16k articles, five sources a story) it generates a
 * seeded corpus (tests/bench/generate.ts), writes it to a temporary folder and,
 * in a fresh process per size (so peak memory is that size's alone), times
 * crosscheck end to end, stage by stage (parse, extract, align, rules,
 * report), as `check --format json` runs it; and, in a fresh process of its
 * own, a plain regex tokenization pass over the same text once read (the
 * yardstick; reading the files is timed apart).
 *
 *   node dist-bench/tests/bench/bench.js [--sizes 1000,4000,16000] [--sources 5] [--jobs N] [--seed 42] [--one-core] [--as files|jsonl|html]
 *
 * `--as jsonl` writes the same articles as JSON Lines exports of 1,000
 * records each (a newsroom's archive export) instead of a file each;
 * `--as html` as saved web pages (navigation, the article, a footer), one
 * file each.
 * `--one-core` pins each measuring process to one core (`taskset -c 0`, Linux):
 * the issue's "on one core", where V8's background compiler and collector
 * share the core with the run instead of taking the other one.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { corpusStamp, generateCorpus, isWritten, markWritten, type GeneratedArticle } from './generate';
import { measure, measureRegex, type Measurement } from './measure';
import { runBenchmark, UsageError, wholeNumber } from './cli-args';

interface Options {
  sizes: number[];
  sources: number;
  jobs: number;
  seed: number;
  /** internal: measure one size in this process and print JSON */
  one?: number;
  /** internal: run the yardstick over one size in this process and print JSON */
  regex?: number;
  /** pin the measuring processes to one core */
  oneCore: boolean;
  /** a file an article, JSON Lines exports of {@link EXPORT_RECORDS} records, or a web page an article */
  as: 'files' | 'jsonl' | 'html';
}

/** Records in one JSON Lines export of `--as jsonl`. */
const EXPORT_RECORDS = 1000;

const USAGE = 'npm run bench -- [--sizes 1000,4000,16000] [--sources 5] [--jobs N] [--seed 42] [--one-core] [--as files|jsonl|html]';

function parseArgs(argv: readonly string[]): Options {
  const o: Options = { sizes: [1000, 4000, 16000], sources: 5, jobs: 1, seed: 42, oneCore: false, as: 'files' };
  for (let i = 0; i < argv.length; i++) {
    const [a, v] = [argv[i], argv[i + 1]];
    if (a === '--one-core') {
      o.oneCore = true;
      continue;
    }
    if (a === '--sizes') o.sizes = (v ?? '').split(',').map((s) => wholeNumber(a, s, 1));
    else if (a === '--sources') o.sources = wholeNumber(a, v, 1);
    else if (a === '--jobs') o.jobs = wholeNumber(a, v, 1);
    else if (a === '--seed') o.seed = wholeNumber(a, v, 0);
    else if (a === '--one') o.one = wholeNumber(a, v, 1);
    else if (a === '--regex') o.regex = wholeNumber(a, v, 1);
    else if (a === '--as') {
      if (v !== 'files' && v !== 'jsonl' && v !== 'html') throw new UsageError(`--as takes files, jsonl or html, not ${v === undefined ? 'nothing' : `"${v}"`}`);
      o.as = v;
    }
    else if (a === '--help' || a === '-h') throw new UsageError(`usage: ${USAGE}`, 0);
    else throw new UsageError(`unknown argument "${a}" (usage: ${USAGE})`);
    i++;
  }
  return o;
}

/** Write the corpus for `articles` articles to a temporary folder (reused when already there, written by this generator). */
function corpusDir(articles: number, o: Options): string {
  const dir = path.join(os.tmpdir(), `crosscheck-bench-${articles}-${o.sources}-${o.seed}${o.as === 'files' ? '' : `-${o.as}`}`);
  const stamp = corpusStamp(webPage.toString());
  if (isWritten(dir, stamp)) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const corpus = generateCorpus(Math.ceil(articles / o.sources), o.sources, o.seed).slice(0, articles);
  if (o.as === 'jsonl') {
    for (let i = 0; i < corpus.length; i += EXPORT_RECORDS) {
      const lines = corpus.slice(i, i + EXPORT_RECORDS).map((a) => JSON.stringify(a.record));
      fs.writeFileSync(path.join(dir, `export-${String(i / EXPORT_RECORDS).padStart(3, '0')}.jsonl`), `${lines.join('\n')}\n`);
    }
  } else {
    for (const a of corpus) {
      const file = path.join(dir, o.as === 'html' ? a.name.replace(/\.\w+$/, '.html') : a.name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, o.as === 'html' ? webPage(a.record) : a.text);
    }
  }
  markWritten(dir, stamp);
  return dir;
}

/** An article as a saved web page: the site's navigation and footer around it, its date and author in meta tags. */
function webPage(r: GeneratedArticle['record']): string {
  const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${esc(r.title)} | The Daily Bench</title>`,
    `<meta property="og:title" content="${esc(r.title)}"><meta property="article:published_time" content="${r.date}T09:00:00Z">`,
    r.author ? `<meta name="author" content="${esc(r.author)}">` : '',
    '</head><body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>',
    `<main><article><h1>${esc(r.title)}</h1>`,
    ...r.body.split('\n\n').map((p) => `<p>${esc(p)}</p>`),
    '</article><aside><h2>Most read</h2><ul><li><a href="/a">Elsewhere today</a></li></ul></aside></main>',
    '<footer><p>© The Daily Bench</p></footer></body></html>',
    '',
  ].join('\n');
}

const mbs = (bytes: number, ms: number): string => (bytes / 1e6 / (ms / 1000)).toFixed(2).padStart(7);
const per = (n: number, ms: number): string => Math.round(n / (ms / 1000)).toString().padStart(7);

function print(m: Measurement, jobs: number, oneCore: boolean, as: Options['as']): string {
  const lines = [
    `${m.articles} articles (${m.stories} stories found)${as === 'jsonl' ? ` in JSON Lines exports of ${EXPORT_RECORDS}` : as === 'html' ? ' as web pages' : ''}, ${(m.bytes / 1e6).toFixed(1)} MB, ${m.claims} claims, ${m.findings} findings, --jobs ${jobs}${oneCore ? ', pinned to one core' : ''}`,
    `  stage          ms     MB/s  articles/s   cpu ms`,
  ];
  const row = (name: string, ms: number, cpu: number): string =>
    `  ${name.padEnd(9)} ${Math.round(ms).toString().padStart(7)}  ${mbs(m.bytes, ms)}  ${per(m.articles, ms)}  ${Math.round(cpu).toString().padStart(7)}`;
  lines.push(row('read', m.readMs, m.readMs));
  lines.push(row('regex', m.regexMs, m.regexCpuMs));
  for (const [k, v] of Object.entries(m.stages)) lines.push(row(k, v, m.cpu[k] ?? 0));
  const total = Object.values(m.stages).reduce((a, b) => a + b, 0);
  const totalCpu = Object.values(m.cpu).reduce((a, b) => a + b, 0);
  lines.push(row('total', total, totalCpu));
  const limit = (2 * m.bytes) / 1e6 + 150;
  // the issue's target: end to end at least 1/20 of the regex pass over text
  const wanted = (m.bytes / 1e6 / (m.regexMs / 1000) / 20).toFixed(2);
  lines.push(`  end to end: 1/${(total / m.regexMs).toFixed(1)} of the regex pass (target 1/20: ${wanted} MB/s); 1/${(total / (m.readMs + m.regexMs)).toFixed(1)} of reading and the regex pass`);
  lines.push(`  peak RSS ${(m.peakRss / 1e6).toFixed(0)} MB (target < ${limit.toFixed(0)} MB)`);
  // CPU time is what the run cost whatever else shared the cores; with --jobs it counts every thread
  lines.push(`  in CPU time: 1/${(totalCpu / m.regexCpuMs).toFixed(1)} of the regex pass's`);
  return lines.join('\n');
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  if (o.one !== undefined) {
    process.stdout.write(JSON.stringify(measure(corpusDir(o.one, o), o.jobs)));
    return;
  }
  if (o.regex !== undefined) {
    process.stdout.write(JSON.stringify(measureRegex(corpusDir(o.regex, o))));
    return;
  }
  const results: Measurement[] = [];
  // each in a fresh process: the yardstick, then crosscheck
  const child = (what: '--regex' | '--one', size: number): unknown => {
    const args = [__filename, what, String(size), '--sources', String(o.sources), '--jobs', String(o.jobs), '--seed', String(o.seed), '--as', o.as];
    const [cmd, argv] = o.oneCore ? ['taskset', ['-c', '0', process.execPath, ...args]] : [process.execPath, args];
    const run = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] });
    if (run.error) throw new Error(`cannot run ${cmd}: ${run.error.message}${o.oneCore ? ' (--one-core needs taskset, from util-linux)' : ''}`);
    if (run.status !== 0) throw new Error(`benchmark of ${size} articles failed (exit ${run.status})`);
    return JSON.parse(run.stdout);
  };
  for (const size of o.sizes) {
    corpusDir(size, o);
    const yardstick = child('--regex', size) as Pick<Measurement, 'readMs' | 'regexMs' | 'regexCpuMs'>;
    const m = { ...(child('--one', size) as Measurement), ...yardstick };
    results.push(m);
    process.stdout.write(`${print(m, o.jobs, o.oneCore, o.as)}\n\n`);
  }
  // growth: each size's time against the previous one's
  for (let i = 1; i < results.length; i++) {
    const [a, b] = [results[i - 1], results[i]];
    const t = (m: Measurement): number => Object.values(m.stages).reduce((x, y) => x + y, 0);
    process.stdout.write(`growth ${a.articles} → ${b.articles} articles (×${(b.articles / a.articles).toFixed(1)}): time ×${(t(b) / t(a)).toFixed(2)}, regex ×${(b.regexMs / a.regexMs).toFixed(2)}\n`);
  }
}

runBenchmark('bench', main);
