/**
 * Offset maps: every parser builds its plain text from pieces of the raw file
 * (copied as they are) and a few characters of its own (separators, decoded
 * entities). The map sends any text offset back to the raw file, so a claim is
 * located where the user's editor shows it — never by searching for its text.
 */
import type { Span } from '../types';

/**
 * Segments, four numbers each: `textStart, textLen, rawStart, rawLen` (a copy
 * has `textLen === rawLen`). A typed array: a segment costs 16 bytes, not an
 * object apiece, and a run of sources keeps every map alive.
 */
const FIELDS = 4;

/** Maps offsets in a source's plain text to offsets in its raw file. */
export class OffsetMap {
  constructor(private readonly segments: Int32Array) {}

  /** Index (of its first field) of the segment holding text offset `offset`, or -1. */
  private find(offset: number): number {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length / FIELDS - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = mid * FIELDS;
      if (offset < segs[at]) hi = mid - 1;
      else if (offset >= segs[at] + segs[at + 1]) lo = mid + 1;
      else return at;
    }
    return -1;
  }

  /** Raw offset of the character at text offset `offset`. */
  toRaw(offset: number): number {
    const segs = this.segments;
    const s = this.find(offset);
    if (s < 0) {
      const last = segs.length - FIELDS;
      return last >= 0 ? segs[last + 2] + segs[last + 3] : 0;
    }
    if (segs[s + 1] === segs[s + 3]) return segs[s + 2] + (offset - segs[s]);
    return segs[s + 2];
  }

  /** Raw offset just after the character at text offset `offset - 1` (for span ends). */
  toRawEnd(end: number): number {
    if (end <= 0) return this.toRaw(0);
    const segs = this.segments;
    const s = this.find(end - 1);
    if (s < 0) return this.toRaw(end);
    if (segs[s + 1] === segs[s + 3]) return segs[s + 2] + (end - segs[s]);
    return segs[s + 2] + segs[s + 3];
  }

  /** The same map for a raw text that starts `by` characters further on (a record parsed alone, then placed in its export). */
  shifted(by: number): OffsetMap {
    const segs = Int32Array.from(this.segments);
    for (let at = 2; at < segs.length; at += FIELDS) segs[at] += by;
    return new OffsetMap(segs);
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
  /** segments so far, {@link FIELDS} numbers each */
  private readonly segments: number[] = [];
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
    const segs = this.segments;
    const last = segs.length - FIELDS;
    // merge identity runs that continue each other, to keep the map small
    if (last >= 0 && segs[last + 1] === segs[last + 3] && rawLen === text.length && segs[last + 2] + segs[last + 3] === rawStart) {
      segs[last + 1] += text.length;
      segs[last + 3] += rawLen;
    } else {
      segs.push(this.length, text.length, rawStart, rawLen);
    }
    this.parts.push(text);
    this.length += text.length;
  }

  build(): { text: string; map: OffsetMap } {
    return { text: this.parts.join(''), map: new OffsetMap(Int32Array.from(this.segments)) };
  }
}

/** An identity map for a text that is the raw file itself. */
export function identity(raw: string): { text: string; map: OffsetMap } {
  return new TextBuilder(raw).copy(0, raw.length).build();
}
