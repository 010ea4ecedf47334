/**
 * Offset maps: every parser builds its plain text from pieces of the raw file
 * (copied as they are) and a few characters of its own (separators, decoded
 * entities). The map sends any text offset back to the raw file, so a claim is
 * located where the user's editor shows it — never by searching for its text.
 */
import type { Span } from '../types';

interface Segment {
  textStart: number;
  textLen: number;
  rawStart: number;
  rawLen: number;
}

/** Maps offsets in a source's plain text to offsets in its raw file. */
export class OffsetMap {
  constructor(private readonly segments: readonly Segment[]) {}

  private find(offset: number): Segment | undefined {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = segs[mid];
      if (offset < s.textStart) hi = mid - 1;
      else if (offset >= s.textStart + s.textLen) lo = mid + 1;
      else return s;
    }
    return undefined;
  }

  /** Raw offset of the character at text offset `offset`. */
  toRaw(offset: number): number {
    const s = this.find(offset);
    if (!s) {
      const last = this.segments[this.segments.length - 1];
      return last ? last.rawStart + last.rawLen : 0;
    }
    if (s.textLen === s.rawLen) return s.rawStart + (offset - s.textStart);
    return s.rawStart;
  }

  /** Raw offset just after the character at text offset `offset - 1` (for span ends). */
  toRawEnd(end: number): number {
    if (end <= 0) return this.toRaw(0);
    const s = this.find(end - 1);
    if (!s) return this.toRaw(end);
    if (s.textLen === s.rawLen) return s.rawStart + (end - s.textStart);
    return s.rawStart + s.rawLen;
  }

  /** Raw span of a text span. */
  span(span: Span): Span {
    const start = this.toRaw(span.start);
    return { start, end: Math.max(start, this.toRawEnd(span.end)) };
  }
}

/** Builds a plain text and its {@link OffsetMap} together. */
export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly segments: Segment[] = [];
  private length = 0;

  constructor(private readonly raw: string) {}

  get size(): number {
    return this.length;
  }

  /** Copy `raw[start, end)` as it is. */
  copy(start: number, end: number): this {
    if (end > start) this.push(this.raw.slice(start, end), start, end - start);
    return this;
  }

  /** Put `text` in place of `raw[start, end)` (a decoded entity, a collapsed run of markup). */
  replace(text: string, start: number, end: number): this {
    if (text.length > 0) this.push(text, start, end - start);
    return this;
  }

  /** Add characters that stand for nothing in the raw file (a paragraph break), mapped to `at`. */
  insert(text: string, at: number): this {
    if (text.length > 0) this.push(text, at, 0);
    return this;
  }

  private push(text: string, rawStart: number, rawLen: number): void {
    const last = this.segments[this.segments.length - 1];
    // merge identity runs that continue each other, to keep the map small
    if (last && last.textLen === last.rawLen && rawLen === text.length && last.rawStart + last.rawLen === rawStart) {
      last.textLen += text.length;
      last.rawLen += rawLen;
    } else {
      this.segments.push({ textStart: this.length, textLen: text.length, rawStart, rawLen });
    }
    this.parts.push(text);
    this.length += text.length;
  }

  build(): { text: string; map: OffsetMap } {
    return { text: this.parts.join(''), map: new OffsetMap(this.segments) };
  }
}

/** An identity map for a text that is the raw file itself. */
export function identity(raw: string): { text: string; map: OffsetMap } {
  return new TextBuilder(raw).copy(0, raw.length).build();
}
