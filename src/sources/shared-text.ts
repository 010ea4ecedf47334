/**
 * The file text the records of one JSON export share, when a run may let it
 * go between counting their words and checking their stories (see
 * stored.ts, which reads a record's file text through it).
 */
import { CrosscheckError } from '../errors';
import { heldAs, pack, type Packed } from './stored';

/** Reads the bytes `[from, to)` of a file (a record of an export, read alone). */
export type ReadRange = (from: number, to: number) => Buffer;

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
 * again after its last record, it is kept.
 */
export class SharedText {
  private packed: Packed | undefined;
  /** the text's form and length as first read: read again, it must be the same */
  private readonly held: string;
  /** kept as a string (ASCII or Latin-1), not as UTF-8 bytes */
  private readonly asString: boolean;
  /** records not yet let go once (words counted), and twice (story checked) */
  private toGroup: number;
  private toCheck: number;

  constructor(
    packed: Packed,
    records: number,
    private readonly reread: () => string,
    /** the export's path as shown (in what a user is told) */
    readonly path: string,
    /** when the file's bytes are the text as kept: reads them, all or a range */
    private readonly bytes?: { all: () => Buffer; range: ReadRange },
  ) {
    this.packed = packed;
    this.held = heldAs(packed);
    this.asString = typeof packed === 'string';
    this.toGroup = records;
    this.toCheck = records;
  }

  /** The text as kept, read again from its file (and kept) when it was let go: it must be of the same form and length. */
  get(): Packed {
    if (this.packed === undefined) {
      const again = this.bytes ? (this.asString ? this.bytes.all().toString('latin1') : this.bytes.all()) : pack(this.reread(), true);
      // offsets found in the text first read would not fit a file changed since
      if (heldAs(again) !== this.held) throw new CrosscheckError('input', 'changed while crosscheck was reading it; run again', this.path);
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
    return this.bytes && kept === undefined ? this.bytes.range(from, to) : undefined;
  }

  /** One of its records let its text go for the `time`-th time (1: words counted, 2: story checked). */
  letGo(time: number): void {
    if (time === 1 && --this.toGroup === 0) this.packed = undefined;
    else if (time === 2 && --this.toCheck === 0) this.packed = undefined;
  }
}
