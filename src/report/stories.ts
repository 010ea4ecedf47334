/**
 * Grouping findings for the human reports: by story, then by subject. Story
 * grouping itself happens upstream (`Finding.story`); here we only follow it.
 * Findings without a story belong to one implicit story, "all sources".
 */
import type { Finding, Report, Severity } from '../types';

/** The title of the implicit story when findings carry no story id. */
export const ALL_SOURCES = 'all sources';

/** Findings about one subject, in the order they first appear. */
export interface SubjectGroup {
  subject: string;
  findings: Finding[];
}

/** One story: its findings grouped by subject, and the sources it covers. */
export interface StoryGroup {
  /** the story id, undefined for the implicit story */
  id: string | undefined;
  title: string;
  findings: Finding[];
  subjects: SubjectGroup[];
  /** source ids in report order: every source for the implicit story, else those its findings cite */
  sources: string[];
}

/** Findings grouped by subject, groups in first-appearance order. */
export function subjectGroups(findings: readonly Finding[]): SubjectGroup[] {
  const groups = new Map<string, SubjectGroup>();
  for (const f of findings) {
    let g = groups.get(f.subject);
    if (!g) groups.set(f.subject, (g = { subject: f.subject, findings: [] }));
    g.findings.push(f);
  }
  return [...groups.values()];
}

/**
 * The stories of a report. When the report lists its stories (the pipeline
 * grouped the sources), every story appears in that order, those without
 * findings too, with their own sources. Otherwise stories follow the
 * findings' story ids in first-appearance order; a report with no findings
 * still has one story (so the reports can say "nothing found" and still show
 * the sources).
 */
export function storyGroups(report: Report): StoryGroup[] {
  if (report.stories && report.stories.length > 0) {
    const titled = report.stories.length > 1;
    return report.stories.map((st) => {
      const findings = report.findings.filter((f) => f.story === st.id || (f.story === undefined && !titled));
      return { id: titled ? st.id : undefined, title: titled ? st.label : ALL_SOURCES, findings, subjects: subjectGroups(findings), sources: [...st.sources] };
    });
  }
  const byStory = new Map<string | undefined, Finding[]>();
  for (const f of report.findings) {
    const list = byStory.get(f.story) ?? [];
    list.push(f);
    byStory.set(f.story, list);
  }
  if (byStory.size === 0) byStory.set(undefined, []);
  const order = report.sources.map((s) => s.id);
  return [...byStory.entries()].map(([id, findings]) => {
    const cited = new Set(findings.flatMap((f) => [...f.evidence.map((e) => e.source), ...f.sides.flatMap((s) => s.sources)]));
    const sources = id === undefined ? order : order.filter((s) => cited.has(s));
    return { id, title: id ?? ALL_SOURCES, findings, subjects: subjectGroups(findings), sources };
  });
}

/** How many findings of each severity. */
export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** "1 source", "3 sources". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** "3 problems (1 error, 1 warning, 1 info)" or "no disagreements". */
export function problemCount(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'no disagreements';
  const c = severityCounts(findings);
  return `${plural(findings.length, 'problem')} (${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info)`;
}

/** Does this side hold the majority value? (display first; value and unit when displays differ) */
export function isMajoritySide(f: Finding, side: { value: unknown; unit?: string; display: string }): boolean {
  if (!f.majority) return false;
  if (f.majority.display === side.display) return true;
  return JSON.stringify(f.majority.value) === JSON.stringify(side.value) && f.majority.unit === side.unit;
}
