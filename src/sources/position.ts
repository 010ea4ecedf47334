/**
 * Locating claims in the original file: text span → raw span (offset map) →
 * 1-based line and column (line index). One place, so every reporter agrees.
 */
import type { Evidence, Source, Span } from '../types';
import { LineIndex } from './locate';
import type { SharedText } from './shared-text';
import { flatString, keptBytes, sharedOf } from './stored';

/** Line indexes kept, of the sources located last (a story's, many times over): a run's thousands need not all stay. */
const CAPACITY = 512;
const indexes = new Map<Source, LineIndex>();
/**
 * Line indexes of the file texts indexed last: the records of a JSON export
 * are sources of one file, and share its index (an index each, made over the
 * whole export, cost a pass over the file per record).
 */
const TEXT_CAPACITY = 8;
const byText = new Map<string, LineIndex>();
/** the same for texts kept as bytes, held no longer than their sources hold them (an export's text may be let go and read again) */
const byBytes = new WeakMap<Buffer, LineIndex>();

/** the same for the text the records of an export share when it may be let go (read again, it is the same text) */
const byShare = new WeakMap<SharedText, LineIndex>();

function lineIndex(source: Source): LineIndex {
  let idx = indexes.get(source);
  if (!idx) {
    const share = sharedOf(source);
    if (share) {
      // not kept by its text: that would keep the text alive after the export let it go
      idx = byShare.get(share);
      if (!idx) byShare.set(share, (idx = new LineIndex(keptBytes(source) ?? source.raw)));
    } else {
      // from the file's bytes when it is kept so: a finding's lines and words are read without decoding all of it
      const bytes = keptBytes(source);
      if (bytes) {
        idx = byBytes.get(bytes);
        if (!idx) byBytes.set(bytes, (idx = new LineIndex(bytes)));
      } else {
        const text = source.raw;
        idx = byText.get(text);
        if (!idx) remember(byText, text, (idx = new LineIndex(text)), TEXT_CAPACITY);
      }
    }
    remember(indexes, source, idx, CAPACITY);
  }
  return idx;
}

/**
 * Forget the sources line indexes were kept for (their indexes stay kept by
 * their texts): done when the rules are done with a batch of stories (see
 * rules/evidence.ts). A worker thread's sources are copies made for the
 * batch, with their parsed forms and file texts; kept, its last 512 held
 * about 10 MB of its heap at 4,000 articles.
 */
export function forgetLocatedSources(): void {
  indexes.clear();
}

/** Keep `value` under `key` in `map`, the oldest entry dropped past `capacity`. */
function remember<K>(map: Map<K, LineIndex>, key: K, value: LineIndex, capacity: number): void {
  if (map.size >= capacity) map.delete(map.keys().next().value as K);
  map.set(key, value);
}

/** Where a span of a source's plain text is in its file. */
export type Location = Pick<Evidence, 'source' | 'path' | 'line' | 'column' | 'endLine' | 'endColumn' | 'start' | 'end' | 'text'>;

export function locateSpan(source: Source, span: Span): Location {
  const raw = source.map.span(span);
  const idx = lineIndex(source);
  const a = idx.locate(raw.start);
  const b = idx.locate(raw.end);
  return {
    source: source.id,
    path: source.path,
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    start: raw.start,
    end: raw.end,
    text: rawSlice(source, idx, raw.start, raw.end),
  };
}

/** The file's text from `start` to `end`, read from its bytes when it is kept so; flat (a piece would keep the whole text alive as long as a finding lives). */
function rawSlice(source: Source, idx: LineIndex, start: number, end: number): string {
  const bytes = keptBytes(source);
  if (bytes) {
    const a = idx.byteOffset(bytes, start);
    const b = a === undefined ? undefined : idx.byteOffset(bytes, end);
    if (a !== undefined && b !== undefined) return bytes.toString('utf8', a, b);
  }
  return flatString(source.raw.slice(start, end));
}

/** The raw text of the line(s) a located span is on, without the line ends (for evidence display). */
export function lineText(source: Source, line: number): string {
  const idx = lineIndex(source);
  const start = idx.lineStart(line);
  const next = idx.lineStart(line + 1);
  const end = next > start ? next : idx.length;
  return rawSlice(source, idx, start, end).replace(/\r?\n$|\r$/, '');
}
