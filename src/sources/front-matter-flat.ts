/**
 * Front matter in its commonest form, read without the YAML parser: one
 * `key: value` line per field, each value a quoted string or plain words on
 * its line. Anything else — lists, maps, comments, escapes, values over
 * several lines, tabs, values YAML reads as numbers, booleans or null, a key
 * given twice — is left to the parser (`undefined`), which stays the
 * authority: this reader only spares it the headers it would read the same
 * way (building its documents was a third of parsing a folder of drafts).
 */
import type { ScalarNode } from './yaml-scalar';

/** One field: its key as written, its value, and the value's node (offsets into the YAML text). */
export interface FlatField {
  key: string;
  node: ScalarNode & { value: string };
}

const KEY = /^[A-Za-z_][\w-]*$/;
/** What YAML 1.2's core schema reads as null, a boolean, an integer or a float (its own tests, joined). */
const TYPED = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
/** Does `s` hold a character a one-line value may not hold here (controls, line breaks YAML 1.1 knew, a byte-order mark)? */
function unsafe(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f || c === 0x85 || c === 0x2028 || c === 0x2029 || c === 0xfeff) return true;
  }
  return false;
}

/** The fields of `yaml` when it is flat and simple, else undefined. */
export function flatFields(yaml: string): FlatField[] | undefined {
  if (yaml.includes('\r') || yaml.includes('\t')) return undefined;
  const out: FlatField[] = [];
  const keys = new Set<string>();
  let lineStart = 0;
  while (lineStart <= yaml.length) {
    let lineEnd = yaml.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = yaml.length;
    const line = yaml.slice(lineStart, lineEnd);
    if (line.trim() !== '') {
      const field = fieldOf(line, lineStart);
      if (!field || keys.has(field.key)) return undefined;
      keys.add(field.key);
      out.push(field);
    }
    lineStart = lineEnd + 1;
  }
  return out.length > 0 ? out : undefined;
}

/** A `key: value` line starting at `at` in the YAML text, or undefined when it is not of the simple kind. */
function fieldOf(line: string, at: number): FlatField | undefined {
  const colon = line.indexOf(':');
  if (colon < 1 || line[colon + 1] !== ' ') return undefined;
  const key = line.slice(0, colon);
  if (!KEY.test(key) || TYPED.test(key)) return undefined;
  let start = colon + 1;
  while (line[start] === ' ') start++;
  let end = line.length;
  while (end > start && line[end - 1] === ' ') end--;
  if (end === start) return undefined;
  const written = line.slice(start, end);
  if (unsafe(written)) return undefined;
  const range: [number, number, number] = [at + start, at + end, at + end];
  const quote = written[0];
  if (quote === '"' || quote === "'") {
    const inner = written.slice(1, -1);
    // no escapes and no inner marks: the value is the characters between the marks
    if (written.length < 2 || written[written.length - 1] !== quote || inner.includes(quote) || (quote === '"' && inner.includes('\\'))) return undefined;
    return { key, node: { type: quote === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', value: inner, range } };
  }
  // plain words: nothing YAML gives a meaning to (an indicator first, a comment, a nested key, a type)
  if (!/^[A-Za-z0-9]/.test(written) || written.includes(' #') || written.includes(': ') || written.endsWith(':') || TYPED.test(written)) return undefined;
  return { key, node: { type: 'PLAIN', value: written, range } };
}
