/**
 * Finding quotation marks: pairs of “…”, "…" (straight marks, told open from
 * close by what stands beside them) and ‘…’ (only when both marks sit at word
 * boundaries, so apostrophes — Ukraine’s, Ukrainians’ — never open or close
 * one). A quote never runs past its paragraph: an unclosed quote is cut at the
 * paragraph end, and when the next paragraph opens with a mark (the
 * newspaper convention for a quote running on) the pieces are chained.
 */
import type { Span } from '../types';

/** One stretch of quoted words inside its marks. */
export interface QuoteMarks {
  /** offset of the opening mark */
  open: number;
  /** offset of the closing mark, or the paragraph end when unclosed */
  close: number;
  closed: boolean;
  /** index (in the returned list) of the quote this one continues, from the paragraph before */
  continues?: number;
}

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const MARKS = /["“”‘’]/g;
/** what may stand just before an opening mark */
const OPEN_BEFORE = /[\s([{—–\-/:,;]/;

/** Paragraphs covered by `sentences`: consecutive sentences not separated by a line break. */
export function paragraphs(text: string, sentences: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    if (last && !text.slice(last.end, s.start).includes('\n') && s.start >= last.end) last.end = s.end;
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Every quote in the paragraphs, in text order. Linear in the paragraphs' length. */
export function findQuotes(text: string, paras: readonly Span[]): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  let pendingContinue: number | undefined;
  // the first mark at or after where the last search began (null: none left); a search runs on past its
  // paragraph to the next mark, so it is kept rather than repeated for every paragraph without marks
  let ahead: RegExpExecArray | null | undefined;
  for (const p of paras) {
    let open: { at: number; kind: 'double' | 'straight' | 'single' } | undefined;
    const firstInPara = out.length;
    if (ahead === undefined || (ahead !== null && ahead.index < p.start)) {
      MARKS.lastIndex = p.start;
      ahead = MARKS.exec(text);
    }
    let mk = ahead;
    for (; mk !== null && mk.index < p.end; mk = MARKS.exec(text)) {
      const i = mk.index;
      const c = mk[0];
      const prev = i > p.start ? text[i - 1] : undefined;
      const next = i + 1 < p.end ? text[i + 1] : undefined;
      if (c === '“' || (c === '”' && !open && isSpace(prev) && !isSpace(next))) {
        if (!open) open = { at: i, kind: 'double' };
      } else if (c === '”') {
        if (open && open.kind !== 'single') {
          out.push({ open: open.at, close: i, closed: true });
          open = undefined;
        }
      } else if (c === '"') {
        if (open && open.kind !== 'single' && !isSpace(prev)) {
          out.push({ open: open.at, close: i, closed: true });
          open = undefined;
        } else if (!open && !isSpace(next) && (prev === undefined || OPEN_BEFORE.test(prev))) {
          open = { at: i, kind: 'straight' };
        }
      } else if (c === '‘') {
        if (!open && (prev === undefined || OPEN_BEFORE.test(prev)) && isWordChar(next)) open = { at: i, kind: 'single' };
      } else if (c === '’' && open?.kind === 'single' && !isSpace(prev) && !isWordChar(next) && !pluralPossessive(text, i, p.end)) {
        out.push({ open: open.at, close: i, closed: true });
        open = undefined;
      }
    }
    ahead = mk;
    // a single-quoted stretch that is never closed was apostrophes, not a quote
    if (open && open.kind !== 'single') out.push({ open: open.at, close: p.end, closed: false });
    if (pendingContinue !== undefined && out.length > firstInPara && out[firstInPara].open === firstMark(text, p)) {
      out[firstInPara].continues = pendingContinue;
    }
    const last = out[out.length - 1];
    pendingContinue = last && !last.closed && last.close === p.end ? out.length - 1 : undefined;
  }
  return out;
}

/** Offset of the paragraph's first character when it is a quotation mark, else -1. */
function firstMark(text: string, p: Span): number {
  return /["“]/.test(text[p.start]) ? p.start : -1;
}

/** "the Ukrainians’ losses": an apostrophe after a plural, followed by a lower-case word. */
function pluralPossessive(text: string, at: number, end: number): boolean {
  return text[at - 1] === 's' && /^ \p{Ll}/u.test(text.slice(at + 1, Math.min(end, at + 3)));
}
