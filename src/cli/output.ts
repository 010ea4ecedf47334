/** Writing a report: to standard output, or atomically to a file (temporary file, then rename). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CrosscheckError } from '../errors';

/** Pieces are gathered into writes of about this many characters. */
const BLOCK_CHARS = 1 << 16;

/** `pieces` gathered into blocks of about {@link BLOCK_CHARS} characters. */
function* blocks(pieces: Iterable<string>): Generator<string> {
  let block = '';
  for (const piece of pieces) {
    block += piece;
    if (block.length >= BLOCK_CHARS) {
      yield block;
      block = '';
    }
  }
  if (block) yield block;
}

let watching = false;

/**
 * A reader that stops reading standard output (`crosscheck … | head`) ends
 * the run quietly with its exit code, as command-line tools do; any other
 * fault writing it is one line and exit code 2.
 */
function watchStdout(): void {
  if (watching) return;
  watching = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit();
    process.stderr.write(`crosscheck: cannot write to standard output (${e.code ?? e.message})\n`);
    process.exit(2);
  });
}

/** Write a report (whole, or in pieces as they are made) to standard output, or atomically to `file`. */
export function writeReport(text: string | Iterable<string>, file: string | undefined): void {
  const parts = typeof text === 'string' ? [text] : blocks(text);
  if (!file) {
    watchStdout();
    for (const part of parts) process.stdout.write(part);
    return;
  }
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    const fd = fs.openSync(tmp, 'w');
    try {
      for (const part of parts) fs.writeSync(fd, part);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing left to clean
    }
    const code = (e as NodeJS.ErrnoException).code;
    // a fault in making the report is not the file's
    if (code === undefined) throw e;
    throw new CrosscheckError('usage', `cannot write report (${code})`, file);
  }
}

/** Colour on a TTY unless NO_COLOR is set; `--color` / `--no-color` decide when given. */
export function useColor(flag: boolean | undefined, toFile: boolean): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  return process.stdout.isTTY === true;
}
