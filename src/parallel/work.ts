/**
 * The work one thread does for one file: read and parse it, give its sources
 * the ids the main thread chose, and extract their claims. Workers run it;
 * the main thread runs the same code when there is nothing to share out.
 */
import { extractClaims } from '../claims';
import { CrosscheckError } from '../errors';
import { readSources } from '../sources';
import type { FileResult, FileTask, TaskOptions } from './protocol';
import { toWire } from './transfer';

/** Read, parse and extract one file (its problems are returned, never thrown, except usage errors). */
export function workOnFile(task: FileTask, options: TaskOptions): FileResult {
  let read;
  try {
    read = readSources([task.shown], options);
  } catch (e) {
    if (e instanceof CrosscheckError && e.code === 'usage') throw e;
    return { sources: [], claims: [], problems: [{ code: 'input', message: `cannot be parsed: ${(e as Error).message}`, file: task.shown }] };
  }
  const problems = read.problems.map((p) => ({ code: p.code, message: p.message, file: p.file }));
  const sources = read.sources.map((s) => {
    // readSources named it after the file alone; the main thread made ids unique across files
    const base = s.id.includes('#') ? s.id.slice(0, s.id.indexOf('#')) : s.id;
    return base === task.id ? s : { ...s, id: task.id + s.id.slice(base.length) };
  });
  const claims = sources.flatMap((s) => extractClaims(s, s.published));
  return { sources: sources.map(toWire), claims, problems };
}
