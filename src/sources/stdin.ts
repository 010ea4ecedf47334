/**
 * Standard input as a source: the path `-` reads it, shown as the
 * `--stdin-name` given (which may carry an extension that helps detection)
 * or `<stdin>`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CrosscheckError } from '../errors';

/** The path that stands for standard input. */
export const STDIN = '-';

/**
 * What the CLI passes for a bare `-` path: yargs drops `-` from variadic
 * positionals, so the command line swaps it for this token first.
 */
export const STDIN_ARG = '\u0000stdin';

/** True for a path that means standard input. */
export function isStdin(p: string): boolean {
  return p === STDIN || p === STDIN_ARG;
}

/**
 * `argv` with each bare `-` path swapped for {@link STDIN_ARG}: a positional
 * one, or one among the paths of `--against` (yargs drops `-` from array
 * options too); not another option's value, as in `--files-from -`.
 */
export function markStdinArgs(argv: readonly string[]): string[] {
  return argv.map((a, i) => {
    const prev = argv[i - 1] ?? '';
    const optionValue = prev.startsWith('-') && prev !== '--' && prev !== '--against' && !prev.includes('=') && !/^--(?:no-)?(?:color|debug)$/.test(prev);
    return a === STDIN && !optionValue ? STDIN_ARG : a;
  });
}

/** How standard input is shown in reports, and the source id it gets. */
export function stdinNames(name?: string): { shown: string; id: string } {
  const shown = name?.trim() || '<stdin>';
  const base = name?.trim() ? path.basename(shown, path.extname(shown)) || shown : 'stdin';
  return { shown, id: base };
}

/** All of standard input (file descriptor 0), read once. */
export function readStdin(): Buffer {
  try {
    return fs.readFileSync(0);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // EAGAIN: a terminal or non-blocking pipe with nothing written to it
    throw new CrosscheckError('input', code === 'EAGAIN' ? 'nothing to read on standard input' : `cannot read standard input (${code ?? 'error'})`, '-');
  }
}
