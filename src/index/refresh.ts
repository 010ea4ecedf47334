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

function withoutClaims(row: IndexRow): Omit<IndexRow, 'claims'> {
  const meta: Partial<IndexRow> = { ...row };
  delete meta.claims;
  return meta as Omit<IndexRow, 'claims'>;
}

/** Bring the rows of `files` up to date; returns the fresh rows (without claims) by absolute path. */
export function refresh(index: ClaimIndex, files: readonly RefFile[], opts: ReadOptions): { rows: Map<string, Omit<IndexRow, 'claims'>>; stats: RefreshStats } {
  const known = new Map(index.list().map((r) => [r.path, r]));
  const rows = new Map<string, Omit<IndexRow, 'claims'>>();
  const stats: RefreshStats = { files: files.length, extracted: 0, unchanged: 0, failed: 0 };
  const fp = fingerprint();
  for (const f of files) {
    let st: fs.Stats;
    try {
      st = fs.statSync(f.abs);
    } catch {
      stats.failed++;
      continue;
    }
    const row = known.get(f.abs);
    if (row && row.fingerprint === fp && row.size === st.size && row.mtimeMs === st.mtimeMs) {
      rows.set(f.abs, row);
      stats.unchanged++;
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(f.abs);
    } catch {
      stats.failed++;
      continue;
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (row && row.fingerprint === fp && row.sha256 === sha256) {
      index.touch(f.abs, st.size, st.mtimeMs);
      rows.set(f.abs, { ...row, size: st.size, mtimeMs: st.mtimeMs });
      stats.unchanged++;
      continue;
    }
    let fresh: IndexRow | undefined;
    try {
      fresh = extractRow(f, sha256, st, opts);
    } catch {
      fresh = undefined;
    }
    if (!fresh) {
      if (row) index.remove(f.abs);
      stats.failed++;
      continue;
    }
    index.put(fresh);
    rows.set(f.abs, withoutClaims(fresh));
    stats.extracted++;
  }
  return { rows, stats };
}
