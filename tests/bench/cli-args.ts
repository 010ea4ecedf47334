/**
 * The benchmarks' command lines: a mistake in them (or a call for help) is
 * reported on one line, with exit code 2 (0 for help), without a stack.
 */

/** A mistake in a benchmark's arguments, or its usage asked for (`exitCode` 0). */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** The whole number of at least `min` given after `name` (`v`: the next argument). */
export function wholeNumber(name: string, v: string | undefined, min: number): number {
  const n = Number(v);
  if (v === undefined || v.trim() === '' || !Number.isInteger(n) || n < min) throw new UsageError(`${name} needs a whole number of at least ${min}, not ${v === undefined ? 'nothing' : `"${v}"`}`);
  return n;
}

/** Run a benchmark's `main`; a {@link UsageError} is printed as `<name>: <message>` (help as it is) and sets the exit code. */
export function runBenchmark(name: string, main: () => void): void {
  try {
    main();
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    if (e.exitCode === 0) process.stdout.write(`${e.message}\n`);
    else process.stderr.write(`${name}: ${e.message}\n`);
    process.exitCode = e.exitCode;
  }
}
