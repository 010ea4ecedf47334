/**
 * Paragraphs of plain prose take a short way through inline parsing (each
 * line copied whole, each line break one space); it must give exactly the
 * pieces the character-by-character reading gives. That reading is the one
 * table rows take, so a paragraph with no pipe read as a row is the check.
 */
import { inlinePieces } from '../../src/sources/markdown-inline';
import { blankOut } from '../../src/sources/markdown-blocks';
import { splitLines } from '../../src/sources/blocks';

/** Both readings of the paragraph `raw` (its lines, trimmed, as the block parser gives them). */
function readings(raw: string): [unknown, unknown] {
  const view = blankOut(raw);
  const lines = splitLines(view).map((l) => ({ start: l.start, end: l.end }));
  return [inlinePieces(view, raw, lines), inlinePieces(view, raw, lines, true)];
}

describe('inline parsing of plain prose', () => {
  it.each([
    ['One line of prose, with “curly quotes” and 26 nations.'],
    ['A paragraph wrapped\nover three lines\nof plain text.'],
    ['Two  spaces inside a line.'],
    ['A tab\tinside a line.'],
    ['A no-break\u00a0space.'],
    ['Lines ending\r\nin CRLF.'],
    ['Markup *inside* one line\nand not the next.'],
    ['An ampersand & a <tag> and an escape \\* here.'],
    ['A comment <!-- unseen --> in the line.'],
    ['A comment <!--\nover lines\n--> then prose.'],
    ['Under_scores and ~tildes~ and `code`.'],
  ])('gives the pieces of the full reading: %j', (raw) => {
    const [short, full] = readings(raw);
    expect(short).toEqual(full);
  });

  it('copies each plain line whole and stands one space for each line break', () => {
    const raw = 'First line\nsecond line';
    expect(readings(raw)[0]).toEqual([
      { start: 0, end: 10 },
      { text: ' ', start: 10, end: 11 },
      { start: 11, end: 22 },
    ]);
  });
});
