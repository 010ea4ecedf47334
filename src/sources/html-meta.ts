/**
 * What a saved page says about its article: title, author, outlet and
 * published date from the usual meta tags (Open Graph, `article:*`, Dublin
 * Core, Parsely), schema.org JSON-LD (`datePublished`, `author`, `publisher`),
 * microdata (`itemprop`) and `<time datetime>`. Scripts are read as data,
 * never run.
 */
import { isoFromValue } from './dates';
import { decodeText } from './html-entities';
import type { HtmlElement } from './html-tree';
import { descendants, rawContent } from './html-tree';

/** Metadata of a page; every field optional. */
export interface HtmlMeta {
  title?: string;
  /** the `<title>` element's text, usually with the site name appended */
  docTitle?: string;
  published?: string;
  author?: string;
  outlet?: string;
}

const PUBLISHED_KEYS = ['article:published_time', 'og:published_time', 'datepublished', 'published_time', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date'];
const AUTHOR_KEYS = ['author', 'article:author', 'parsely-author', 'dc.creator', 'sailthru.author', 'byl'];
const OUTLET_KEYS = ['og:site_name', 'application-name', 'publisher', 'dc.publisher'];
const TITLE_KEYS = ['og:title', 'twitter:title', 'headline', 'dc.title', 'parsely-title'];

type Json = unknown;

/** JSON-LD objects of the page, flattened out of arrays and `@graph`. */
function jsonLd(raw: string, elements: readonly HtmlElement[]): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const add = (v: Json): void => {
    if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, Json>;
      out.push(o);
      if (o['@graph']) add(o['@graph']);
    }
  };
  for (const el of elements) {
    if (el.name !== 'script' || !/ld\+json/i.test(el.attrs.type ?? '')) continue;
    try {
      add(JSON.parse(rawContent(raw, el).replace(/^\s*<!--|-->\s*$/g, '')));
    } catch {
      // a broken JSON-LD block is the page's problem; the meta tags may still say enough
    }
  }
  return out;
}

function isArticleType(o: Record<string, Json>): boolean {
  const t = o['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && /Article|Posting|Report|NewsArticle|BlogPosting/i.test(x));
}

/** A name from a JSON-LD value: a string, `{name}`, or a list of them joined. */
function nameOf(v: Json): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : undefined;
  }
  if (v && typeof v === 'object') return nameOf((v as Record<string, Json>).name);
  return undefined;
}

function inArticle(el: HtmlElement): boolean {
  for (let p = el.parent; p; p = p.parent) if (p.name === 'article' || p.name === 'main') return true;
  return false;
}

/** `<title>` text without the site name after a separator ("Budget passes | The Post"). */
function withoutSite(title: string | undefined, site: string | undefined): string | undefined {
  if (!title || !site) return title;
  const esc = site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return title.replace(new RegExp(`\\s+[|–—:·-]\\s+${esc}\\s*$`, 'i'), '') || title;
}

/** Metadata of the page whose elements are `elements`. */
export function htmlMeta(raw: string, elements: readonly HtmlElement[]): HtmlMeta {
  const metas = new Map<string, string>();
  for (const el of elements) {
    if (el.name !== 'meta' && !(el.attrs.itemprop && el.name !== 'script')) continue;
    const key = (el.attrs.property ?? el.attrs.name ?? el.attrs.itemprop ?? '').toLowerCase();
    const value = el.attrs.content ?? el.attrs.datetime;
    if (key && value !== undefined && !metas.has(key)) metas.set(key, decodeText(value));
  }
  const first = (keys: readonly string[]): string | undefined => keys.map((k) => metas.get(k)).find((v) => v);
  const ld = jsonLd(raw, elements);
  const article = ld.find(isArticleType) ?? ld.find((o) => o.datePublished || o.headline);
  const titleEl = elements.find((e) => e.name === 'title');
  const docTitle = titleEl ? decodeText(rawContent(raw, titleEl)) || undefined : undefined;
  const time = elements.find((e) => e.name === 'time' && e.attrs.datetime && /pub/i.test(`${e.attrs.itemprop ?? ''} ${e.attrs.class ?? ''} ${e.attrs.pubdate !== undefined ? 'pub' : ''}`))
    // any other <time> only inside the article: a sidebar's or a comment's date is not the article's
    ?? elements.find((e) => e.name === 'time' && e.attrs.datetime && inArticle(e));
  const publishedValues = [article?.datePublished, first(PUBLISHED_KEYS), article?.dateCreated, time?.attrs.datetime];
  const outlet = nameOf(article?.publisher) ?? first(OUTLET_KEYS);
  return {
    title: nameOf(article?.headline) ?? first(TITLE_KEYS),
    docTitle: withoutSite(docTitle, outlet),
    published: publishedValues.map((v) => (typeof v === 'string' ? isoFromValue(decodeText(v)) : undefined)).find((v) => v),
    author: nameOf(article?.author) ?? first(AUTHOR_KEYS),
    outlet,
  };
}

/** Decoded text content of an element. */
export function elementText(raw: string, el: HtmlElement): string {
  const texts: string[] = [];
  const visit = (n: HtmlElement): void => n.children.forEach((c) => (c.type === 'text' ? texts.push(raw.slice(c.start, c.end)) : visit(c)));
  visit(el);
  return decodeText(texts.join(' '));
}

/** The `<h1>` that carries the headline `title` (the first `<h1>` when none matches). */
export function headlineElement(raw: string, root: HtmlElement, title: string | undefined): HtmlElement | undefined {
  const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const h1s = descendants(root, (e) => e.name === 'h1');
  if (!title) return h1s[0];
  const t = norm(title);
  const texts = h1s.map((h) => norm(elementText(raw, h)));
  const i = texts.findIndex((x) => x === t);
  const j = i >= 0 ? i : texts.findIndex((x) => x.length > 0 && t.includes(x));
  return h1s[j >= 0 ? j : 0];
}
