/**
 * `crosscheck claims --format csv`: one row per claim, for spreadsheets.
 * RFC 4180: CRLF line ends, every field that needs it quoted, quotes doubled.
 * Article text is untrusted, and a spreadsheet runs a cell that starts with
 * `=`, `+`, `-` or `@` (or a tab or carriage return) as a formula, so such
 * text cells get a leading `'` (OWASP's CSV-injection advice). Numbers the
 * tool itself computed are written as plain numbers, never prefixed.
 */
import { locateSpan } from '../sources/position';
import { displayValue } from './display';
import type { Claim, Report, Source } from '../types';

/** The columns, in order. Kind-specific columns are empty for other kinds. */
export const CSV_COLUMNS = [
  'id', 'source', 'path', 'line', 'column', 'kind', 'section', 'text', 'display',
  'value', 'min', 'max', 'unit', 'qualifier', 'precision', 'end', 'name', 'role', 'age', 'speaker', 'quote',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Cell = string | number | boolean | undefined;

/** A text cell made inert for spreadsheets: a leading formula character is escaped with `'`. */
export function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One field, RFC 4180: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(cell: Cell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = typeof cell === 'boolean' ? String(cell) : defuse(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The kind-specific values of a claim, by column. */
function fields(c: Claim): Partial<Record<Column, Cell>> {
  switch (c.kind) {
    case 'quantity':
    case 'money':
    case 'percent':
      return { value: c.value, min: c.min, max: c.max, unit: c.unit, qualifier: c.qualifier };
    case 'date':
      return { value: c.value, precision: c.precision, end: c.end };
    case 'duration':
      return { value: c.value, min: c.min, max: c.max, unit: c.unit, qualifier: c.qualifier };
    case 'person':
      return { name: c.name, role: c.role, age: c.age };
    case 'quote':
      return { speaker: c.speaker, quote: c.quote };
  }
}

function row(c: Claim, s: Source | undefined): Cell[] {
  const loc = s ? locateSpan(s, c.span) : undefined;
  const cells: Partial<Record<Column, Cell>> = {
    id: c.id,
    source: c.source,
    path: s?.path,
    line: loc?.line,
    column: loc?.column,
    kind: c.kind,
    section: c.section,
    text: s?.text.slice(c.span.start, c.span.end).replace(/\s+/g, ' '),
    display: displayValue(c, loc?.text),
    ...fields(c),
  };
  return CSV_COLUMNS.map((k) => cells[k]);
}

/** `crosscheck claims --format csv`: a header row, then one row per claim in report order. */
export function formatClaimsCsv(report: Report): string {
  const bySource = new Map(report.sources.map((s) => [s.id, s]));
  const lines = [CSV_COLUMNS.join(','), ...report.claims.map((c) => row(c, bySource.get(c.source)).map(csvField).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
