/**
 * One record of a JSON or JSON Lines export parsed again alone, when its
 * parsed form was let go (stored.ts): a run over an archive of exports then
 * holds at most the exports' texts, not every record's plain text and offset
 * map too. A record's parse depends on its own characters only, so its range of
 * the export's text parsed again gives the same plain text and sections, and
 * the same map once shifted to where the record starts. The export's text is
 * kept as UTF-8 bytes when it holds wide characters: the record's range is
 * then told in bytes as well, so that only its own bytes are decoded. When
 * the export's text was let go (shared-text.ts), those bytes alone are read
 * from the file again.
 */
import { CrosscheckError } from '../errors';
import type { Source } from '../types';
import type { FieldMap } from './json-fields';
import { recordSource } from './json-record';
import { parseJson } from './json-value';
import type { Packed } from './stored';

/** Where a record is in its export's text (the memo its parse leaves, see stored.ts), and how its fields were named. */
export interface RecordMemo {
  record: 'json';
  /** `[start, end)` of the record's value in the export's text, in characters */
  start: number;
  end: number;
  /** the same range in the text's UTF-8 bytes, when they are what is kept ({@link addByteRanges}) */
  bytes?: [number, number];
  fieldMap: FieldMap;
}

export function recordMemo(start: number, end: number, fieldMap: FieldMap): RecordMemo {
  return { record: 'json', start, end, fieldMap };
}

export function isRecordMemo(memo: unknown): memo is RecordMemo {
  return typeof memo === 'object' && memo !== null && (memo as Partial<RecordMemo>).record === 'json';
}

/**
 * Tell each record's range in bytes too, for a text kept as UTF-8 bytes:
 * one pass over the text, the records taken in order (as an export lists them).
 */
export function addByteRanges(memos: readonly RecordMemo[], text: string): void {
  let char = 0;
  let byte = 0;
  const byteAt = (at: number): number => {
    // records come in text order; one out of order is measured from the start
    if (at < char) [char, byte] = [0, 0];
    byte += Buffer.byteLength(text.slice(char, at), 'utf8');
    char = at;
    return byte;
  };
  for (const m of memos) {
    const from = byteAt(m.start);
    m.bytes = [from, byteAt(m.end)];
  }
}

/**
 * The record `memo` tells of, parsed again from its export's text as kept
 * (`kept`), or from its own bytes read alone (`alone`, when the export's
 * text is not kept now): its plain text, map (into the whole export) and sections.
 */
export function recordAgain(kept: () => Packed, memo: RecordMemo, format: string, alone?: { range(from: number, to: number): Buffer | undefined; readonly path: string }): Pick<Source, 'text' | 'map' | 'sections'> {
  const bytes = memo.bytes && alone?.range(memo.bytes[0], memo.bytes[1]);
  const own = bytes ? bytes.toString('utf8') : ownText(kept(), memo);
  // offsets found in the text first read would not fit a file changed since
  const changed = (): CrosscheckError => new CrosscheckError('input', 'changed while crosscheck was reading it; run again', alone?.path);
  if (own.length !== memo.end - memo.start) throw changed();
  try {
    return recordOf(own, memo, format);
  } catch (e) {
    // a record read alone from its file that no longer reads as one (its bytes read as one before)
    if (bytes) throw changed();
    throw e;
  }
}

/** The record's own text, cut from its export's text as kept. */
function ownText(kept: Packed, memo: RecordMemo): string {
  if (typeof kept === 'string') return kept.slice(memo.start, memo.end);
  return memo.bytes ? kept.toString('utf8', memo.bytes[0], memo.bytes[1]) : kept.toString('utf8').slice(memo.start, memo.end);
}

function recordOf(own: string, memo: RecordMemo, format: string): Pick<Source, 'text' | 'map' | 'sections'> {
  const node = parseJson(own);
  if (node.type !== 'object') throw new Error(`the record at ${memo.start} is no longer an object`);
  const s = recordSource(own, node, memo.fieldMap, format);
  return { text: s.text, map: s.map.shifted(memo.start), sections: s.sections };
}
