/**
 * Map a YAML scalar's value back to the characters of the raw file: for a
 * quoted string the characters between the quotes, escapes and folded line
 * breaks standing in for what they decode to. Checked against the value the
 * `yaml` package decoded; when the two disagree the whole value stands for the
 * whole node, so a location is never wrong, only coarse.
 */
import type { Scalar } from 'yaml';
import { appendCopy, type Piece } from './blocks';

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};

/** Folding of a run of white space holding line breaks: one break → a space, n breaks → n-1 newlines. */
function foldRun(raw: string, i: number, end: number): { text: string; next: number } | undefined {
  let j = i;
  let breaks = 0;
  while (j < end && /[ \t\r\n]/.test(raw[j])) {
    if (raw[j] === '\n' || (raw[j] === '\r' && raw[j + 1] !== '\n')) breaks++;
    j++;
  }
  if (breaks === 0) return undefined;
  return { text: breaks === 1 ? ' ' : '\n'.repeat(breaks - 1), next: j };
}

/** Pieces of the inside of a double-quoted string `raw[start, end)` (YAML; TOML basic strings use the same escapes). */
export function doubleQuoted(raw: string, start: number, end: number): Piece[] {
  const out: Piece[] = [];
  let i = start;
  while (i < end) {
    const c = raw[i];
    if (c === '\\') {
      const n = raw[i + 1];
      if (n === '\n' || n === '\r') {
        // an escaped line break joins the lines without a space
        let j = i + 1;
        while (j < end && /[ \t\r\n]/.test(raw[j])) j++;
        i = j;
        continue;
      }
      const hex = n === 'x' ? 2 : n === 'u' ? 4 : n === 'U' ? 8 : 0;
      if (hex) {
        const code = parseInt(raw.slice(i + 2, i + 2 + hex), 16);
        out.push({ text: String.fromCodePoint(Number.isNaN(code) ? 0xfffd : code), start: i, end: i + 2 + hex });
        i += 2 + hex;
      } else {
        out.push({ text: SIMPLE_ESCAPES[n] ?? n, start: i, end: i + 2 });
        i += 2;
      }
      continue;
    }
    const fold = /[ \t\r\n]/.test(c) ? foldRun(raw, i, end) : undefined;
    if (fold) {
      out.push({ text: fold.text, start: i, end: fold.next });
      i = fold.next;
      continue;
    }
    appendCopy(out, i, i + 1);
    i++;
  }
  return out;
}

function singleQuoted(raw: string, start: number, end: number): Piece[] {
  const out: Piece[] = [];
  let i = start;
  while (i < end) {
    if (raw[i] === "'" && raw[i + 1] === "'") {
      out.push({ text: "'", start: i, end: i + 2 });
      i += 2;
      continue;
    }
    const fold = /[ \t\r\n]/.test(raw[i]) ? foldRun(raw, i, end) : undefined;
    if (fold) {
      out.push({ text: fold.text, start: i, end: fold.next });
      i = fold.next;
      continue;
    }
    appendCopy(out, i, i + 1);
    i++;
  }
  return out;
}

/** Plain and block scalars: the content of each line copied, line breaks folded to spaces. */
function lineWise(raw: string, start: number, end: number, skipHeader: boolean): Piece[] {
  const out: Piece[] = [];
  let s = start;
  if (skipHeader) {
    while (s < end && raw[s] !== '\n') s++;
  }
  const re = /[^\r\n]+/g;
  const chunk = raw.slice(s, end);
  let prevEnd = -1;
  for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    const a = s + m.index + lead;
    if (prevEnd >= 0) out.push({ text: ' ', start: prevEnd, end: a });
    out.push({ start: a, end: a + body.length });
    prevEnd = a + body.length;
  }
  return out;
}

function merged(pieces: readonly Piece[], raw: string): string {
  return pieces.map((p) => p.text ?? raw.slice(p.start, p.end)).join('');
}

/** What {@link scalarPieces} reads of a scalar node (the `yaml` package's, or one read without it). */
export type ScalarNode = Pick<Scalar, 'type' | 'value' | 'range'>;

/** Pieces of `raw` that spell a string scalar's value; `base` is where the YAML text starts in `raw`. */
export function scalarPieces(raw: string, node: ScalarNode, base: number): Piece[] | undefined {
  if (typeof node.value !== 'string' || !node.range) return undefined;
  const start = base + node.range[0];
  const end = base + node.range[1];
  const value = node.value.trim();
  let pieces: Piece[];
  let exact = true;
  switch (node.type) {
    case 'QUOTE_DOUBLE':
      pieces = doubleQuoted(raw, start + 1, end - 1);
      break;
    case 'QUOTE_SINGLE':
      pieces = singleQuoted(raw, start + 1, end - 1);
      break;
    case 'BLOCK_FOLDED':
    case 'BLOCK_LITERAL':
      // line breaks become spaces even in literal blocks: a summary is prose, and a break would end a sentence
      pieces = lineWise(raw, start, end, true);
      exact = false;
      break;
    default:
      pieces = lineWise(raw, start, end, false);
  }
  const text = merged(pieces, raw);
  const ok = exact ? text.trim() === value : text.replace(/\s+/g, ' ').trim() === value.replace(/\s+/g, ' ');
  if (ok && text === text.trim()) return pieces;
  return value ? [{ text: value, start, end }] : undefined;
}
