/**
 * From an article's elements to blocks of plain text: block elements start a
 * new paragraph, inline elements run on, and page furniture (navigation,
 * asides, share bars, related links, comments, forms, scripts) is left out.
 * Every piece points into the raw HTML.
 */
import type { SectionKind } from '../types';
import type { Piece } from './blocks';
import { InlineText } from './html-entities';
import type { HtmlElement } from './html-tree';
import { isRawTextElement } from './html-tree';

/** One paragraph-like block of an HTML article. */
export interface HtmlBlock {
  kind: SectionKind;
  /** `h2` for sub-headings, `li`, `blockquote`, … */
  label?: string;
  pieces: Piece[];
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'td', 'th', 'tr', 'ul',
  'caption', 'center', 'html', 'legend', 'menu', 'picture', 'video', 'audio',
]);

// never article prose, wherever they sit
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'button', 'select', 'option', 'svg', 'canvas', 'object', 'embed', 'head', 'dialog', 'menu', 'input', 'label', 'video', 'audio', 'map']);
const FURNITURE_ROLES = /^(?:navigation|complementary|contentinfo|banner|search|dialog|menu|menubar|toolbar|alert)$/i;
// class and id words of furniture blocks; whole words, so "shared-story" or "adventure" do not match
const FURNITURE_WORDS =
  /(?:^|[\s_-])(?:comments?|comment-list|related|more-stories|read-more|recirc|share|sharing|social|newsletter|promo|ads?|advert\w*|sponsored|sidebar|breadcrumbs?|subscribe|subscription|paywall|cookie|consent|popup|modal|recommend\w*|trending|most-?read|most-popular|outbrain|taboola|disqus|tags|tag-list|topics|author-bio|byline|dateline|timestamp|skip-link|visually-hidden|sr-only|print-only|hidden)(?:$|[\s_-])/i;

/** True for an element that is page furniture (or hidden), never the article. */
export function isFurniture(el: HtmlElement): boolean {
  if (FURNITURE_TAGS.has(el.name) || isRawTextElement(el.name)) return true;
  // a page header is masthead and menus; an article's own header holds its headline and standfirst
  if (el.name === 'header' && !hasAncestor(el, /^(?:article|main)$/)) return true;
  const a = el.attrs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return true;
  if (a.role && FURNITURE_ROLES.test(a.role)) return true;
  if (a.style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.style)) return true;
  if (a.itemprop && /^(?:articleBody|text)$/i.test(a.itemprop)) return false;
  return FURNITURE_WORDS.test(`${a.class ?? ''} ${a.id ?? ''}`);
}

function hasAncestor(el: HtmlElement, names: RegExp): boolean {
  for (let p = el.parent; p; p = p.parent) if (names.test(p.name)) return true;
  return false;
}

/** How a walk treats elements: `skip` drops the element and what it holds. */
export type ElementFilter = (el: HtmlElement) => boolean;

function kindOf(stack: readonly HtmlElement[]): { kind: SectionKind; label?: string } {
  let label: string | undefined;
  for (let i = stack.length - 1; i >= 0; i--) {
    const n = stack[i].name;
    if (n === 'figcaption' || n === 'caption') return { kind: 'caption', label: n };
    if (!label && /^(?:h[1-6]|li|blockquote|pre|td|th|dt|dd)$/.test(n)) label = n;
  }
  return { kind: 'body', label };
}

/**
 * Blocks of text under `roots`, in document order. `keep` says which elements
 * the walk may enter (furniture is always left out, except the roots themselves
 * when `forceRoots`: a `<title>` or a headline in the page header).
 */
export function htmlBlocks(raw: string, roots: readonly HtmlElement[], keep: ElementFilter = () => true, forceRoots = false): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  const stack: HtmlElement[] = [];
  let cur = new InlineText(raw);
  let curKind = kindOf(stack);
  // a block of nothing but <time> elements is a timestamp, not prose
  let prose = false;
  // `<br><br>` is how old CMSs and e-mail exports separate paragraphs
  let afterBr = false;
  const flush = (): void => {
    afterBr = false;
    if (cur.hasText) blocks.push(prose ? { ...curKind, pieces: cur.pieces } : { kind: 'boilerplate', label: 'time', pieces: cur.pieces });
    prose = false;
    cur = new InlineText(raw);
    curKind = kindOf(stack);
  };
  const visit = (el: HtmlElement, forced = false): void => {
    if (!forced && el.name !== 'br' && (isFurniture(el) || !keep(el))) {
      if (!BLOCK.has(el.name) && cur.hasText) cur.space(el.tagStart, el.tagEnd); // a dropped inline is a gap
      return;
    }
    const block = BLOCK.has(el.name);
    if (block) flush();
    stack.push(el);
    if (block) curKind = kindOf(stack);
    if (el.name === 'br' && afterBr) flush();
    else if (el.name === 'br' || el.name === 'wbr' || el.name === 'img') cur.space(el.tagStart, el.tagEnd);
    if (el.name === 'br' && cur.hasText) afterBr = true;
    for (const c of el.children) {
      if (c.type !== 'text') visit(c);
      else {
        const before = cur.pieces.length;
        cur.addRun(c.start, c.end);
        if (cur.pieces.length > before) afterBr = false;
        prose ||= cur.hasText && !stack.some((e) => e.name === 'time');
      }
    }
    stack.pop();
    if (block) flush();
  };
  for (const r of roots) {
    stack.length = 0;
    let p = r.parent;
    while (p) {
      stack.unshift(p);
      p = p.parent;
    }
    flush();
    visit(r, forceRoots);
    flush();
  }
  return blocks;
}
