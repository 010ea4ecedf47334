/**
 * Sources across the thread boundary. Structured cloning keeps plain data but
 * drops class prototypes and a stored source's packed texts (kept under
 * symbols, read through getters), so a source crosses as its fields, its
 * plain text packed, its {@link OffsetMap}'s segments, and the number of its
 * file text in a table of file texts sent beside it: the records of one JSON
 * export share one file text, which must not be copied once per record.
 */
import { OffsetMap } from '../sources/offset-map';
import { reparser } from '../sources';
import { isReleased, memoOf, packedRaw, packedTexts, storePacked, withMemo, type Packed, type Reparse } from '../sources/stored';
import type { Source } from '../types';

/** The shape an {@link OffsetMap} has after a structured clone (its one own field). */
interface ClonedMap {
  segments: ConstructorParameters<typeof OffsetMap>[0];
}

/** A packed text as it crosses: a one-byte string, or its UTF-8 bytes in a buffer of their own. */
export type WireText = string | Uint8Array;

/** A source as it crosses threads: its fields in order, the plain text packed, the map as its segments, `raw` the number of its file text. */
export type WireSource = Omit<Source, 'map' | 'raw' | 'text' | 'sections'> & {
  map: ClonedMap | null;
  sections: Source['sections'] | null;
  raw: number;
  text: WireText | typeof SAME_AS_RAW | typeof PARSE_THERE;
  /** what its first parse left for parsing its file text again (an HTML page's chosen elements) */
  memo?: unknown;
};

/** `text` of a wire source whose plain text is its file text. */
const SAME_AS_RAW = -1;
/** `text` of a wire source whose parsed form was let go: the receiving side parses its file text (map and sections are null). */
const PARSE_THERE = -2;

/**
 * A packed text ready to cross: bytes are copied out of the slab they share
 * with other texts (cloning a view copies its whole buffer).
 */
export function toWireText(p: Packed): WireText {
  return typeof p === 'string' ? p : new Uint8Array(p);
}

/** A packed text again, from what crossed. */
export function fromWireText(w: WireText): Packed {
  return typeof w === 'string' ? w : Buffer.from(w.buffer, w.byteOffset, w.byteLength);
}

/** Numbers the distinct file texts of sources, for a table sent beside them. */
export class RawTable {
  private readonly numbers = new Map<Packed, number>();
  readonly texts: Packed[] = [];

  /** The number of `raw`, added to the table when new (an arrow function: passed around as it is). */
  readonly numberOf = (raw: Packed): number => {
    let n = this.numbers.get(raw);
    if (n === undefined) {
      n = this.texts.length;
      this.numbers.set(raw, n);
      this.texts.push(raw);
    }
    return n;
  };
}

/**
 * `source` ready to cross, its file text numbered by `numberOf` (a
 * {@link RawTable}'s, or another numbering). A source whose parsed form was
 * let go crosses without it: the other side parses the file text again (in
 * parallel, rather than this thread for every source it sends).
 */
export function toWire(source: Source, numberOf: (raw: Packed) => number): WireSource {
  const raw = packedRaw(source);
  const there = isReleased(source);
  const text = there ? undefined : packedTexts(source).text;
  const out = {} as Record<string, unknown>;
  // the fields in their order (spreading would read raw and text whole through their getters)
  for (const k of Object.keys(source) as (keyof Source)[]) {
    if (k === 'raw') out.raw = numberOf(raw);
    else if (k === 'text') out.text = there ? PARSE_THERE : text === raw ? SAME_AS_RAW : toWireText(text as Packed);
    else if (k === 'map') out.map = there ? null : { segments: (source.map as unknown as ClonedMap).segments };
    else if (k === 'sections') out.sections = there ? null : source.sections;
    else out[k] = source[k];
  }
  const memo = memoOf(source);
  if (memo !== undefined) out.memo = memo;
  return out as unknown as WireSource;
}

/** A source again, with a working {@link OffsetMap}, from what crossed and its file text (`reparse`, `reread`: as storeTexts takes them). */
export function fromWire(wire: WireSource, raw: Packed, reparse?: Reparse, reread?: () => string): Source {
  const { memo, ...fields } = wire;
  if (fields.text === PARSE_THERE) {
    // parsed here from its file text, as it was parsed where it was read (with what that parse left for it)
    const parsed = reparser(fields.path, fields.id, fields.format, memo)(() => raw);
    return storePacked(withMemo({ ...fields, map: parsed.map, sections: parsed.sections }, memo), raw, parsed.text, reparse, reread);
  }
  const text = fields.text === SAME_AS_RAW ? raw : fromWireText(fields.text);
  // the memo kept out of sight again, as where it was read: it crosses on with the source
  return storePacked(withMemo({ ...fields, map: new OffsetMap((fields.map as ClonedMap).segments) }, memo), raw, text, reparse, reread);
}
