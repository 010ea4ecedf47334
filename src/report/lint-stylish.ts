/**
 * The lint report for people and editors' terminals: one line per finding,
 * `path:line:col  severity  message  rule`, located in the draft, then the
 * references that disagree as indented `path:line:col  “text”` lines; a
 * summary at the end. Nothing at all when clean (quiet like ESLint).
 */
import type { Evidence, Finding, Report, Severity } from '../types';
import { createColors, type Colors } from './color';
import { plural } from './stylish';

const SEVERITY_STYLE: Record<Severity, keyof Pick<Colors, 'red' | 'yellow' | 'blue'>> = { error: 'red', warning: 'yellow', info: 'blue' };

function place(e: Evidence | undefined): string {
  return e ? `${e.path}:${e.line}:${e.column}` : '-';
}

/** The display of the side an evidence belongs to ("24 person"), if any. */
export function sideDisplay(f: Finding, e: Evidence): string | undefined {
  return f.sides.find((s) => s.evidence.includes(e) || s.evidence.some((x) => x.source === e.source && x.start === e.start && x.end === e.end))?.display;
}

/** One line of text: newlines in quoted evidence would break the one-finding-a-line form. */
function oneLine(text: string): string {
  // split and trim rather than /\s*[\r\n]+\s*/g, which backtracks quadratically over long runs of spaces
  const lines = text.split(/\r\n|[\r\n]/);
  return lines
    .map((l, i) => (i > 0 ? l.trimStart() : l))
    .map((l, i) => (i < lines.length - 1 ? l.trimEnd() : l))
    .filter((l, i) => l !== '' || i === 0 || i === lines.length - 1)
    .join(' ');
}

function findingLines(f: Finding, c: Colors): string[] {
  const [primary, ...related] = f.evidence;
  const head = `${c.dim(place(primary))}  ${c[SEVERITY_STYLE[f.severity]](f.severity.padEnd(7))}  ${oneLine(f.message)}  ${c.dim(f.ruleId)}`;
  const refs = related.map((e) => {
    const says = sideDisplay(f, e);
    return `    ${c.dim(place(e))}  “${oneLine(e.text)}”${says ? ` (${says})` : ''}`;
  });
  return [head, ...refs];
}

/** `crosscheck lint` in the terminal. */
export function formatLintStylish(report: Report, opts: { color: boolean }): string {
  const n = report.findings.length;
  if (n === 0) return '';
  const c = createColors(opts.color);
  const count = (s: Severity) => report.findings.filter((f) => f.severity === s).length;
  const [errors, warnings, infos] = [count('error'), count('warning'), count('info')];
  const style = errors > 0 ? c.red : warnings > 0 ? c.yellow : c.blue;
  const files = new Set(report.findings.map((f) => f.evidence[0]?.path ?? '-')).size;
  const summary = `✖ ${plural(n, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info) in ${plural(files, 'file')}`;
  return `${[...report.findings.flatMap((f) => findingLines(f, c)), '', c.bold(style(summary))].join('\n')}\n`;
}
