/**
 * Reading and extraction in parallel (`--jobs N`). Each file's parse and
 * claims are independent of every other file's, so files are shared out
 * between this thread and worker threads (`--jobs 2`: this one and one
 * worker); alignment and rules, which compare sources, stay on this thread.
 * The result is the same as the sequential path's: same sources, ids, claims
 * and problems, in the same order.
 */
import * as os from 'node:os';
import { extractClaims } from '../claims';
import { CrosscheckError, type ErrorCode } from '../errors';
import { readSources, sourceIds, type ReadOptions } from '../sources';
import { expandInputs } from '../sources/files';
import { STDIN } from '../sources/stdin';
import type { Claim, Source } from '../types';
import type { FileResult, FileTask } from './protocol';
import { fromWire } from './transfer';

/** Sources, claims and input problems of a run. */
export interface ReadResult {
  sources: Source[];
  claims: Claim[];
  problems: CrosscheckError[];
}

/** Files per batch handed to a worker: small enough to balance, big enough that messaging costs little. */
const BATCH = 16;
/** Fewer files than this per extra thread are read on the main thread: starting a worker costs more. */
const MIN_FILES_PER_THREAD = 48;

/** The thread count `--jobs` asks for: 0 means one per core; anything else at least 1. */
export function resolveJobs(jobs: number | undefined): number {
  if (jobs === undefined) return 1;
  if (!Number.isInteger(jobs) || jobs < 0) throw new CrosscheckError('usage', `--jobs must be a whole number of 0 or more, not "${jobs}"`);
  return jobs === 0 ? (os.availableParallelism?.() ?? os.cpus().length) : jobs;
}

function sequential(paths: readonly string[], opts: ReadOptions, onProgress?: (done: number, total: number) => void): ReadResult {
  const { sources, problems } = readSources([...paths], opts);
  const claims = sources.flatMap((s, i) => {
    const found = extractClaims(s, s.published);
    onProgress?.(i + 1, sources.length);
    return found;
  });
  return { sources, claims, problems };
}

/**
 * Read `paths` and extract every source's claims on `jobs` threads (1: on
 * this thread). Standard input and small inputs are read on this thread.
 */
export function readAndExtract(paths: readonly string[], opts: ReadOptions, jobs = 1, onProgress?: (done: number, total: number) => void): ReadResult {
  if (jobs <= 1 || paths.includes(STDIN)) return sequential(paths, opts, onProgress);
  readSources([], opts); // usage errors (a bad --published or format) before any thread starts
  const cwd = opts.cwd ?? process.cwd();
  const { files, problems } = expandInputs(paths, cwd);
  const threads = Math.min(jobs, Math.floor(files.length / MIN_FILES_PER_THREAD));
  if (threads < 2) return sequential(paths, opts, onProgress);
  // the ids a one-thread run gives, in path order
  const ids = sourceIds(files.map((f) => f.shown));
  const tasks: FileTask[] = files.map((f, i) => ({ shown: f.shown, id: ids[i] }));
  // worker threads are loaded only by a run that starts some (node:worker_threads costs every start ~3 ms)
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { runPool } = require('./pool') as typeof import('./pool');
  const results: FileResult[] = runPool(tasks, { cwd, format: opts.format, published: opts.published, fieldMap: opts.fieldMap }, threads, BATCH, (done) => onProgress?.(done, files.length));
  const out: ReadResult = { sources: [], claims: [], problems };
  for (const r of results) {
    for (const s of r.sources) out.sources.push(fromWire(s));
    for (const c of r.claims) out.claims.push(c);
    for (const p of r.problems) out.problems.push(rebuildError(p));
  }
  return out;
}

function rebuildError(p: { code: string; message: string; file?: string }): CrosscheckError {
  const prefix = p.file ? `${p.file}: ` : '';
  const message = prefix && p.message.startsWith(prefix) ? p.message.slice(prefix.length) : p.message;
  return new CrosscheckError(p.code as ErrorCode, message, p.file);
}
