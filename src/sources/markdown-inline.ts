/**
 * Inline Markdown → plain text pieces: emphasis and code delimiters, link and
 * image syntax, HTML tags and escapes are dropped; every character that is kept
 * is a copy of the raw file, and runs of white space (including the line breaks
 * of a wrapped paragraph) collapse to one space.
 */
import type { Span } from '../types';
import type { Piece } from './blocks';

const PUNCT = /[!-/:-@[-`{-~]/;
const SPACE = /\s/;

/**
 * Pieces of one paragraph whose lines are `lines` (content ranges of `view`).
 * `view` is the raw file with comments and template tags blanked out (same
 * length); where it differs from `raw` a character is replaced, never copied.
 */
export function inlinePieces(view: string, raw: string, lines: readonly Span[], cells = false): Piece[] {
  // a virtual string of the paragraph: line contents joined by "\n", with each character's raw offset
  const pos: number[] = [];
  let v = '';
  lines.forEach((l, k) => {
    if (k > 0) {
      pos.push(-1);
      v += '\n';
    }
    for (let i = l.start; i < l.end; i++) pos.push(i);
    v += view.slice(l.start, l.end);
  });
  const keep = new Array<boolean>(v.length).fill(true);
  const literal = new Array<boolean>(v.length).fill(false);
  codeSpans(v, keep, literal);
  escapes(v, keep, literal);
  links(v, keep, literal);
  tags(v, keep, literal);
  emphasis(v, keep, literal);
  const subst = entities(v, keep, literal);
  if (cells) {
    // table cells: an unescaped pipe separates words like a space
    for (let i = 0; i < v.length; i++) if (v[i] === '|' && !literal[i]) subst.set(i, { text: ' ', end: i + 1 });
  }
  return emit(v, pos, keep, raw, view, lines, subst);
}

function codeSpans(v: string, keep: boolean[], literal: boolean[]): void {
  const re = /`+/g;
  for (let m = re.exec(v); m; m = re.exec(v)) {
    const close = v.indexOf(m[0], m.index + m[0].length);
    if (close < 0) continue;
    for (let i = m.index; i < m.index + m[0].length; i++) keep[i] = false;
    for (let i = close; i < close + m[0].length; i++) keep[i] = false;
    for (let i = m.index; i < close + m[0].length; i++) literal[i] = true;
    re.lastIndex = close + m[0].length;
  }
}

function escapes(v: string, keep: boolean[], literal: boolean[]): void {
  for (let i = 0; i < v.length - 1; i++) {
    if (!literal[i] && v[i] === '\\' && v[i + 1] === '\n') keep[i] = false; // hard line break
    if (literal[i] || v[i] !== '\\' || !PUNCT.test(v[i + 1])) continue;
    keep[i] = false;
    literal[i] = literal[i + 1] = true;
    i++;
  }
}

/** Index of the bracket closing the one at `open`, or -1. */
function closing(v: string, open: number, o: string, c: string, literal: boolean[]): number {
  let depth = 0;
  for (let i = open; i < v.length; i++) {
    if (literal[i]) continue;
    if (v[i] === o) depth++;
    else if (v[i] === c && --depth === 0) return i;
  }
  return -1;
}

function drop(keep: boolean[], literal: boolean[], from: number, to: number): void {
  for (let i = from; i < to; i++) {
    keep[i] = false;
    literal[i] = true;
  }
}

function links(v: string, keep: boolean[], literal: boolean[]): void {
  for (let i = 0; i < v.length; i++) {
    if (literal[i] || v[i] !== '[') continue;
    const close = closing(v, i, '[', ']', literal);
    if (close < 0) continue;
    const image = i > 0 && v[i - 1] === '!' && !literal[i - 1];
    let tail = -1;
    if (v[close + 1] === '(') tail = closing(v, close + 1, '(', ')', literal);
    else if (v[close + 1] === '[') tail = closing(v, close + 1, '[', ']', literal);
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

function tags(v: string, keep: boolean[], literal: boolean[]): void {
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

function emphasis(v: string, keep: boolean[], literal: boolean[]): void {
  const re = /\*+|_+|~~+/g;
  for (let m = re.exec(v); m; m = re.exec(v)) {
    const a = m.index;
    const b = a + m[0].length;
    if (literal[a]) continue;
    const before = a > 0 ? v[a - 1] : ' ';
    const after = b < v.length ? v[b] : ' ';
    const left = !SPACE.test(after) && (!PUNCT.test(after) || SPACE.test(before) || PUNCT.test(before));
    const right = !SPACE.test(before) && (!PUNCT.test(before) || SPACE.test(after) || PUNCT.test(after));
    // snake_case and 2*3 keep their characters
    if (m[0][0] === '_' && /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after)) continue;
    if (m[0][0] === '*' && /\p{N}/u.test(before) && /\p{N}/u.test(after)) continue;
    if (left || right) drop(keep, literal, a, b);
  }
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', hellip: '…', euro: '€', pound: '£', yen: '¥', cent: '¢', deg: '°', eacute: 'é', egrave: 'è',
  aacute: 'á', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', ouml: 'ö', uuml: 'ü', auml: 'ä', ccedil: 'ç', shy: '',
};

/** HTML character references (`&amp;`, `&#8217;`): the decoded character stands for the whole reference. */
function entities(v: string, keep: boolean[], literal: boolean[]): Map<number, { text: string; end: number }> {
  const out = new Map<number, { text: string; end: number }>();
  const re = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/g;
  for (let m = re.exec(v); m; m = re.exec(v)) {
    if (literal[m.index]) continue;
    const code = m[1] ? Number(m[1]) : m[2] ? parseInt(m[2], 16) : undefined;
    const text = code !== undefined ? (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd') : NAMED[m[3].toLowerCase()];
    if (text === undefined) continue;
    out.set(m.index, { text, end: m.index + m[0].length });
    for (let i = m.index + 1; i < m.index + m[0].length; i++) keep[i] = false;
  }
  return out;
}

function emit(
  v: string,
  pos: number[],
  keep: boolean[],
  raw: string,
  view: string,
  lines: readonly Span[],
  subst: Map<number, { text: string; end: number }>,
): Piece[] {
  const out: Piece[] = [];
  let gap: { start: number; end: number; chars: number } | undefined;
  let k = 0; // line index, for the raw extent of a joiner
  for (let i = 0; i < v.length; i++) {
    const p = pos[i];
    if (p < 0) k++;
    if (!keep[i]) continue;
    const sub = subst.get(i);
    const start = p < 0 ? lines[k - 1].end : p;
    const end = p < 0 ? lines[k].start : sub ? pos[sub.end - 1] + 1 : p + 1;
    const ch = sub ? sub.text : v[i];
    if (ch === '') continue;
    if (SPACE.test(ch)) {
      if (out.length === 0) continue;
      gap = gap ? { start: gap.start, end, chars: gap.chars + 1 } : { start, end, chars: p < 0 || sub ? 2 : 1 };
      continue;
    }
    if (gap) {
      const copy = gap.chars === 1 && raw[gap.start] === view[gap.start];
      out.push(copy ? { start: gap.start, end: gap.end } : { text: ' ', start: gap.start, end: gap.end });
      gap = undefined;
    }
    out.push(sub ? { text: sub.text, start, end } : { start: p, end: p + 1 });
  }
  return out;
}
