/**
 * Inline expectation markers in the development corpus, markdownlint-style.
 *
 *   [[expect:<rule-id>:<tag>]]text the finding should point at
 *   [[trap:<kind>:<tag>]]text no finding at warning or above may point at
 *
 * A marker is zero-width in the article: {@link stripMarkers} removes it and
 * records where it stood as offsets into the CLEAN text, the text the
 * pipeline reads and whose offsets the JSON evidence carries. A marker covers
 * the words that follow it: up to an explicit `[[/]]` closer when one is
 * written, else the next {@link DEFAULT_WORDS} words on the same line, stopping
 * after a word that ends a clause (`patients,` `week.`).
 */

/** What a marker asks of the findings. */
export type MarkerType = 'expect' | 'trap';

/** Trap kinds: the reason the text must stay quiet. */
export const TRAP_KINDS = ['synonym', 'number-word', 'shortened-quote', 'interval', 'predicate', 'other-event', 'scope', 'role-synonym'] as const;
export type TrapKind = (typeof TRAP_KINDS)[number];

/** One marker, located in the clean text. */
export interface Marker {
  type: MarkerType;
  /** rule id for `expect`, trap kind for `trap` */
  kind: string;
  /** findings with the same tag in one story are one expected finding */
  tag: string;
  /** 0-based offsets into the clean text, end exclusive: the words the marker covers */
  start: number;
  end: number;
  /** 1-based line and column of `start` in the clean text */
  line: number;
  column: number;
  /** the covered text */
  text: string;
}

/** A marker whose syntax is wrong, with where it stood in the marked text. */
export interface MarkerProblem {
  line: number;
  column: number;
  message: string;
}

export interface Stripped {
  clean: string;
  markers: Marker[];
  problems: MarkerProblem[];
}

/** Words a marker covers when no `[[/]]` closes it. */
export const DEFAULT_WORDS = 4;

// "patients," and "week." end a clause; "2,300", "U.S." and "Mr." do not
const CLAUSE_END = /(?:[,;:!?]|[^.\s]{3,}\.)["”’)]*$/;
const TOKEN = /\[\[(\/|[^\]\n]*)\]\]/g;
const MARKER = /^(expect|trap):([a-z][a-z0-9-]*):([a-z0-9][a-z0-9-]*)$/;

function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}

/** End of the next `words` words after `from`, not crossing the line's end. */
function wordsEnd(text: string, from: number, words: number): number {
  const lineEnd = text.indexOf('\n', from);
  const stop = lineEnd === -1 ? text.length : lineEnd;
  const re = /\S+/g;
  re.lastIndex = from;
  let end = from;
  for (let n = 0; n < words; n++) {
    const m = re.exec(text);
    if (!m || m.index >= stop) break;
    end = Math.min(m.index + m[0].length, stop);
    // a clause ends at a comma or a full stop, so a marker does not spill onto the next claim
    if (CLAUSE_END.test(m[0])) break;
  }
  return end;
}

interface Open {
  type: MarkerType;
  kind: string;
  tag: string;
  start: number;
  closed?: number;
}

/** Remove every marker from `marked`; return the clean text and the markers located in it. */
export function stripMarkers(marked: string): Stripped {
  const problems: MarkerProblem[] = [];
  const opens: Open[] = [];
  let clean = '';
  let last = 0;
  for (const m of marked.matchAll(TOKEN)) {
    clean += marked.slice(last, m.index);
    last = m.index + m[0].length;
    const at = lineCol(marked, m.index);
    if (m[1] === '/') {
      // closes every marker still open on this point (stacked markers share a closer)
      const pending = opens.filter((o) => o.closed === undefined);
      if (pending.length === 0) problems.push({ ...at, message: '[[/]] closes no marker' });
      for (const o of pending) o.closed = clean.length;
      continue;
    }
    const parts = MARKER.exec(m[1]);
    if (!parts) {
      problems.push({ ...at, message: `malformed marker "${m[0]}" (want [[expect:<rule-id>:<tag>]] or [[trap:<kind>:<tag>]])` });
      continue;
    }
    const type = parts[1] as MarkerType;
    if (type === 'trap' && !(TRAP_KINDS as readonly string[]).includes(parts[2])) {
      problems.push({ ...at, message: `unknown trap kind "${parts[2]}" (known: ${TRAP_KINDS.join(', ')})` });
      continue;
    }
    // an earlier marker with no closer ends at its default extent
    for (const o of opens) if (o.closed === undefined && o.start !== clean.length) o.closed = -1;
    opens.push({ type, kind: parts[2], tag: parts[3], start: clean.length });
  }
  clean += marked.slice(last);
  const markers = opens.map((o): Marker => {
    const end = o.closed !== undefined && o.closed >= 0 ? o.closed : wordsEnd(clean, o.start, DEFAULT_WORDS);
    return { type: o.type, kind: o.kind, tag: o.tag, start: o.start, end, ...lineCol(clean, o.start), text: clean.slice(o.start, end) };
  });
  for (const mk of markers) {
    if (mk.end <= mk.start) problems.push({ line: mk.line, column: mk.column, message: `marker ${mk.type}:${mk.kind}:${mk.tag} covers no text` });
  }
  return { clean, markers, problems };
}

/** Whether the half-open span `[start, end)` overlaps what the marker covers. */
export function overlaps(marker: Pick<Marker, 'start' | 'end'>, start: number, end: number): boolean {
  return start < marker.end && marker.start < end;
}
