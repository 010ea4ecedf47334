/**
 * One line of context around a claim, for evidence display: the line the
 * claim is on, cut around the claim with "…" when it is long, the claim
 * marked. Lines come from the source's raw file (the positions are already
 * known: nothing is searched for).
 */
import { lineText } from '../sources/position';
import type { Colors } from './color';
import type { Evidence, Source } from '../types';

/** The pieces of an excerpt, before marking. */
export interface ExcerptParts {
  before: string;
  claim: string;
  after: string;
}

/** How many characters of the claim itself to keep before cutting it. */
const MAX_CLAIM = 80;

/** Keep at most `n` characters of `text` next to the claim, cut at a word, with "…" where cut. */
function keepEnd(text: string, n: number): string {
  if (text.length <= n) return text;
  const cut = text.slice(text.length - n);
  const space = cut.indexOf(' ');
  return `…${space >= 0 && space < n / 2 ? cut.slice(space + 1) : cut}`;
}

function keepStart(text: string, n: number): string {
  if (text.length <= n) return text;
  const cut = text.slice(0, n);
  const space = cut.lastIndexOf(' ');
  return `${space > n / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * Cut `line` around the claim at `[start, end)` (offsets in the line) so the
 * whole fits in about `width` characters; the claim is kept whole up to
 * {@link MAX_CLAIM} characters. Tabs and runs of spaces read as one space.
 */
export function cutAround(line: string, start: number, end: number, width: number): ExcerptParts {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  let claim = flat(line.slice(start, end));
  if (claim.length > MAX_CLAIM) claim = `${claim.slice(0, MAX_CLAIM - 1)}…`;
  const side = Math.max(12, Math.floor((width - claim.length) / 2));
  const before = keepEnd(flat(line.slice(0, start)).trimStart(), side);
  const after = keepStart(flat(line.slice(end)).trimEnd(), side);
  return { before, claim, after };
}

/**
 * The excerpt for one piece of evidence. With its source at hand the claim is
 * shown in its line; without it (or if the line no longer holds the claim's
 * text) the evidence text alone.
 */
export function evidenceExcerpt(e: Evidence, source: Source | undefined, width: number): ExcerptParts {
  if (source) {
    const line = lineText(source, e.line);
    const start = e.column - 1;
    const end = e.endLine === e.line ? e.endColumn - 1 : line.length;
    const expected = e.endLine === e.line ? e.text : e.text.split(/\r?\n|\r/)[0];
    if (start >= 0 && end >= start && line.slice(start, end) === expected) return cutAround(line, start, end, width);
  }
  return cutAround(e.text, 0, e.text.length, width);
}

/** The claim marked: bold when colour is on, between » « when it is not. */
export function markExcerpt(parts: ExcerptParts, c: Colors): string {
  const claim = c.enabled ? c.bold(parts.claim) : `»${parts.claim}«`;
  return `${parts.before}${claim}${parts.after}`;
}
