/**
 * A read source keeps its file text ({@link Source.raw}) as UTF-8 bytes,
 * decoded again only when read whole. An article holding a single curly
 * quote is a two-byte string in JavaScript, two bytes a character; as UTF-8
 * its mostly ASCII text is one byte a character, and a run of thousands of
 * articles keeps every one until the report is written. Findings need only
 * lines, columns and short pieces of it, which are read from the bytes (see
 * position.ts); the texts last decoded whole are kept.
 */
import type { Source } from '../types';

/** A text as kept: a string already one byte a character (or not well formed UTF-16), else its UTF-8 bytes. */
export type Packed = string | Buffer;

/** Decoded texts kept. */
const CAPACITY = 64;

const recent = new Map<Buffer, string>();
let lastBytes: Buffer | undefined;
let lastText = '';

/** Characters beyond Latin-1: a string holding one is two bytes a character. */
const WIDE = /[\u0100-\uffff]/;

/** A flat one-byte copy of `s`, every character of which fits in Latin-1 (a string joined from two-byte pieces stays two-byte even then). */
function latin1Copy(s: string): string {
  return Buffer.from(s, 'latin1').toString('latin1');
}

/** `s` as it is best kept. */
export function pack(s: string): Packed {
  if (!WIDE.test(s)) return latin1Copy(s);
  // a lone surrogate would not come back from UTF-8
  return (s as string & { isWellFormed?(): boolean }).isWellFormed?.() === true ? utf8(s) : s;
}

/** Texts are written one after another into slabs of this many bytes (Node's own pool leaves much of each of its slabs unused when texts are a few kilobytes). */
const SLAB = 1 << 20;
let slab = Buffer.allocUnsafe(0);
let used = 0;

/** The UTF-8 bytes of `s`, in a slab shared with other texts (or a buffer of their own when large). */
function utf8(s: string): Buffer {
  const n = Buffer.byteLength(s, 'utf8');
  if (n > SLAB / 8) return Buffer.from(s, 'utf8');
  if (used + n > slab.length) {
    slab = Buffer.allocUnsafeSlow(SLAB);
    used = 0;
  }
  const out = slab.subarray(used, used + n);
  out.write(s, 'utf8');
  used += n;
  return out;
}

/** The string `p` keeps. */
export function unpack(p: Packed): string {
  if (typeof p === 'string') return p;
  if (p === lastBytes) return lastText;
  let s = recent.get(p);
  if (s === undefined) {
    s = p.toString('utf8');
    if (recent.size >= CAPACITY) recent.delete(recent.keys().next().value as Buffer);
  } else {
    recent.delete(p);
  }
  recent.set(p, s);
  lastBytes = p;
  lastText = s;
  return s;
}

/** Shorter pieces and joins of strings are copies already (V8 cuts and joins only longer ones). */
const FLAT_BELOW = 13;

/** A flat copy of `s`, one byte a character when every character fits: a piece cut from a file's text may keep the whole text alive. */
export function flatString(s: string): string {
  if (s.length < FLAT_BELOW) return s;
  return WIDE.test(s) ? Buffer.from(s, 'utf16le').toString('utf16le') : latin1Copy(s);
}

/** `sections` with flat labels (a front-matter field's name is cut from the file's text). */
function flatLabels(sections: Source['sections']): Source['sections'] {
  for (const s of sections) if (s.label !== undefined) s.label = flatString(s.label);
  return sections;
}

const RAW = Symbol('raw');

interface Kept {
  [RAW]: Packed;
}

// one getter for every source, so that all stored sources share their shape
function getRaw(this: Kept): string {
  return unpack(this[RAW]);
}

/**
 * `source` with its file text kept packed (`raw`: already packed, shared by
 * the records of one file) and its other strings flat. The fields read as
 * before, in the same order; a copy made by spreading gets `raw` as a string.
 * The plain text stays a string: every stage reads it, and decoding it again
 * for each would make more garbage than it saves.
 */
export function storeTexts(source: Source, raw: Packed = pack(source.raw)): Source {
  const out = {} as Record<string | symbol, unknown>;
  Object.defineProperty(out, RAW, { value: raw, writable: true });
  for (const k of Object.keys(source) as (keyof Source)[]) {
    if (k === 'raw') Object.defineProperty(out, k, { get: getRaw, enumerable: true, configurable: true });
    else if (k === 'text') out[k] = source.text === source.raw && typeof raw === 'string' ? raw : oneByte(source.text);
    else if (k === 'sections') out[k] = flatLabels(source.sections);
    else {
      // a title or author cut from the file's text
      const v = source[k];
      out[k] = typeof v === 'string' ? flatString(v) : v;
    }
  }
  return out as unknown as Source;
}

/** `s` one byte a character when every character fits, else as it is. */
function oneByte(s: string): string {
  return WIDE.test(s) ? s : latin1Copy(s);
}

/** The UTF-8 bytes a source's file text is kept as, when it is kept so (see {@link storeTexts}). */
export function rawBytes(source: Source): Buffer | undefined {
  const kept = (source as unknown as Partial<Kept>)[RAW];
  return typeof kept === 'object' ? kept : undefined;
}
