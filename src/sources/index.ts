/**
 * The sources stage: files, folders and globs in, parsed {@link Source}s out.
 * Input problems (missing, unreadable, binary or empty files) are returned
 * beside the sources so one bad file does not stop the run.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CrosscheckError } from '../errors';
import type { Source, SourceParser } from '../types';
import { findFullDates, isIsoDay } from './dates';
import { detectParser, parserByName, PARSERS } from './detect';
import { expandInputs, type FoundFile } from './files';
import type { FieldMap } from './json-fields';
import { isMultiParser, jsonlParser, jsonParser } from './json';
import { isStdin, STDIN, stdinNames } from './stdin';
import { readRange, readText } from './read-file';
import { addByteRanges, isRecordMemo, recordAgain, type RecordMemo } from './json-again';
import { SharedText } from './shared-text';
import { heldAs, memoOf, pack, storeTexts, unpack, withMemo, type Packed, type Reparse } from './stored';

export { detectParser, parserByName, formatNames, PARSERS } from './detect';
export { decode, MAX_FILE_BYTES, utf16WithoutBom } from './read-file';

/** Options of {@link readSources}. */
export interface ReadOptions {
  /** force a format (`markdown`, `dateline`, …) */
  format?: string;
  /** ISO day used as the published date of sources that state none */
  published?: string;
  /** folder relative paths are resolved against (default: the process's) */
  cwd?: string;
  /** JSON record field names (`--field-map`) */
  fieldMap?: FieldMap;
  /** how standard input (`-`) is shown (`--stdin-name`; default `<stdin>`) */
  stdinName?: string;
  /** reads standard input (tests give their own) */
  stdin?: () => Buffer;
  /**
   * the parsed form of an article read from a file of its own may be let go
   * (`release` in stored.ts) and is then parsed again when read
   */
  reparsable?: boolean;
  /**
   * with `reparsable`: a JSON export's text may be let go too, once its
   * records' words are counted, and read again for their stories
   * (shared-text.ts); not for an export on standard input or a pipe
   */
  exportTextsGo?: boolean;
  /** each source as soon as it is read, in order (the pipeline takes its words for story grouping) */
  each?(source: Source): void;
  /**
   * called once the files are found, before any is read, with their count
   * (and 1: they are read on this thread); and again after each file that
   * holds several articles (a JSON export), with the articles read so far and
   * the files still to read (before its records are read too when it is
   * large, with a guess from its size)
   */
  onFiles?(files: number, threads: number): void;
}

