/**
 * Locating claims in the original file: text span → raw span (offset map) →
 * 1-based line and column (line index). One place, so every reporter agrees.
 */
import type { Evidence, Source, Span } from '../types';
import { LineIndex } from './locate';

const indexes = new WeakMap<Source, LineIndex>();

function lineIndex(source: Source): LineIndex {
  let idx = indexes.get(source);
  if (!idx) {
    idx = new LineIndex(source.raw);
    indexes.set(source, idx);
  }
  return idx;
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
    text: source.raw.slice(raw.start, raw.end),
  };
}

/** The raw text of the line(s) a located span is on, without the line ends (for evidence display). */
export function lineText(source: Source, line: number): string {
  const idx = lineIndex(source);
  const start = idx.lineStart(line);
  const next = idx.lineStart(line + 1);
  const end = next > start ? next : source.raw.length;
  return source.raw.slice(start, end).replace(/\r?\n$|\r$/, '');
}
