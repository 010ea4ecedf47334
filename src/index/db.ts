/**
 * The claim index's storage: an embedded SQLite database (sql.js, SQLite
 * compiled to WebAssembly: no native build) kept in one file, by default
 * `.crosscheck/index.sqlite`. sql.js reads the whole file into memory, so
 * the file is kept small and each question touches only what it needs:
 *
 * - `files`: one small row per reference file: where it is, what its content
 *   hashes to, when it was last seen (size and mtime, so unchanged files are
 *   not even read), what its claims were extracted under, its terms;
 * - `claims`: each file's claims, JSON compressed with deflate, read only for
 *   the references a lint uses;
 * - `postings`: term → file, the inverted index of the files' most
 *   distinctive terms, and `terms`: how many files each term is posted for,
 *   so that the references a draft may share a story with are found by a
 *   lookup, not by reading every file's terms;
 * - `stamps`: every file's freshness stamps in one row (JSON), written with
 *   the index, so that checking ten thousand files for changes costs one
 *   read, not ten thousand rows through WebAssembly.
 *
 * sql.js is loaded only by the commands that use the index.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Database, SqlValue, Statement } from 'sql.js';
import { CrosscheckError } from '../errors';
import type { TermLookup } from './select';
import { decodeStamps, encodeStamps, type FileStamp } from './stamps';

/** Where the index lives unless `--db` / `--index FILE` says otherwise. */
export const DEFAULT_INDEX = path.join('.crosscheck', 'index.sqlite');

/** Bump when the stored shape changes: an index of another version is rebuilt. */
const SCHEMA_VERSION = 2;

const SCHEMA = `
  CREATE TABLE files (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL, size INTEGER NOT NULL, mtimeMs REAL NOT NULL,
    fingerprint TEXT NOT NULL, published TEXT NOT NULL, format TEXT NOT NULL, sourceId TEXT NOT NULL, terms TEXT NOT NULL);
  CREATE TABLE claims (file INTEGER PRIMARY KEY, data BLOB NOT NULL);
  CREATE TABLE postings (term TEXT NOT NULL, file INTEGER NOT NULL, PRIMARY KEY (term, file)) WITHOUT ROWID;
  CREATE TABLE terms (term TEXT PRIMARY KEY, files INTEGER NOT NULL) WITHOUT ROWID;
  CREATE TABLE stamps (id INTEGER PRIMARY KEY CHECK (id = 1), list TEXT NOT NULL);`;

/** One indexed reference file. */
export interface IndexRow {
  /** absolute path */
  path: string;
  /** sha256 of the file's bytes */
  sha256: string;
  size: number;
  mtimeMs: number;
  /** what the claims were extracted under (tool version and data): stale when it differs */
  fingerprint: string;
  /** the source's published date and format the claims were resolved with */
  published: string;
  format: string;
  /** the source id the claims were stored under (`<id>#<n>` claim ids) */
  sourceId: string;
  /** JSON: the file's claims */
  claims: string;
  /** JSON array: the distinctive terms */
  terms: string;
}

/** A row as a lint takes a reference's claims from it (the claims themselves still compressed). */
export type StoredClaims = Pick<IndexRow, 'path' | 'published' | 'format' | 'sourceId'> & { data: Uint8Array };

const META = ['path', 'sha256', 'size', 'mtimeMs', 'fingerprint', 'published', 'format', 'sourceId', 'terms'] as const;

/** An open index: rows in memory (SQLite in WebAssembly), written back by {@link ClaimIndex.save}. */
export class ClaimIndex {
  private dirty = false;
  /** {@link stamps}' answer, until a write */
  private listed: FileStamp[] | undefined;
  /** statements prepared by {@link statement} (sql.js frees them all when the database is exported) */
  private readonly prepared = new Map<string, Statement>();

  private constructor(
    private readonly db: Database,
    readonly file: string,
  ) {}

