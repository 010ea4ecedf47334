/**
 * Which elements of a page are the article. Mozilla's Readability is the
 * judge, but it rewrites the DOM it reads, so its text cannot be mapped back
 * to the file. Instead each element is tagged with its document-order number
 * before linkedom parses the page; the numbers that survive in Readability's
 * output say which original elements it kept. The text itself is then taken
 * from the original positions (html-text.ts).
 */
import type * as ReadabilityModule from '@mozilla/readability';
import type { HtmlElement } from './html-tree';
import { descendants } from './html-tree';
import { loadLinkedom } from './linkedom-lean';

const MARK = 'data-crosscheck-n';

/**
 * Readability and linkedom (linkedom-lean.ts) are loaded on first use, which
 * keeps them out of the start-up of runs with no HTML.
 */
function readability(): typeof ReadabilityModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('@mozilla/readability') as typeof ReadabilityModule;
}

function parseHTML(html: string): { document: unknown } {
  return loadLinkedom().parseHTML(html);
}

/** The article as Readability sees it: the elements it kept, and its byline. */
export interface ArticleChoice {
  /** topmost kept elements, in document order */
  roots: HtmlElement[];
  /** ordinals of every element Readability kept */
  kept: Set<number>;
  /** Readability's text of the article, white space collapsed */
  text: string;
  byline?: string;
}

/** `raw` with `MARK="n"` added to the start tag of element n. */
function marked(raw: string, elements: readonly HtmlElement[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const el of elements) {
    const cut = el.tagStart + 1 + el.name.length;
    if (raw.slice(el.tagStart + 1, cut).toLowerCase() !== el.name) continue;
    parts.push(raw.slice(at, cut), ` ${MARK}="${el.ordinal}"`);
    at = cut;
  }
  parts.push(raw.slice(at));
  return parts.join('');
}

interface MarkedNode {
  id?: string;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): Iterable<MarkedNode>;
  parentElement: MarkedNode | null;
}

/** Ask Readability which elements hold the article; undefined when it finds none. */
export function readabilityChoice(raw: string, elements: readonly HtmlElement[]): ArticleChoice | undefined {
  // Readability's cleaning is cubic in nesting depth (seconds at 400 levels, hours at 100,000): a page
  // nested deeper than any real article is left to the heuristics
  if (deeperThan(elements, MAX_DEPTH)) return undefined;
  let kept = new Set<number>();
  // topmost kept elements, with how many elements Readability wrapped them in (a new <p>, a new <div> for <body>)
  let tops: { n: number; wrapped: number }[] = [];
  try {
    const { document } = parseHTML(marked(raw, elements));
    const { Readability } = readability();
    const reader = new Readability(document as never, {
      charThreshold: 200,
      serializer: (node: unknown) => {
        const n = node as MarkedNode;
        const all = [...n.querySelectorAll(`[${MARK}]`)];
        kept = new Set(all.map((e) => Number(e.getAttribute(MARK))));
        tops = [];
        for (const e of all) {
          let wrapped = 0;
          let top = true;
          for (let p = e.parentElement; p && p !== n; p = p.parentElement) {
            if (p.getAttribute(MARK) !== null) top = false;
            else if (!/^readability-page-\d+$/.test(p.getAttribute('id') ?? '')) wrapped++;
          }
          if (top) tops.push({ n: Number(e.getAttribute(MARK)), wrapped });
        }
        return '';
      },
    });
    const result = reader.parse();
    if (!result || kept.size === 0) return undefined;
    // an element Readability re-wrapped stands for its original parent: take the original ancestors instead
    const roots = new Set<HtmlElement>();
    for (const t of tops) {
      let el: HtmlElement | undefined = elements[t.n];
      for (let k = 0; k < t.wrapped && el?.parent && el.parent.ordinal >= 0; k++) el = el.parent;
      if (el) roots.add(el);
    }
    const sorted = [...roots].filter((r) => ![...roots].some((o) => o !== r && contains(o, r))).sort((a, b) => a.ordinal - b.ordinal);
    const text = (result.textContent ?? '').replace(/\s+/g, ' ').trim();
    return { roots: sorted, kept, text, byline: result.byline?.trim() || undefined };
  } catch {
    return undefined; // Readability failing on an odd page is not fatal: the heuristics below still work
  }
}

/** Nesting beyond which Readability is not asked (real pages stay well under 100 levels). */
const MAX_DEPTH = 200;

/** Is any element nested more than `max` levels deep? Parents come before children in document order. */
function deeperThan(elements: readonly HtmlElement[], max: number): boolean {
  const depth = new Map<HtmlElement, number>();
  for (const el of elements) {
    const d = (el.parent ? (depth.get(el.parent) ?? 0) : 0) + 1;
    if (d > max) return true;
    depth.set(el, d);
  }
  return false;
}

function contains(a: HtmlElement, b: HtmlElement): boolean {
  for (let p = b.parent; p; p = p.parent) if (p === a) return true;
  return false;
}

/** Ordinals of the kept elements and of all their ancestors (elements Readability kept part of). */
export function withAncestors(choice: ArticleChoice, elements: readonly HtmlElement[]): Set<number> {
  const out = new Set<number>();
  for (const n of choice.kept) for (let e: HtmlElement | undefined = elements[n]; e && e.ordinal >= 0 && !out.has(e.ordinal); e = e.parent) out.add(e.ordinal);
  return out;
}

/** Without Readability's verdict: the marked-up article body, `<article>`, `<main>`, or the whole body. */
export function heuristicRoot(root: HtmlElement): HtmlElement {
  const pick = (test: (e: HtmlElement) => boolean): HtmlElement | undefined => descendants(root, test)[0];
  return (
    pick((e) => /^articleBody$/i.test(e.attrs.itemprop ?? '')) ??
    pick((e) => e.name === 'article') ??
    pick((e) => e.name === 'main' || e.attrs.role === 'main') ??
    pick((e) => e.name === 'body') ??
    root
  );
}
