/**
 * Bringing the index up to date for a set of reference files, git-style: a
 * file whose size and mtime are as recorded is not read; one whose bytes
 * hash as recorded is only touched; anything else is parsed and its claims
 * extracted again. Rows extracted by another build of crosscheck (another
 * fingerprint) are stale.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ARTICLES_AT_ONCE, extractEach } from '../claims';
import { RULES_DIR } from '../rules/data';
import { readSources, type ReadOptions } from '../sources';
import type { Claim, Source } from '../types';
import type { ClaimIndex, IndexRow } from './db';
import type { FileStamp } from './stamps';
import { distinctiveTerms } from './terms';

/** What a refresh did. */
export interface RefreshStats {
  files: number;
  extracted: number;
  unchanged: number;
  /** could not be read or parsed (left out of the index; the run reports them when it reads them) */
  failed: number;
}

/** A reference file: its absolute path and the path as shown. */
export interface RefFile {
  abs: string;
  shown: string;
  /** its size and mtime, when looked at already (null: it is not there) */
  stat?: fs.Stats | null;
}

/** `files` with their size and mtime looked at (as a refresh would, but before the index is open). */
export function withStats(files: readonly RefFile[]): RefFile[] {
  return files.map((f) => ({ ...f, stat: statOf(f.abs) ?? null }));
}

let fingerprintCache: string | undefined;

/**
 * What claims depend on besides the article: crosscheck's version, the data
 * files the extractors read, and the compiled extractors and parsers
 * themselves, so that a changed build or edited data re-extracts everything.
 */
export function fingerprint(): string {
  if (fingerprintCache) return fingerprintCache;
  const h = createHash('sha256');
  const stamp = (dir: string, re: RegExp): void => {
    let names: string[];
    try {
      names = fs.readdirSync(dir).filter((n) => re.test(n)).sort();
    } catch {
      return;
    }
    // contents, not mtimes: a rebuild that changes nothing keeps the index
    for (const n of names) h.update(n).update(fs.readFileSync(path.join(dir, n)));
  };
  try {
    h.update(String((JSON.parse(fs.readFileSync(path.join(RULES_DIR, '..', 'package.json'), 'utf8')) as { version?: string }).version));
  } catch {
    h.update('?');
  }
  stamp(path.join(RULES_DIR, 'data'), /\.json$/);
  stamp(path.join(__dirname, '..', 'claims'), /\.[jt]s$/);
  stamp(path.join(__dirname, '..', 'sources'), /\.[jt]s$/);
  fingerprintCache = h.digest('hex').slice(0, 16);
  return fingerprintCache;
}

/** One article parsed for its index row, its claims still to be extracted. */
interface Parsed {
  /** the file's absolute path */
  path: string;
  source: Source;
  sha256: string;
  st: fs.Stats;
}

/** Parse one file for its index row (undefined when it cannot be read or is not one article). */
function parseRow(file: RefFile, sha256: string, st: fs.Stats, opts: ReadOptions): Parsed | undefined {
  // the run was told how many files it reads (refresh), not once per file
  const { sources } = readSources([file.shown], { ...opts, onFiles: undefined });
  // JSON exports hold many articles: they are extracted on each run, not indexed
  if (sources.length !== 1) return undefined;
  return { path: file.abs, source: sources[0], sha256, st };
}

/** The index row of a parsed article and its claims. */
function rowOf({ path, source: s, sha256, st }: Parsed, claims: readonly Claim[]): IndexRow {
  return {
    path,
    sha256,
    size: st.size,
    mtimeMs: st.mtimeMs,
    fingerprint: fingerprint(),
    published: s.published ?? '',
    format: s.format,
    sourceId: s.id,
    claims: JSON.stringify(claims),
    terms: JSON.stringify(distinctiveTerms(s)),
  };
}

/**
 * The claims of parsed articles, extracted together (see story.ts); where
 * that fails, each on its own, and undefined for one that fails alone.
 */
function claimsOfEach(parsed: readonly Parsed[]): Array<Claim[] | undefined> {
  const sources = parsed.map((p) => p.source);
  try {
    return extractEach(sources, sources.map((s) => s.published));
  } catch {
    return sources.map((s) => {
      try {
        return extractEach([s], [s.published])[0];
      } catch {
        return undefined;
      }
    });
  }
}

/** What {@link refresh} gives: the fresh rows of the files, by absolute path, and what it did. */
export interface Refreshed {
  rows: Map<string, FileStamp>;
  stats: RefreshStats;
  /** files that are not there (or cannot be looked at) */
  missing: Set<string>;
}

