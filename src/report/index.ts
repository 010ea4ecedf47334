/**
 * The reporters, by format name. Each formats a finished {@link Report}; none
 * reads files or decides exit codes. To add a format, add one line to
 * {@link REPORTERS}.
 */
import { CrosscheckError } from '../errors';
import type { Report } from '../types';
import { formatClaimsCsv } from './csv';
import { formatCheckHtml } from './html/html';
import { formatCheckJson, formatClaimsJson } from './json';
import { formatCheckMarkdown } from './markdown';
import { formatCheckStylish, formatClaimsStylish } from './stylish';
import { formatGithub } from './github';
import { formatJunit } from './junit';
import { formatLintStylish } from './lint-stylish';
import { formatSarif, type RuleInfo } from './sarif';

/** What every reporter is given besides the report. */
export interface ReportOptions {
  /** ANSI colour; the CLI decides (TTY, `--no-color`, `NO_COLOR`) */
  color: boolean;
  /** the rules run (SARIF describes them in `tool.driver.rules`) */
  rules?: readonly RuleInfo[];
  /** the files linted, clean ones included (JUnit gives each a suite) */
  files?: readonly string[];
}

/** The command whose result is being formatted. */
export type ReportCommand = 'check' | 'claims' | 'lint';

/** A reporter: how it formats `check` findings and/or `claims` (at least one). */
export interface Reporter {
  /** absent when the format only lists claims (CSV) */
  check?(report: Report, opts: ReportOptions): string;
  /** absent when the format has no sensible form for a list of claims (e.g. SARIF) */
  claims?(report: Report, opts: ReportOptions): string;
  /** `crosscheck lint`: findings located in the drafts (absent: the format cannot show them) */
  lint?(report: Report, opts: ReportOptions): string;
}

/** Every known format; the first is the default. */
const REPORTERS = {
  stylish: { check: formatCheckStylish, claims: formatClaimsStylish, lint: formatLintStylish },
  json: { check: formatCheckJson, claims: formatClaimsJson, lint: formatCheckJson },
  markdown: { check: formatCheckMarkdown },
  html: { check: formatCheckHtml },
  csv: { claims: formatClaimsCsv },
  sarif: { check: formatSarif, lint: formatSarif },
  github: { check: formatGithub, lint: formatGithub },
  junit: { check: formatJunit, lint: formatJunit },
} satisfies Record<string, Reporter>;

/** A format name `--format` accepts. */
export type FormatName = keyof typeof REPORTERS;

/** The format names, in the order `--help` should list them. */
export const FORMAT_NAMES = Object.keys(REPORTERS) as FormatName[];

/** Is `name` a known format? */
export function isFormatName(name: string): name is FormatName {
  return Object.prototype.hasOwnProperty.call(REPORTERS, name);
}

/**
 * Format a report for `command` in `format`. An unknown format, or one that
 * cannot show `command`, is a usage error listing the formats that can.
 */
export function formatReport(report: Report, command: ReportCommand, format: string, opts: ReportOptions): string {
  const usable = FORMAT_NAMES.filter((n) => (REPORTERS[n] as Reporter)[command] !== undefined);
  const reporter: Reporter | undefined = isFormatName(format) ? REPORTERS[format] : undefined;
  const run = reporter?.[command];
  if (!reporter || !run) {
    const what = reporter ? `format "${format}" cannot show ${command}` : `unknown format "${format}"`;
    throw new CrosscheckError('usage', `${what}; use one of: ${usable.join(', ')}`);
  }
  return run.call(reporter, report, opts);
}
