/** The command handlers: parse options, run the pipeline, format, set the exit code. */
import { CrosscheckError } from '../errors';
import { configure } from '../config';
import { resolveJobs } from '../parallel';
import { analyze } from '../pipeline';
import { checkReadsTexts, checkShowsClaims, reportPieces } from '../report';
import { tuneForRun } from './v8-tuning';
import { loadRules } from '../rules/load';
import { parseFieldMap } from '../sources/json-fields';
import { SEVERITY_RANK, type Severity } from '../types';
import { ruleInfos } from './lint';
import { useColor, writeReport } from './output';
import { createProgress } from './progress';

/** Options every command takes. */
export interface CommonArgs {
  paths?: string[];
  format?: string;
  output?: string;
  rules?: string[];
  /** undefined when not given: the config file's, else info */
  minSeverity?: Severity;
  /** undefined when not given: the config file's, else error */
  failOn?: Severity | 'never';
  /** `--config FILE` */
  config?: string;
  published?: string;
  sourceFormat?: string;
  /** `--field-map body=article_text,published=pub_date` */
  fieldMap?: string;
  /** `--stdin-name`: how `-` (standard input) is shown */
  stdinName?: string;
  color?: boolean;
  /** `--jobs N`: threads that read articles and check stories (0: one per core but one) */
  jobs?: number;
}

/** The reading options `--field-map` and `--stdin-name` give. */
function readArgs(args: CommonArgs): { fieldMap?: ReturnType<typeof parseFieldMap>; stdinName?: string } {
  return { fieldMap: args.fieldMap ? parseFieldMap(args.fieldMap) : undefined, stdinName: args.stdinName };
}

function checkPublished(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : undefined;
  if (!d || d.toISOString().slice(0, 10) !== value) throw new CrosscheckError('usage', `--published must be a date YYYY-MM-DD, not "${value}"`);
  return value;
}

/** Report input problems (one line each) and remember to exit 2. */
function reportProblems(problems: readonly CrosscheckError[]): void {
  for (const p of problems) process.stderr.write(`crosscheck: ${p.message}\n`);
  if (problems.length) process.exitCode = 2;
}

export function runCheck(args: CommonArgs): void {
  // the config file (.crosscheckrc.json) fills what the command line leaves out
  const { options, rules } = configure({ format: args.format, failOn: args.failOn, minSeverity: args.minSeverity, rules: args.rules, config: args.config });
  const progress = createProgress();
  const { report, problems } = analyze(args.paths ?? [], { sourceFormat: args.sourceFormat, published: checkPublished(args.published), ...readArgs(args), rulesDirs: options.rulesDirs, settings: options.settings, onFiles: tuneForRun, onProgress: progress.update, jobs: resolveJobs(args.jobs), keepClaims: checkShowsClaims(options.format), keepFileTexts: checkReadsTexts(options.format) });
  progress.done();
  const min = SEVERITY_RANK[options.minSeverity];
  report.findings = report.findings.filter((f) => SEVERITY_RANK[f.severity] >= min);
  report.stats.findings = report.findings.length;
  writeReport(reportPieces(report, 'check', options.format, { color: useColor(args.color, !!args.output), rules: ruleInfos(rules, options) }), args.output);
  reportProblems(problems);
  if (problems.length) return;
  const failOn = options.failOn;
  const failing = failOn !== 'never' && report.findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
  process.exitCode = failing ? 1 : 0;
}

export function runClaims(args: CommonArgs): void {
  const progress = createProgress();
  const { report, problems } = analyze(args.paths ?? [], { sourceFormat: args.sourceFormat, published: checkPublished(args.published), ...readArgs(args), onFiles: tuneForRun, onProgress: progress.update, jobs: resolveJobs(args.jobs) }, false);
  progress.done();
  writeReport(reportPieces(report, 'claims', args.format ?? 'stylish', { color: useColor(args.color, !!args.output) }), args.output);
  reportProblems(problems);
}

export function runRules(args: CommonArgs): void {
  const rules = loadRules(args.rules ?? []);
  if ((args.format ?? 'stylish') === 'json') {
    writeReport(`${JSON.stringify({ version: 1, rules: rules.map(({ file, ...r }) => ({ ...r, file })) }, null, 2)}\n`, args.output);
    return;
  }
  if (args.format && args.format !== 'stylish') throw new CrosscheckError('usage', `unknown format "${args.format}" for rules (stylish, json)`);
  const width = Math.max(...rules.map((r) => r.id.length));
  const lines = rules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.type.padEnd(20)}  ${r.enabled === false ? '(off) ' : ''}${r.description}`);
  writeReport(`${lines.join('\n')}\n\n${rules.length} rules, all valid\n`, args.output);
}
