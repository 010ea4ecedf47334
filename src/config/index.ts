/**
 * The configuration of a run in one call: find or read `.crosscheckrc.json`,
 * merge it under the command line, load the rules and check the config's rule
 * settings against them. Both `check` and `lint` use it.
 */
import * as path from 'node:path';
import { loadRules } from '../rules/load';
import type { Rule } from '../rules/types';
import type { Severity } from '../types';
import { loadConfig } from './load';
import { checkRuleSettings, resolveOptions, type CliOptions, type RunOptions } from './resolve';

export { CONFIG_NAME, findConfig, loadConfig, loadConfigFile, type CrosscheckConfig, type LoadedConfig } from './load';
export { checkRuleSettings, PSEUDO_RULES, resolveOptions, type CliOptions, type RunOptions } from './resolve';

/** A run's options and the rules they load. */
export interface Configured {
  options: RunOptions;
  rules: Rule[];
}

/** Options from the command line (`config` = `--config FILE`) and the config file, rules loaded and checked. */
export function configure(cli: CliOptions & { config?: string }, cwd = process.cwd()): Configured {
  const loaded = loadConfig(cwd, cli.config);
  const options = resolveOptions(cli, loaded, cwd);
  const rules = loadRules(options.rulesDirs.map((d) => path.resolve(cwd, d)));
  checkRuleSettings(rules, options.settings, options.configFile);
  return { options, rules };
}

/** The severity a rule runs at under `options.settings`, or undefined when it is off. */
export function effectiveSeverity(options: Pick<RunOptions, 'settings'>, id: string, fallback: Severity, enabled = true): Severity | undefined {
  const given = options.settings[id];
  const setting = typeof given === 'object' ? given.severity : given;
  if (setting === 'off') return undefined;
  if (setting) return setting;
  return enabled ? fallback : undefined;
}
