/**
 * Command line + `.crosscheckrc.json` → the options a run uses. What the
 * command line gives wins; the config fills the rest; then the defaults.
 * Rule settings are checked against the rules actually loaded: an unknown
 * rule id, or options the rule's check kind does not take, is a config error
 * naming the file and the JSON path (`at "rules.quantity-mismatch.options.x"`).
 */
import * as path from 'node:path';
import { CrosscheckError, describeAjvErrors } from '../errors';
import { isFormatName } from '../report';
import { RULES_DIR, schemaValidator } from '../rules/data';
import type { RuleSettings } from '../rules/engine';
import type { Rule } from '../rules/types';
import type { Severity } from '../types';
import { ignoreMatcher } from '../lint/ignore';
import type { LoadedConfig } from './load';

/** Rule ids that are not rule files but may still be configured. */
export const PSEUDO_RULES: readonly string[] = ['unused-disable-directive'];

/** Options as the command line gives them (undefined = not given). */
export interface CliOptions {
  format?: string;
  failOn?: Severity | 'never';
  minSeverity?: Severity;
  maxWarnings?: number;
  rules?: string[];
  against?: string[];
  reportUnusedDisableDirectives?: boolean;
}

/** What a run uses. */
export interface RunOptions {
  format: string;
  failOn: Severity | 'never';
  minSeverity: Severity;
  maxWarnings?: number;
  /** rule folders, config's first so that `--rules` can replace a rule by id */
  rulesDirs: string[];
  settings: RuleSettings;
  /** reference inputs: `--against`, else the config's `references` */
  references: string[];
  /** is a path (relative to `cwd`) ignored by the config? */
  ignored: (shown: string) => boolean;
  reportUnused: boolean;
  /** the config file, as shown in messages */
  configFile?: string;
}

/** A path written in the config (relative to its folder), as the run shows it (relative to `cwd`). */
function fromConfig(loaded: LoadedConfig, p: string, cwd: string): string {
  const abs = path.resolve(loaded.dir, p);
  const rel = path.relative(cwd, abs);
  return rel === '' ? '.' : path.isAbsolute(rel) ? abs : rel;
}

/** Merge command line and config. */
export function resolveOptions(cli: CliOptions, loaded: LoadedConfig | undefined, cwd: string): RunOptions {
  const config = loaded?.config ?? {};
  const format = cli.format ?? config.format ?? 'stylish';
  if (cli.format === undefined && config.format !== undefined && !isFormatName(config.format)) {
    throw new CrosscheckError('config', `at "format": unknown format "${config.format}"`, loaded?.file);
  }
  const inConfig = (list: string[] | undefined) => (loaded && list ? list.map((p) => fromConfig(loaded, p, cwd)) : []);
  const matchIgnored = ignoreMatcher(config.ignore ?? []);
  const base = loaded?.dir ?? cwd;
  return {
    format,
    failOn: cli.failOn ?? config.failOn ?? 'error',
    minSeverity: cli.minSeverity ?? config.minSeverity ?? 'info',
    maxWarnings: cli.maxWarnings ?? config.maxWarnings,
    rulesDirs: [...inConfig(config.rulesDirs), ...(cli.rules ?? [])],
    settings: config.rules ?? {},
    references: cli.against && cli.against.length > 0 ? cli.against : inConfig(config.references),
    // no ignore globs: nothing to work out per file (a lint --index may list ten thousand)
    ignored: !config.ignore?.length
      ? () => false
      : (shown) => {
          const rel = path.relative(base, path.resolve(cwd, shown));
          return !rel.startsWith('..') && !path.isAbsolute(rel) && matchIgnored(rel);
        },
    reportUnused: cli.reportUnusedDisableDirectives ?? config.reportUnusedDisableDirectives ?? false,
    configFile: loaded?.file,
  };
}

/**
 * Check the config's rule settings against the loaded rules: every id must
 * name a rule, and merged options must still satisfy `rules/schema.json`.
 */
export function checkRuleSettings(rules: readonly Rule[], settings: RuleSettings, configFile: string | undefined): void {
  const byId = new Map(rules.map((r) => [r.id, r]));
  for (const [id, setting] of Object.entries(settings)) {
    if (PSEUDO_RULES.includes(id)) continue;
    const rule = byId.get(id);
    if (!rule) throw new CrosscheckError('config', `at "rules.${id}": unknown rule "${id}" (see crosscheck rules)`, configFile);
    if (typeof setting !== 'object' || !setting.options) continue;
    const ruleSchema = schemaValidator(path.join(RULES_DIR, 'schema.json'));
    // the rule as its file would read with the config's options merged in (`file` is ours, not the schema's)
    const merged: Record<string, unknown> = { ...rule, options: { ...rule.options, ...setting.options } };
    delete merged.file;
    if (!ruleSchema(merged)) {
      const errors = (ruleSchema.errors ?? []).map((e) => ({ ...e, instancePath: `/rules/${id}${e.instancePath}` }));
      throw new CrosscheckError('config', describeAjvErrors(errors), configFile);
    }
  }
}
