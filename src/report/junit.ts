/**
 * JUnit XML, for CI systems that show test reports (Jenkins, GitLab, Azure):
 * a test suite per file, a failing test case per finding (ESLint's junit
 * form), and a passing case for each clean draft so it shows as checked.
 */
import type { Finding, Report } from '../types';
import { sideDisplay } from './lint-stylish';

/** Options of the JUnit reporter. */
export interface JunitOptions {
  /** paths of the files linted; each gets a suite even when clean (default: files with findings) */
  files?: readonly string[];
}

/** Escape text for XML content and attribute values; characters XML 1.0 cannot hold are dropped. */
export function xmlEscape(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

function body(f: Finding): string {
  const e = f.evidence[0];
  const lines = [`${e ? `${e.path}:${e.line}:${e.column}` : '-'} ${f.severity} ${f.message} (${f.ruleId})`];
  for (const r of f.evidence.slice(1)) {
    const says = sideDisplay(f, r);
    lines.push(`  ${r.path}:${r.line}:${r.column} “${r.text}”${says ? ` (${says})` : ''}`);
  }
  return lines.join('\n');
}

function testcase(f: Finding, file: string): string {
  const e = f.evidence[0];
  const name = `${e ? `${e.line}:${e.column}` : '-'} ${f.ruleId}`;
  return [
    `    <testcase name="${xmlEscape(name)}" classname="${xmlEscape(file)}" time="0">`,
    `      <failure message="${xmlEscape(f.message)}" type="${f.severity}">${xmlEscape(body(f))}</failure>`,
    '    </testcase>',
  ].join('\n');
}

/** `--format junit`. */
export function formatJunit(report: Report, opts: JunitOptions = {}): string {
  const byFile = new Map<string, Finding[]>();
  for (const p of opts.files ?? []) byFile.set(p, []);
  for (const f of report.findings) {
    const file = f.evidence[0]?.path ?? 'crosscheck';
    if (!byFile.has(file)) byFile.set(file, []);
    byFile.get(file)?.push(f);
  }
  const suites = [...byFile.entries()].map(([file, findings]) => {
    const cases = findings.length ? findings.map((f) => testcase(f, file)) : [`    <testcase name="${xmlEscape(file)}" classname="${xmlEscape(file)}" time="0" />`];
    return [
      `  <testsuite name="${xmlEscape(file)}" tests="${cases.length}" failures="${findings.length}" errors="0" skipped="0" time="0">`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  const tests = [...byFile.values()].reduce((n, fs) => n + Math.max(1, fs.length), 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="crosscheck" tests="${tests}" failures="${report.findings.length}" errors="0" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
