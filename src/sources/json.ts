/**
 * JSON and JSON Lines exports (a CMS dump, a scraper's output): one file,
 * many articles. Each record is its own source, located by record and field
 * in the file; a broken file or line is a problem naming where it breaks.
 */
import type { Source, SourceParser } from '../types';
import { isArticleRecord, type FieldMap } from './json-fields';
import { recordMemo, type RecordMemo } from './json-again';
import { recordId, recordSource } from './json-record';
import { JsonSyntaxError, parseJson, type JsonNode } from './json-value';
import { LineIndex } from './locate';

/** One article of a multi-record file, keyed by its id or number in the file. */
export interface RecordSource {
  key: string;
  source: Omit<Source, 'id' | 'path' | 'raw'>;
  /** where it is in the file, for parsing it again alone (json-again.ts) */
  memo: RecordMemo;
}

/** What a multi-record file gave. */
export interface RecordsResult {
  records: RecordSource[];
  /** what is wrong, and where (`record 2 (line 5 column 3) is not an object`) */
  problems: string[];
  /** valid JSON in which no record looks like an article (a settings file, a data dump) */
  noArticles?: boolean;
}

/** A parser whose files hold several articles. */
export interface MultiSourceParser extends SourceParser {
  parseAll(raw: string, opts?: { fieldMap?: FieldMap }): RecordsResult;
}

/** True for parsers that read several articles from one file. */
export function isMultiParser(p: SourceParser): p is MultiSourceParser {
  return typeof (p as Partial<MultiSourceParser>).parseAll === 'function';
}

type ObjectNode = Extract<JsonNode, { type: 'object' }>;

/** Where offsets of `raw` are, as `line L column C`: one line index for all the problems of a file (an index each cost a pass over the whole export). */
function whereIn(raw: string): (offset: number) => string {
  let lines: LineIndex | undefined;
  return (offset) => {
    const { line, column } = (lines ??= new LineIndex(raw)).locate(offset);
    return `line ${line} column ${column}`;
  };
}

/** The records of a parsed JSON document: an array, one object, or the array an object wraps (`{"articles": [...]}`). */
function recordsOf(doc: JsonNode, map: FieldMap): JsonNode[] {
  if (doc.type === 'array') return doc.items;
  if (doc.type !== 'object' || isArticleRecord(doc, map)) return [doc];
  const list = doc.entries.find((e) => e.value.type === 'array' && e.value.items.some((x) => isArticleRecord(x, map)));
  return list && list.value.type === 'array' ? list.value.items : [doc];
}

/**
 * Sources of `nodes` (taken one at a time: a record's parsed values can go
 * once it is a source), with a problem for each that is not an article.
 */
function collect(raw: string, nodes: Iterable<{ node: JsonNode; label: string }>, map: FieldMap, format: string, where = whereIn(raw)): RecordsResult {
  const records: RecordSource[] = [];
  const problems: string[] = [];
  const used = new Set<string>();
  let i = -1;
  for (const { node, label } of nodes) {
    i++;
    if (node.type !== 'object') {
      problems.push(`${label} (${where(node.start)}) is not an object`);
      continue;
    }
    if (!isArticleRecord(node, map)) {
      problems.push(`${label} (${where(node.start)}) has no title or body field (use --field-map to name them)`);
      continue;
    }
    let key = recordId(node as ObjectNode, map) ?? String(i + 1);
    for (let n = 2; used.has(key); n++) key = `${recordId(node as ObjectNode, map) ?? i + 1}-${n}`;
    used.add(key);
    records.push({ key, source: recordSource(raw, node as ObjectNode, map, format), memo: recordMemo(node.start, node.end, map) });
  }
  return { records, problems, noArticles: records.length === 0 };
}

function syntax(where: (offset: number) => string, e: unknown): string {
  if (e instanceof JsonSyntaxError) return `is not valid JSON: ${e.message} at ${where(e.offset)}`;
  throw e;
}

function first(p: MultiSourceParser, raw: string): Omit<Source, 'id' | 'path' | 'raw'> {
  const { records, problems } = p.parseAll(raw);
  if (records.length === 0) throw new Error(problems[0] ?? 'holds no article records');
  return records[0].source;
}

/** A JSON file: one article object, or an array of them. */
export const jsonParser: MultiSourceParser = {
  name: 'json',
  extensions: ['.json'],
  detect(raw, path) {
    // a .json file is read as JSON even when broken, so the user hears where it breaks
    if (/\.json$/i.test(path)) return 0.95;
    const start = /^\s*[[{]/.test(raw);
    return start && /^\s*[[{][\s\S]*[\]}]\s*$/.test(raw) && /"\s*:/.test(raw) ? 0.7 : 0;
  },
  parse(raw) {
    return first(jsonParser, raw);
  },
  parseAll(raw, opts = {}) {
    const map = opts.fieldMap ?? {};
    let doc: JsonNode;
    try {
      doc = parseJson(raw);
    } catch (e) {
      return { records: [], problems: [syntax(whereIn(raw), e)] };
    }
    const nodes = recordsOf(doc, map).map((node, i) => ({ node, label: doc.type === 'object' && node === doc ? 'the object' : `record ${i + 1}` }));
    return collect(raw, nodes, map, 'json');
  },
};

/** JSON Lines: one article object per line; a bad line is a problem, the others are still read. */
export const jsonlParser: MultiSourceParser = {
  name: 'jsonl',
  extensions: ['.jsonl', '.ndjson'],
  detect(raw, path) {
    if (/\.(?:jsonl|ndjson)$/i.test(path)) return 0.95;
    const lines = raw.split(/\r\n|\r|\n/).filter((l) => l.trim());
    return lines.length >= 2 && lines.every((l) => /^\s*\{.*\}\s*$/.test(l)) ? 0.9 : 0;
  },
  parse(raw) {
    return first(jsonlParser, raw);
  },
  parseAll(raw, opts = {}) {
    const map = opts.fieldMap ?? {};
    const problems: string[] = [];
    const where = whereIn(raw);
    // each line parsed as its record is taken: an export's lines are never all held parsed at once
    function* lines(): Generator<{ node: JsonNode; label: string }> {
      const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
      let line = 0;
      for (let m = re.exec(raw); m && m[0].length > 0; m = re.exec(raw)) {
        line++;
        const end = m.index + m[0].replace(/(?:\r\n|\r|\n)$/, '').length;
        if (raw.slice(m.index, end).trim() === '') continue;
        let node: JsonNode;
        try {
          node = parseJson(raw, m.index, end);
        } catch (e) {
          problems.push(`line ${line} ${syntax(where, e)}`);
          continue;
        }
        yield { node, label: `line ${line}` };
      }
    }
    const out = collect(raw, lines(), map, 'jsonl', where);
    return { records: out.records, problems: [...problems, ...out.problems], noArticles: problems.length === 0 && out.noArticles };
  },
};
