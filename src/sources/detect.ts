/**
 * Choosing a parser. The order of {@link PARSERS} is the tie-break order: the
 * specific line-based formats first, Markdown, and plain text last, which
 * takes any file the others do not claim.
 */
import * as path from 'node:path';
import { CrosscheckError } from '../errors';
import type { SourceParser } from '../types';
import { aggregatorParser } from './aggregator';
import { stampedParser } from './clash';
import { datelineParser } from './dateline';
import { htmlParser } from './html';
import { jsonlParser, jsonParser } from './json';
import { markdownParser } from './markdown';
import { plainParser } from './plain';

/** Every parser, most specific first. */
export const PARSERS: readonly SourceParser[] = [htmlParser, jsonParser, jsonlParser, datelineParser, stampedParser, aggregatorParser, markdownParser, plainParser];

/** Extensions a folder walk picks up. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt', '.html', '.htm', '.json', '.jsonl', '.ndjson'];

/** Format names `--source-format` accepts. */
export function formatNames(): string[] {
  return PARSERS.map((p) => p.name);
}

/** The parser called `name`; a usage error listing the known names otherwise. */
export function parserByName(name: string): SourceParser {
  const p = PARSERS.find((x) => x.name === name.toLowerCase());
  if (!p) throw new CrosscheckError('usage', `unknown source format "${name}" (known formats: ${formatNames().join(', ')})`);
  return p;
}

/** Below this, content detection does not overrule the file extension. */
const SURE = 0.5;

/**
 * The surest any parser says it is: the first parser (in {@link PARSERS}
 * order) this sure of a file takes it, and the others are not asked (a
 * JSON Lines export is not searched whole for Markdown's signs).
 * tests/sources/detect.test.ts checks that no parser says more.
 */
export const CERTAIN = 0.95;

/**
 * The parser for a file: `format` when given; Markdown for Markdown
 * extensions; otherwise the parser most sure of the content, plain text when
 * none is sure.
 */
export function detectParser(raw: string, file: string, format?: string): SourceParser {
  if (format) return parserByName(format);
  const ext = path.extname(file).toLowerCase();
  if (markdownParser.extensions.includes(ext)) return markdownParser;
  let best: SourceParser = plainParser;
  let score = SURE;
  for (const p of PARSERS) {
    const s = p.detect(raw, file);
    if (s > score) {
      best = p;
      score = s;
      // a later parser could only take the file by being surer
      if (s >= CERTAIN) break;
    }
  }
  return best;
}
