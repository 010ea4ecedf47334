/**
 * YAML front matter (Jekyll, Hugo, Eleventy): the block between `---` lines at
 * the top of a Markdown file. Parsed with the `yaml` package; its nodes keep
 * their ranges, so title and excerpt can be mapped back to the raw file.
 */
import { isMap, isScalar, isSeq, parseDocument, Schema } from 'yaml';
import { firstAfterIndent } from './chars';
import { isoFromValue } from './dates';
import type { Piece } from './blocks';
import { flatFields } from './front-matter-flat';
import { doubleQuoted, scalarPieces, type ScalarNode } from './yaml-scalar';

/** What a parser takes from front matter. */
export interface FrontMatter {
  /** raw offset where the body starts (after the closing fence line) */
  bodyStart: number;
  title?: string;
  titlePieces?: Piece[];
  published?: string;
  author?: string;
  outlet?: string;
  /** standfirst-like fields, in the order they appear, with the field name */
  excerpts: { label: string; pieces: Piece[] }[];
}

const EXCERPT_KEYS = ['excerpt', 'description', 'summary', 'subtitle', 'standfirst', 'lede', 'dek', 'subheadline'];
const DATE_KEYS = ['date', 'published', 'pubdate', 'publishdate', 'date_published', 'datepublished', 'published_at'];
const AUTHOR_KEYS = ['author', 'authors', 'byline', 'creator'];
const OUTLET_KEYS = ['outlet', 'source', 'publisher', 'site', 'site_name', 'publication'];

/** The fenced block at the top of `raw`: YAML text offsets and where the body starts. */
export function findFrontMatter(raw: string): { yamlStart: number; yamlEnd: number; bodyStart: number; toml?: boolean } | undefined {
  const open = /^(---|\+\+\+)[ \t]*\r?\n/.exec(raw);
  if (!open) return undefined;
  const toml = open[1] === '+++';
  const close = toml ? /^\+\+\+[ \t]*(?:\r?\n|$)/m : /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  const rest = raw.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) return undefined;
  const yamlStart = open[0].length;
  return { yamlStart, yamlEnd: yamlStart + m.index, bodyStart: yamlStart + m.index + m[0].length, toml };
}

/** A person or outlet field: a string, a list of strings, or an object with a `name`. */
function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((v): v is string => !!v);
    return names.length ? names.join(', ') : undefined;
  }
  if (value && typeof value === 'object' && 'name' in value) return nameOf((value as { name: unknown }).name);
  return undefined;
}

let core: Schema | undefined;

/** YAML 1.2's core schema, as `parseDocument` builds it for a document without directives. */
function coreSchema(): Schema {
  core ??= new Schema({ resolveKnownTags: true, schema: 'core' });
  return core;
}

/** A field of the front matter: its key (lower case), its value, and its node when the value is a scalar. */
interface Field {
  key: string;
  value: unknown;
  scalar?: ScalarNode;
}

/** The fields of a YAML front matter, in order; [] for an empty one; undefined when it is no mapping. */
function yamlFields(yaml: string): Field[] | undefined {
  // flat headers (the usual ones) are read directly; the parser reads the rest
  const flat = flatFields(yaml);
  if (flat) return flat.map((f) => ({ key: f.key.toLowerCase(), value: f.node.value, scalar: f.node }));
  // one schema for every file (building it is most of the work on a short header); a `%YAML` directive gets its own
  const schema = /^%/m.test(yaml) ? undefined : coreSchema();
  const doc = parseDocument(yaml, { keepSourceTokens: false, prettyErrors: false, ...(schema ? { schema } : {}) });
  if (!isMap(doc.contents)) return doc.errors.length || doc.contents ? undefined : [];
  return doc.contents.items.map((pair) => {
    const node = pair.value;
    return {
      key: isScalar(pair.key) ? String(pair.key.value).toLowerCase() : '',
      value: isScalar(node) ? node.value : isSeq(node) || isMap(node) ? node.toJSON() : undefined,
      scalar: isScalar(node) ? node : undefined,
    };
  });
}

