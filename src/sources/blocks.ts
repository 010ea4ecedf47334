/**
 * What the line-based parsers share: raw lines with their offsets, an
 * assembler that turns pieces of the raw file into plain text plus sections
 * (through {@link TextBuilder}), and the heuristics that tell headings, bylines
 * and trailing link lists from article prose.
 */
import type { Section, SectionKind, Span } from '../types';
import type { OffsetMap } from './offset-map';
import { TextBuilder } from './offset-map';
import { trimSpan } from './chars';
import { dateOnlyLine, isMonthYear } from './dates';

/** A line of the raw file, trimmed: `[start, end)` holds its content (empty for a blank line). */
export interface Line extends Span {
  /** the trimmed content */
  text: string;
}

/** Lines of `raw[from, to)`; CRLF, CR and LF all end a line; each trimmed of surrounding white space. */
export function splitLines(raw: string, from = 0, to = raw.length): Line[] {
  const out: Line[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    const c = i < to ? raw.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    if (i < to || start < to) out.push(trimmed(raw, start, i));
    if (c === 13 && raw.charCodeAt(i + 1) === 10 && i + 1 < to) i++;
    start = i + 1;
  }
  return out;
}

function trimmed(raw: string, start: number, end: number): Line {
  const t = trimSpan(raw, start, end);
  return { start: t.start, end: t.end, text: raw.slice(t.start, t.end) };
}

/** A piece of plain text: a copy of `raw[start, end)`, or `text` standing in for it. */
export interface Piece extends Span {
  text?: string;
}

/** Append a copy of `raw[start, end)` to `out`, extending the last piece when it is a copy ending at `start`. */
export function appendCopy(out: Piece[], start: number, end: number): void {
  const last = out[out.length - 1];
  if (last && last.text === undefined && last.end === start) last.end = end;
  else out.push({ start, end });
}

/** Pieces of one paragraph made of wrapped lines: the lines copied, each line break replaced by a space. */
export function joinLines(lines: readonly Span[]): Piece[] {
  const out: Piece[] = [];
  lines.forEach((l, i) => {
    if (i > 0) out.push({ text: ' ', start: lines[i - 1].end, end: l.start });
    out.push({ start: l.start, end: l.end });
  });
  return out;
}

/** Builds a source's text and sections; blocks are separated by a paragraph break ("\n\n"). */
export class Assembler {
  private readonly b: TextBuilder;
  readonly sections: Section[] = [];

  constructor(raw: string) {
    this.b = new TextBuilder(raw);
  }

  /** Add one block of `kind` made of `pieces`; nothing is added for an empty block. Returns its text span. */
  add(kind: SectionKind, pieces: readonly Piece[], label?: string): Span | undefined {
    const real = pieces.filter((p) => (p.text === undefined ? p.end > p.start : p.text.length > 0));
    if (real.length === 0) return undefined;
    if (this.b.size > 0) this.b.insert('\n\n', real[0].start);
    const start = this.b.size;
    for (const p of real) {
      if (p.text === undefined) this.b.copy(p.start, p.end);
      else this.b.replace(p.text, p.start, p.end);
    }
    const section: Section = { kind, start, end: this.b.size };
    if (label) section.label = label;
    this.sections.push(section);
    return { start, end: this.b.size };
  }

  /** Add a raw range as it is, line breaks included (boilerplate lists keep their shape). */
  verbatim(kind: SectionKind, span: Span, label?: string): Span | undefined {
    return this.add(kind, [{ start: span.start, end: span.end }], label);
  }

  build(): { text: string; map: OffsetMap; sections: Section[] } {
    return { ...this.b.build(), sections: this.sections };
  }
}

