/**
 * The timeline of a story's dated claims, as inline SVG (no script, no
 * external assets): one row per source, the x axis in days. A day-precision
 * claim is a dot; a month, a year or a stated range is a bar over the days it
 * covers. Every mark has a `<title>`, which browsers show as a tooltip.
 */
import { html, raw, type SafeHtml } from './escape';
import type { Claim, DateClaim, Source } from '../../types';

const DAY = 86_400_000;
const WIDTH = 960;
const LABEL = 200;
const ROW = 30;
const TOP = 12;
const AXIS = 34;

/** One mark: days since the epoch, inclusive. */
interface Mark {
  from: number;
  to: number;
  claims: DateClaim[];
}

/** First and last day (epoch days) an ISO date of the given precision covers. */
export function dayRange(value: string, precision: DateClaim['precision'], end?: string): [number, number] | undefined {
  const first = (iso: string): number | undefined => {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
    return m ? Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1) / DAY : undefined;
  };
  const last = (iso: string): number | undefined => {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
    if (!m) return undefined;
    if (m[3]) return Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY;
    if (m[2]) return Date.UTC(+m[1], +m[2], 1) / DAY - 1;
    return Date.UTC(+m[1] + 1, 0, 1) / DAY - 1;
  };
  const from = first(value);
  const to = last(end ?? value);
  if (from === undefined || to === undefined || precision === undefined) return undefined;
  return [from, Math.max(from, to)];
}

function iso(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Axis ticks: month starts (or year starts over long spans), thinned to at most about 8. */
function ticks(from: number, to: number): Array<{ day: number; label: string }> {
  const span = to - from;
  const out: Array<{ day: number; label: string }> = [];
  const start = new Date(from * DAY);
  if (span <= 45) {
    const step = Math.max(1, Math.ceil(span / 8));
    for (let d = from; d <= to; d += step) out.push({ day: d, label: iso(d).slice(5) });
    return out;
  }
  const byYear = span > 3 * 365;
  let y = start.getUTCFullYear();
  let m = byYear ? 0 : start.getUTCMonth();
  for (;;) {
    const d = Date.UTC(y, m, 1) / DAY;
    if (d > to) break;
    if (d >= from) out.push({ day: d, label: byYear ? String(y) : iso(d).slice(0, 7) });
    if (byYear) y++;
    else if (++m === 12) [y, m] = [y + 1, 0];
  }
  const every = Math.ceil(out.length / 8);
  return out.filter((_, i) => i % every === 0);
}

function marksOf(claims: readonly DateClaim[]): Mark[] {
  const byKey = new Map<string, Mark>();
  for (const c of claims) {
    const r = dayRange(c.value, c.precision, c.end);
    if (!r) continue;
    const key = `${r[0]}:${r[1]}`;
    const mark = byKey.get(key) ?? { from: r[0], to: r[1], claims: [] };
    mark.claims.push(c);
    byKey.set(key, mark);
  }
  // bars first, widest first, so that dots and narrow bars are drawn on top and stay visible
  return [...byKey.values()].sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
}

function label(s: Source): string {
  const name = s.outlet ?? s.id;
  return name.length > 26 ? `${name.slice(0, 25)}…` : name;
}

/**
 * The SVG for `sources` and their date claims; `surface` gives a claim's text
 * as written. Returns undefined when no claim has a usable date.
 */
export function timelineSvg(sources: readonly Source[], claims: readonly Claim[], surface: (c: Claim) => string): SafeHtml | undefined {
  const dated = claims.filter((c): c is DateClaim => c.kind === 'date');
  const rows = sources.map((s) => ({ source: s, marks: marksOf(dated.filter((c) => c.source === s.id)) }));
  const all = rows.flatMap((r) => r.marks);
  if (all.length === 0) return undefined;
  let from = Math.min(...all.map((m) => m.from));
  let to = Math.max(...all.map((m) => m.to));
  const pad = Math.max(1, Math.round((to - from) * 0.03));
  [from, to] = [from - pad, to + pad];
  const height = TOP + rows.length * ROW + AXIS;
  const x = (day: number) => LABEL + ((day - from) / (to - from)) * (WIDTH - LABEL - 16);
  const axisY = TOP + rows.length * ROW;
  const tickMarks = ticks(from, to).map(
    (t) => html`<g class="tl-tick"><line x1="${x(t.day).toFixed(1)}" x2="${x(t.day).toFixed(1)}" y1="${TOP - 4}" y2="${axisY + 4}"/><text x="${x(t.day).toFixed(1)}" y="${axisY + 20}" text-anchor="middle">${t.label}</text></g>`,
  );
  const rowMarks = rows.map((r, i) => {
    const cy = TOP + i * ROW + ROW / 2;
    const marks = r.marks.map((m) => {
      const what = m.claims.map((c) => `“${surface(c)}” → ${c.value}${c.end ? `–${c.end}` : ''} (${c.precision})`).join('\n');
      const tip = html`<title>${label(r.source)}: ${m.from === m.to ? iso(m.from) : `${iso(m.from)} – ${iso(m.to)}`}\n${what}</title>`;
      if (m.from === m.to) return html`<circle class="tl-day" cx="${x(m.from).toFixed(1)}" cy="${cy}" r="${m.claims.length > 1 ? 6.5 : 5}">${tip}</circle>`;
      const w = Math.max(4, x(m.to + 1) - x(m.from));
      return html`<rect class="tl-span" x="${x(m.from).toFixed(1)}" y="${cy - 6}" width="${w.toFixed(1)}" height="12" rx="3">${tip}</rect>`;
    });
    return html`<g class="tl-row"><rect class="tl-band" x="0" y="${cy - ROW / 2}" width="${WIDTH}" height="${ROW}"/><text class="tl-label" x="8" y="${cy + 4}">${label(r.source)}<title>${r.source.title ?? r.source.id}</title></text><line class="tl-guide" x1="${LABEL}" x2="${WIDTH - 16}" y1="${cy}" y2="${cy}"/>${marks}</g>`;
  });
  return html`<svg class="timeline" role="img" aria-label="Timeline of dated claims by source" viewBox="0 0 ${WIDTH} ${height}" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">${tickMarks}${rowMarks}${raw(`<line class="tl-axis" x1="${LABEL}" x2="${WIDTH - 16}" y1="${axisY}" y2="${axisY}"/>`)}</svg>`;
}
