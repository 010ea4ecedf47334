/**
 * Character data of an HTML file as plain text pieces: runs of characters
 * copied from the raw file, each entity (`&amp;`, `&#8217;`, `&nbsp;`) replaced
 * by the character it stands for, and runs of white space collapsed to one
 * space, the way a browser shows them. Every piece keeps its raw range.
 */
import type * as Entities from 'entities';
import type { Piece } from './blocks';

/** The entity decoder, loaded with its tables when an HTML file first needs it (not by runs that read none). */
let entities: typeof Entities | undefined;
function decodeHTML(text: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  entities ??= require('entities') as typeof Entities;
  return entities.decodeHTML(text);
}

const ENTITY = /&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)/g;

/** HTML's white space: space, tab, line feed, carriage return, form feed. */
function isHtmlSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}

/** The text of an entity, or undefined when it is not one (a bare `&`). */
function decodeEntity(entity: string): string | undefined {
  const decoded = decodeHTML(entity);
  if (decoded === entity) return undefined;
  // a non-breaking space is a space to the claim extractors ("10&nbsp;million")
  return decoded.replace(/\u00a0/g, ' ');
}

/** Collects the pieces of one block, collapsing white space across the runs fed to it. */
export class InlineText {
  readonly pieces: Piece[] = [];
  private pendingSpace?: { start: number; end: number };

  constructor(private readonly raw: string) {}

  /** True once something other than white space was added. */
  get hasText(): boolean {
    return this.pieces.length > 0;
  }

  /** Add `raw[start, end)`: character data with entities still encoded. */
  addRun(start: number, end: number): void {
    const run = this.raw.slice(start, end);
    let at = 0;
    ENTITY.lastIndex = 0;
    for (let m = ENTITY.exec(run); m; m = ENTITY.exec(run)) {
      const decoded = decodeEntity(m[0]);
      if (decoded === undefined) continue;
      this.addPlain(start + at, start + m.index);
      if (decoded === ' ') this.space(start + m.index, start + m.index + m[0].length);
      else this.addPiece({ text: decoded, start: start + m.index, end: start + m.index + m[0].length });
      at = m.index + m[0].length;
    }
    this.addPlain(start + at, end);
  }

  /** A break that reads as a space (`<br>` inside a paragraph). */
  space(start: number, end: number): void {
    if (!this.pendingSpace) this.pendingSpace = { start, end };
    else this.pendingSpace.end = end;
  }

  /** Add `raw[start, end)`, which holds no entity: its runs of HTML white space (`[ \t\n\r\f]+`) become spaces, the rest is copied. */
  private addPlain(start: number, end: number): void {
    const raw = this.raw;
    let at = start;
    let i = start;
    while (i < end) {
      if (!isHtmlSpace(raw.charCodeAt(i))) {
        i++;
        continue;
      }
      const run = i;
      while (i < end && isHtmlSpace(raw.charCodeAt(i))) i++;
      if (run > at) this.addPiece({ start: at, end: run });
      this.space(run, i);
      at = i;
    }
    if (at < end) this.addPiece({ start: at, end });
  }

  private addPiece(p: Piece): void {
    const gap = this.pendingSpace;
    this.pendingSpace = undefined;
    // white space at the start of a block is dropped; inside it becomes one space
    if (gap && this.pieces.length > 0) {
      const single = gap.end - gap.start === 1 && this.raw.charCodeAt(gap.start) === 32;
      const before = this.pieces[this.pieces.length - 1];
      // a single space right after a copy is copied with it (most words of a paragraph: one piece, not one a word)
      if (single && before.text === undefined && before.end === gap.start) before.end = gap.end;
      else this.pieces.push(single ? { start: gap.start, end: gap.end } : { text: ' ', start: gap.start, end: gap.end });
    }
    const last = this.pieces[this.pieces.length - 1];
    if (p.text === undefined && last && last.text === undefined && last.end === p.start) last.end = p.end;
    else this.pieces.push(p);
  }
}

/** Decode the entities of an attribute value or a `<title>` (no offsets needed). */
export function decodeText(value: string): string {
  return decodeHTML(value).replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
}
