/**
 * Sources across the thread boundary. Structured cloning keeps plain data but
 * drops class prototypes and a stored source's packed texts (kept under
 * symbols, read through getters), so a source crosses as its fields, its
 * plain text packed, its {@link OffsetMap}'s segments, and the number of its
 * file text in a table of file texts sent beside it: the records of one JSON
 * export share one file text, which must not be copied once per record. When
 * the export's text was let go and its records can be read alone, the table
 * holds its file instead, and the receiving side reads each record it parses.
 */
import { CrosscheckError, type ErrorCode } from '../errors';
import { OffsetMap } from '../sources/offset-map';
import { reparser } from '../sources';
import { SharedText } from '../sources/shared-text';
import { isReleased, memoOf, packedTexts, storePacked, withMemo, type Packed, type Reparse } from '../sources/stored';
import type { Source } from '../types';

/** The shape an {@link OffsetMap} has after a structured clone (its one own field). */
interface ClonedMap {
  segments: ConstructorParameters<typeof OffsetMap>[0];
}

/** A {@link CrosscheckError} as it crosses (structured cloning keeps no class). */
export interface WireProblem {
  code: string;
  message: string;
  file?: string;
}

export function toWireProblem(e: CrosscheckError): WireProblem {
  return { code: e.code, message: e.message, file: e.file };
}

/** The {@link CrosscheckError} that crossed. */
export function rebuildError(p: WireProblem): CrosscheckError {
  const prefix = p.file ? `${p.file}: ` : '';
  const message = prefix && p.message.startsWith(prefix) ? p.message.slice(prefix.length) : p.message;
  return new CrosscheckError(p.code as ErrorCode, message, p.file);
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

/** Numbers the distinct file texts of sources (by what tells them apart: the text, or what an export's records share), for a table sent beside them. */
export class RawTable<K = Packed> {
  private readonly numbers = new Map<K, number>();
  readonly keys: K[] = [];

  /** The number of `key`, added to the table when new (an arrow function: passed around as it is). */
  readonly numberOf = (key: K): number => {
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = this.keys.length;
      this.numbers.set(key, n);
      this.keys.push(key);
    }
    return n;
  };
}

/**
 * `source` ready to cross, `raw` the number of its file text (in a
 * {@link RawTable}, or another numbering). A source whose parsed form was
 * let go crosses without it: the other side parses the file text again (in
 * parallel, rather than this thread for every source it sends).
 */
export function toWire(source: Source, raw: number): WireSource {
  const there = isReleased(source);
  const texts = there ? undefined : packedTexts(source);
  const out = {} as Record<string, unknown>;
  // the fields in their order (spreading would read raw and text whole through their getters)
  for (const k of Object.keys(source) as (keyof Source)[]) {
    if (k === 'raw') out.raw = raw;
    else if (k === 'text') out.text = texts === undefined ? PARSE_THERE : texts.text === texts.raw ? SAME_AS_RAW : toWireText(texts.text);
    else if (k === 'map') out.map = there ? null : { segments: (source.map as unknown as ClonedMap).segments };
    else if (k === 'sections') out.sections = there ? null : source.sections;
    else out[k] = source[k];
  }
  const memo = memoOf(source);
  if (memo !== undefined) out.memo = memo;
  return out as unknown as WireSource;
}

/**
 * A source again, with a working {@link OffsetMap}, from what crossed and its
 * file text: as kept, or what the records of an export share (a worker's,
 * read from the file: a record parsed here reads its own bytes alone).
 * `reparse`, `reread`, `share`: as storeTexts takes them.
 */
export function fromWire(wire: WireSource, raw: Packed | SharedText, reparse?: Reparse, reread?: () => string, share?: SharedText): Source {
  const { memo, ...fields } = wire;
  const shared = raw instanceof SharedText ? raw : share;
  const packed = raw instanceof SharedText ? undefined : raw;
  const kept = (): Packed => packed ?? (shared as SharedText).get();
  if (fields.text === PARSE_THERE) {
    // parsed here from its file text, as it was parsed where it was read (with what that parse left for it)
    const parsed = reparser(fields.path, fields.id, fields.format, memo)(kept, shared);
    return storePacked(withMemo({ ...fields, map: parsed.map, sections: parsed.sections }, memo), packed ?? '', parsed.text, reparse, reread, shared);
  }
  const text = fields.text === SAME_AS_RAW ? kept() : fromWireText(fields.text);
  // the memo kept out of sight again, as where it was read: it crosses on with the source
  return storePacked(withMemo({ ...fields, map: new OffsetMap((fields.map as ClonedMap).segments) }, memo), packed ?? kept(), text, reparse, reread, shared);
}
