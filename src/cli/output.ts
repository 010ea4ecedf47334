/** Writing a report: to standard output, or atomically to a file (temporary file, then rename). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CrosscheckError } from '../errors';

export function writeReport(text: string, file: string | undefined): void {
  if (!file) {
    process.stdout.write(text);
    return;
  }
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing left to clean
    }
    throw new CrosscheckError('usage', `cannot write report (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, file);
  }
}

/** Colour on a TTY unless NO_COLOR is set; `--color` / `--no-color` decide when given. */
export function useColor(flag: boolean | undefined, toFile: boolean): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  return process.stdout.isTTY === true;
}
