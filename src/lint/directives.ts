/**
 * Inline suppression comments in drafts, ESLint's way in Markdown's comment
 * form:
 *
 * - `<!-- crosscheck-disable-next-line rule-a, rule-b -->` the next line
 * - `<!-- crosscheck-disable-line rule-a -->` the comment's own line
 * - `<!-- crosscheck-disable rule-a -->` … `<!-- crosscheck-enable rule-a -->` a block
 *   (to the end of the file when never enabled again)
 *
 * No rule ids means every rule. A description may follow ` -- `. They are
 * read from the file's raw text, so lines are the lines the user sees.
 */
import type { Source } from '../types';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

/** One suppression comment. */
export interface Directive {
  kind: DirectiveKind;
  /** rule ids it names; empty = all rules */
  rules: string[];
  /** 1-based line and column of `<!--`, and the line and exclusive end column of `-->` */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based raw offsets of the whole comment, end exclusive */
  start: number;
  end: number;
  text: string;
}

const DIRECTIVE = /<!--\s*crosscheck-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g;

/** 1-based line and column of each offset, for the few offsets asked. */
function positionOf(raw: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = raw.indexOf('\n'); i >= 0 && i < offset; i = raw.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The rule ids in a directive's body: comma or space separated, before any ` -- description`. */
export function directiveRules(body: string): string[] {
  const ids = body.split(/\s--\s|\s--$/)[0];
  return ids
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Every suppression comment in a source's raw text, in file order. */
export function parseDirectives(source: Pick<Source, 'raw'>): Directive[] {
  const out: Directive[] = [];
  for (const m of source.raw.matchAll(DIRECTIVE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const a = positionOf(source.raw, start);
    const b = positionOf(source.raw, end);
    out.push({
      kind: m[1] as DirectiveKind,
      rules: directiveRules(` ${m[2]} `),
      line: a.line,
      column: a.column,
      endLine: b.line,
      endColumn: b.column,
      start,
      end,
      text: m[0],
    });
  }
  return out;
}
