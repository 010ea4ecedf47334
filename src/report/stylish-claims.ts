/**
 * `crosscheck claims` for people: per source a header, then one line per
 * claim — where it is, its kind, its text as written, and what it was
 * normalized to — so a user can see what the extractors made of an article.
 */
import { locateSpan } from '../sources/position';
import { createColors, type Colors } from './color';
import { displayValue } from './display';
import type { Claim, Report, Source } from '../types';

/** Claim texts longer than this are cut (the normalized value is what matters). */
const MAX_TEXT = 40;

function flatten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_TEXT ? flat : `${flat.slice(0, MAX_TEXT - 1)}…`;
}

function header(s: Source, c: Colors): string {
  const parts = [c.underline(c.bold(s.path)), c.dim(s.format)];
  if (s.title) parts.push(`“${s.title}”`);
  if (s.published) parts.push(s.published);
  return parts.join('  ');
}

interface Row {
  place: string;
  kind: string;
  text: string;
  value: string;
}

function row(claim: Claim, source: Source): Row {
  const loc = locateSpan(source, claim.span);
  return { place: `${loc.line}:${loc.column}`, kind: claim.kind, text: flatten(loc.text), value: displayValue(claim, loc.text) };
}

function rowLines(rows: readonly Row[], c: Colors): string[] {
  const width = (pick: (r: Row) => string) => Math.max(0, ...rows.map((r) => pick(r).length));
  const [wPlace, wKind, wText] = [width((r) => r.place), width((r) => r.kind), width((r) => r.text)];
  // line:column right-aligned on the colon would need two columns; right-aligning the whole reads as well
  return rows.map(
    (r) => `  ${c.dim(r.place.padStart(wPlace))}  ${r.kind.padEnd(wKind)}  ${r.text.padEnd(wText)}  → ${c.bold(r.value)}`,
  );
}

/** Per source: a header line (path, format, title, published) and a line per claim, in file order. */
export function formatClaimsStylish(report: Report, opts: { color: boolean }): string {
  const c = createColors(opts.color);
  const bySource = new Map<string, Claim[]>(report.sources.map((s) => [s.id, []]));
  for (const claim of report.claims) bySource.get(claim.source)?.push(claim);
  const out: string[] = [];
  for (const source of report.sources) {
    const claims = [...(bySource.get(source.id) ?? [])].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    out.push(header(source, c));
    out.push(...(claims.length > 0 ? rowLines(claims.map((cl) => row(cl, source)), c) : [`  ${c.dim('(no claims)')}`]));
    out.push('');
  }
  const total = report.claims.length;
  out.push(`${total} ${total === 1 ? 'claim' : 'claims'} in ${report.sources.length} ${report.sources.length === 1 ? 'source' : 'sources'}.`);
  return `${out.join('\n')}\n`;
}
