/**
 * V8 tuned for a long run. The launcher (main.ts) tunes it for short runs
 * before the command line is compiled: a lint of one draft against a few
 * references is over in a fraction of a second. A run over an archive is
 * not, and is tuned back once its files are found.
 */
import * as v8 from 'node:v8';

/** V8's budget of work before a function is considered for optimization (Node 20's default; the launcher sets about fifteen times as much). */
const DEFAULT_INTERRUPT_BUDGET = 67_584;
/** More sources than this make a long run (a lint is a draft and a few references). */
export const LONG_RUN_SOURCES = 50;

/**
 * How far the heap may grow past what was alive after a full collection, in
 * percent. V8 lets it grow up to fourfold when collecting is quick, and a run
 * over an archive, which keeps little but the findings from story to story,
 * then held twice the memory it uses.
 */
const HEAP_GROWING_PERCENT = 20;

/**
 * TurboFan's inlining budgets (bytecode size of one function inlined, and of
 * all inlined into one) for a run shared by several threads, or not long
 * enough to pay for more: V8's defaults are 460 and 920. Optimizing with
 * less inlining costs the compiler less (at 4,000 articles, 1.1 s of its
 * work instead of 1.7 s), on a background thread that takes a core the run
 * could use; the code it makes runs a little slower, which a long run pays
 * on every article. Measured on one thread: 1,000 articles took 5–19% less
 * time, 4,000 articles 1–6% less (7–17% less CPU at both), pinned to one
 * core 3–6% less, and 16,000 articles 5% more; with `--jobs 2` (each
 * thread's isolate optimizes the same functions for itself), 4,000 and
 * 16,000 articles took 8% and 7% less time.
 */
const LEAN_INLINE_SIZE = 100;
const LEAN_INLINE_CUMULATIVE = 150;
/** V8's own budgets (Node 20), set back when a run told more files later turns out long enough for them (a JSON export's records are counted once read). */
const FULL_INLINE_SIZE = 460;
const FULL_INLINE_CUMULATIVE = 920;
/** A run of one thread over this many files or more is optimized with V8's budgets (the cost and gain cross near 7,000 articles). */
const FULL_INLINING_FROM = 6000;

/**
 * Once a run is known to read `sources` files, past {@link LONG_RUN_SOURCES}:
 * functions are optimized after V8's default budget again (with the short-run
 * budget, checking 4,000 articles took a fifth longer); the heap grows by a
 * fifth over what is alive; objects are not allocated straight into the old
 * generation when their kind mostly lived long so far (a story's claims and
 * alignment live through one story only, and died there as garbage). Peak
 * memory over 16,000 articles fell from 287 to 230 MB, at no measurable cost
 * in time. It applies to worker threads as well: V8's flags are the process's.
 * With `threads` > 1, or fewer than {@link FULL_INLINING_FROM} files,
 * functions are optimized with less inlining ({@link LEAN_INLINE_SIZE}).
 */
export function tuneForRun(sources: number, threads = 1): void {
  if (sources <= LONG_RUN_SOURCES) return;
  v8.setFlagsFromString(`--interrupt-budget=${DEFAULT_INTERRUPT_BUDGET}`);
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
  const lean = threads > 1 || sources < FULL_INLINING_FROM;
  v8.setFlagsFromString(`--max-inlined-bytecode-size=${lean ? LEAN_INLINE_SIZE : FULL_INLINE_SIZE}`);
  v8.setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${lean ? LEAN_INLINE_CUMULATIVE : FULL_INLINE_CUMULATIVE}`);
}
