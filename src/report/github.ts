/**
 * GitHub Actions workflow commands, one per finding:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
 * The runner turns them into annotations on the pull request at the draft's
 * line. Escaping is the Actions toolkit's (`@actions/core` `issueCommand`).
 */
import type { Finding, Report, Severity } from '../types';
import { sideDisplay } from './lint-stylish';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escape a command's message: `%`, CR and LF (as `escapeData` in @actions/core). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a property value: also `:` and `,` (as `escapeProperty` in @actions/core). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The message: the finding's, then the other places it was found, one a line. */
function message(f: Finding): string {
  const related = f.evidence.slice(1).map((e) => {
    const says = sideDisplay(f, e);
    return `${e.path}:${e.line}:${e.column}: “${e.text}”${says ? ` (${says})` : ''}`;
  });
  return related.length ? `${f.message}\n${related.join('\n')}` : f.message;
}

/** One workflow command. Columns are only given for a one-line span, as GitHub requires. */
export function githubCommand(f: Finding): string {
  const e = f.evidence[0];
  const props: Array<[string, string | number]> = [];
  if (e) {
    props.push(['file', e.path.replace(/\\/g, '/')], ['line', e.line]);
    if (e.endLine === e.line) props.push(['col', e.column], ['endLine', e.endLine], ['endColumn', e.endColumn]);
    else props.push(['endLine', e.endLine]);
  }
  props.push(['title', `crosscheck(${f.ruleId})`]);
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${COMMAND[f.severity]} ${list}::${escapeData(message(f))}`;
}

/** `--format github`: one workflow command a line; nothing when clean. */
export function formatGithub(report: Report): string {
  return report.findings.map((f) => `${githubCommand(f)}\n`).join('');
}
