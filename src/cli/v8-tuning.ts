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
 * all inlined into one) when several threads share a run: V8's defaults are
 * 460 and 920. Each thread's isolate optimizes the same functions for itself,
 * on background threads that take the cores the run's threads need; a
 * smaller budget makes each optimization cheaper. Measured with `--jobs 2`
 * over 4,000 and 16,000 articles: 8% and 7% less time, 9% less CPU. On one
 * thread the compiler has the other core to itself, and the defaults are as
 * fast.
 */
const SHARED_INLINE_SIZE = 100;
const SHARED_INLINE_CUMULATIVE = 150;

/**
 * Once a run is known to read `sources` files, past {@link LONG_RUN_SOURCES}:
 * functions are optimized after V8's default budget again (with the short-run
 * budget, checking 4,000 articles took a fifth longer); the heap grows by a
 * fifth over what is alive; objects are not allocated straight into the old
 * generation when their kind mostly lived long so far (a story's claims and
 * alignment live through one story only, and died there as garbage). Peak
 * memory over 16,000 articles fell from 287 to 230 MB, at no measurable cost
 * in time. It applies to worker threads as well: V8's flags are the process's.
 * With `threads` > 1, functions are optimized with less inlining
 * ({@link SHARED_INLINE_SIZE}).
 */
export function tuneForRun(sources: number, threads = 1): void {
  if (sources <= LONG_RUN_SOURCES) return;
  v8.setFlagsFromString(`--interrupt-budget=${DEFAULT_INTERRUPT_BUDGET}`);
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
  if (threads > 1) {
    v8.setFlagsFromString(`--max-inlined-bytecode-size=${SHARED_INLINE_SIZE}`);
    v8.setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${SHARED_INLINE_CUMULATIVE}`);
  }
}
