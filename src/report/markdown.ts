/**
 * `--format markdown`: the fact-checker's report as Markdown, to paste into a
 * ticket or a newsroom chat. Per story a heading and a summary line; per
 * finding its message, a table of values and the sources giving each (the
 * majority in bold), and each piece of evidence as its sentence with the
 * claim in bold. Article text is escaped so it shows literally: no stray
 * emphasis, links or HTML from what an article happens to contain.
 */
import { claimIndex, evidenceSentence } from './sentence';
import { isMajoritySide, plural, problemCount, storyGroups, type StoryGroup } from './stories';
import type { Claim, Evidence, Finding, Report, Source } from '../types';

/**
 * Text escaped for Markdown (CommonMark/GFM): backslash before every ASCII
 * punctuation that can start markup, line breaks flattened so a table row or
 * list item stays one line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*[\]<>|~]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|&(?=#?\w+;)|!(?=\[)/gu, (ch) => `\\${ch}`);
}

/** Code span that holds any text (a longer run of backticks than the text contains). */
function code(text: string): string {
  const runs = text.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\s+/g, ' ')}${pad}${fence}`;
}

interface Context {
  source: (id: string) => Source | undefined;
  claim: (id: string | undefined) => Claim | undefined;
}

/** A source in a table cell: its id, and its outlet when known (titles are listed once per story). */
function sourceName(id: string, ctx: Context): string {
  const outlet = ctx.source(id)?.outlet;
  return outlet ? `${escapeMarkdown(id)} (${escapeMarkdown(outlet)})` : escapeMarkdown(id);
}

/** A story's source list: id, then outlet, date and title as far as known. */
function sourceItem(id: string, ctx: Context): string {
  const s = ctx.source(id);
  const facts = [s?.outlet, s?.published, s?.title && `“${s.title}”`].filter((x): x is string => !!x);
  return `- ${code(id)}${facts.length ? ` ${facts.map(escapeMarkdown).join(', ')}` : ''}`;
}

function sidesTable(f: Finding, ctx: Context): string[] {
  const rows = f.sides.map((s) => {
    const major = isMajoritySide(f, s);
    const value = major ? `**${escapeMarkdown(s.display)}** (majority)` : escapeMarkdown(s.display);
    return `| ${value} | ${s.sources.length} | ${s.sources.map((id) => sourceName(id, ctx)).join(', ') || '—'} |`;
  });
  return ['| Value | # | Sources |', '| --- | ---: | --- |', ...rows];
}

function evidenceItem(e: Evidence, ctx: Context): string {
  const parts = evidenceSentence(e, ctx.source(e.source), ctx.claim(e.claimId));
  const sentence = `${escapeMarkdown(parts.before)}**${escapeMarkdown(parts.claim)}**${escapeMarkdown(parts.after)}`;
  return `- ${code(`${e.path}:${e.line}:${e.column}`)} ${sentence}`;
}

const BADGE: Record<Finding['severity'], string> = { error: '🔴 **error**', warning: '🟠 **warning**', info: '🔵 **info**' };

function findingBlock(f: Finding, ctx: Context): string[] {
  return [
    `${BADGE[f.severity]} ${escapeMarkdown(f.message)} ${code(f.ruleId)}`,
    '',
    ...sidesTable(f, ctx),
    '',
    ...f.evidence.map((e) => evidenceItem(e, ctx)),
    '',
  ];
}

function storySummary(story: StoryGroup, report: Report): string {
  // the implicit story covers every source: the run's own count; a named story counts its sources' claims
  const claims = story.id === undefined ? report.stats.claims : report.claims.filter((c) => story.sources.includes(c.source)).length;
  return `**${problemCount(story.findings)}** in ${plural(story.sources.length, 'source')}, ${plural(claims, 'claim')}.`;
}

/** `crosscheck check --format markdown`. */
export function formatCheckMarkdown(report: Report): string {
  const bySource = new Map(report.sources.map((s) => [s.id, s]));
  const claims = claimIndex(report.claims);
  const ctx: Context = { source: (id) => bySource.get(id), claim: (id) => (id === undefined ? undefined : claims.get(id)) };
  const stories = storyGroups(report);
  const out: string[] = ['# Crosscheck report', ''];
  // with one story its own summary line says it all
  if (stories.length > 1) out.push(`${problemCount(report.findings)} in ${plural(report.stats.sources, 'source')}, ${plural(report.stats.claims, 'claim')}.`, '');
  for (const story of stories) {
    out.push(`## Story: ${escapeMarkdown(story.title)}`, '', storySummary(story, report), '');
    out.push('Sources:', '', ...story.sources.map((id) => sourceItem(id, ctx)), '');
    for (const group of story.subjects) {
      out.push(`### ${escapeMarkdown(group.subject)}`, '');
      for (const f of group.findings) out.push(...findingBlock(f, ctx));
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
