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
import { extractClaims } from '../claims';
import { RULES_DIR } from '../rules/data';
import { readSources, type ReadOptions } from '../sources';
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

/** Parse and extract one file into an index row (undefined when it cannot be read or is not one article). */
function extractRow(file: RefFile, sha256: string, st: fs.Stats, opts: ReadOptions): IndexRow | undefined {
  const { sources } = readSources([file.shown], opts);
  // JSON exports hold many articles: they are extracted on each run, not indexed
  if (sources.length !== 1) return undefined;
  const s = sources[0];
  const claims = extractClaims(s, s.published);
  return {
    path: file.abs,
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

/** What {@link refresh} gives: the fresh rows of the files, by absolute path, and what it did. */
export interface Refreshed {
  rows: Map<string, FileStamp>;
  stats: RefreshStats;
  /** files that are not there (or cannot be looked at) */
  missing: Set<string>;
}

/** Bring the rows of `files` up to date (one transaction). */
export function refresh(index: ClaimIndex, files: readonly RefFile[], opts: ReadOptions): Refreshed {
  const known = new Map(index.stamps().map((r) => [r.path, r]));
  const rows = new Map<string, FileStamp>();
  const missing = new Set<string>();
  const stats: RefreshStats = { files: files.length, extracted: 0, unchanged: 0, failed: 0 };
  const fp = fingerprint();
  index.batch(() => {
    for (const f of files) {
      const st = f.stat === undefined ? statOf(f.abs) : (f.stat ?? undefined);
      const row = known.get(f.abs);
      if (!st) {
        missing.add(f.abs);
        stats.failed++;
        continue;
      }
      if (row && row.fingerprint === fp && row.size === st.size && row.mtimeMs === st.mtimeMs) {
        rows.set(f.abs, row);
        stats.unchanged++;
        continue;
      }
      const fresh = update(index, f, st, row, fp, opts);
      if (fresh) {
        rows.set(f.abs, fresh.row);
        stats[fresh.extracted ? 'extracted' : 'unchanged']++;
      } else {
        if (row) index.remove(f.abs);
        stats.failed++;
      }
    }
  });
  return { rows, stats, missing };
}

function statOf(abs: string): fs.Stats | undefined {
  try {
    return fs.statSync(abs, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** A file whose size or mtime moved: touched if its bytes hash as recorded, else extracted again (undefined: it cannot be). */
function update(index: ClaimIndex, f: RefFile, st: fs.Stats, row: FileStamp | undefined, fp: string, opts: ReadOptions): { row: FileStamp; extracted: boolean } | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(f.abs);
  } catch {
    return undefined;
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (row && row.fingerprint === fp && index.meta(f.abs)?.sha256 === sha256) {
    index.touch(f.abs, st.size, st.mtimeMs);
    return { row: { ...row, size: st.size, mtimeMs: st.mtimeMs }, extracted: false };
  }
  let fresh: IndexRow | undefined;
  try {
    fresh = extractRow(f, sha256, st, opts);
  } catch {
    fresh = undefined;
  }
  if (!fresh) return undefined;
  const id = index.put(fresh);
  return { row: { id, path: fresh.path, size: fresh.size, mtimeMs: fresh.mtimeMs, fingerprint: fresh.fingerprint }, extracted: true };
}
