/**
 * The reporters, by format name. Each formats a finished {@link Report}; none
 * reads files or decides exit codes. To add a format, add one entry to
 * {@link REPORTERS}. A reporter's module is loaded only when its format is
 * used: a lint in CI does not pay for the HTML report's styles and scripts.
 */
import { CrosscheckError } from '../errors';
import type { Report } from '../types';
import type { RuleInfo } from './sarif';

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
  /** the same text as `check` or `claims`, made and written a piece at a time (a report of a large archive is never held whole) */
  pieces?: Partial<Record<'check' | 'claims', (report: Report, opts: ReportOptions) => Iterable<string>>>;
}

/* eslint-disable @typescript-eslint/no-require-imports -- each reporter is required when its format is asked for */
/** Every known format, each loading its reporter on first use; the first is the default. */
const REPORTERS = {
  stylish: (): Reporter => {
    const { formatCheckStylish, formatClaimsStylish } = require('./stylish') as typeof import('./stylish');
    const { formatLintStylish } = require('./lint-stylish') as typeof import('./lint-stylish');
    return { check: formatCheckStylish, claims: formatClaimsStylish, lint: formatLintStylish };
  },
  json: (): Reporter => {
    const { checkJsonPieces, claimsJsonPieces, formatCheckJson, formatClaimsJson } = require('./json') as typeof import('./json');
    return { check: formatCheckJson, claims: formatClaimsJson, lint: formatCheckJson, pieces: { check: checkJsonPieces, claims: claimsJsonPieces } };
  },
  markdown: (): Reporter => ({ check: (require('./markdown') as typeof import('./markdown')).formatCheckMarkdown }),
  html: (): Reporter => ({ check: (require('./html/html') as typeof import('./html/html')).formatCheckHtml }),
  csv: (): Reporter => ({ claims: (require('./csv') as typeof import('./csv')).formatClaimsCsv }),
  sarif: (): Reporter => {
    const { formatSarif } = require('./sarif') as typeof import('./sarif');
    return { check: formatSarif, lint: formatSarif };
  },
  github: (): Reporter => {
    const { formatGithub } = require('./github') as typeof import('./github');
    return { check: formatGithub, lint: formatGithub };
  },
  junit: (): Reporter => {
    const { formatJunit } = require('./junit') as typeof import('./junit');
    return { check: formatJunit, lint: formatJunit };
  },
} satisfies Record<string, () => Reporter>;
/* eslint-enable @typescript-eslint/no-require-imports */

/** Formats whose `check` report shows claims as well as findings (counts per story, a source's claims, a timeline); the others need only the findings. */
const CHECK_SHOWS_CLAIMS: ReadonlySet<string> = new Set<FormatName>(['markdown', 'html']);
/** Formats whose `check` report reads articles' texts besides the findings (excerpts of the lines, a source's claims in context). */
const CHECK_READS_TEXTS: ReadonlySet<string> = new Set<FormatName>(['stylish', 'markdown', 'html']);

/** Does `check --format <format>` show claims? (An unknown format says yes: it fails when the report is formatted.) */
export function checkShowsClaims(format: string): boolean {
  return !isFormatName(format) || CHECK_SHOWS_CLAIMS.has(format);
}

/** Does `check --format <format>` read articles' file texts once the run is done? (An unknown format says yes.) */
export function checkReadsTexts(format: string): boolean {
  return !isFormatName(format) || CHECK_READS_TEXTS.has(format);
}

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
  const { reporter, run } = reporterFor(command, format);
  return run.call(reporter, report, opts);
}

/** {@link formatReport}'s text in pieces, to be written as they are made (one piece, for formats that make the whole text at once). */
export function reportPieces(report: Report, command: ReportCommand, format: string, opts: ReportOptions): Iterable<string> {
  const { reporter, run } = reporterFor(command, format);
  const pieces = command === 'lint' ? undefined : reporter.pieces?.[command];
  return pieces ? pieces(report, opts) : [run.call(reporter, report, opts)];
}

function reporterFor(command: ReportCommand, format: string): { reporter: Reporter; run: (report: Report, opts: ReportOptions) => string } {
  const reporter = isFormatName(format) ? REPORTERS[format]() : undefined;
  const run = reporter?.[command];
  if (!reporter || !run) {
    // only on this error path are the other reporters loaded: to list those that can show `command`
    const usable = FORMAT_NAMES.filter((n) => REPORTERS[n]()[command] !== undefined);
    const what = reporter ? `format "${format}" cannot show ${command}` : `unknown format "${format}"`;
    throw new CrosscheckError('usage', `${what}; use one of: ${usable.join(', ')}`);
  }
  return { reporter, run };
}
