/**
 * A read source keeps its file text ({@link Source.raw}) and its plain text
 * ({@link Source.text}) as UTF-8 bytes, decoded again when read. An article
 * holding a single curly quote is a two-byte string in JavaScript, two bytes
 * a character; as UTF-8 its mostly ASCII text is one byte a character, and a
 * run of thousands of articles keeps every one until the report is written.
 * The pipeline works story by story, so the few texts last decoded are kept
 * decoded and each is decoded about once per stage; findings need only lines,
 * columns and short pieces of the file text, which are read from the bytes
 * (see position.ts).
 */
import { CrosscheckError } from '../errors';
import type { Section, Source } from '../types';
import type { OffsetMap } from './offset-map';
import type { SharedText } from './shared-text';

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

/** `s` as it is best kept; `alone`: its bytes in memory of their own, given back when it is let go (not in a slab shared with texts kept longer). */
export function pack(s: string, alone = false): Packed {
  if (!WIDE.test(s)) return latin1Copy(s);
  // a lone surrogate would not come back from UTF-8
  if ((s as string & { isWellFormed?(): boolean }).isWellFormed?.() !== true) return s;
  if (!alone) return utf8(s);
  const own = Buffer.allocUnsafeSlow(Buffer.byteLength(s, 'utf8'));
  own.write(s, 'utf8');
  return own;
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
const PARSED = Symbol('parsed');
const REPARSE = Symbol('reparse');
const REREAD = Symbol('reread');
const HELD = Symbol('held');
const MEMO = Symbol('memo');
const SHARE = Symbol('share');
const LET_GO = Symbol('letGo');

/** What parsing gave besides the header: the plain text (packed while kept), its offset map and its sections. */
export interface ParsedForm {
  text: Packed;
  map: OffsetMap;
  sections: Section[];
}

interface Kept {
  /** absent once let go ({@link release}) */
  [RAW]: Packed | undefined;
  /** absent once let go ({@link release}) */
  [PARSED]: ParsedForm | undefined;
  /** parses the file text again, when the parsed form may be let go */
  [REPARSE]: Reparse | undefined;
  /** reads the file again, when its text may be let go */
  [REREAD]: (() => string) | undefined;
  /** what the file text was kept as when it was let go (its form and length): the file read again must give the same */
  [HELD]: string | undefined;
  /** what its parse left for parsing its file text again ({@link memoOf}) */
  [MEMO]: unknown;
  /** the file text it shares with the other records of its export, when that may be let go ({@link SharedText}; `RAW` is then unused) */
  [SHARE]: SharedText | undefined;
  /** how many times its file text was let go with it ({@link release}): once its words are counted, again once its story is checked */
  [LET_GO]: number;
}

/** Parsed forms made again after being let go, the last few kept (a report may read a text more than once). */
const remade = new Map<Kept, ParsedForm>();
const REMADE = 8;

function parsedOf(k: Kept): ParsedForm {
  const p = k[PARSED];
  if (p !== undefined) return p;
  let again = remade.get(k);
  if (again === undefined) {
    again = (k[REPARSE] as Reparse)(() => packedOf(k), k[SHARE]);
    if (remade.size >= REMADE) remade.delete(remade.keys().next().value as Kept);
    remade.set(k, again);
  }
  return again;
}

/** The file text as kept, read from the file again (and kept again) when it was let go. */
function packedOf(k: Kept): Packed {
  const share = k[SHARE];
  if (share !== undefined) return share.get();
  const raw = k[RAW];
  if (raw !== undefined) return raw;
  const text = (k[REREAD] as () => string)();
  const again = pack(text, true);
  // offsets found in the text first read would not fit a file changed since
  if (k[HELD] !== undefined && heldAs(again) !== k[HELD]) throw new CrosscheckError('input', 'changed while crosscheck was reading it; run again', (k as unknown as Source).path);
  k[RAW] = again;
  // decoded already: the text just read is the one last decoded
  if (typeof again !== 'string') {
    lastBytes = again;
    lastText = text;
  }
  return again;
}

/** The file text (see {@link packedOf}). */
function rawOf(k: Kept): string {
  return unpack(packedOf(k));
}

/** A packed text's form and length, to tell a file read again from the file first read. */
export function heldAs(p: Packed): string {
  return `${typeof p}:${p.length}`;
}

// one getter a field for every source, so that all stored sources share their shape
function getRaw(this: Kept): string {
  return rawOf(this);
}

function getText(this: Kept): string {
  return unpack(parsedOf(this).text);
}

function getMap(this: Kept): OffsetMap {
  return parsedOf(this).map;
}

function getSections(this: Kept): Section[] {
  return parsedOf(this).sections;
}

const GETTERS: Partial<Record<keyof Source, (this: Kept) => unknown>> = { raw: getRaw, text: getText, map: getMap, sections: getSections };

/**
 * Parses a source's file text again, given as kept (a record of an export
 * decodes only its own bytes): its parsed form, with the plain text as a string.
 */
export type Reparse = (raw: () => Packed, share?: SharedText) => { text: string; map: OffsetMap; sections: Section[] };

/**
 * `source` with its file text and plain text kept packed (`raw`: already
 * packed, shared by the records of one file; the plain text shares it when
 * they are the same) and its other strings flat. The fields read as before,
 * in the same order; a copy made by spreading gets `raw` and `text` as strings.
 * With `reparse` (which parses the file text again), its parsed form may be
 * let go ({@link release}); its plain text is then kept as it is until it is.
 * With `reread` (which reads the file again), so may its file text.
 */
export function storeTexts(source: Source, raw: Packed = pack(source.raw), reparse?: Reparse, reread?: () => string, share?: SharedText): Source {
  // a text about to be let go (the pipeline counts its words, then releases it) is not packed at all
  const text = source.text === source.raw ? raw : reparse ? source.text : pack(source.text);
  return storePacked(source, raw, text, reparse, reread, share);
}

/**
 * A source from `fields` (a source's, in its order; `raw` and `text` may be
 * in any form) with `raw` and `text` as packed: how a source that crossed
 * threads is kept again.
 */
export function storePacked(fields: object, raw: Packed, text: Packed, reparse?: Reparse, reread?: () => string, share?: SharedText): Source {
  const given = fields as Record<string, unknown>;
  const out = {} as Record<string | symbol, unknown>;
  // a record whose export's text may be let go reads it through what it shares with the other records
  Object.defineProperty(out, RAW, { value: share ? undefined : raw, writable: true });
  Object.defineProperty(out, SHARE, { value: share });
  Object.defineProperty(out, LET_GO, { value: 0, writable: true });
  Object.defineProperty(out, PARSED, { value: { text, map: given.map, sections: flatLabels(given.sections as Section[]) }, writable: true });
  Object.defineProperty(out, REPARSE, { value: reparse, writable: true });
  Object.defineProperty(out, REREAD, { value: reread, writable: true });
  Object.defineProperty(out, HELD, { value: undefined, writable: true });
  Object.defineProperty(out, MEMO, { value: (given as Partial<Kept>)[MEMO] });
  for (const k of Object.keys(given)) {
    const get = GETTERS[k as keyof Source];
    if (get) Object.defineProperty(out, k, { get, enumerable: true, configurable: true });
    else {
      // a title or author cut from the file's text
      const v = given[k];
      out[k] = typeof v === 'string' ? flatString(v) : v;
    }
  }
  return out as unknown as Source;
}

/**
 * Let go of a stored source's plain text, offset map and sections, when its
 * file text can be parsed again to give them back (a file of one article, or
 * one record of an export, parsed alone): a run over an archive, done with a
 * story, keeps its sources' headers and file texts only. Reading them again
 * parses the text again. With `fileText`, the file text goes too when the
 * file can be read again for this source alone (a file of one article, not
 * from standard input): a report that shows only findings, which carry their
 * own locations and quotes, reads no source's text. Returns whether the
 * parsed form can be let go (is gone now).
 */
export function release(source: Source, fileText = false): boolean {
  const k = source as unknown as Partial<Kept>;
  if (k[REPARSE] === undefined) return false;
  k[PARSED] = undefined;
  const share = k[SHARE];
  if (fileText && share !== undefined) share.letGo((k[LET_GO] = (k[LET_GO] ?? 0) + 1));
  else if (fileText && k[REREAD] !== undefined && k[RAW] !== undefined) {
    k[HELD] = heldAs(k[RAW]);
    k[RAW] = undefined;
  }
  return true;
}

/** Parse a released source's file again and keep its parsed form until {@link release}d again (a story about to be checked reads it often). */
export function restore(source: Source): void {
  const k = source as unknown as Partial<Kept>;
  if (k[PARSED] !== undefined || k[REPARSE] === undefined) return;
  k[PARSED] = remade.get(k as Kept) ?? k[REPARSE](() => packedOf(k as Kept), k[SHARE]);
  remade.delete(k as Kept);
}

/**
 * A source's plain text for a single pass over every source (grouping them
 * into stories): decoded without being kept, so it dies young instead of
 * living on among the texts last decoded while thousands of others pass.
 */
export function textOnce(source: Source): string {
  const text = (source as unknown as Partial<Kept>)[PARSED]?.text;
  if (text === undefined || typeof text === 'string') return source.text;
  if (text === lastBytes) return lastText;
  return recent.get(text) ?? text.toString('utf8');
}

/** A source's file text as it keeps it (read from the file again when it was let go; packed now when it was not stored). */
export function packedRaw(source: Source): Packed {
  const kept = source as unknown as Partial<Kept>;
  if (!(RAW in kept)) return pack(source.raw);
  return packedOf(kept as Kept);
}

/** A source's file text as it keeps it, when it keeps it now (undefined: let go, or not stored). */
export function heldRaw(source: Source): Packed | undefined {
  const k = source as unknown as Partial<Kept>;
  return k[SHARE] !== undefined ? k[SHARE].now() : k[RAW];
}

/** The text a record shares with the other records of its export, when that may be let go and read again ({@link SharedText}). */
export function sharedOf(source: Source): SharedText | undefined {
  return (source as unknown as Partial<Kept>)[SHARE];
}

/**
 * What tells a source's file text apart from others: the text as kept, or
 * what the records of an export share when it may be let go (the same for
 * all of them, kept or not); undefined once an article's own text was let go.
 */
export function rawKey(source: Source): Packed | SharedText | undefined {
  const k = source as unknown as Partial<Kept>;
  return k[SHARE] ?? k[RAW];
}

/**
 * What a source's parse left for parsing its file text again (undefined:
 * nothing): kept out of sight, not a field, and kept by {@link storeTexts}
 * and {@link storePacked}; it crosses threads with the source.
 */
export function memoOf(source: object): unknown {
  return (source as unknown as Partial<Kept>)[MEMO];
}

/** `source` with the memo its parser left ({@link memoOf}). */
export function withMemo<T extends object>(source: T, memo: unknown): T {
  if (memo !== undefined) Object.defineProperty(source, MEMO, { value: memo });
  return source;
}

/** Has `source` let its parsed form go (and can parse its file text again)? */
export function isReleased(source: Source): boolean {
  const k = source as unknown as Partial<Kept>;
  return k[REPARSE] !== undefined && k[PARSED] === undefined;
}

/** A source's file text and plain text as it keeps them (packed now when it was not stored). */
export function packedTexts(source: Source): { raw: Packed; text: Packed } {
  const raw = packedRaw(source);
  const kept = source as unknown as Partial<Kept>;
  if (!(RAW in kept)) return { raw, text: source.text === source.raw ? raw : pack(source.text) };
  return { raw, text: parsedOf(kept as Kept).text };
}

/**
 * The UTF-8 bytes a stored source's file text is kept as, read from its file
 * again (and kept) when it was let go; undefined when kept as a string, or
 * for a source that was not stored.
 */
export function keptBytes(source: Source): Buffer | undefined {
  const k = source as unknown as Partial<Kept>;
  if (!(RAW in k)) return undefined;
  const kept = packedOf(k as Kept);
  return typeof kept === 'object' ? kept : undefined;
}

/** The UTF-8 bytes a source's file text is kept as, when it is kept so now (see {@link storeTexts}). */
export function rawBytes(source: Source): Buffer | undefined {
  const kept = heldRaw(source);
  return typeof kept === 'object' ? kept : undefined;
}