/** Consecutive non-blank lines, as groups. */
export function lineGroups(lines: readonly Line[]): Line[][] {
  const out: Line[][] = [];
  let cur: Line[] = [];
  for (const l of lines) {
    if (l.end > l.start) cur.push(l);
    else if (cur.length) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

const FINAL = /[.!?:;…"”’»)]$/;

/** True when a line ends like a sentence (so the next line starts a new paragraph). */
export function endsSentence(text: string): boolean {
  return FINAL.test(text);
}

/**
 * Paragraphs of a group of non-blank lines. Hard-wrapped prose (lines of
 * similar length that mostly do not end a sentence) is one paragraph; otherwise each line is one,
 * as in exports where every paragraph is a single long line.
 */
export function paragraphsOf(group: readonly Line[]): Line[][] {
  if (group.length < 2) return [group.slice()];
  const inner = group.slice(0, -1);
  const ending = inner.filter((l) => endsSentence(l.text)).length;
  // wrapped lines are of similar length; a column of short lines (bylines, lists) is not prose
  const longest = Math.max(...inner.map((l) => l.text.length));
  const wrapped = ending / inner.length < 0.5 && inner.every((l) => l.text.length <= 100 && l.text.length >= 20 && l.text.length >= longest / 2);
  return wrapped ? [group.slice()] : group.map((l) => [l]);
}

/** A short line without final punctuation: a headline or sub-heading. */
export function isHeadingLike(text: string): boolean {
  // the cheap tests first: most paragraphs are prose, longer than a heading
  if (text.length > 140 || /[.!?,;:…]$/.test(text) || !/^[\p{Lu}\p{N}"“‘'(]/u.test(text)) return false;
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 16;
}

/** A byline: `By Jane Doe`, `By Jane Doe – The Outlet`, `By Jane Doe and John Roe, Reuters`. */
export function parseByline(text: string): { author: string; outlet?: string } | undefined {
  // "By Friday, the troops had left." is prose: a byline is short and does not end a sentence
  if (text.length > 100 || /[!?]$|[^A-Z]\.$/.test(text)) return undefined;
  const m = /^By:?\s+(.+?)(?:\s+[–—|-]\s+(.+)|,\s+(.+))?$/i.exec(text);
  if (!m) return undefined;
  const author = m[1].trim();
  if (!/^\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+|&\s+)?[\p{Lu}][\p{L}.'’-]*){0,6}$/u.test(author)) return undefined;
  if (/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Then|Now|Next|Noon|Midnight)\b/.test(author)) return undefined;
  const outlet = (m[2] ?? m[3])?.trim();
  if (outlet === undefined) return { author };
  return /^[\p{Lu}\p{N}]/u.test(outlet) && outlet.split(/\s+/).length <= 6 ? { author, outlet } : undefined;
}

/** A photo caption or credit line. */
export function isCaption(text: string): boolean {
  return (
    /\((?:AP |AFP |Reuters |EPA |Getty )?(?:Photo|Image|Picture|Credit|File photo)s?\b/i.test(text) ||
    /\b(?:Photo|Image|Picture)(?: credit)?:/i.test(text) ||
    /\/\s*(?:Reuters|AP|AFP|EPA(?:-EFE)?|Getty Images|Anadolu(?: Agency)?|TASS|Sputnik|Xinhua|Bloomberg|Shutterstock)\s*\)?$/i.test(text)
  );
}

/** A line holding a date and nothing else: page furniture, not a claim. */
export function isDateLine(text: string): boolean {
  return dateOnlyLine(text) !== undefined;
}

function isLinkListLine(text: string): boolean {
  if (text.length > 60 || /[.!?,;:…"”]$/.test(text)) return false;
  return text.split(/\s+/).length <= 8;
}

/**
 * Where a trailing run of related-links furniture starts (index into `lines`),
 * or -1: at least three short lines without sentence punctuation at the end of
 * the article, among them month-year or date lines ("Ukraine - Russia War",
 * "May 2025", …).
 */
export function trailingLinkRun(lines: readonly Line[]): number {
  let i = lines.length;
  let count = 0;
  let dated = 0;
  let first = -1;
  while (i > 0) {
    const l = lines[i - 1];
    if (l.end === l.start) {
      i--;
      continue;
    }
    if (!isLinkListLine(l.text)) break;
    count++;
    if (isMonthYear(l.text) || isDateLine(l.text)) dated++;
    first = i - 1;
    i--;
  }
  return count >= 3 && dated >= 1 && dated * 4 >= count ? first : -1;
}
