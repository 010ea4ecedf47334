/**
 * Reading an input file: its bytes (refused unread past a size), and its
 * text, decoded from UTF-8, UTF-16 or Windows-1252, with one line naming the
 * file when it cannot be read, is binary or is empty.
 */
import * as fs from 'node:fs';
import { CrosscheckError } from '../errors';
import { readStdin, STDIN } from './stdin';

// Windows-1252's 0x80-0x9F (curly quotes, dashes, €); Node 20's decoder treats the label as Latin-1
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Bytes that are not UTF-8: most likely a Windows export. */
function windows1252(bytes: Buffer): string {
  const latin = bytes.toString('latin1');
  return latin.replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]);
}

/**
 * UTF-16 without a byte-order mark (some Windows tools write it): in text that
 * is mostly ASCII every other byte is zero. Returns the byte order, if any.
 */
export function utf16WithoutBom(bytes: Buffer): 'le' | 'be' | undefined {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero >= pairs * 0.9 && evenZero === 0) return 'le';
  if (evenZero >= pairs * 0.9 && oddZero === 0) return 'be';
  return undefined;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Text of a file's bytes: UTF-8 (or UTF-16 with a BOM or plainly so; Windows-1252 when not valid UTF-8), BOM removed. */
export function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  // UTF-16 without a mark has zero bytes among its first ones: most files need no closer look
  const order = bytes.subarray(0, 1024).includes(0) ? utf16WithoutBom(bytes) : undefined;
  if (order === 'le') return bytes.subarray(0, bytes.length & ~1).toString('utf16le');
  if (order === 'be') return Buffer.from(bytes.subarray(0, bytes.length & ~1)).swap16().toString('utf16le');
  // a UTF-8 BOM says UTF-8: a stray bad byte then becomes U+FFFD rather than the whole file turning Windows-1252
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    text = windows1252(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

/**
 * Files larger than this are refused unread: a news article is tens of
 * kilobytes, a big export a few megabytes, and the pipeline takes several
 * seconds a megabyte, so a larger file is a mistake or an attack, not a story.
 */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

function tooLarge(size: number, shown: string): CrosscheckError {
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return new CrosscheckError('input', `file is too large (${mb(size)}; crosscheck reads files up to ${mb(MAX_FILE_BYTES)})`, shown);
}

/** A file's bytes, refused unread when it is too large (its size asked of the open file: the path is looked up once). */
function readFile(abs: string, shown: string): Buffer {
  const fd = fs.openSync(abs, 'r');
  try {
    const stats = fs.fstatSync(fd);
    if (stats.size > MAX_FILE_BYTES) throw tooLarge(stats.size, shown);
    // a file that tells no size (a pipe, /proc) is read to its end as readFileSync reads it
    return stats.isFile() && stats.size > 0 ? readSized(fd, stats.size) : fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The bytes of a regular file of `size` bytes, read as readFileSync reads
 * them (up to its size, fewer if it ends sooner) without asking the file its
 * size a second time (a system call a file, twice for a file let go).
 */
function readSized(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let at = 0;
  while (at < size) {
    const n = fs.readSync(fd, bytes, at, size - at, null);
    if (n === 0) break;
    at += n;
  }
  return at < size ? bytes.subarray(0, at) : bytes;
}

/** A file's bytes (standard input's for {@link STDIN}), or one line saying why they cannot be read. */
export function readBytes(abs: string, shown: string, stdin: () => Buffer = readStdin): Buffer {
  let bytes: Buffer;
  try {
    bytes = abs === STDIN ? stdin() : readFile(abs, shown);
    if (bytes.length > MAX_FILE_BYTES) throw tooLarge(bytes.length, shown);
  } catch (e) {
    if (e instanceof CrosscheckError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : (code ?? 'error');
    throw new CrosscheckError('input', `cannot read file (${why})`, shown);
  }
  return bytes;
}

/** A file's text, decoded ({@link decode}), or one line saying why it is no article: unreadable, binary or empty. */
export function readText(abs: string, shown: string, stdin: () => Buffer = readStdin): string {
  const bytes = readBytes(abs, shown, stdin);
  if (bytes.includes(0) && !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff) && !utf16WithoutBom(bytes)) {
    throw new CrosscheckError('input', 'looks like a binary file (it holds NUL bytes), not an article', shown);
  }
  const raw = decode(bytes);
  if (!/\S/.test(raw)) throw new CrosscheckError('input', 'file is empty', shown);
  return raw;
}

/** The bytes `[from, to)` of a file of `size` bytes (one of another size changed since it was read). */
export function readRange(abs: string, shown: string, size: number, from: number, to: number): Buffer {
  const out = Buffer.allocUnsafe(to - from);
  let fd: number;
  try {
    fd = fs.openSync(abs, 'r');
  } catch {
    throw new CrosscheckError('input', 'cannot read file again (it was moved or removed while crosscheck was reading it)', shown);
  }
  try {
    if (fs.fstatSync(fd).size !== size) throw new CrosscheckError('input', 'changed while crosscheck was reading it; run again', shown);
    let at = 0;
    while (at < out.length) {
      const n = fs.readSync(fd, out, at, out.length - at, from + at);
      if (n === 0) throw new CrosscheckError('input', 'changed while crosscheck was reading it; run again', shown);
      at += n;
    }
  } finally {
    fs.closeSync(fd);
  }
  return out;
}
