/**
 * Inline Markdown → plain text pieces: emphasis and code delimiters, link and
 * image syntax, HTML tags and escapes are dropped; every character that is kept
 * is a copy of the raw file, and runs of white space (including the line breaks
 * of a wrapped paragraph) collapse to one space. Consecutive kept characters
 * come out as one piece.
 */
import type { Span } from '../types';
import { appendCopy, joinLines, type Piece } from './blocks';
import { isAsciiPunctCode, isSpaceCode } from './chars';

/** Per-character flags of the paragraph being read (reused: a paragraph at a time, never nested). */
let keepBuf = new Uint8Array(1024);
let literalBuf = new Uint8Array(1024);
let posBuf = new Int32Array(1024);

/** Characters every inline construct starts with; a paragraph without them is copied as it is. */
const MARKUP = /[`\\[<*_~&]/;

/**
 * Pieces of one paragraph whose lines are `lines` (content ranges of `view`).
 * `view` is the raw file with comments and template tags blanked out (same
 * length); where it differs from `raw` a character is replaced, never copied.
 */
export function inlinePieces(view: string, raw: string, lines: readonly Span[], cells = false): Piece[] {
  if (!cells && plainLines(view, raw, lines)) return joinLines(lines);
  // a virtual string of the paragraph: line contents joined by "\n", with each character's raw offset
  let n = Math.max(0, lines.length - 1);
  for (const l of lines) n += l.end - l.start;
  if (posBuf.length < n) {
    const size = Math.max(n, posBuf.length * 2);
    posBuf = new Int32Array(size);
    keepBuf = new Uint8Array(size);
    literalBuf = new Uint8Array(size);
  }
  const pos = posBuf;
  const parts: string[] = [];
  let at = 0;
  lines.forEach((l, k) => {
    if (k > 0) pos[at++] = -1;
    for (let i = l.start; i < l.end; i++) pos[at++] = i;
    parts.push(view.slice(l.start, l.end));
  });
  const v = parts.join('\n');
  const keep = keepBuf.fill(1, 0, n);
  const literal = literalBuf.fill(0, 0, n);
  const subst = new Map<number, { text: string; end: number }>();
  if (MARKUP.test(v)) {
    codeSpans(v, keep, literal);
    escapes(v, keep, literal);
    links(v, keep, literal);
    tags(v, keep, literal);
    emphasis(v, keep, literal);
    entities(v, keep, literal, subst);
  }
  if (cells) {
    // table cells: an unescaped pipe separates words like a space
    for (let i = v.indexOf('|'); i >= 0; i = v.indexOf('|', i + 1)) if (!literal[i]) subst.set(i, { text: ' ', end: i + 1 });
  }
  return emit(v, pos, keep, raw, view, lines, subst);
}

/** A character that may start markup, white space other than a single space, or two spaces in a row. */
const NOT_PLAIN = /[`\\[<*_~&]|[^\S ]| {2}/;

/**
 * Lines of plain prose: no character that may start markup, no white space
 * but single spaces, nothing blanked out. Most paragraphs of an article are;
 * each line is then copied whole and each line break stands as one space,
 * which is what the character-by-character reading below gives them.
 */
function plainLines(view: string, raw: string, lines: readonly Span[]): boolean {
  for (const l of lines) {
    if (l.end <= l.start) return false;
    const line = view.slice(l.start, l.end);
    if (NOT_PLAIN.test(line) || line !== raw.slice(l.start, l.end)) return false;
  }
  return true;
}

function codeSpans(v: string, keep: Uint8Array, literal: Uint8Array): void {
  if (!v.includes('`')) return;
  const re = /`+/g;
  for (let m = re.exec(v); m; m = re.exec(v)) {
    const close = v.indexOf(m[0], m.index + m[0].length);
    if (close < 0) continue;
    keep.fill(0, m.index, m.index + m[0].length);
    keep.fill(0, close, close + m[0].length);
    literal.fill(1, m.index, close + m[0].length);
    re.lastIndex = close + m[0].length;
  }
}

function escapes(v: string, keep: Uint8Array, literal: Uint8Array): void {
  // only a backslash starts either: a hard line break, or an escaped punctuation character
  for (let i = v.indexOf('\\'); i >= 0 && i < v.length - 1; i = v.indexOf('\\', i + 1)) {
    if (literal[i]) continue;
    const next = v.charCodeAt(i + 1);
    if (next === 10) keep[i] = 0; // hard line break
    if (!isAsciiPunctCode(next)) continue;
    keep[i] = 0;
    literal[i] = literal[i + 1] = 1;
    i++;
  }
}

/** Index of the bracket closing the one at `open`, or -1. */
function closing(v: string, open: number, o: number, c: number, literal: Uint8Array): number {
  let depth = 0;
  for (let i = open; i < v.length; i++) {
    if (literal[i]) continue;
    const ch = v.charCodeAt(i);
    if (ch === o) depth++;
    else if (ch === c && --depth === 0) return i;
  }
  return -1;
}

function drop(keep: Uint8Array, literal: Uint8Array, from: number, to: number): void {
  if (to <= from) return;
  keep.fill(0, from, to);
  literal.fill(1, from, to);
}

const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;

function links(v: string, keep: Uint8Array, literal: Uint8Array): void {
  for (let i = v.indexOf('['); i >= 0; i = v.indexOf('[', i + 1)) {
    if (literal[i]) continue;
    const close = closing(v, i, OPEN_BRACKET, CLOSE_BRACKET, literal);
    if (close < 0) continue;
    const image = i > 0 && v[i - 1] === '!' && !literal[i - 1];
    let tail = -1;
    if (v[close + 1] === '(') tail = closing(v, close + 1, OPEN_PAREN, CLOSE_PAREN, literal);
    else if (v[close + 1] === '[') tail = closing(v, close + 1, OPEN_BRACKET, CLOSE_BRACKET, literal);
    if (v[i + 1] === '^') {
      drop(keep, literal, i, close + 1); // footnote reference [^1]
    } else if (tail >= 0 && image) {
      drop(keep, literal, i - 1, tail + 1);
    } else if (tail >= 0) {
      drop(keep, literal, i, i + 1);
      drop(keep, literal, close, tail + 1);
    }
  }
}

function tags(v: string, keep: Uint8Array, literal: Uint8Array): void {
  if (!v.includes('<')) return;
  const re = /<(?:(https?:\/\/[^\s<>]+|mailto:[^\s<>]+)|\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?)>/g;
  for (let m = re.exec(v); m; m = re.exec(v)) {
    if (literal[m.index]) continue;
    if (m[1]) {
      drop(keep, literal, m.index, m.index + 1); // autolink: keep the address
      drop(keep, literal, m.index + m[0].length - 1, m.index + m[0].length);
    } else {
      drop(keep, literal, m.index, m.index + m[0].length);
    }
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;

function emphasis(v: string, keep: Uint8Array, literal: Uint8Array): void {
  const re = /\*+|_+|~~+/g;
  for (let m = re.exec(v); m; m = re.exec(v)) {
    const a = m.index;
    const b = a + m[0].length;
    if (literal[a]) continue;
    const before = a > 0 ? v.charCodeAt(a - 1) : 32;
    const after = b < v.length ? v.charCodeAt(b) : 32;
    const spaceBefore = isSpaceCode(before);
    const spaceAfter = isSpaceCode(after);
    const left = !spaceAfter && (!isAsciiPunctCode(after) || spaceBefore || isAsciiPunctCode(before));
    const right = !spaceBefore && (!isAsciiPunctCode(before) || spaceAfter || isAsciiPunctCode(after));
    // snake_case and 2*3 keep their characters
    const beforeCh = a > 0 ? v[a - 1] : ' ';
    const afterCh = b < v.length ? v[b] : ' ';
    if (m[0][0] === '_' && LETTER_OR_DIGIT.test(beforeCh) && LETTER_OR_DIGIT.test(afterCh)) continue;
    if (m[0][0] === '*' && DIGIT.test(beforeCh) && DIGIT.test(afterCh)) continue;
    if (left || right) drop(keep, literal, a, b);
  }
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', hellip: '…', euro: '€', pound: '£', yen: '¥', cent: '¢', deg: '°', eacute: 'é', egrave: 'è',
  aacute: 'á', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', ouml: 'ö', uuml: 'ü', auml: 'ä', ccedil: 'ç', shy: '',
};

/** HTML character references (`&amp;`, `&#8217;`): the decoded character stands for the whole reference (into `out`). */
function entities(v: string, keep: Uint8Array, literal: Uint8Array, out: Map<number, { text: string; end: number }>): void {
  if (!v.includes('&')) return;
  const re = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/g;
  for (let m = re.exec(v); m; m = re.exec(v)) {
    if (literal[m.index]) continue;
    const code = m[1] ? Number(m[1]) : m[2] ? parseInt(m[2], 16) : undefined;
    const text = code !== undefined ? (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd') : NAMED[m[3].toLowerCase()];
    if (text === undefined) continue;
    out.set(m.index, { text, end: m.index + m[0].length });
    keep.fill(0, m.index + 1, m.index + m[0].length);
  }
}

const SPACE = /\s/;

/** The pieces of the kept characters: runs of copies merged, white space collapsed, substitutions put in. */
function emit(
  v: string,
  pos: Int32Array,
  keep: Uint8Array,
  raw: string,
  view: string,
  lines: readonly Span[],
  subst: Map<number, { text: string; end: number }>,
): Piece[] {
  const out: Piece[] = [];
  let emitted = false;
  // a pending run of white space: its raw extent and how many characters (2 when it is not one plain character)
  let gapStart = 0;
  let gapEnd = 0;
  let gapChars = 0;
  const hasSubst = subst.size > 0;
  let k = 0; // line index, for the raw extent of a joiner
  for (let i = 0; i < v.length; i++) {
    const p = pos[i];
    if (p < 0) k++;
    if (!keep[i]) continue;
    const sub = hasSubst ? subst.get(i) : undefined;
    if (sub?.text === '') continue;
    if (sub ? SPACE.test(sub.text) : isSpaceCode(v.charCodeAt(i))) {
      if (!emitted) continue;
      const start = p < 0 ? lines[k - 1].end : p;
      const end = p < 0 ? lines[k].start : sub ? pos[sub.end - 1] + 1 : p + 1;
      if (gapChars > 0) {
        gapEnd = end;
        gapChars++;
      } else {
        gapStart = start;
        gapEnd = end;
        gapChars = p < 0 || sub ? 2 : 1;
      }
      continue;
    }
    if (gapChars > 0) {
      if (gapChars === 1 && raw.charCodeAt(gapStart) === view.charCodeAt(gapStart)) appendCopy(out, gapStart, gapEnd);
      else out.push({ text: ' ', start: gapStart, end: gapEnd });
      gapChars = 0;
    }
    emitted = true;
    if (sub) {
      out.push({ text: sub.text, start: p, end: pos[sub.end - 1] + 1 });
      continue;
    }
    // the run of kept, plain, non-space characters copied from consecutive raw offsets: one piece
    let j = i + 1;
    while (j < v.length && keep[j] && pos[j] === pos[j - 1] + 1 && !isSpaceCode(v.charCodeAt(j)) && !(hasSubst && subst.has(j))) j++;
    appendCopy(out, p, pos[j - 1] + 1);
    i = j - 1;
  }
  return out;
}
