/**
 * crosscheck's command line. Exit codes: 0 nothing at or above the fail
 * level; 1 findings at or above it; 2 usage, config, rule-file or input error.
 * `main.ts` (the executable) runs this, bundled into one file when built.
 */
import { CrosscheckError } from '../errors';
import { markStdinArgs } from '../sources/stdin';
import type { CommonArgs } from './commands';
import type { IndexArgs } from './index-cmd';
import type { LintArgs } from './lint';

/*
 * Each command's module is required by its handler, not here: `--help`,
 * `--version` and a usage error load no pipeline, `lint` no SQLite and
 * `check` no index code (what a command does not use, it does not load).
 */
/* eslint-disable @typescript-eslint/no-require-imports */
// the factory: `yargs` itself also builds a singleton parser of process.argv on load
const yargs = (): typeof import('yargs/yargs') => require('yargs/yargs') as typeof import('yargs/yargs');
const commands = (): typeof import('./commands') => require('./commands') as typeof import('./commands');
const lintCommand = (): typeof import('./lint') => require('./lint') as typeof import('./lint');
const indexCommand = (): typeof import('./index-cmd') => require('./index-cmd') as typeof import('./index-cmd');
/* eslint-enable @typescript-eslint/no-require-imports */

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

/** Words yargs may read as more than a path: option values, `help` and the like, commands' names. */
const RESERVED = new Set(['true', 'false', 'help', 'version', 'completion', 'check', 'claims', 'lint', 'index', 'rules']);

/**
 * The arguments of the commonest CI run, `lint <drafts..> --against <refs..>`
 * with at most a `--color` or `--no-color`, as yargs would give them to the
 * lint handler; undefined for anything else (yargs then reads the command
 * line). A lint so written starts without loading yargs: plain paths only
 * (no `-`, none of {@link RESERVED}), one `--against`, whose values run to
 * the next option as yargs reads an array.
 */
export function plainLintArgs(argv: readonly string[]): LintArgs | undefined {
  if (argv[0] !== 'lint') return undefined;
  const drafts: string[] = [];
  let against: string[] | undefined;
  let color: boolean | undefined;
  let afterFlag = false;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--color' || a === '--no-color') {
      if (color !== undefined) return undefined;
      color = a === '--color';
      afterFlag = true;
    } else if (a === '--against') {
      if (against) return undefined;
      against = [];
      afterFlag = false;
    } else if (a === '' || a.startsWith('-') || RESERVED.has(a) || afterFlag) {
      return undefined;
    } else {
      (against ?? drafts).push(a);
    }
  }
  if (!drafts.length || !against?.length) return undefined;
  return color === undefined ? { drafts, against, jobs: 1 } : { drafts, against, jobs: 1, color };
}

export function main(argv: string[]): void {
  const debug = argv.includes('--debug');
  const plain = plainLintArgs(argv);
  if (plain) {
    try {
      lintCommand().runLint(plain);
    } catch (err) {
      fail(err, debug);
    }
    return;
  }
  const parser = yargs()(markStdinArgs(argv))
    .scriptName('crosscheck')
    .usage('$0 <command> [options]\n\nCheck news articles against each other: extract checkable claims, normalize them, and flag where sources disagree.')
    .option('format', { alias: 'f', type: 'string', describe: 'output format: stylish, json, markdown, html (check), sarif, github, junit (check, lint), csv (claims)' })
    .option('output', { alias: 'o', type: 'string', describe: 'write the report to a file' })
    .option('rules', { type: 'string', array: true, describe: 'extra rule folder(s)' })
    .option('min-severity', { choices: SEVERITIES, defaultDescription: 'info, or the config file\'s', describe: 'show findings at or above' })
    .option('fail-on', { choices: [...SEVERITIES, 'never'] as const, defaultDescription: 'error, or the config file\'s', describe: 'exit 1 when a finding is at or above' })
    .option('config', { alias: 'c', type: 'string', describe: 'config file (default: the nearest .crosscheckrc.json from here up)' })
    .option('published', { type: 'string', describe: 'published date (YYYY-MM-DD) for sources that state none' })
    .option('source-format', { type: 'string', describe: 'force a source format (markdown, text, html, json, jsonl, dateline, stamped, aggregator)' })
    .option('field-map', { type: 'string', describe: 'JSON record fields, e.g. body=article_text,published=pub_date' })
    .option('stdin-name', { type: 'string', describe: 'name shown for standard input (the path -), e.g. story.html' })
    .option('jobs', { alias: 'j', type: 'number', describe: 'threads that read articles and check stories (0: one per core but one)', default: 1 })
    .option('color', { type: 'boolean', describe: 'colour output (default: on a TTY, off with NO_COLOR); --no-color turns it off' })
    .option('debug', { type: 'boolean', describe: 'print stack traces of internal errors' })
    .command('check <paths..>', 'report every disagreement across the articles', (y) => y.positional('paths', { type: 'string', array: true, demandOption: true }), (a) => commands().runCheck(a as unknown as CommonArgs))
    .command('claims <paths..>', 'print the normalized claims of each article', (y) => y.positional('paths', { type: 'string', array: true, demandOption: true }), (a) => commands().runClaims(a as unknown as CommonArgs))
    .command(
      'lint [drafts..]',
      'lint drafts against reference sources (CI): findings located in the drafts',
      (y) =>
        y
          .positional('drafts', { type: 'string', array: true, describe: 'draft files, folders or globs' })
          .option('against', { type: 'string', array: true, describe: 'reference files, folders or globs (default: the config file\'s references)' })
          .option('files-from', { type: 'string', describe: 'read more draft paths, one a line, from a file; - for standard input' })
          .option('max-warnings', { type: 'number', describe: 'exit 1 when there are more warnings than this' })
          .option('report-unused-disable-directives', { type: 'boolean', describe: 'report crosscheck-disable comments that suppress nothing' })
          .option('index', { type: 'string', describe: 'take the references\' claims from the claim index (default .crosscheck/index.sqlite), re-extracting only what changed' }),
      (a) => {
        // the claim index loads SQLite (WebAssembly) asynchronously
        if (a.index !== undefined) indexCommand().runLintIndexed(a as unknown as LintArgs & { index: string }).catch((e: unknown) => fail(e, debug));
        else lintCommand().runLint(a as unknown as LintArgs);
      },
    )
    .command(
      'index <refs..>',
      'store the claims of reference articles in the claim index, for lint --index',
      (y) => y.positional('refs', { type: 'string', array: true, demandOption: true }).option('db', { type: 'string', describe: 'index file (default .crosscheck/index.sqlite)' }),
      (a) => {
        indexCommand().runIndex(a as unknown as IndexArgs).catch((e: unknown) => fail(e, debug));
      },
    )
    .command('rules', 'list the rules (built-in and --rules folders), validating every rule file', () => undefined, (a) => commands().runRules(a as unknown as CommonArgs))
    .demandCommand(1, 'name a command: check, lint, claims, index or rules')
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