  /** Open (or create) the index at `file` (`shown` in messages). */
  static async open(file: string, shown = file): Promise<ClaimIndex> {
    // loaded here, not at start-up: only `index` and `lint --index` pay for the WebAssembly module
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const initSqlJs = require('sql.js') as typeof import('sql.js');
    const SQL = await initSqlJs();
    let bytes: Buffer | undefined;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new CrosscheckError('input', `cannot read the claim index (${(e as NodeJS.ErrnoException).code})`, shown);
    }
    let db: Database;
    let version: number;
    try {
      db = new SQL.Database(bytes);
      version = (db.exec('PRAGMA user_version')[0]?.values[0]?.[0] as number | undefined) ?? 0;
    } catch {
      throw new CrosscheckError('input', 'is not a crosscheck claim index (not an SQLite database); delete it to rebuild', shown);
    }
    if (version !== SCHEMA_VERSION) {
      // another shape (or a new file): start over in an empty database (dropping tables would not shrink the file)
      db.close();
      db = new SQL.Database();
      db.exec(SCHEMA);
      db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
    }
    const index = new ClaimIndex(db, file);
    index.dirty = version !== SCHEMA_VERSION;
    return index;
  }

  /** Every file's freshness stamps, in id order. */
  stamps(): FileStamp[] {
    if (this.listed) return this.listed;
    // as saved, unless something changed since: then from the rows themselves
    const saved = this.dirty ? undefined : (this.one('SELECT list FROM stamps WHERE id = 1')?.[0] as string | undefined);
    const decoded = saved !== undefined ? decodeStamps(saved) : undefined;
    // no usable snapshot (the rows changed, or it is damaged): read the rows, and write a new one at save
    if (!decoded) this.dirty = true;
    this.listed = decoded ?? this.stampsOfRows();
    return this.listed;
  }

  /** The stamps read row by row (one bulk query: stepping through WebAssembly one row at a time costs far more). */
  private stampsOfRows(): FileStamp[] {
    const values = this.db.exec('SELECT id, path, size, mtimeMs, fingerprint FROM files ORDER BY id')[0]?.values ?? [];
    return values.map(([id, p, size, mtimeMs, fingerprint]) => ({ id: id as number, path: p as string, size: size as number, mtimeMs: mtimeMs as number, fingerprint: fingerprint as string }));
  }

  /** How many files the index holds. */
  count(): number {
    return (this.db.exec('SELECT count(*) FROM files')[0]?.values[0]?.[0] as number | undefined) ?? 0;
  }

  /** The row of `absPath` without its claims. */
  meta(absPath: string): Omit<IndexRow, 'claims'> | undefined {
    const row = this.one(`SELECT ${META.join(', ')} FROM files WHERE path = ?`, [absPath]);
    return row && (Object.fromEntries(META.map((c, i) => [c, row[i]])) as unknown as Omit<IndexRow, 'claims'>);
  }

  /** What a lint needs to take the claims of `absPath` from the index; {@link claimsOf} opens them. */
  storedClaims(absPath: string): StoredClaims | undefined {
    const row = this.one('SELECT f.path, f.published, f.format, f.sourceId, c.data FROM files f JOIN claims c ON c.file = f.id WHERE f.path = ?', [absPath]);
    return row && { path: row[0] as string, published: row[1] as string, format: row[2] as string, sourceId: row[3] as string, data: row[4] as Uint8Array };
  }

  /** The row of `absPath`, claims included (JSON, as stored before compression). */
  get(absPath: string): IndexRow | undefined {
    const meta = this.meta(absPath);
    const stored = meta && this.storedClaims(absPath);
    return meta && stored ? { ...meta, claims: claimsJson(stored) } : undefined;
  }

  /** Run `work` as one transaction (many writes at once cost far less so). */
  batch<T>(work: () => T): T {
    this.db.exec('BEGIN');
    try {
      const out = work();
      this.db.exec('COMMIT');
      return out;
    } catch (e) {
      this.db.exec('ROLLBACK');
      throw e;
    }
  }

  /** Store (or replace) the row of `row.path`: its claims compressed, its terms posted. Returns the row's id. */
  put(row: IndexRow): number {
    const known = this.one('SELECT id, terms FROM files WHERE path = ?', [row.path]);
    const meta = META.map((c) => row[c]);
    let id: number;
    if (known) {
      id = known[0] as number;
      this.unpost(id, known[1] as string);
      this.run(`UPDATE files SET ${META.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`, [...meta, id]);
    } else {
      this.run(`INSERT INTO files (${META.join(', ')}) VALUES (${META.map(() => '?').join(', ')})`, meta);
      id = this.one('SELECT last_insert_rowid()')?.[0] as number;
    }
    this.run('INSERT OR REPLACE INTO claims (file, data) VALUES (?, ?)', [id, deflateRawSync(row.claims)]);
    this.post(id, row.terms);
    this.changed();
    return id;
  }

  /** Record that an unchanged file was touched (same content, new size/mtime). */
  touch(absPath: string, size: number, mtimeMs: number): void {
    this.run('UPDATE files SET size = ?, mtimeMs = ? WHERE path = ?', [size, mtimeMs, absPath]);
    this.changed();
  }

  remove(absPath: string): void {
    const known = this.one('SELECT id, terms FROM files WHERE path = ?', [absPath]);
    if (!known) return;
    this.unpost(known[0] as number, known[1] as string);
    this.run('DELETE FROM claims WHERE file = ?', [known[0]]);
    this.run('DELETE FROM files WHERE id = ?', [known[0]]);
    this.changed();
  }

  /**
   * Term questions about the files numbered `ids` (row ids from {@link stamps}),
   * answered from the postings; the lookup numbers them by their place in `ids`.
   */
  termLookup(ids: readonly number[]): TermLookup {
    const place = new Map(ids.map((id, i) => [id, i]));
    // ids are distinct row ids: as many as the index holds means all of them (no need to say which)
    const whole = ids.length === this.count();
    let scoped = whole;
    const query = (sql: string, terms: readonly string[]): SqlValue[][] => {
      if (!terms.length) return [];
      if (!scoped) {
        // the files asked about, as a table the queries join (one statement: the ids go in as one JSON array)
        this.db.exec('CREATE TEMP TABLE IF NOT EXISTS scope (id INTEGER PRIMARY KEY); DELETE FROM scope');
        this.db.run('INSERT INTO scope (id) SELECT value FROM json_each(?)', [JSON.stringify(ids)]);
        scoped = true;
      }
      return this.db.exec(sql.replace('$TERMS', terms.map(() => '?').join(', ')), [...terms])[0]?.values ?? [];
    };
    const inScope = whole ? '' : 'JOIN temp.scope s ON s.id = p.file';
    return {
      size: ids.length,
      documentFrequency: (terms) =>
        new Map(
          query(whole ? 'SELECT term, files FROM terms WHERE term IN ($TERMS)' : `SELECT p.term, count(*) FROM postings p ${inScope} WHERE p.term IN ($TERMS) GROUP BY p.term`, terms).map(([t, n]) => [
            t as string,
            n as number,
          ]),
        ),
      sharedCounts: (terms) =>
        query(`SELECT p.file, count(*) FROM postings p ${inScope} WHERE p.term IN ($TERMS) GROUP BY p.file`, [...terms]).map(([id, n]): [number, number] => [place.get(id as number) as number, n as number]),
    };
  }

  /** Write the index back (atomically: a temporary file renamed over it), if anything changed. */
  save(): void {
    if (!this.dirty) return;
    this.db.run('INSERT OR REPLACE INTO stamps (id, list) VALUES (1, ?)', [encodeStamps(this.stampsOfRows())]);
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    const bytes = this.db.export();
    this.prepared.clear();
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, this.file);
    this.dirty = false;
  }

  close(): void {
    this.prepared.clear();
    this.db.close();
  }

  /** The first row `sql` gives, as values. */
  private one(sql: string, params: SqlValue[] = []): SqlValue[] | undefined {
    const st = this.statement(sql);
    try {
      st.bind(params);
      return st.step() ? st.get() : undefined;
    } finally {
      st.reset();
    }
  }

  /** Run a statement that returns no rows. */
  private run(sql: string, params: SqlValue[]): void {
    this.statement(sql).run(params);
  }

  /** `sql` prepared once (indexing ten thousand files runs the same few statements each time). */
  private statement(sql: string): Statement {
    let st = this.prepared.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.prepared.set(sql, st);
    }
    return st;
  }

  /** Post file `id` under each of `terms` (a JSON array), counting it in each term's number of files. */
  private post(id: number, terms: string): void {
    this.run('INSERT OR IGNORE INTO postings (term, file) SELECT DISTINCT value, ? FROM json_each(?)', [id, terms]);
    this.run('INSERT INTO terms (term, files) SELECT DISTINCT value, 1 FROM json_each(?) WHERE true ON CONFLICT (term) DO UPDATE SET files = files + 1', [terms]);
  }

  /** Undo {@link post}. */
  private unpost(id: number, terms: string): void {
    this.run('DELETE FROM postings WHERE file = ? AND term IN (SELECT value FROM json_each(?))', [id, terms]);
    this.run('UPDATE terms SET files = files - 1 WHERE term IN (SELECT value FROM json_each(?))', [terms]);
    this.run('DELETE FROM terms WHERE files <= 0 AND term IN (SELECT value FROM json_each(?))', [terms]);
  }

  private changed(): void {
    this.dirty = true;
    this.listed = undefined;
  }
}

/** The claims JSON of a stored row. */
export function claimsJson(stored: Pick<StoredClaims, 'data'>): string {
  return inflateRawSync(stored.data).toString('utf8');
}
