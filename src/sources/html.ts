/**
 * Saved web pages. The article is chosen by Readability (html-article.ts),
 * its text taken from the original positions of the file (html-text.ts), and
 * its metadata read from meta tags and JSON-LD (html-meta.ts). Claims are thus
 * located at the line and column of the HTML file the user saved.
 */
import type { SectionKind, SourceParser } from '../types';
import type { Piece } from './blocks';
import { Assembler, parseByline } from './blocks';
import { furniture, type BodyMeta } from './body';
import { heuristicRoot, readabilityChoice, withAncestors } from './html-article';
import { decodeText } from './html-entities';
import { elementText, headlineElement, htmlMeta, type HtmlMeta } from './html-meta';
import { htmlBlocks, isFurniture, type HtmlBlock } from './html-text';
import type { HtmlElement } from './html-tree';
import { parseHtmlTree } from './html-tree';

const EXTENSIONS = ['.html', '.htm', '.xhtml', '.shtml'];

/** An HTML page or fragment reduced to its article: title pieces, text blocks, metadata. */
export interface HtmlArticle {
  meta: HtmlMeta;
  title?: string;
  titleBlock?: HtmlBlock;
  blocks: HtmlBlock[];
  author?: string;
}

function insideFurniture(el: HtmlElement): boolean {
  for (let p = el.parent; p; p = p.parent) if (p.ordinal >= 0 && isFurniture(p)) return true;
  return false;
}

/** True when `part` occurs in `whole` as whole words ("Read" is not in "Ready"). */
function containsWords(whole: string, part: string): boolean {
  const word = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let i = whole.indexOf(part); i >= 0; i = whole.indexOf(part, i + 1)) {
    if (!(word(part[0]) && word(whole[i - 1])) && !(word(part[part.length - 1]) && word(whole[i + part.length]))) return true;
  }
  return false;
}

/** Reduce `html` to its article; all pieces are offsets into `html`. */
export function htmlArticle(html: string): HtmlArticle {
  const { root, elements } = parseHtmlTree(html);
  const meta = htmlMeta(html, elements);
  const choice = readabilityChoice(html, elements);
  const roots = (choice?.roots ?? []).filter((r) => !insideFurniture(r));
  const headline = headlineElement(html, root, meta.title ?? meta.docTitle);
  const titleEl = headline ?? elements.find((e) => e.name === 'title');
  const [titleBlock] = titleEl ? htmlBlocks(html, [titleEl], () => true, true) : [];
  const title = meta.title ?? (headline ? elementText(html, headline) : undefined) ?? meta.docTitle;
  const kept = choice ? withAncestors(choice, elements) : new Set<number>();
  // an element whose mark Readability dropped (it rebuilt it) is kept when Readability kept its words
  const inText = (e: HtmlElement): boolean => {
    const t = elementText(html, e);
    return t.length > 0 && !!choice && containsWords(choice.text, t);
  };
  const keep = (e: HtmlElement): boolean => e !== headline && (roots.length === 0 || kept.has(e.ordinal) || inText(e));
  const blocks = htmlBlocks(html, roots.length ? roots : [heuristicRoot(root)], keep);
  const byline = choice?.byline ? (parseByline(choice.byline)?.author ?? choice.byline) : undefined;
  return { meta, title, titleBlock, blocks, author: meta.author ?? byline };
}

/**
 * Add an article's blocks to `a`: bylines and bare date lines are furniture,
 * a block repeating the headline is left out, the rest is body or caption.
 */
export function addHtmlBlocks(a: Assembler, art: HtmlArticle, text: (p: Piece[]) => string, map: (p: Piece[]) => Piece[] = (p) => p): BodyMeta {
  const meta: BodyMeta = {};
  if (art.titleBlock) a.add('title', map(art.titleBlock.pieces), 'title');
  const headline = art.titleBlock ? text(art.titleBlock.pieces) : art.title;
  for (const b of art.blocks) {
    const plain = text(b.pieces);
    if (headline && plain === headline) continue;
    const kind: SectionKind = b.kind === 'body' ? (furniture(plain, meta) ?? 'body') : b.kind;
    a.add(kind, map(b.pieces), kind === 'boilerplate' ? 'furniture' : b.label);
  }
  return meta;
}

function detect(raw: string, path: string): number {
  const lower = path.toLowerCase();
  if (EXTENSIONS.some((e) => lower.endsWith(e)) && /<[a-z!]/i.test(raw)) return 0.95;
  // each comment stops at its first `-->` (a lazy `[\s\S]*?` here let comments overlap: exponential, minutes on 700 crafted bytes)
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--(?:(?!-->)[\s\S])*-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(raw)) return 0.95;
  const closers = raw.match(/<\/(?:p|div|article|section|h[1-6]|li|body)>/gi)?.length ?? 0;
  return closers >= 3 ? 0.7 : 0;
}

/** Saved HTML pages (a browser's "Save page as", a scraper's dump). */
export const htmlParser: SourceParser = {
  name: 'html',
  extensions: EXTENSIONS,
  detect,
  parse(raw) {
    const art = htmlArticle(raw);
    const a = new Assembler(raw);
    const text = (pieces: Piece[]): string => pieces.map((p) => p.text ?? raw.slice(p.start, p.end)).join('');
    const body = addHtmlBlocks(a, art, text);
    const { text: plain, map, sections } = a.build();
    const published = art.meta.published ?? body.dateLine;
    return {
      format: 'html',
      title: art.title ? decodeText(art.title) : undefined,
      published,
      publishedFrom: published ? 'stated' : undefined,
      author: art.author ?? body.author,
      outlet: art.meta.outlet ?? body.outlet,
      text: plain,
      map,
      sections,
    };
  },
};
