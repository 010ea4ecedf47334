/**
 * The findings part of the HTML report: the filter bar, and per finding a
 * card — severity badge, message, rule, and a table of the values side by
 * side (value | sources | evidence sentences with the claim marked), the
 * majority row highlighted.
 */
import { evidenceSentence } from '../sentence';
import { isMajoritySide, plural, severityCounts } from '../stories';
import { html, type SafeHtml } from './escape';
import type { Claim, Evidence, Finding, FindingSide, Severity, Source } from '../../types';

/** Lookups the cards need. */
export interface CardContext {
  source(id: string): Source | undefined;
  claim(id: string | undefined): Claim | undefined;
}

/** The in-page anchor of a source's card. */
export function sourceAnchor(id: string): string {
  return `src-${encodeURIComponent(id)}`;
}

/** A short name for a source: its outlet, else its id. */
export function sourceLabel(id: string, s: Source | undefined): string {
  return s?.outlet ?? id;
}

/** A link to a source's card, its full title as tooltip. */
export function sourceChip(id: string, ctx: CardContext): SafeHtml {
  const s = ctx.source(id);
  return html`<a class="chip" href="#${sourceAnchor(id)}" title="${s?.title ?? s?.path ?? id}">${sourceLabel(id, s)}</a>`;
}

function evidenceItem(e: Evidence, ctx: CardContext): SafeHtml {
  const p = evidenceSentence(e, ctx.source(e.source), ctx.claim(e.claimId));
  return html`<li><span class="sentence">${p.before}<mark>${p.claim}</mark>${p.after}</span><span class="loc">${e.path}:${e.line}:${e.column}</span></li>`;
}

/** The evidence of one side: its own, else the finding's evidence from the side's sources. */
function sideEvidence(side: FindingSide, f: Finding): Evidence[] {
  if (side.evidence.length > 0) return side.evidence;
  return f.evidence.filter((e) => side.sources.includes(e.source));
}

function sideRow(side: FindingSide, f: Finding, ctx: CardContext): SafeHtml {
  const major = isMajoritySide(f, side);
  return html`<tr class="${major ? 'majority' : ''}"><td class="value">${side.display}${major ? html`<span class="maj">majority</span>` : ''}</td><td>${side.sources.map((id) => sourceChip(id, ctx))}<div class="loc">${plural(side.sources.length, 'source')}</div></td><td><ul class="ev">${sideEvidence(side, f).map((e) => evidenceItem(e, ctx))}</ul></td></tr>`;
}

/** One finding as a card; `data-*` attributes drive the filters. */
export function findingCard(f: Finding, ctx: CardContext): SafeHtml {
  return html`<article class="finding sev-${f.severity}" data-severity="${f.severity}" data-rule="${f.ruleId}"><div class="head"><span class="badge ${f.severity}">${f.severity}</span><span class="msg">${f.message}</span><code>${f.ruleId}</code></div><table class="sides"><thead><tr><th>Value</th><th>Sources</th><th>Evidence</th></tr></thead><tbody>${f.sides.map((s) => sideRow(s, f, ctx))}</tbody></table></article>`;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** The filter bar: one button per severity and per rule present, with counts. */
export function filterBar(findings: readonly Finding[]): SafeHtml {
  const counts = severityCounts(findings);
  const rules = new Map<string, number>();
  for (const f of findings) rules.set(f.ruleId, (rules.get(f.ruleId) ?? 0) + 1);
  const button = (filter: string, value: string, text: string) =>
    html`<button type="button" data-filter="${filter}" data-value="${value}" aria-pressed="${String(value === 'all')}">${text}</button>`;
  return html`<div class="filters" role="toolbar" aria-label="Filter findings"><div class="group"><span class="label">Severity</span>${button('severity', 'all', 'all')}${SEVERITIES.filter((s) => counts[s] > 0).map((s) => button('severity', s, `${s} (${counts[s]})`))}</div><div class="group"><span class="label">Rule</span>${button('rule', 'all', 'all')}${[...rules].map(([r, n]) => button('rule', r, `${r} (${n})`))}</div><span id="shown" aria-live="polite">${findings.length} of ${findings.length} findings shown</span></div>`;
}
