/**
 * A light element tree of an HTML file that keeps where everything is in the
 * raw text. htmlparser2 (already installed as linkedom's parser) tokenizes;
 * entities are left encoded here so that text runs can be copied from the raw
 * file and each entity replaced by its character (see html-entities.ts).
 */
import type * as Htmlparser2 from 'htmlparser2';

/** htmlparser2, loaded on the first HTML file so that runs over text files start faster. */
function htmlparser2(): typeof Htmlparser2 {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('htmlparser2') as typeof Htmlparser2;
}

/** A run of character data, `[start, end)` in the raw HTML (entities still encoded). */
export interface HtmlText {
  type: 'text';
  start: number;
  end: number;
}

/** An element with its attributes (values raw) and the raw range of its start tag. */
export interface HtmlElement {
  type: 'element';
  name: string;
  attrs: Record<string, string>;
  /** document-order number of the element, used to match it in another DOM */
  ordinal: number;
  /** raw range of the start tag `<p class="x">` */
  tagStart: number;
  tagEnd: number;
  children: HtmlNode[];
  parent?: HtmlElement;
}

export type HtmlNode = HtmlText | HtmlElement;

// elements whose content is not article text (htmlparser2 reads script and style contents as text)
const RAW_TEXT = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

/** Parse `raw` into a tree rooted at a synthetic `#document` element (ordinal -1). */
export function parseHtmlTree(raw: string): { root: HtmlElement; elements: HtmlElement[] } {
  const root: HtmlElement = { type: 'element', name: '#document', attrs: {}, ordinal: -1, tagStart: 0, tagEnd: 0, children: [] };
  const elements: HtmlElement[] = [];
  let cur = root;
  const { Parser } = htmlparser2();
  const parser: Htmlparser2.Parser = new Parser(
    {
      onopentag(name, attrs) {
        const el: HtmlElement = {
          type: 'element',
          name,
          attrs,
          ordinal: elements.length,
          tagStart: parser.startIndex,
          tagEnd: parser.endIndex + 1,
          children: [],
          parent: cur,
        };
        elements.push(el);
        cur.children.push(el);
        cur = el;
      },
      onclosetag() {
        if (cur.parent) cur = cur.parent;
      },
      ontext() {
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        const last = cur.children[cur.children.length - 1];
        // htmlparser2 may report one run in several chunks
        if (last && last.type === 'text' && last.end === start) last.end = end;
        else cur.children.push({ type: 'text', start, end });
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.end(raw);
  return { root, elements };
}

/** Raw text of an element's content, for script/style/title bodies (entities still encoded). */
export function rawContent(raw: string, el: HtmlElement): string {
  return el.children.map((c) => (c.type === 'text' ? raw.slice(c.start, c.end) : '')).join('');
}

/** True for elements whose content is never article prose. */
export function isRawTextElement(name: string): boolean {
  return RAW_TEXT.has(name);
}

/** Every element below `el` (document order), or those for which `pick` is true. */
export function descendants(el: HtmlElement, pick: (e: HtmlElement) => boolean = () => true): HtmlElement[] {
  const out: HtmlElement[] = [];
  const visit = (n: HtmlElement): void => {
    for (const c of n.children) {
      if (c.type !== 'element') continue;
      if (pick(c)) out.push(c);
      visit(c);
    }
  };
  visit(el);
  return out;
}
