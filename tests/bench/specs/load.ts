/**
 * Reading the peer test suites: the English spec files of Microsoft
 * Recognizers-Text (JSON arrays with a UTF-8 byte order mark), kept outside the
 * repository in `../shared/peer-specs/recognizers-text/`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CrosscheckError } from '../../../src/errors';

/** One expected entity of a spec case. `End` is INCLUSIVE, unlike our spans. */
export interface SpecResult {
  Text: string;
  Start: number;
  End: number;
  /** `number`, `currency`, `datetimeV2.daterange`…; a few cases spell it `Typename` */
  TypeName?: string;
  Typename?: string;
  /** model-specific: `{value, unit, isoCurrency}`, `{values: [...]}` for dates */
  Resolution: Record<string, unknown>;
}

/** One spec case: an input text and the entities expected in it. */
export interface SpecCase {
  Input: string;
  Context?: { ReferenceDateTime?: string };
  Results: SpecResult[];
  /** implementations of Recognizers-Text that fail the case, e.g. `javascript, python` */
  NotSupported?: string;
  NotSupportedByDesign?: string;
  Comment?: string;
}

/** The Recognizers-Text model a spec file tests. */
export type SpecModel = 'number' | 'numberrange' | 'ordinal' | 'percent' | 'currency' | 'datetime';

/** The spec files the benchmark reads, in the order it reports them. */
export const SPEC_FILES: ReadonlyArray<{ file: string; model: SpecModel }> = [
  { file: 'Number-English-NumberModel.json', model: 'number' },
  { file: 'Number-English-NumberRangeModel.json', model: 'numberrange' },
  { file: 'Number-English-OrdinalModel.json', model: 'ordinal' },
  { file: 'Number-English-PercentModel.json', model: 'percent' },
  { file: 'NumberWithUnit-English-CurrencyModel.json', model: 'currency' },
  { file: 'DateTime-English-DateTimeModel.json', model: 'datetime' },
];

/** The repository root: the nearest folder above `from` holding a package.json (works from src and from dist-bench). */
export function repoRoot(from = __dirname): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new CrosscheckError('input', 'cannot find the repository root (no package.json above)', from);
    dir = up;
  }
  return dir;
}

/** Where the spec files are: `$CROSSCHECK_SPECS_DIR`, else `<repo>/../shared/peer-specs/recognizers-text`. */
export function specsDir(): string {
  return process.env.CROSSCHECK_SPECS_DIR ?? path.resolve(repoRoot(), '..', 'shared', 'peer-specs', 'recognizers-text');
}

function isCase(v: unknown): v is SpecCase {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  return typeof c.Input === 'string' && Array.isArray(c.Results)
    && c.Results.every((r: unknown) => typeof r === 'object' && r !== null
      && typeof (r as SpecResult).Start === 'number' && typeof (r as SpecResult).End === 'number'
      && typeof (r as SpecResult).Resolution === 'object');
}

/** Read one spec file (BOM stripped); throws a one-line error naming the file when it is not a list of cases. */
export function loadSpecFile(file: string): SpecCase[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new CrosscheckError('input', `cannot read spec file (${(e as NodeJS.ErrnoException).code ?? 'error'})`, file);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CrosscheckError('input', `is not valid JSON: ${(e as Error).message}`, file);
  }
  if (!Array.isArray(value)) throw new CrosscheckError('input', 'is not a JSON array of spec cases', file);
  const bad = value.findIndex((c) => !isCase(c));
  if (bad >= 0) throw new CrosscheckError('input', `case ${bad} has no Input string or a malformed Results list`, file);
  return value as SpecCase[];
}

/** Does the JavaScript port of Recognizers-Text fail this case (NotSupported or NotSupportedByDesign names it)? */
export function failsInJavaScript(c: SpecCase): boolean {
  return [c.NotSupported, c.NotSupportedByDesign].some((s) => (s ?? '').toLowerCase().split(/[\s,]+/).includes('javascript'));
}

/** The reference day of a case: the date part of `Context.ReferenceDateTime`, else 2016-11-07 as Recognizers-Text assumes. */
export function referenceOf(c: SpecCase): string {
  const ref = c.Context?.ReferenceDateTime;
  return ref && /^\d{4}-\d{2}-\d{2}/.test(ref) ? ref.slice(0, 10) : '2016-11-07';
}
