/**
 * Data the extractors and checks use (unit classes, multipliers, role synonyms,
 * spelling preferences) lives in `rules/data/<name>.json`, each validated with
 * ajv against `rules/data/<name>.schema.json` the first time it is loaded.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { default as Ajv, ValidateFunction } from 'ajv';
import { CrosscheckError, describeAjvErrors } from '../errors';

/** The package's `rules/` folder: beside the nearest package.json above this file (src/, dist/ or a benchmark build). */
export const RULES_DIR = findRulesDir(__dirname);

function findRulesDir(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'rules', 'schema.json'))) return path.join(dir, 'rules');
    if (path.dirname(dir) === dir) return path.resolve(__dirname, '..', '..', 'rules');
  }
}

const cache = new Map<string, unknown>();
let ajv: Ajv | undefined;

/** How ajv compiles crosscheck's schemas (at build time for the precompiled ones, else at run time). */
export const AJV_OPTIONS = { allErrors: false, strict: false } as const;

export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new CrosscheckError('rules', `cannot read file (${(e as NodeJS.ErrnoException).code ?? 'error'})`, file);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CrosscheckError('rules', `is not valid JSON: ${(e as Error).message}`, file);
  }
}

/**
 * The schemas users' files are checked against, compiled when crosscheck is
 * built (`src/rules/validators.generated.ts`, kept in step with the schemas
 * by tests/rules/validators.test.ts): a run with a config file or a rules
 * folder loads neither ajv nor its code generator.
 */
const PRECOMPILED: Readonly<Record<string, 'rule' | 'config'>> = { 'schema.json': 'rule', 'config.schema.json': 'config' };

/**
 * The validator of the JSON schema in `schemaFile`: precompiled for the
 * package's rule and config schemas, else compiled with ajv (once).
 */
export function schemaValidator(schemaFile: string): ValidateFunction {
  const precompiled = path.dirname(path.resolve(schemaFile)) === RULES_DIR ? PRECOMPILED[path.basename(schemaFile)] : undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (precompiled) return (require('./validators.generated') as Record<string, ValidateFunction>)[precompiled];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  ajv ??= new (require('ajv') as { default: typeof Ajv }).default(AJV_OPTIONS);
  const known = ajv.getSchema(schemaFile);
  if (known) return known;
  ajv.addSchema(readJsonFile(schemaFile) as object, schemaFile);
  const validate = ajv.getSchema(schemaFile);
  if (!validate) throw new CrosscheckError('rules', 'schema could not be compiled', schemaFile);
  return validate;
}

/** Validate `value` against the JSON schema in `schemaFile`; throws a one-line error naming `file`. */
export function validateWithSchema(value: unknown, schemaFile: string, file: string, code: 'rules' | 'config' = 'rules'): void {
  // The package's own rule and data files are validated by the test suite
  // (tests/index/builtin-data.test.ts), not on every run: compiling their
  // schemas cost more than the rest of a lint's start-up. Users' files (--rules,
  // config) are always validated.
  if (isBuiltIn(file)) return;
  const validate = schemaValidator(schemaFile);
  if (!validate(value)) throw new CrosscheckError(code, describeAjvErrors(validate.errors), file);
}

/** Is `file` one of the package's own files in {@link RULES_DIR}? */
function isBuiltIn(file: string): boolean {
  return path.resolve(file).startsWith(RULES_DIR + path.sep);
}

/** Load and validate `rules/data/<name>.json` (cached). */
export function loadData<T>(name: string): T {
  const hit = cache.get(name);
  if (hit !== undefined) return hit as T;
  const file = path.join(RULES_DIR, 'data', `${name}.json`);
  const value = readJsonFile(file);
  validateWithSchema(value, path.join(RULES_DIR, 'data', `${name}.schema.json`), file);
  cache.set(name, value);
  return value as T;
}