/** Parse the front matter of `raw`, or undefined when there is none (or it is not a YAML mapping). */
export function parseFrontMatter(raw: string): FrontMatter | undefined {
  const fm = findFrontMatter(raw);
  if (!fm) return undefined;
  if (fm.toml) return tomlFrontMatter(raw, fm.yamlStart, fm.yamlEnd, fm.bodyStart);
  const fields = yamlFields(raw.slice(fm.yamlStart, fm.yamlEnd));
  if (!fields) return undefined;
  const out: FrontMatter = { bodyStart: fm.bodyStart, excerpts: [] };
  const seen = new Set<string>();
  for (const { key, value, scalar } of fields) {
    if (!key || seen.has(key)) continue;
    seen.add(key);
    if (key === 'title' && scalar && typeof value === 'string' && value.trim()) {
      out.title = value.trim();
      out.titlePieces = scalarPieces(raw, scalar, fm.yamlStart);
    } else if (EXCERPT_KEYS.includes(key) && scalar && typeof value === 'string' && value.trim()) {
      const pieces = scalarPieces(raw, scalar, fm.yamlStart);
      const dup = out.excerpts.some((e) => same(raw, e.pieces, pieces));
      if (pieces && !dup) out.excerpts.push({ label: key, pieces });
    } else if (DATE_KEYS.includes(key) && !out.published) {
      out.published = isoFromValue(value);
    } else if (AUTHOR_KEYS.includes(key) && !out.author) {
      out.author = nameOf(value);
    } else if (OUTLET_KEYS.includes(key) && !out.outlet) {
      out.outlet = nameOf(value);
    }
  }
  return out;
}

function same(raw: string, a: readonly Piece[], b: readonly Piece[] | undefined): boolean {
  const s = (ps: readonly Piece[]): string => ps.map((p) => p.text ?? raw.slice(p.start, p.end)).join('');
  return !!b && s(a) === s(b);
}

/**
 * Hugo's TOML front matter (`+++`), top-level `key = value` lines only: no
 * TOML parser is installed, and title, date, author and summary are all a
 * draft's header needs.
 */
function tomlFrontMatter(raw: string, start: number, end: number, bodyStart: number): FrontMatter {
  const out: FrontMatter = { bodyStart, excerpts: [] };
  const re = /^[ \t]*([A-Za-z_][\w-]*)[ \t]*=[ \t]*("(?:[^"\\\r\n]|\\.)*"|'[^'\r\n]*'|\[[^\]\r\n]*\]|[^\s#]+)/gm;
  const text = raw.slice(start, end);
  // the first `[table]` header line: keys after it belong to the table
  const table = firstAfterIndent(text, (t, i) => t[i] === '[');
  const inTable = (at: number): boolean => table >= 0 && table < at;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (inTable(m.index)) break; // keys after a [table] header belong to the table
    const key = m[1].toLowerCase();
    const vStart = start + m.index + m[0].length - m[2].length;
    const quoted = m[2][0] === '"' || m[2][0] === "'";
    const pieces: Piece[] = !quoted
      ? [{ start: vStart, end: vStart + m[2].length }]
      : m[2][0] === '"'
        ? doubleQuoted(raw, vStart + 1, vStart + m[2].length - 1)
        : [{ start: vStart + 1, end: vStart + m[2].length - 1 }];
    const value = pieces.map((p) => p.text ?? raw.slice(p.start, p.end)).join('');
    const list = m[2][0] === '[' ? [...m[2].matchAll(/"([^"]*)"|'([^']*)'/g)].map((x) => x[1] ?? x[2]) : undefined;
    if (key === 'title' && quoted && value.trim()) {
      out.title = value.trim();
      out.titlePieces = pieces;
    } else if (EXCERPT_KEYS.includes(key) && quoted && value.trim() && !out.excerpts.some((e) => same(raw, e.pieces, pieces))) out.excerpts.push({ label: key, pieces });
    else if (DATE_KEYS.includes(key) && !out.published) out.published = isoFromValue(value);
    else if (AUTHOR_KEYS.includes(key) && !out.author) out.author = nameOf(list ?? value);
    else if (OUTLET_KEYS.includes(key) && !out.outlet) out.outlet = nameOf(list ?? value);
  }
  return out;
}
