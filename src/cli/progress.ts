/**
 * A progress bar on standard error while many articles are read. Only on a
 * terminal and only for a long run (≥ {@link MIN_FILES} files): in a pipe, a
 * log or CI it stays silent, so stderr keeps only the messages that matter.
 */

/** Fewer files than this finish before a bar would help. */
export const MIN_FILES = 20;

/** Where the bar is drawn: process.stderr, or a stand-in in tests. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** The bar: `update` is the pipeline's onProgress hook; `done` clears the line. */
export interface Progress {
  update(done: number, total: number): void;
  done(): void;
}

/** One frame: "reading [#######.......]  35/100". */
export function progressLine(done: number, total: number, width: number): string {
  const counter = ` ${String(done).padStart(String(total).length)}/${total}`;
  const room = Math.max(10, Math.min(40, width - 'reading []'.length - counter.length - 1));
  const filled = total > 0 ? Math.round((done / total) * room) : room;
  return `reading [${'#'.repeat(filled)}${'.'.repeat(room - filled)}]${counter}`;
}

/** A progress bar on `stream`, drawn only when it is a TTY and there are at least {@link MIN_FILES} files. */
export function createProgress(stream: ProgressStream = process.stderr): Progress {
  let drawn = false;
  let last = -1;
  return {
    update(done, total) {
      if (stream.isTTY !== true || total < MIN_FILES) return;
      // redraw only when the bar moves a whole percent: cheap on fast runs
      const pct = Math.floor((done / total) * 100);
      if (pct === last && done !== total) return;
      last = pct;
      stream.write(`\r${progressLine(done, total, stream.columns ?? 80)}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\u001b[2K');
      drawn = false;
    },
  };
}
