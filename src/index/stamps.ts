/**
 * Every indexed file's freshness stamps as one compact JSON value, the form
 * the index keeps them in for `lint --index` to check ten thousand files for
 * changes with one read: columns rather than objects, and the few distinct
 * fingerprints named once.
 */

/** What deciding whether a file is fresh needs: a row's key, place and freshness stamps. */
export interface FileStamp {
  /** the row's number in the index */
  id: number;
  /** absolute path */
  path: string;
  size: number;
  mtimeMs: number;
  /** what the file's claims were extracted under */
  fingerprint: string;
}

interface Columns {
  id: number[];
  path: string[];
  size: number[];
  mtimeMs: number[];
  /** index into `fingerprints` */
  fp: number[];
  fingerprints: string[];
}

/** `stamps` as stored. */
export function encodeStamps(stamps: readonly FileStamp[]): string {
  const fingerprints: string[] = [];
  const fpIndex = new Map<string, number>();
  const cols: Columns = { id: [], path: [], size: [], mtimeMs: [], fp: [], fingerprints };
  for (const s of stamps) {
    let i = fpIndex.get(s.fingerprint);
    if (i === undefined) {
      i = fingerprints.push(s.fingerprint) - 1;
      fpIndex.set(s.fingerprint, i);
    }
    cols.id.push(s.id);
    cols.path.push(s.path);
    cols.size.push(s.size);
    cols.mtimeMs.push(s.mtimeMs);
    cols.fp.push(i);
  }
  return JSON.stringify(cols);
}

/** The stamps {@link encodeStamps} stored (undefined when `text` is not such stamps). */
export function decodeStamps(text: string): FileStamp[] | undefined {
  let c: Columns;
  try {
    c = JSON.parse(text) as Columns;
  } catch {
    return undefined;
  }
  const columns = [c?.id, c?.path, c?.size, c?.mtimeMs, c?.fp];
  if (!columns.every((col) => Array.isArray(col) && col.length === c.id.length) || !Array.isArray(c.fingerprints)) return undefined;
  return c.id.map((id, i) => ({ id, path: c.path[i], size: c.size[i], mtimeMs: c.mtimeMs[i], fingerprint: c.fingerprints[c.fp[i]] }));
}
