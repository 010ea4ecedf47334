/**
 * A JSON parser that remembers where every value is. `JSON.parse` loses
 * positions; claims in a JSON export must still be reported at the line and
 * column of the character inside the string literal, so strings keep, for
 * every decoded character, the raw range it came from (`\n`, `\"`, `\u2019`).
 */

/** A JSON value with its raw range `[start, end)`. */
export type JsonNode =
  | { type: 'object'; start: number; end: number; entries: { key: string; value: JsonNode }[] }
  | { type: 'array'; start: number; end: number; items: JsonNode[] }
  | { type: 'string'; start: number; end: number; value: string; /** raw offset of each decoded char, plus one past the last (four bytes a character: an export's strings are most of it) */ at: Int32Array }
  | { type: 'number'; start: number; end: number; value: number }
  | { type: 'literal'; start: number; end: number; value: boolean | null };

/** A syntax error at a raw offset. */
export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Where the characters of the string being read were (reused from string to string; each string keeps a copy of its own length). */
let atBuf: Int32Array = new Int32Array(1024);

/** `buf`, or a longer copy (twice as long, or more) when it has no room at `n`. */
function placed(buf: Int32Array, n: number): Int32Array {
  if (n < buf.length) return buf;
  const grown = new Int32Array(Math.max(buf.length * 2, n + 1));
  grown.set(buf);
  return grown;
}

/** `at` of a property name's node: where its characters were is never asked. */
const NOWHERE = new Int32Array(0);

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Parse `raw[from, to)` as one JSON value (white space around it allowed). */
export function parseJson(raw: string, from = 0, to = raw.length): JsonNode {
  let i = from;
  const fail = (what: string, at = i): never => {
    throw new JsonSyntaxError(at >= to ? `unexpected end of input, ${what}` : `unexpected ${JSON.stringify(raw[at])}, ${what}`, Math.min(at, to));
  };
  const ws = (): void => {
    while (i < to && (raw[i] === ' ' || raw[i] === '\t' || raw[i] === '\n' || raw[i] === '\r')) i++;
  };
  /** A string; `located`: with where each character was (a property name needs only its value). */
  const str = (located = true): JsonNode => {
    const start = i++;
    // the decoded text, a run of literal characters at a time, and where each of its characters was
    const parts: string[] = [];
    let n = 0;
    let run = i;
    const flush = (): void => {
      if (i > run) parts.push(raw.slice(run, i));
    };
    while (i < to) {
      const c = raw.charCodeAt(i);
      if (c === 34 /* " */) break;
      if (c === 92 /* backslash */) {
        flush();
        const e = raw[i + 1];
        if (e === 'u') {
          const hex = raw.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('expected four hex digits after \\u', i + 2);
          parts.push(String.fromCharCode(parseInt(hex, 16)));
          atBuf = placed(atBuf, n);
          atBuf[n++] = i;
          i += 6;
        } else if (e !== undefined && ESCAPES[e] !== undefined) {
          parts.push(ESCAPES[e]);
          atBuf = placed(atBuf, n);
          atBuf[n++] = i;
          i += 2;
        } else fail('not a valid escape in a string', i + 1);
        run = i;
      } else if (c < 0x20) fail('control characters must be escaped in a string');
      else {
        // a run of literal characters, each where it is (in locals: `i` is shared with the other readers)
        const from = i;
        let j = i + 1;
        while (j < to) {
          const d = raw.charCodeAt(j);
          if (d === 34 || d === 92 || d < 0x20) break;
          j++;
        }
        const at = (atBuf = placed(atBuf, n + j - from - 1));
        for (let k = from; k < j; k++) at[n++] = k;
        i = j;
      }
    }
    if (i >= to) fail('expected the closing quote of a string');
    flush();
    atBuf = placed(atBuf, n);
    atBuf[n++] = i;
    i++;
    return { type: 'string', start, end: i, value: parts.length === 1 ? parts[0] : parts.join(''), at: located ? atBuf.slice(0, n) : NOWHERE };
  };
  const value = (): JsonNode => {
    ws();
    const start = i;
    const c = raw[i];
    if (c === '"') return str();
    if (c === '{') {
      i++;
      const entries: { key: string; value: JsonNode }[] = [];
      ws();
      if (raw[i] === '}') return { type: 'object', start, end: ++i, entries };
      for (;;) {
        ws();
        if (raw[i] !== '"') fail('expected a property name in double quotes');
        const key = (str(false) as { value: string }).value;
        ws();
        if (raw[i] !== ':') fail('expected ":" after a property name');
        i++;
        entries.push({ key, value: value() });
        ws();
        if (raw[i] === ',') i++;
        else if (raw[i] === '}') return { type: 'object', start, end: ++i, entries };
        else fail('expected "," or "}" in an object');
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      ws();
      if (raw[i] === ']') return { type: 'array', start, end: ++i, items };
      for (;;) {
        items.push(value());
        ws();
        if (raw[i] === ',') i++;
        else if (raw[i] === ']') return { type: 'array', start, end: ++i, items };
        else fail('expected "," or "]" in an array');
      }
    }
    const num = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(raw.slice(i, Math.min(to, i + 64)));
    if (num) {
      i += num[0].length;
      return { type: 'number', start, end: i, value: Number(num[0]) };
    }
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (raw.startsWith(word, i)) {
        i += word.length;
        return { type: 'literal', start, end: i, value: v };
      }
    }
    return fail('expected a value');
  };
  const node = value();
  ws();
  if (i < to) fail('expected the end of the input after the value');
  return node;
}

/** The plain JavaScript value of a node (for metadata fields). */
export function plainValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(node.entries.map((e) => [e.key, plainValue(e.value)]));
    case 'array':
      return node.items.map(plainValue);
    default:
      return node.value;
  }
}
