#!/usr/bin/env node
/**
 * crosscheck's command line. Exit codes: 0 nothing at or above the fail
 * level; 1 findings at or above it; 2 usage, config, rule-file or input error.
 */
import yargs from 'yargs';
import { CrosscheckError } from '../errors';
import { runCheck, runClaims, runRules, type CommonArgs } from './commands';

const SEVERITIES = ['info', 'warning', 'error'] as const;

function fail(err: unknown, debug: boolean): never {
  if (err instanceof CrosscheckError) {
    process.stderr.write(`crosscheck: ${err.message}\n`);
  } else {
    process.stderr.write(`crosscheck: internal error: ${(err as Error)?.message ?? String(err)}\n`);
  }
  if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  process.exit(2);
}

export function main(argv: string[]): void {
  const debug = argv.includes('--debug');
  const parser = yargs(argv)
    .scriptName('crosscheck')
    .usage('$0 <command> [options]\n\nCheck news articles against each other: extract checkable claims, normalize them, and flag where sources disagree.')
    .option('format', { alias: 'f', type: 'string', describe: 'output format: stylish, json' })
    .option('output', { alias: 'o', type: 'string', describe: 'write the report to a file' })
    .option('rules', { type: 'string', array: true, describe: 'extra rule folder(s)' })
    .option('min-severity', { choices: SEVERITIES, default: 'info' as const, describe: 'show findings at or above' })
    .option('fail-on', { choices: [...SEVERITIES, 'never'] as const, default: 'error' as const, describe: 'exit 1 when a finding is at or above' })
    .option('published', { type: 'string', describe: 'published date (YYYY-MM-DD) for sources that state none' })
    .option('source-format', { type: 'string', describe: 'force a source format (markdown, text, dateline, stamped, aggregator)' })
    .option('color', { type: 'boolean', describe: 'colour output (default: on a TTY, off with NO_COLOR); --no-color turns it off' })
    .option('debug', { type: 'boolean', describe: 'print stack traces of internal errors' })
    .command('check <paths..>', 'report every disagreement across the articles', (y) => y.positional('paths', { type: 'string', array: true, demandOption: true }), (a) => runCheck(a as unknown as CommonArgs))
    .command('claims <paths..>', 'print the normalized claims of each article', (y) => y.positional('paths', { type: 'string', array: true, demandOption: true }), (a) => runClaims(a as unknown as CommonArgs))
    .command('rules', 'list the rules (built-in and --rules folders), validating every rule file', () => undefined, (a) => runRules(a as unknown as CommonArgs))
    .demandCommand(1, 'name a command: check, claims or rules')
    .strict()
    .help()
    .version()
    .wrap(Math.min(100, process.stdout.columns || 100))
    .fail((msg, err) => {
      if (err) fail(err, debug);
      fail(new CrosscheckError('usage', `${msg} (see crosscheck --help)`), debug);
    });
  try {
    parser.parseSync();
  } catch (err) {
    fail(err, debug);
  }
}

if (require.main === module) main(process.argv.slice(2));
