/**
 * The sources stage: files, folders and globs in, parsed {@link Source}s out.
 * Input problems (missing, unreadable, binary or empty files) are returned
 * beside the sources so one bad file does not stop the run.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CrosscheckError } from '../errors';
import type { Source } from '../types';
import { findFullDates, isIsoDay } from './dates';
import { detectParser, parserByName } from './detect';
import { expandInputs } from './files';

export { detectParser, parserByName, formatNames, PARSERS } from './detect';

/** Options of {@link readSources}. */
export interface ReadOptions {
  /** force a format (`markdown`, `dateline`, …) */
  format?: string;
  /** ISO day used as the published date of sources that state none */
  published?: string;
  /** folder relative paths are resolved against (default: the process's) */
  cwd?: string;
}

// Windows-1252's 0x80-0x9F (curly quotes, dashes, €); Node 20's decoder treats the label as Latin-1
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Bytes that are not UTF-8: most likely a Windows export. */
function windows1252(bytes: Buffer): string {
  const latin = bytes.toString('latin1');
  return latin.replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]);
}

/** Text of a file's bytes: UTF-8 (or UTF-16 with a BOM; Windows-1252 when not valid UTF-8), BOM removed. */
export function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = windows1252(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

function drop<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/** Parse decoded `raw` as a source (format detected unless given). */
export function parseSource(raw: string, file: string, id: string, format?: string): Source {
  const text = raw.replace(/^\uFEFF/, '');
  const parser = detectParser(text, file, format);
  return drop({ ...parser.parse(text), id, path: file, raw: text });
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

function read(abs: string, shown: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : (code ?? 'error');
    throw new CrosscheckError('input', `cannot read file (${why})`, shown);
  }
  if (bytes.includes(0) && !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new CrosscheckError('input', 'looks like a binary file (it holds NUL bytes), not an article', shown);
  }
  const raw = decode(bytes);
  if (raw.trim() === '') throw new CrosscheckError('input', 'file is empty', shown);
  return raw;
}

/** Ids from file names without extension, made unique with `-2`, `-3`, … in path order. */
function ids(shown: readonly string[]): string[] {
  const used = new Set<string>();
  return shown.map((p) => {
    const base = path.basename(p, path.extname(p)) || path.basename(p);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

/** Read, detect and parse every article file `paths` name. */
export function readSources(paths: string[], opts: ReadOptions = {}): { sources: Source[]; problems: CrosscheckError[] } {
  if (opts.published !== undefined && !isIsoDay(opts.published)) {
    throw new CrosscheckError('usage', `--published must be a date as YYYY-MM-DD, not "${opts.published}"`);
  }
  if (opts.format) parserByName(opts.format); // an unknown format is a usage error even with no files
  const { files, problems } = expandInputs(paths, opts.cwd ?? process.cwd());
  const sources: Source[] = [];
  const names = ids(files.map((f) => f.shown));
  files.forEach((f, i) => {
    try {
      const source = parseSource(read(f.abs, f.shown), f.shown, names[i], opts.format);
      sources.push(fillPublished(source, opts.published));
    } catch (e) {
      if (e instanceof CrosscheckError && e.code === 'usage') throw e;
      problems.push(e instanceof CrosscheckError ? e : new CrosscheckError('input', `cannot be parsed: ${(e as Error).message}`, f.shown));
    }
  });
  return { sources, problems };
}
