/**
 * The per-source view of the HTML report: one card per article with its
 * title, outlet, date, author, file and format, how many findings cite it,
 * and (folded) every claim extracted from it with its normalized value.
 */
import { locateSpan } from '../../sources/position';
import { displayValue } from '../display';
import { plural } from '../stories';
import { html, type SafeHtml } from './escape';
import { sourceAnchor } from './findings';
import type { Claim, Finding, Source } from '../../types';

function claimRow(c: Claim, s: Source): SafeHtml {
  const loc = locateSpan(s, c.span);
  const text = s.text.slice(c.span.start, c.span.end).replace(/\s+/g, ' ');
  return html`<tr><td class="loc">${loc.line}:${loc.column}</td><td>${c.kind}</td><td>${text}</td><td>${displayValue(c, loc.text)}</td></tr>`;
}

const PUBLISHED_FROM: Record<NonNullable<Source['publishedFrom']>, string> = { stated: '', option: ' (from --published)', inferred: ' (inferred)' };

/** One source's card. */
export function sourceCard(s: Source, claims: readonly Claim[], findings: readonly Finding[]): SafeHtml {
  const mine = claims.filter((c) => c.source === s.id).sort((a, b) => a.span.start - b.span.start);
  const cited = findings.filter((f) => f.evidence.some((e) => e.source === s.id) || f.sides.some((d) => d.sources.includes(s.id))).length;
  const field = (name: string, value: string | undefined) => (value ? html`<dt>${name}</dt><dd>${value}</dd>` : '');
  return html`<section class="source" id="${sourceAnchor(s.id)}"><h3>${s.title ?? s.id}</h3><dl>${field('Outlet', s.outlet)}${field('Date', s.published ? `${s.published}${s.publishedFrom ? PUBLISHED_FROM[s.publishedFrom] : ''}` : 'unknown')}${field('Author', s.author)}${field('File', s.path)}${field('Format', s.format)}${field('Findings', String(cited))}</dl><details><summary>${plural(mine.length, 'claim')}</summary><table><thead><tr><th>At</th><th>Kind</th><th>Text</th><th>Normalized</th></tr></thead><tbody>${mine.map((c) => claimRow(c, s))}</tbody></table></details></section>`;
}

/** The cards of `sources`, in report order. */
export function sourcesView(sources: readonly Source[], claims: readonly Claim[], findings: readonly Finding[]): SafeHtml {
  return html`<div class="sources">${sources.map((s) => sourceCard(s, claims, findings))}</div>`;
}