/** What {@link refresh} does with one file, worked out before any of its batch is written. */
type Step =
  | { kind: 'missing' }
  | { kind: 'unchanged'; row: FileStamp }
  | { kind: 'touch'; row: FileStamp; st: fs.Stats }
  | { kind: 'extract'; parsed: Parsed; row?: FileStamp; fresh?: IndexRow }
  | { kind: 'failed'; row?: FileStamp };

/** Bring the rows of `files` up to date (one transaction). Files are taken {@link ARTICLES_AT_ONCE} at a time, their changed articles extracted together. */
export function refresh(index: ClaimIndex, files: readonly RefFile[], opts: ReadOptions): Refreshed {
  const known = new Map(index.stamps().map((r) => [r.path, r]));
  const rows = new Map<string, FileStamp>();
  const missing = new Set<string>();
  const stats: RefreshStats = { files: files.length, extracted: 0, unchanged: 0, failed: 0 };
  const fp = fingerprint();
  // each file's size and mtime (looked at now, unless given), and how many files will be read: the others are as
  // their rows record them, and thousands to read make a long run
  const looked = files.map((f) => (f.stat === undefined ? (statOf(f.abs) ?? null) : f.stat));
  opts.onFiles?.(looked.filter((st, i) => st !== null && !sameStamp(known.get(files[i].abs), st, fp)).length, 1);
  index.batch(() => {
    for (let from = 0; from < files.length; from += ARTICLES_AT_ONCE) {
      const some = files.slice(from, from + ARTICLES_AT_ONCE);
      const steps = some.map((f, k) => stepOf(index, f, looked[from + k], known.get(f.abs), fp, opts));
      const toExtract = steps.filter((x): x is Extract<Step, { kind: 'extract' }> => x.kind === 'extract');
      const claims = claimsOfEach(toExtract.map((x) => x.parsed));
      toExtract.forEach((x, i) => {
        const c = claims[i];
        if (c) x.fresh = rowOf(x.parsed, c);
      });
      // written in file order, as one file at a time would write them
      some.forEach((f, i) => {
        const step = steps[i];
        if (step.kind === 'missing') {
          missing.add(f.abs);
          stats.failed++;
        } else if (step.kind === 'unchanged') {
          rows.set(f.abs, step.row);
          stats.unchanged++;
        } else if (step.kind === 'touch') {
          index.touch(f.abs, step.st.size, step.st.mtimeMs);
          rows.set(f.abs, { ...step.row, size: step.st.size, mtimeMs: step.st.mtimeMs });
          stats.unchanged++;
        } else if (step.kind === 'extract' && step.fresh) {
          const fresh = step.fresh;
          const id = index.put(fresh);
          rows.set(f.abs, { id, path: fresh.path, size: fresh.size, mtimeMs: fresh.mtimeMs, fingerprint: fresh.fingerprint });
          stats.extracted++;
        } else {
          if (step.row) index.remove(f.abs);
          stats.failed++;
        }
      });
    }
  });
  return { rows, stats, missing };
}

/**
 * What to do with one file: as recorded (its size and mtime unmoved), only
 * touched (its bytes hash as recorded), or parsed to be extracted again.
 */
function stepOf(index: ClaimIndex, f: RefFile, st: fs.Stats | null, row: FileStamp | undefined, fp: string, opts: ReadOptions): Step {
  if (!st) return { kind: 'missing' };
  if (row && sameStamp(row, st, fp)) return { kind: 'unchanged', row };
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(f.abs);
  } catch {
    return { kind: 'failed', row };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (row && row.fingerprint === fp && index.meta(f.abs)?.sha256 === sha256) return { kind: 'touch', row, st };
  let parsed: Parsed | undefined;
  try {
    parsed = parseRow(f, sha256, st, opts);
  } catch {
    parsed = undefined;
  }
  return parsed ? { kind: 'extract', parsed, row } : { kind: 'failed', row };
}

/** Is a file of size and mtime `st` as its row records it, extracted by this build (`fp`)? */
function sameStamp(row: FileStamp | undefined, st: fs.Stats, fp: string): boolean {
  return row !== undefined && row.fingerprint === fp && row.size === st.size && row.mtimeMs === st.mtimeMs;
}

function statOf(abs: string): fs.Stats | undefined {
  try {
    return fs.statSync(abs, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}
