/**
 * Block structure of a Markdown body, line by line (CommonMark's common
 * cases): ATX and setext headings, paragraphs, list items, block quotes;
 * fenced and indented code, thematic breaks, tables' rule rows and link
 * reference definitions hold no prose and are skipped.
 */
import type { Span } from '../types';
import { isSpaceCode, trimSpan } from './chars';

/** A block of prose: the content ranges of its lines, markers removed. */
export interface MdBlock {
  /** `row`: a table row, whose `|` separate cells */
  type: 'heading' | 'paragraph' | 'item' | 'row';
  /** heading level, 1-6 */
  level?: number;
  lines: Span[];
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(?:\[[ xX]\][ \t]+)?|$)/;
const NESTED_ITEM = /^[ \t]+(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;
const REFDEF = /^ {0,3}\[[^\]]+\]:[ \t]*\S+/;

/** Blocks of `view[from, to)` (the body, with comments blanked out). */
export function markdownBlocks(view: string, from: number, to: number): MdBlock[] {
  const out: MdBlock[] = [];
  let cur: MdBlock | undefined;
  let fence: string | undefined;
  const close = (): void => {
    if (cur && cur.lines.length) out.push(cur);
    cur = undefined;
  };
  for (let at = from; at < to && at < view.length; ) {
    // the line [at, eol) and where the next one starts (CRLF, CR and LF end a line)
    let eol = at;
    while (eol < view.length && view.charCodeAt(eol) !== 10 && view.charCodeAt(eol) !== 13) eol++;
    const next = view.charCodeAt(eol) === 13 && view.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
    let start = at;
    const end = Math.min(to, eol);
    at = next;
    // block quote markers
    while (quoteMarker(view, start, end)) {
      start = view.indexOf('>', start) + 1;
      if (view[start] === ' ') start++;
    }
    const line = view.slice(start, end);
    if (fence) {
      if (line.trimStart().startsWith(fence)) fence = undefined;
      continue;
    }
    if (/^\s*$/.test(line)) {
      close();
      continue;
    }
    const f = FENCE.exec(line);
    if (f) {
      close();
      fence = f[1];
      continue;
    }
    if (!cur && /^(?: {4}|\t)/.test(line)) continue; // indented code
    const atx = ATX.exec(line);
    if (atx) {
      close();
      const c = trimSpan(view, start + atx[0].length, end);
      out.push({ type: 'heading', level: atx[1].length, lines: [{ start: c.start, end: withoutClosingHashes(view, c.start, c.end) }] });
      continue;
    }
    if (cur?.type === 'paragraph' && SETEXT.test(line)) {
      cur.type = 'heading';
      cur.level = line.trim()[0] === '=' ? 1 : 2;
      close();
      continue;
    }
    if (RULE.test(line) || isTableRule(line) || (!cur && REFDEF.test(line))) {
      close();
      continue;
    }
    if (/^\s*\|/.test(line)) {
      // a table row is a block of its own, without its outer pipes
      close();
      const c = trimSpan(view, start, end);
      const a = view[c.start] === '|' ? c.start + 1 : c.start;
      const b = c.end > a && view[c.end - 1] === '|' && view[c.end - 2] !== '\\' ? c.end - 1 : c.end;
      out.push({ type: 'row', lines: [trimSpan(view, a, b)] });
      continue;
    }
    const item = ITEM.exec(line) ?? (cur?.type === 'item' ? NESTED_ITEM.exec(line) : null);
    if (item) {
      close();
      cur = { type: 'item', lines: [trimSpan(view, start + item[0].length, end)] };
      continue;
    }
    if (!cur) cur = { type: 'paragraph', lines: [] };
    cur.lines.push(trimSpan(view, start, end));
  }
  close();
  // blocks built here, so their empty lines are cut in place (a copy made by spreading would give
  // headings and paragraphs shapes of their own, each a reason for the optimized loop to be thrown away)
  let kept = 0;
  for (const b of out) {
    if (b.lines.some((l) => l.end <= l.start)) b.lines = b.lines.filter((l) => l.end > l.start);
    if (b.lines.length > 0) out[kept++] = b;
  }
  out.length = kept;
  return out;
}

/** Up to three spaces and a `>` at `start` (before `end`): a block quote marker. */
function quoteMarker(view: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && i < start + 3 && view[i] === ' ') i++;
  return i < end && view[i] === '>';
}

/** End of an ATX heading's text `[start, end)` without its closing `#`s (a run of them alone, or after white space). */
function withoutClosingHashes(view: string, start: number, end: number): number {
  let h = end;
  while (h > start && view[h - 1] === '#') h--;
  if (h === end) return end;
  if (h === start) return start;
  if (!isSpaceCode(view.charCodeAt(h - 1))) return end;
  while (h > start && isSpaceCode(view.charCodeAt(h - 1))) h--;
  return h;
}

/**
 * A table's delimiter row: cells of dashes with optional colons (`:--`,
 * `--:`), at least two of them separated by `|`, outer pipes optional
 * (`/^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/`, read in one pass).
 */
export function isTableRule(line: string): boolean {
  let i = 0;
  const n = line.length;
  const spaces = (): void => {
    while (i < n && isSpaceCode(line.charCodeAt(i))) i++;
  };
  const cell = (): boolean => {
    if (line[i] === ':') i++;
    const dashes = i;
    while (i < n && line[i] === '-') i++;
    if (i === dashes) return false;
    if (line[i] === ':') i++;
    spaces();
    return true;
  };
  spaces();
  if (line[i] === '|') i++;
  spaces();
  if (!cell()) return false;
  let cells = 1;
  while (i < n) {
    if (line[i] !== '|') return false;
    i++;
    spaces();
    if (i === n) break; // the closing pipe
    if (!cell()) return false;
    cells++;
  }
  return cells >= 2;
}

/** The body with HTML comments and template tags (`{% … %}`, `{{< … >}}`) blanked out, line breaks kept. */
export function blankOut(raw: string): string {
  return raw.replace(/<!--[\s\S]*?(?:-->|$)|\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g, (m) => m.replace(/[^\r\n]/g, ' '));
}
