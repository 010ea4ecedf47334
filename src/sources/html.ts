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
  /** what was decided of the page's elements, for parsing the same page again without asking Readability (undefined: not to be reused) */
  decision?: HtmlDecision;
}

/**
 * Which of a page's elements make its article, as decided for one parse: the
 * roots the text is taken from, the answer for every element asked whether it
 * is kept (1 kept, 2 not, 0 not asked; by element number), and Readability's
 * byline. Reading the page with a DOM and Readability is nine tenths of the
 * cost of parsing it; a page parsed again for its story (its parsed form let
 * go in between) takes the decision made the first time, a few hundred bytes.
 */
export interface HtmlDecision {
  roots: number[];
  asked: Uint8Array;
  byline?: string;
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

/**
 * Reduce `html` to its article; all pieces are offsets into `html`.
 * `decided`: the decision a parse of the same `html` made, taken instead of
 * asking Readability again.
 */
export function htmlArticle(html: string, decided?: HtmlDecision): HtmlArticle {
  const { root, elements } = parseHtmlTree(html);
  const meta = htmlMeta(html, elements);
  const reuse = decided !== undefined && decided.asked.length === elements.length;
  const choice = reuse ? undefined : readabilityChoice(html, elements);
  const roots = reuse ? decided.roots.map((n) => elements[n]) : (choice?.roots ?? []).filter((r) => !insideFurniture(r));
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
  const asked = reuse ? decided.asked : new Uint8Array(elements.length);
  // an element outside the numbered ones (the document itself) cannot be written down: the decision is then not reused
  let exact = true;
  const keep = (e: HtmlElement): boolean => {
    if (reuse) return asked[e.ordinal] === 1;
    const k = e !== headline && (roots.length === 0 || kept.has(e.ordinal) || inText(e));
    if (e.ordinal >= 0 && e.ordinal < asked.length) asked[e.ordinal] = k ? 1 : 2;
    else exact = false;
    return k;
  };
  const blocks = htmlBlocks(html, roots.length ? roots : [heuristicRoot(root)], keep);
  const readabilityByline = reuse ? decided.byline : choice?.byline;
  const byline = readabilityByline ? (parseByline(readabilityByline)?.author ?? readabilityByline) : undefined;
  const decision = reuse ? decided : exact && roots.every((r) => r.ordinal >= 0) ? { roots: roots.map((r) => r.ordinal), asked, byline: readabilityByline } : undefined;
  return { meta, title, titleBlock, blocks, author: meta.author ?? byline, decision };
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
  parse(raw, memo) {
    const art = htmlArticle(raw, memo as HtmlDecision | undefined);
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
      memo: art.decision,
    };
  },
};
