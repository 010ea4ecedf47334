/**
 * Finding and reading `.crosscheckrc.json`: from the working folder upward
 * (the first one found wins, as with ESLint's legacy and Vale's configs), or
 * the file `--config` names. The file is validated with ajv against
 * `rules/config.schema.json`; a bad file is one line naming the file and the
 * JSON path, exit 2.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CrosscheckError } from '../errors';
import { RULES_DIR, validateWithSchema } from '../rules/data';
import type { RuleSetting } from '../rules/engine';
import type { Severity } from '../types';

/** The name looked for in the working folder and each folder above it. */
export const CONFIG_NAME = '.crosscheckrc.json';

/** The config file's schema (shipped in `rules/`, which both `src/` and `dist/` resolve). */
export const CONFIG_SCHEMA = path.join(RULES_DIR, 'config.schema.json');

/** What `.crosscheckrc.json` may hold (see `rules/config.schema.json`). */
export interface CrosscheckConfig {
  rules?: Record<string, RuleSetting>;
  rulesDirs?: string[];
  references?: string[];
  ignore?: string[];
  format?: string;
  failOn?: Severity | 'never';
  minSeverity?: Severity;
  maxWarnings?: number;
  reportUnusedDisableDirectives?: boolean;
}

/** A config as loaded: its settings, the file and the folder its paths are relative to. */
export interface LoadedConfig {
  file: string;
  dir: string;
  config: CrosscheckConfig;
}

/** The nearest `.crosscheckrc.json` in `cwd` or a folder above it, if any. */
export function findConfig(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    const file = path.join(dir, CONFIG_NAME);
    if (fs.existsSync(file)) return file;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

function readConfigJson(file: string, shown: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CrosscheckError('config', code === 'ENOENT' ? 'no such config file' : `cannot read config file (${code ?? 'error'})`, shown);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CrosscheckError('config', `is not valid JSON: ${(e as Error).message}`, shown);
  }
}

/** Read and validate one config file. `shown` is how errors name it (default: `file`). */
export function loadConfigFile(file: string, shown = file): LoadedConfig {
  const value = readConfigJson(file, shown);
  validateWithSchema(value, CONFIG_SCHEMA, shown, 'config');
  const config = value as CrosscheckConfig & { $schema?: string };
  delete config.$schema;
  return { file: shown, dir: path.dirname(path.resolve(file)), config };
}

/**
 * The config for a run: the file `explicit` names (relative to `cwd`), else
 * the nearest one above `cwd`, else none (an empty config).
 */
export function loadConfig(cwd: string, explicit?: string): LoadedConfig | undefined {
  if (explicit !== undefined) return loadConfigFile(path.resolve(cwd, explicit), explicit);
  const found = findConfig(cwd);
  if (!found) return undefined;
  return loadConfigFile(found, path.relative(cwd, found));
}