/** `o` without its undefined fields, as a new object (deleting them would leave every source in slow dictionary mode). */
function drop<T extends object>(o: T): T {
  const out = {} as T;
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

/** Parse decoded `raw` as a source (format detected unless given; `detected`: the parser already chosen for `raw`). */
export function parseSource(raw: string, file: string, id: string, format?: string, detected?: SourceParser, memo?: unknown): Source {
  const text = raw.replace(/^\uFEFF/, '');
  // old Mac line ends (a lone CR) read as LF: same length, so every offset still points into the file
  const view = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  const parser = detected && view === raw ? detected : detectParser(view, file, format);
  const { memo: made, ...parsed } = parser.parse(view, memo);
  // kept out of sight (not a field of the source): renewal hands it to the parse of this text again
  return withMemo(drop({ ...parsed, id, path: file, raw: text }), made);
}

/**
 * Fill a missing published date: from `option` (`--published`), else from the
 * latest full date written in the article's prose ("On August 27, 2025").
 */
export function fillPublished(source: Source, option?: string): Source {
  if (source.published) return source;
  if (option) return Object.assign(source, { published: option, publishedFrom: 'option' as const });
  let latest: string | undefined;
  for (const s of source.sections) {
    if (s.kind === 'boilerplate') continue;
    for (const d of findFullDates(source.text.slice(s.start, s.end))) if (!latest || d.iso > latest) latest = d.iso;
  }
  return latest ? Object.assign(source, { published: latest, publishedFrom: 'inferred' as const }) : source;
}

/** Ids from file names without extension, made unique with `-2`, `-3`, … in path order. */
export function sourceIds(shown: readonly string[]): string[] {
  const used = new Set<string>();
  // the next number to try for a name: every lower one is taken (thousands of folders may each hold a src00.md)
  const next = new Map<string, number>();
  return shown.map((p) => {
    const base = path.basename(p, path.extname(p)) || path.basename(p);
    let id = base;
    if (used.has(id)) {
      let n = next.get(base) ?? 2;
      while (used.has(`${base}-${n}`)) n++;
      id = `${base}-${n}`;
      next.set(base, n + 1);
    }
    used.add(id);
    return id;
  });
}

/** Sources of one file: one, or one per record of a JSON/JSONL export (`<id>#<record>`), bad records added to `problems`. */
function parseFile(raw: string, f: FoundFile, id: string, opts: ReadOptions, problems: CrosscheckError[]): Source[] {
  const parser = detectParser(raw, f.shown, opts.format);
  if (!isMultiParser(parser)) return [parseSource(raw, f.shown, id, opts.format, parser)];
  // before the records are read (a big export is a long run from its start): as many as its size holds articles of a few kilobytes
  if (raw.length > EXPORT_GUESS_FROM) opts.onFiles?.(Math.round(raw.length / RECORD_GUESS_CHARS), 1);
  const out = parser.parseAll(raw, { fieldMap: opts.fieldMap });
  // a folder of articles may hold other JSON (settings, data); only a file the user named must be articles
  if (out.noArticles && f.found && !opts.format) return [];
  for (const p of out.problems) problems.push(new CrosscheckError('input', p, f.shown));
  return out.records.map((r) => withMemo(drop({ ...r.source, id: `${id}#${r.key}`, path: f.shown, raw }), r.memo));
}

/** An export larger than this (characters) is guessed to hold {@link RECORD_GUESS_CHARS} characters an article before it is read. */
const EXPORT_GUESS_FROM = 1 << 20;
const RECORD_GUESS_CHARS = 2500;

/** Extensions of files that may hold many articles (JSON and JSON Lines exports). */
const EXPORT_EXTENSIONS: readonly string[] = [...jsonParser.extensions, ...jsonlParser.extensions];

/**
 * About how many articles `files` hold, before any is read: one a file, and
 * for a JSON or JSON Lines export (by its extension, or every file when
 * `format` says so) one per {@link RECORD_GUESS_CHARS} bytes of its size.
 */
export function guessArticles(files: readonly FoundFile[], format?: string): number {
  const allExports = format === jsonParser.name || format === jsonlParser.name;
  let n = 0;
  for (const f of files) {
    if (f.abs === STDIN || !(allExports || (format === undefined && EXPORT_EXTENSIONS.includes(path.extname(f.abs).toLowerCase())))) {
      n++;
      continue;
    }
    let size = 0;
    try {
      size = fs.statSync(f.abs).size;
    } catch {
      // told when it is read
    }
    n += Math.max(1, Math.round(size / RECORD_GUESS_CHARS));
  }
  return n;
}

/** Why a parser threw, in words a user can act on (a stack overflow means markup nested too deeply). */
function parseFailure(e: unknown): string {
  if (e instanceof RangeError && /call stack/i.test(e.message)) return 'markup nested too deeply';
  return e instanceof Error ? e.message : String(e);
}

/** How a source read from a file may give its texts back once let go (see stored.ts). */
export interface Renewal {
  reparse?: Reparse;
  reread?: () => string;
}

/**
 * How each of the sources parsed from file `f` may give its texts back once
 * let go (see stored.ts), when the reader is asked for that (`reparsable`):
 * an article with a file of its own is parsed again alone, as it was parsed
 * first, taking what its first parse left for it (an HTML page: which
 * elements are its article, see html.ts), and read from its file again
 * unless it came on standard input or a pipe. A record of an export is
 * parsed again from its own range of the export's text (json-again.ts),
 * which is held for all of them (shared-text.ts: or read again). `id`: the
 * id the file's source was given; `memos`: what
 * their first parses left, when they came from another thread.
 */
export function renewal(
  f: FoundFile,
  id: string,
  parsed: ReadonlyArray<Pick<Source, 'id' | 'format'>>,
  reparsable: boolean | undefined,
  stdin?: () => Buffer,
  memos: readonly unknown[] = parsed.map(memoOf),
): Renewal[] {
  if (!reparsable) return parsed.map(() => ({}));
  if (parsed.length === 1 && !isRecordMemo(memos[0])) {
    // standard input and a pipe cannot be read again: their file text stays
    return [{ reparse: reparser(f.shown, id, parsed[0].format, memos[0]), reread: f.abs === STDIN || f.once ? undefined : () => readText(f.abs, f.shown, stdin) }];
  }
  return parsed.map((s, i) => (isRecordMemo(memos[i]) ? { reparse: reparser(f.shown, s.id, s.format, memos[i]) } : {}));
}

/**
 * Parses a source's file text again, as it was parsed first (`format`: the
 * format it was found to be in; `memo`: what that parse left for this one,
 * which for a record of an export says where it is).
 */
export function reparser(shown: string, id: string, format: string, memo?: unknown): Reparse {
  if (isRecordMemo(memo)) return (raw, share) => recordAgain(raw, memo, format, share);
  const parser = PARSERS.find((p) => p.name === format);
  return (raw) => {
    const s = parseSource(unpack(raw()), shown, id, format, parser, memo);
    return { text: s.text, map: s.map, sections: s.sections };
  };
}

/** The text a file's sources share, as it is kept (`own`: in memory of its own, to be let go alone), with its records' ranges told in its bytes when it is kept as bytes. */
function packShared(parsed: readonly Source[], records: boolean, own: boolean): Packed {
  const packed = pack(parsed[0].raw, own);
  if (records && typeof packed !== 'string') addByteRanges(parsed.map(memoOf) as RecordMemo[], parsed[0].raw);
  return packed;
}

/**
 * The text of export `f` shared by its records (what their first parses
 * left: `memos`), kept as `packed` (`raw` decoded), which may be let go and
 * read again. When the file's bytes are that text (UTF-8, after a
 * byte-order mark or not, or ASCII kept as a string), it is read again as
 * bytes, and a record alone from its range of them. Made in a function of its own: a closure made
 * where the file's texts are in scope would keep them alive.
 */
export function sharedText(f: FoundFile, raw: string, memos: readonly unknown[], packed: Packed): SharedText {
  let size = -1;
  try {
    size = fs.statSync(f.abs).size;
  } catch {
    // gone already: told when it is read again
  }
  const bytes = Buffer.byteLength(raw, 'utf8');
  // after a byte-order mark, UTF-8 is decoded leniently: a text holding a replaced byte is not the file's bytes
  const skip = bytes + UTF8_BOM.length === size && !raw.includes('\uFFFD') && startsWithBom(f, size) ? UTF8_BOM.length : 0;
  const same = bytes + skip === size && (typeof packed !== 'string' || raw.length + skip === size);
  // a text kept as a string whose file's bytes it is, is ASCII: its records' ranges in bytes are their ranges in characters
  if (same && typeof packed === 'string') for (const m of memos as RecordMemo[]) m.bytes = [m.start, m.end];
  return new SharedText(packed, memos.length, { abs: f.abs, shown: f.shown, held: heldAs(packed), size: same ? size : undefined, skip: same && skip > 0 ? skip : undefined });
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Does file `f` (of `size` bytes) start with a UTF-8 byte-order mark? */
function startsWithBom(f: FoundFile, size: number): boolean {
  try {
    return readRange(f.abs, f.shown, size, 0, UTF8_BOM.length).equals(UTF8_BOM);
  } catch {
    // changed or gone already: told when it is read again
    return false;
  }
}

/** May the text of export `f` be let go and read again (not from standard input or a pipe, which are read once)? */
export function exportTextMayGo(f: FoundFile, opts: Pick<ReadOptions, 'reparsable' | 'exportTextsGo'>): boolean {
  return Boolean(opts.reparsable && opts.exportTextsGo) && f.abs !== STDIN && !f.once;
}

/** Read, detect and parse every article file `paths` name (`-` is standard input). */
export function readSources(paths: string[], opts: ReadOptions = {}): { sources: Source[]; problems: CrosscheckError[] } {
  if (opts.published !== undefined && !isIsoDay(opts.published)) {
    throw new CrosscheckError('usage', `--published must be a date as YYYY-MM-DD, not "${opts.published}"`);
  }
  if (opts.format) parserByName(opts.format); // an unknown format is a usage error even with no files
  const { files, problems } = expandInputs(paths.filter((p) => !isStdin(p)), opts.cwd ?? process.cwd());
  const std = stdinNames(opts.stdinName);
  if (paths.some(isStdin)) files.push({ abs: STDIN, shown: std.shown });
  opts.onFiles?.(files.length, 1);
  const sources: Source[] = [];
  const names = sourceIds(files.map((f) => (f.abs === STDIN ? std.id : f.shown)));
  files.forEach((f, i) => {
    try {
      const raw = readText(f.abs, f.shown, opts.stdin);
      const parsed = parseFile(raw, f, names[i], opts, problems);
      // an export's records are articles: told as soon as they are known (a run of thousands is long, whatever its file count)
      if (parsed.length > 1) opts.onFiles?.(sources.length + parsed.length + files.length - i - 1, 1);
      const renew = renewal(f, names[i], parsed, opts.reparsable, opts.stdin);
      // the records of one file share its text: packed once (in memory of its own when it may be let go)
      const records = parsed.length > 0 && isRecordMemo(memoOf(parsed[0]));
      const exported = records && exportTextMayGo(f, opts);
      const packed = parsed.length > 0 ? packShared(parsed, records, exported || renew[0].reread !== undefined) : '';
      const share = exported ? sharedText(f, parsed[0].raw, parsed.map(memoOf), packed) : undefined;
      parsed.forEach((source, k) => {
        const stored = storeTexts(fillPublished(source, opts.published), packed, renew[k].reparse, renew[k].reread, share);
        sources.push(stored);
        opts.each?.(stored);
      });
    } catch (e) {
      if (e instanceof CrosscheckError && e.code === 'usage') throw e;
      problems.push(e instanceof CrosscheckError ? e : new CrosscheckError('input', `cannot be parsed: ${parseFailure(e)}`, f.shown));
    }
  });
  return { sources, problems };
}
