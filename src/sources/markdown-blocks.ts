/**
 * Block structure of a Markdown body, line by line (CommonMark's common
 * cases): ATX and setext headings, paragraphs, list items, block quotes;
 * fenced and indented code, thematic breaks, tables' rule rows and link
 * reference definitions hold no prose and are skipped.
 */
import type { Span } from '../types';

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
const TABLE_RULE = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/;

/** Blocks of `view[from, to)` (the body, with comments blanked out). */
export function markdownBlocks(view: string, from: number, to: number): MdBlock[] {
  const out: MdBlock[] = [];
  let cur: MdBlock | undefined;
  let fence: string | undefined;
  const close = (): void => {
    if (cur && cur.lines.length) out.push(cur);
    cur = undefined;
  };
  const lineRe = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  lineRe.lastIndex = from;
  for (let m = lineRe.exec(view); m && m.index < to; m = lineRe.exec(view)) {
    if (m[0] === '') break;
    let start = m.index;
    const end = Math.min(to, m.index + m[0].replace(/[\r\n]+$/, '').length);
    // block quote markers
    while (/^ {0,3}>/.test(view.slice(start, end))) {
      start = view.indexOf('>', start) + 1;
      if (view[start] === ' ') start++;
    }
    const line = view.slice(start, end);
    if (fence) {
      if (line.trimStart().startsWith(fence)) fence = undefined;
      continue;
    }
    const content = (a: number): Span => trim(view, a, end);
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
      const c = content(start + atx[0].length);
      const text = view.slice(c.start, c.end).replace(/(?:^|\s+)#+$/, '');
      out.push({ type: 'heading', level: atx[1].length, lines: [{ start: c.start, end: c.start + text.length }] });
      continue;
    }
    if (cur?.type === 'paragraph' && SETEXT.test(line)) {
      cur.type = 'heading';
      cur.level = line.trim()[0] === '=' ? 1 : 2;
      close();
      continue;
    }
    if (RULE.test(line) || TABLE_RULE.test(line) || (!cur && REFDEF.test(line))) {
      close();
      continue;
    }
    if (/^\s*\|/.test(line)) {
      // a table row is a block of its own, without its outer pipes
      close();
      const c = content(start);
      const a = view[c.start] === '|' ? c.start + 1 : c.start;
      const b = c.end > a && view[c.end - 1] === '|' && view[c.end - 2] !== '\\' ? c.end - 1 : c.end;
      out.push({ type: 'row', lines: [trim(view, a, b)] });
      continue;
    }
    const item = ITEM.exec(line) ?? (cur?.type === 'item' ? NESTED_ITEM.exec(line) : null);
    if (item) {
      close();
      cur = { type: 'item', lines: [content(start + item[0].length)] };
      continue;
    }
    if (!cur) cur = { type: 'paragraph', lines: [] };
    cur.lines.push(content(start));
  }
  close();
  return out.map((b) => ({ ...b, lines: b.lines.filter((l) => l.end > l.start) })).filter((b) => b.lines.length > 0);
}

function trim(s: string, start: number, end: number): Span {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(s[a])) a++;
  while (b > a && /\s/.test(s[b - 1])) b--;
  return { start: a, end: b };
}

/** The body with HTML comments and template tags (`{% … %}`, `{{< … >}}`) blanked out, line breaks kept. */
export function blankOut(raw: string): string {
  return raw.replace(/<!--[\s\S]*?(?:-->|$)|\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g, (m) => m.replace(/[^\r\n]/g, ' '));
}
