/**
 * The human report (ESLint's "stylish", for fact-checkers): findings grouped by
 * story (with a summary line per story when there are story ids) and by what
 * they are about; each with its sides, who gives which value, and every
 * place in the files it was found, the claim marked in its line.
 */
import { createColors, type Colors } from './color';
import { evidenceExcerpt, markExcerpt } from './excerpt';
import { isMajoritySide, plural, problemCount, severityCounts, storyGroups, type StoryGroup } from './stories';
import type { Evidence, Finding, FindingSide, Report, Severity, Source } from '../types';

export { formatClaimsStylish } from './stylish-claims';

/** Options every human-readable reporter takes. */
export interface StylishOptions {
  /** ANSI colour and bold; the CLI turns it on for a TTY only */
  color: boolean;
}

/** Room for the line excerpt of one piece of evidence. */
const EXCERPT_WIDTH = 90;

const SEVERITY_STYLE: Record<Severity, keyof Pick<Colors, 'red' | 'yellow' | 'blue'>> = {
  error: 'red',
  warning: 'yellow',
  info: 'blue',
};

export { plural };

function isMajority(side: FindingSide, f: Finding): boolean {
  return isMajoritySide(f, side);
}

function sideLines(f: Finding, c: Colors): string[] {
  const width = Math.max(0, ...f.sides.map((s) => s.display.length));
  return f.sides.map((s) => {
    const who = `${plural(s.sources.length, 'source')}: ${s.sources.join(', ')}`;
    const mark = isMajority(s, f) ? `  ${c.green('(majority)')}` : '';
    return `    ${c.bold(s.display)}${' '.repeat(width - s.display.length)}  ${who}${mark}`;
  });
}

function evidenceLines(evidence: Evidence[], source: (id: string) => Source | undefined, c: Colors): string[] {
  const places = evidence.map((e) => `${e.path}:${e.line}:${e.column}`);
  const width = Math.max(0, ...places.map((p) => p.length));
  return evidence.map((e, i) => {
    const excerpt = markExcerpt(evidenceExcerpt(e, source(e.source), EXCERPT_WIDTH), c);
    return `    ${c.dim(places[i])}${' '.repeat(width - places[i].length)}  ${excerpt}`;
  });
}

function findingLines(f: Finding, source: (id: string) => Source | undefined, c: Colors): string[] {
  const label = c[SEVERITY_STYLE[f.severity]](f.severity.padEnd(7));
  return [`  ${label}  ${f.message}  ${c.dim(f.ruleId)}`, ...sideLines(f, c), ...evidenceLines(f.evidence, source, c)];
}

/** A story's summary line: "✖ 2 problems (1 error, 1 warning, 0 info) in 3 sources". */
function storySummary(story: StoryGroup, c: Colors): string {
  const counts = severityCounts(story.findings);
  const style = counts.error > 0 ? c.red : counts.warning > 0 ? c.yellow : counts.info > 0 ? c.blue : c.green;
  const mark = story.findings.length > 0 ? '✖' : '✔';
  return style(`  ${mark} ${problemCount(story.findings)} in ${plural(story.sources.length, 'source')}`);
}

/** "✖ 3 problems (1 error, 1 warning, 1 info) in 5 sources, 142 claims" or the all-clear line. */
function summary(report: Report, c: Colors): string {
  const { sources, claims } = report.stats;
  const n = report.findings.length;
  if (n === 0) return c.green(`✔ No disagreements found in ${plural(sources, 'source')} (${plural(claims, 'claim')}).`);
  const count = (s: Severity) => report.findings.filter((f) => f.severity === s).length;
  const [errors, warnings, infos] = [count('error'), count('warning'), count('info')];
  const line = `✖ ${plural(n, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info) in ${plural(sources, 'source')}, ${plural(claims, 'claim')}`;
  const style = errors > 0 ? c.red : warnings > 0 ? c.yellow : c.blue;
  return c.bold(style(line));
}

/** `crosscheck check` for people: grouped findings, their sides and evidence, then a summary line. */
export function formatCheckStylish(report: Report, opts: StylishOptions): string {
  const c = createColors(opts.color);
  const byId = new Map(report.sources.map((s) => [s.id, s]));
  const source = (id: string) => byId.get(id);
  const out: string[] = [];
  const stories = storyGroups(report);
  // without story ids there is one implicit story: no story header, the final line is its summary
  const named = stories.some((st) => st.id !== undefined);
  for (const story of stories) {
    if (named) out.push(c.bold(`Story: ${story.title}`), '');
    for (const group of story.subjects) {
      out.push(c.underline(c.bold(group.subject)));
      for (const f of group.findings) out.push(...findingLines(f, source, c));
      out.push('');
    }
    if (named) out.push(storySummary(story, c), '');
  }
  out.push(summary(report, c));
  return `${out.join('\n')}\n`;
}
