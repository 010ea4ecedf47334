/**
 * The file text the records of one JSON export share, when a run may let it
 * go between counting their words and checking their stories (see
 * stored.ts, which reads a record's file text through it).
 */
import { CrosscheckError } from '../errors';
import { readBytes, readRange, readText } from './read-file';
import { heldAs, pack, type Packed } from './stored';

/**
 * Where an export's text can be read again: its file, and what its text was
 * kept as (its form and length: read again, it must be the same). Plain data,
 * so that it crosses threads: a worker reads the records it checks from the
 * file itself, rather than being sent the whole export.
 */
export interface ExportFile {
  abs: string;
  /** the path as shown (in what a user is told) */
  shown: string;
  /** {@link heldAs} of the text as first kept */
  held: string;
  /** the file's size, when its bytes are the text as kept (UTF-8, or ASCII), after {@link skip}: a record's bytes can then be read alone */
  size?: number;
  /** bytes before the text in the file (3: a UTF-8 byte-order mark) */
  skip?: number;
}

/**
 * The file text the records of one export share, when it may be let go: a
 * run over an archive of exports then holds the text of the export being
 * read, and of those whose findings are being located, rather than of every
 * export to the end. It goes once every record's words are counted, and
 * again once every record's story is checked. In between, when the file's
 * bytes are the text as kept (UTF-8, or ASCII), a record parsed again reads
 * only its own bytes from the file ({@link range}), and the export is read
 * whole ({@link get}: once, for all its records) only where a finding is
 * located; otherwise it is read and decoded whole when first needed. Read
 * again after its last record, it is kept. A worker thread makes one from
 * the file alone ({@link ExportFile}), its text not read yet, and keeps it
 * while its stories need the export.
 */
export class SharedText {
  private packed: Packed | undefined;
  /** kept as a string (ASCII or Latin-1), not as UTF-8 bytes */
  private readonly asString: boolean;
  /** records not yet let go once (words counted), and twice (story checked) */
  private toGroup: number;
  private toCheck: number;

  constructor(
    /** the text as kept, or undefined: read from the file when first needed */
    packed: Packed | undefined,
    records: number,
    readonly file: ExportFile,
  ) {
    this.packed = packed;
    this.asString = file.held.startsWith('string:');
    this.toGroup = records;
    this.toCheck = records;
  }

  /** The export's path as shown. */
  get path(): string {
    return this.file.shown;
  }

  /** Are the file's bytes the text as kept (a record's bytes can be read alone)? */
  get byRange(): boolean {
    return this.file.size !== undefined;
  }

  /** The text as kept, read again from its file (and kept) when it was let go: it must be of the same form and length. */
  get(): Packed {
    if (this.packed === undefined) {
      const { abs, shown } = this.file;
      let again: Packed;
      if (!this.byRange) again = pack(readText(abs, shown), true);
      else {
        const bytes = readBytes(abs, shown).subarray(this.file.skip ?? 0);
        again = this.asString ? bytes.toString('latin1') : bytes;
      }
      // offsets found in the text first read would not fit a file changed since
      if (heldAs(again) !== this.file.held) throw new CrosscheckError('input', 'changed while crosscheck was reading it; run again', shown);
      this.packed = again;
    }
    return this.packed;
  }

  /** The text, when it is kept now. */
  now(): Packed | undefined {
    return this.packed;
  }

  /** The bytes `[from, to)` of the text, read alone from the file when the text is not kept now; undefined when the file's bytes are not the text's. */
  range(from: number, to: number): Buffer | undefined {
    const kept = this.packed;
    if (typeof kept === 'object') return kept.subarray(from, to);
    const { abs, shown, size, skip = 0 } = this.file;
    return size !== undefined && kept === undefined ? readRange(abs, shown, size, from + skip, to + skip) : undefined;
  }

  /** One of its records let its text go for the `time`-th time (1: words counted, 2: story checked). */
  letGo(time: number): void {
    if (time === 1 && --this.toGroup === 0) this.packed = undefined;
    else if (time === 2 && --this.toCheck === 0) this.packed = undefined;
  }
}
