/**
 * `crosscheck lint <drafts..> --against <refs..>`: the CI command. Findings a
 * draft takes part in, located in the draft, suppression comments applied,
 * in the format CI reads. Exit 0 clean; 1 findings at or above `--fail-on`
 * or more warnings than `--max-warnings`; 2 usage, config or input error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configure, effectiveSeverity, type RunOptions } from '../config';
import { CrosscheckError } from '../errors';
import { UNUSED_DIRECTIVE_RULE, applySuppressions } from '../lint/suppress';
import { compareLintFindings } from '../lint/select';
import { lint } from '../pipeline';
import { formatReport } from '../report';
import type { RuleInfo } from '../report/sarif';
import type { Rule } from '../rules/types';
import { parseFieldMap } from '../sources/json-fields';
import { isStdin } from '../sources/stdin';
import { SEVERITY_RANK, type Severity } from '../types';
import type { CommonArgs } from './commands';
import { useColor, writeReport } from './output';
import { tuneForRun } from './v8-tuning';

/** What `lint` takes besides the common options. */
export interface LintArgs extends Omit<CommonArgs, 'minSeverity' | 'failOn'> {
  drafts?: string[];
  against?: string[];
  filesFrom?: string;
  config?: string;
  maxWarnings?: number;
  reportUnusedDisableDirectives?: boolean;
  minSeverity?: Severity;
  failOn?: Severity | 'never';
}

/**
 * What a draft in a list may be: Markdown, text or HTML. JSON exports are
 * articles to `check`, but in a change list `package.json` is not a draft.
 */
export const DRAFT_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt', '.html', '.htm'];

/**
 * Draft paths listed one a line in `file` (`-` = standard input), as
 * `git diff --name-only` prints them: blank lines, files that are not
 * articles and files that no longer exist (deleted in the change) are skipped.
 */
export function readFileList(file: string, cwd = process.cwd()): string[] {
  let text: string;
  try {
    text = fs.readFileSync(file === '-' ? 0 : path.resolve(cwd, file), 'utf8');
  } catch (e) {
    throw new CrosscheckError('input', `cannot read the list of files (${(e as NodeJS.ErrnoException).code ?? 'error'})`, file === '-' ? 'standard input' : file);
  }
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && DRAFT_EXTENSIONS.includes(path.extname(l).toLowerCase()) && fs.existsSync(path.resolve(cwd, l)));
}

/** The rules as SARIF describes them: those that run, at the severity they run at. */
export function ruleInfos(rules: readonly Rule[], options: Pick<RunOptions, 'settings'>, unused?: Severity): RuleInfo[] {
  const out: RuleInfo[] = [];
  for (const r of rules) {
    const severity = effectiveSeverity(options, r.id, r.severity, r.enabled !== false);
    if (severity) out.push({ id: r.id, description: r.description, severity, type: r.type, claims: r.claims });
  }
  if (unused) out.push({ id: UNUSED_DIRECTIVE_RULE, description: 'A crosscheck-disable comment in a draft that suppressed nothing.', severity: unused });
  return out;
}

/** Run `crosscheck lint`; sets `process.exitCode`. */
export function runLint(args: LintArgs): void {
  const cwd = process.cwd();
  const { options, rules } = configure(
    { format: args.format, failOn: args.failOn, minSeverity: args.minSeverity, maxWarnings: args.maxWarnings, rules: args.rules, against: args.against, reportUnusedDisableDirectives: args.reportUnusedDisableDirectives, config: args.config },
    cwd,
  );
  if (options.maxWarnings !== undefined && (!Number.isInteger(options.maxWarnings) || options.maxWarnings < 0)) {
    throw new CrosscheckError('usage', `--max-warnings must be a whole number of 0 or more, not "${options.maxWarnings}"`);
  }
  if (!args.drafts?.length && args.filesFrom === undefined) throw new CrosscheckError('usage', 'name the drafts to lint, or give --files-from (see crosscheck lint --help)');
  // yargs reads `--files-from -` as an empty string: both mean standard input
  const listFile = args.filesFrom === '' ? '-' : args.filesFrom;
  if (listFile === '-' && args.drafts?.some(isStdin)) throw new CrosscheckError('usage', 'standard input can hold the list of drafts (--files-from -) or a draft (-), not both');
  const drafts = [...(args.drafts ?? []), ...(listFile !== undefined ? readFileList(listFile, cwd) : [])];
  const unusedSeverity = options.reportUnused ? effectiveSeverity(options, UNUSED_DIRECTIVE_RULE, 'error') : undefined;
  const fieldMap = args.fieldMap ? parseFieldMap(args.fieldMap) : undefined;
  const run = lint(drafts, options.references, { sourceFormat: args.sourceFormat, published: args.published, fieldMap, stdinName: args.stdinName, rulesDirs: options.rulesDirs, settings: options.settings, cwd, ignored: options.ignored, onFiles: tuneForRun });
  const { report } = run;
  const { kept, unused } = applySuppressions(report.findings, run.drafts, unusedSeverity);
  const min = SEVERITY_RANK[options.minSeverity];
  report.findings = [...kept, ...unused].filter((f) => SEVERITY_RANK[f.severity] >= min).sort(compareLintFindings);
  report.stats.findings = report.findings.length;
  const text = formatReport(report, 'lint', options.format, {
    color: useColor(args.color, !!args.output),
    rules: ruleInfos(rules, options, unusedSeverity),
    files: run.drafts.map((d) => d.path),
  });
  writeReport(text, args.output);
  for (const p of run.problems) process.stderr.write(`crosscheck: ${p.message}\n`);
  if (run.problems.length) {
    process.exitCode = 2;
    return;
  }
  const failOn = options.failOn;
  const failing = failOn !== 'never' && report.findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
  const warnings = report.findings.filter((f) => f.severity === 'warning').length;
  const tooMany = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooMany) process.stderr.write(`crosscheck: too many warnings (${warnings}); at most ${options.maxWarnings} allowed\n`);
  process.exitCode = failing || tooMany ? 1 : 0;
}
