/**
 * Markdown with optional YAML front matter (Jekyll, Hugo, Eleventy drafts).
 * Front-matter title and excerpt become sections mapped to the characters of
 * their values; the body's markup is stripped with every kept character copied
 * from the raw file.
 */
import type { SourceParser } from '../types';
import { Assembler } from './blocks';
import { firstAfterIndent, isSpaceAt } from './chars';
import { findFrontMatter, parseFrontMatter } from './front-matter';
import { blankOut, markdownBlocks } from './markdown-blocks';
import { inlinePieces } from './markdown-inline';

const EXTENSIONS = ['.md', '.markdown', '.mdown', '.mkd'];

function detect(raw: string, path: string): number {
  const fm = findFrontMatter(raw);
  if (fm && (fm.toml ? /^[ \t]*[\w-]+[ \t]*=/m : /^[ \t]*[\w-]+[ \t]*:/m).test(raw.slice(fm.yamlStart, fm.yamlEnd))) return 0.95;
  if (EXTENSIONS.some((e) => path.toLowerCase().endsWith(e))) return 0.8;
  // Markdown written into a .txt: ATX headings, links, emphasis
  const signs = [/^#{1,6} \S/m.test(raw), hasInlineLink(raw), firstAfterIndent(raw, isBullet) >= 0, /\*\*[^*\n]+\*\*/.test(raw)].filter(Boolean).length;
  return signs >= 2 ? 0.6 : signs === 1 ? 0.2 : 0.05;
}

/** A list bullet: `- x` or `* x`. */
function isBullet(raw: string, i: number): boolean {
  const c = raw[i];
  return (c === '-' || c === '*') && raw[i + 1] === ' ' && i + 2 < raw.length && !isSpaceAt(raw, i + 2);
}

/**
 * An inline link `[text](target)`: text without `]` or a line break, target
 * without `)` or white space. Linear: every `[` before the same `]` fails or
 * succeeds alike, so the search goes on after that `]`; and a target that ran
 * into white space is not scanned again for a later `[` whose target starts
 * inside it.
 */
function hasInlineLink(raw: string): boolean {
  let deadTarget = -1; // a target scan that failed at this index
  for (let i = raw.indexOf('['); i >= 0; ) {
    let j = i + 1;
    while (j < raw.length && raw[j] !== ']' && raw[j] !== '\n') j++;
    if (j < raw.length && raw[j] === ']' && j > i + 1 && raw[j + 1] === '(' && j + 2 > deadTarget) {
      let k = j + 2;
      while (k < raw.length && raw[k] !== ')' && !isSpaceAt(raw, k)) k++;
      if (k < raw.length && raw[k] === ')' && k > j + 2) return true;
      deadTarget = k;
    }
    i = raw.indexOf('[', j);
  }
  return false;
}

/** Markdown, with or without front matter. */
export const markdownParser: SourceParser = {
  name: 'markdown',
  extensions: EXTENSIONS,
  detect,
  parse(raw) {
    const fm = parseFrontMatter(raw);
    const a = new Assembler(raw);
    if (fm?.titlePieces) a.add('title', fm.titlePieces, 'title');
    for (const e of fm?.excerpts ?? []) a.add('excerpt', e.pieces, e.label);
    const view = blankOut(raw);
    let title = fm?.title;
    for (const block of markdownBlocks(view, fm?.bodyStart ?? 0, raw.length)) {
      const pieces = inlinePieces(view, raw, block.lines, block.type === 'row');
      const h1 = block.type === 'heading' && block.level === 1;
      // the text of an H1 (the only block whose text is compared)
      const plain = h1 ? pieces.map((p) => p.text ?? raw.slice(p.start, p.end)).join('') : '';
      const isTitle = h1 && title === undefined;
      // an H1 repeating the front-matter title would repeat its claims
      const kind = isTitle ? 'title' : h1 && plain === fm?.title ? 'boilerplate' : 'body';
      const span = a.add(kind, pieces, block.type === 'heading' ? `h${block.level}` : undefined);
      if (isTitle && span) title = plain;
    }
    const { text, map, sections } = a.build();
    return {
      format: 'markdown',
      title,
      published: fm?.published,
      publishedFrom: fm?.published ? 'stated' : undefined,
      author: fm?.author,
      outlet: fm?.outlet,
      text,
      map,
      sections,
    };
  },
};
