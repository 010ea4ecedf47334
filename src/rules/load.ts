/**
 * Loading rule files: the package's `rules/*.json` and any `--rules DIR`.
 * Each file is validated against `rules/schema.json`; a bad file stops the run
 * with one line naming the file and the JSON path (exit 2).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CrosscheckError } from '../errors';
import { readJsonFile, RULES_DIR, validateWithSchema } from './data';
import type { Rule } from './types';

/** Rule files in a folder (not its `data/` subfolder, not the schema). */
function ruleFiles(dir: string): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CrosscheckError('rules', code === 'ENOENT' ? 'no such rules folder' : code === 'ENOTDIR' ? 'is not a folder' : `cannot read rules folder (${code})`, dir);
  }
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json') && e.name !== 'schema.json' && !e.name.endsWith('.schema.json'))
    .map((e) => path.join(dir, e.name))
    .sort();
}

/** Load one rule file, validated. */
export function loadRuleFile(file: string): Rule {
  const value = readJsonFile(file);
  validateWithSchema(value, path.join(RULES_DIR, 'schema.json'), file);
  const rule = value as Omit<Rule, 'file'> & { $schema?: string };
  delete rule.$schema;
  return { ...rule, file };
}

let builtIn: readonly Rule[] | undefined;

/**
 * The package's own rules, read once per process (a run asks for them more
 * than once: the config check, then the pipeline); each caller gets its own copies.
 */
function builtInRules(): Rule[] {
  builtIn ??= ruleFiles(RULES_DIR).map(loadRuleFile);
  return builtIn.map((r) => ({ ...r }));
}

/**
 * The built-in rules plus those in `extraDirs`. A user rule with the id of a
 * built-in one replaces it, so teams can retune a rule without forking.
 */
export function loadRules(extraDirs: readonly string[] = []): Rule[] {
  const byId = new Map<string, Rule>();
  const add = (rule: Rule): void => {
    const prev = byId.get(rule.id);
    if (prev && path.dirname(prev.file) === path.dirname(rule.file)) {
      throw new CrosscheckError('rules', `rule id "${rule.id}" is already defined in ${path.basename(prev.file)}`, rule.file);
    }
    byId.set(rule.id, rule);
  };
  for (const rule of builtInRules()) add(rule);
  for (const dir of extraDirs) for (const file of ruleFiles(dir)) add(loadRuleFile(file));
  return [...byId.values()];
}
