/**
 * Which field of a JSON record holds what. CMS exports and scrapers name
 * their fields in a few common ways; `--field-map body=article_text,published=pub_date`
 * names the others (a dotted path reaches into nested objects: `body=content.text`).
 */
import { CrosscheckError } from '../errors';
import type { JsonNode } from './json-value';

/** The fields crosscheck reads from a record. */
export type RecordField = 'id' | 'title' | 'body' | 'excerpt' | 'published' | 'author' | 'url' | 'outlet';

/** `field → key or dotted path` overrides from `--field-map`. */
export type FieldMap = Partial<Record<RecordField, string>>;

/** Common names for each field, most specific first (matched without regard to case). */
export const FIELD_NAMES: Record<RecordField, readonly string[]> = {
  id: ['id', '_id', 'guid', 'uuid', 'slug'],
  title: ['title', 'headline', 'heading'],
  body: ['body', 'text', 'content', 'articleBody', 'article_body', 'article', 'body_text', 'bodyText', 'full_text', 'fulltext', 'story', 'body_html', 'content_html', 'html'],
  excerpt: ['excerpt', 'summary', 'standfirst', 'dek', 'subtitle', 'subheadline', 'lede', 'description'],
  published: ['published', 'date', 'published_at', 'publishedAt', 'datePublished', 'published_date', 'publish_date', 'publication_date', 'pubDate', 'pub_date', 'created_at', 'createdAt', 'timestamp'],
  author: ['author', 'authors', 'byline', 'creator', 'writer'],
  url: ['url', 'link', 'permalink', 'canonical_url', 'canonicalUrl'],
  outlet: ['outlet', 'source', 'publisher', 'publication', 'site', 'site_name', 'siteName', 'source_name'],
};

const ALIASES: Record<string, RecordField> = { date: 'published', text: 'body', content: 'body', source: 'outlet', headline: 'title', summary: 'excerpt' };

/** Parse `--field-map`: a comma list of `field=key`; a usage error names what is wrong. */
export function parseFieldMap(spec: string): FieldMap {
  const out: FieldMap = {};
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^([A-Za-z_]+)\s*=\s*(\S.*)$/.exec(part);
    const field = m ? ((m[1].toLowerCase() in FIELD_NAMES ? m[1].toLowerCase() : ALIASES[m[1].toLowerCase()]) as RecordField | undefined) : undefined;
    if (!m || !field) {
      throw new CrosscheckError('usage', `--field-map: "${part}" must be field=key with field one of ${Object.keys(FIELD_NAMES).join(', ')}`);
    }
    out[field] = m[2].trim();
  }
  return out;
}

type ObjectNode = Extract<JsonNode, { type: 'object' }>;

function entry(obj: JsonNode, key: string, exact: boolean): JsonNode | undefined {
  if (obj.type !== 'object') return undefined;
  const hit = obj.entries.find((e) => e.key === key) ?? (exact ? undefined : obj.entries.find((e) => e.key.toLowerCase() === key.toLowerCase()));
  return hit?.value;
}

/** The node holding `field` in `record`: the mapped path when given, else the first common name present. */
export function fieldNode(record: ObjectNode, field: RecordField, map: FieldMap): JsonNode | undefined {
  const path = map[field];
  if (path !== undefined) {
    let node: JsonNode | undefined = entry(record, path, true);
    if (node === undefined && path.includes('.')) {
      node = record;
      for (const k of path.split('.')) node = node && entry(node, k, true);
    }
    return node;
  }
  for (const name of FIELD_NAMES[field]) {
    const node = entry(record, name, false);
    if (node && !(node.type === 'literal' && node.value === null)) return node;
  }
  return undefined;
}

/** True when `record` has a field crosscheck can read an article from. */
export function isArticleRecord(record: JsonNode, map: FieldMap): boolean {
  return record.type === 'object' && (fieldNode(record, 'body', map) !== undefined || fieldNode(record, 'title', map) !== undefined);
}
