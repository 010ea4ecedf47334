/** 1-based line and column of raw offsets, from a table of line starts. */
import { isAscii } from 'node:buffer';

/** A position as editors show it: 1-based line and column (UTF-16 code units). */
export interface Position {
  line: number;
  column: number;
}

/**
 * The lines of UTF-8 bytes: where each starts in code units (`starts`) and
 * in bytes (`byteStarts`), after the first line's; returns their length in
 * code units. A character of one to three bytes is one code unit, of four
 * bytes two; line ends are single bytes. (Apart from the string readers, so
 * that its reads see bytes only.)
 */
function utf8Lines(bytes: Uint8Array, starts: number[], byteStarts: number[]): number {
  let units = 0;
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if ((b & 0xc0) === 0x80) continue;
    units += b >= 0xf0 ? 2 : 1;
    if (b === 10 || (b === 13 && bytes[i + 1] !== 10)) {
      starts.push(units);
      byteStarts.push(i + 1);
    }
  }
  return units;
}

/** Line starts of a text; CRLF, CR and LF all end a line. */
export class LineIndex {
  /** offsets where lines start, in a typed array (four bytes a line) */
  private readonly starts: Int32Array;
  /** when read from UTF-8 bytes: where each line starts in them */
  private readonly byteStarts?: Int32Array;
  /** the text's length (UTF-16 code units) */
  readonly length: number;

  constructor(text: string | Buffer) {
    const starts = [0];
    if (typeof text === 'string' && !text.includes('\r')) {
      // LF only: lines found by the native search (a lint's few files are read before anything is optimized)
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.length = text.length;
    } else if (typeof text === 'string') {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
      this.length = text.length;
    } else if (isAscii(text) && !text.includes(13)) {
      // ASCII with LF only: a byte a code unit
      for (let i = text.indexOf(10); i >= 0; i = text.indexOf(10, i + 1)) starts.push(i + 1);
      this.length = text.length;
      this.byteStarts = Int32Array.from(starts);
    } else {
      const byteStarts = [0];
      this.length = utf8Lines(text, starts, byteStarts);
      this.byteStarts = Int32Array.from(byteStarts);
    }
    this.starts = Int32Array.from(starts);
  }

  /** Index (0-based) of the line holding `offset`. */
  private lineOf(offset: number): number {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  locate(offset: number): Position {
    const lo = this.lineOf(offset);
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }

  /** Raw offset at the start of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1];
  }

  /**
   * Where the code unit at `offset` starts in the UTF-8 `bytes` this index
   * was made from; undefined when the index was made from a string, or the
   * offset falls inside a character of two code units.
   */
  byteOffset(bytes: Buffer, offset: number): number | undefined {
    if (!this.byteStarts || offset < 0 || offset > this.length) return undefined;
    const line = this.lineOf(offset);
    let units = this.starts[line];
    let i = this.byteStarts[line];
    while (units < offset) {
      const b = bytes[i];
      units += b >= 0xf0 ? 2 : 1;
      i += b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    }
    return units === offset ? i : undefined;
  }
}
