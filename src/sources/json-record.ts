/**
 * One JSON record as an article. String fields are decoded with every
 * character's raw range kept (json-value.ts), so text copied from a body maps
 * back to the character inside the string literal; escapes (`\n`, `\"`,
 * `\u2019`) are replaced by what they stand for. A body holding HTML is
 * reduced to its article like a saved page.
 */
import type { Source } from '../types';
import type { Piece } from './blocks';
import { Assembler, joinLines, lineGroups, paragraphsOf, splitLines } from './blocks';
import { isoFromValue } from './dates';
import { addHtmlBlocks, htmlArticle } from './html';
import { fieldNode, type FieldMap } from './json-fields';
import type { JsonNode } from './json-value';
import { plainValue } from './json-value';

type StringNode = Extract<JsonNode, { type: 'string' }>;
type ObjectNode = Extract<JsonNode, { type: 'object' }>;

/** Pieces over a decoded string (offsets into its value) → pieces over the raw JSON. */
function toRaw(raw: string, node: StringNode, pieces: readonly Piece[]): Piece[] {
  const { value, at } = node;
  const out: Piece[] = [];
  for (const p of pieces) {
    if (p.text !== undefined) {
      out.push({ text: p.text, start: at[p.start], end: at[p.end] });
      continue;
    }
    let k = p.start;
    while (k < p.end) {
      const literal = (j: number): boolean => at[j + 1] === at[j] + 1 && raw.charCodeAt(at[j]) === value.charCodeAt(j);
      if (!literal(k)) {
        out.push({ text: value[k], start: at[k], end: at[k + 1] });
        k++;
        continue;
      }
      const s = k;
      while (k < p.end && literal(k)) k++;
      out.push({ start: at[s], end: at[k - 1] + 1 });
    }
  }
  return out;
}

const pieceText = (s: string) => (pieces: readonly Piece[]): string => pieces.map((p) => p.text ?? s.slice(p.start, p.end)).join('');

/** Paragraphs of a plain-text string: blank lines separate them, wrapped lines are joined. */
function paragraphs(s: string): Piece[][] {
  return lineGroups(splitLines(s)).flatMap((g) => paragraphsOf(g).map((para) => joinLines(para)));
}

function looksLikeHtml(s: string): boolean {
  return /^\s*</.test(s) && /<\/(?:p|div|h[1-6]|li|article|section)>/i.test(s);
}

/** The strings of a field: a string, or the strings of an array of them. */
function strings(node: JsonNode | undefined): StringNode[] {
  if (!node) return [];
  if (node.type === 'string') return [node];
  return node.type === 'array' ? node.items.filter((n): n is StringNode => n.type === 'string') : [];
}

/** A name from a field: `"Jane Doe"`, `["A", "B"]`, `{"name": "Reuters"}`. */
function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(', ') || undefined;
  if (v && typeof v === 'object') return nameOf((v as Record<string, unknown>).name ?? (v as Record<string, unknown>).title);
  return undefined;
}

/** ISO day of a date field: a string, or seconds / milliseconds since 1970. */
function dayOf(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return new Date(v > 1e11 ? v : v * 1000).toISOString().slice(0, 10);
  return isoFromValue(v);
}

/** A record turned into a source (everything but id, path and raw). */
export function recordSource(raw: string, record: ObjectNode, map: FieldMap, format: string): Omit<Source, 'id' | 'path' | 'raw'> {
  const a = new Assembler(raw);
  const [titleNode] = strings(fieldNode(record, 'title', map));
  let title: string | undefined;
  if (titleNode) {
    title = titleNode.value.replace(/\s+/g, ' ').trim() || undefined;
    for (const p of paragraphs(titleNode.value)) a.add('title', toRaw(raw, titleNode, p), 'title');
  }
  for (const ex of strings(fieldNode(record, 'excerpt', map))) for (const p of paragraphs(ex.value)) a.add('excerpt', toRaw(raw, ex, p), 'excerpt');
  let author: string | undefined;
  let dateLine: string | undefined;
  for (const body of strings(fieldNode(record, 'body', map))) {
    if (looksLikeHtml(body.value)) {
      const art = htmlArticle(body.value);
      const meta = addHtmlBlocks(a, { ...art, titleBlock: undefined, title: art.title ?? title }, pieceText(body.value), (p) => toRaw(raw, body, p));
      author ??= art.author ?? meta.author;
      dateLine ??= meta.dateLine;
    } else {
      for (const p of paragraphs(body.value)) a.add('body', toRaw(raw, body, p));
    }
  }
  const value = (f: 'published' | 'author' | 'outlet' | 'url'): unknown => {
    const n = fieldNode(record, f, map);
    return n ? plainValue(n) : undefined;
  };
  const published = dayOf(value('published')) ?? dateLine;
  const { text, map: offsets, sections } = a.build();
  return {
    format,
    title,
    published,
    publishedFrom: published ? 'stated' : undefined,
    author: nameOf(value('author')) ?? author,
    outlet: nameOf(value('outlet')),
    text,
    map: offsets,
    sections,
  };
}

/** The id a record gives itself, if any (a string or a number). */
export function recordId(record: ObjectNode, map: FieldMap): string | undefined {
  const n = fieldNode(record, 'id', map);
  if (!n || (n.type !== 'string' && n.type !== 'number')) return undefined;
  const id = String(n.value).trim().replace(/[^\w.-]+/g, '-');
  return id || undefined;
}
