/**
 * The claim index's storage: an embedded SQLite database (sql.js, SQLite
 * compiled to WebAssembly: no native build) kept in one file, by default
 * `.crosscheck/index.sqlite`. One row per reference file: where it is, what
 * its content hashes to, when it was last seen (size and mtime, so unchanged
 * files are not even read), the claims extracted from it and its most
 * distinctive terms (to find the references a draft may share a story with).
 * sql.js is loaded only by the commands that use the index.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Database } from 'sql.js';
import { CrosscheckError } from '../errors';

/** Where the index lives unless `--db` / `--index FILE` says otherwise. */
export const DEFAULT_INDEX = path.join('.crosscheck', 'index.sqlite');

/** Bump when the stored shape changes: an index of another version is rebuilt. */
const SCHEMA_VERSION = 1;

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

const COLUMNS = ['path', 'sha256', 'size', 'mtimeMs', 'fingerprint', 'published', 'format', 'sourceId', 'claims', 'terms'] as const;

/** An open index: rows in memory (SQLite in WebAssembly), written back by {@link ClaimIndex.save}. */
export class ClaimIndex {
  private dirty = false;
  /** {@link list}'s answer, until a write */
  private rows: Array<Omit<IndexRow, 'claims'>> | undefined;

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
    try {
      db = new SQL.Database(bytes);
      db.exec('SELECT count(*) FROM sqlite_master');
    } catch {
      throw new CrosscheckError('input', 'is not a crosscheck claim index (not an SQLite database); delete it to rebuild', shown);
    }
    const version = (db.exec('PRAGMA user_version')[0]?.values[0]?.[0] as number | undefined) ?? 0;
    if (version !== SCHEMA_VERSION) {
      db.exec('DROP TABLE IF EXISTS files');
      db.exec(`CREATE TABLE files (path TEXT PRIMARY KEY, sha256 TEXT NOT NULL, size INTEGER NOT NULL, mtimeMs REAL NOT NULL, fingerprint TEXT NOT NULL,
        published TEXT NOT NULL, format TEXT NOT NULL, sourceId TEXT NOT NULL, claims TEXT NOT NULL, terms TEXT NOT NULL)`);
      db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
    }
    const index = new ClaimIndex(db, file);
    index.dirty = version !== SCHEMA_VERSION;
    return index;
  }

  /** Every row, without the claims (cheap: for freshness checks and term lookup). */
  list(): Array<Omit<IndexRow, 'claims'>> {
    if (this.rows) return this.rows;
    // one bulk query: stepping row by row through the WebAssembly boundary costs ten times more
    const columns = COLUMNS.filter((c) => c !== 'claims');
    const values = this.db.exec(`SELECT ${columns.join(', ')} FROM files`)[0]?.values ?? [];
    this.rows = values.map((v) => Object.fromEntries(columns.map((c, i) => [c, v[i]])) as unknown as Omit<IndexRow, 'claims'>);
    return this.rows;
  }

  /** The row of `absPath`, claims included. */
  get(absPath: string): IndexRow | undefined {
    const st = this.db.prepare(`SELECT ${COLUMNS.join(', ')} FROM files WHERE path = ?`, [absPath]);
    const row = st.step() ? (st.getAsObject() as unknown as IndexRow) : undefined;
    st.free();
    return row;
  }

  put(row: IndexRow): void {
    this.db.run(`INSERT OR REPLACE INTO files (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`, COLUMNS.map((c) => row[c]));
    this.dirty = true;
    this.rows = undefined;
  }

  /** Record that an unchanged file was touched (same content, new size/mtime). */
  touch(absPath: string, size: number, mtimeMs: number): void {
    this.db.run('UPDATE files SET size = ?, mtimeMs = ? WHERE path = ?', [size, mtimeMs, absPath]);
    this.dirty = true;
    this.rows = undefined;
  }

  remove(absPath: string): void {
    this.db.run('DELETE FROM files WHERE path = ?', [absPath]);
    this.dirty = true;
    this.rows = undefined;
  }

  /** Write the index back (atomically: a temporary file renamed over it), if anything changed. */
  save(): void {
    if (!this.dirty) return;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, this.db.export());
    fs.renameSync(tmp, this.file);
    this.dirty = false;
  }

  close(): void {
    this.db.close();
  }
}
