/** Shared checks: what every parsed source must satisfy (the offset-map contract). */
import type { Source, SourceParser } from '../../src/types';

/** Parse `raw` with `parser` into a full Source (id and path are not the parser's business). */
export function parseWith(parser: SourceParser, raw: string): Source {
  return { ...parser.parse(raw), id: 'doc', path: 'doc.txt', raw };
}

/** The text of every section of `kind`. */
export function sectionTexts(source: Source, kind?: string): string[] {
  return source.sections.filter((s) => !kind || s.kind === kind).map((s) => source.text.slice(s.start, s.end));
}

/** `[kind, text]` of every section, in order. */
export function outline(source: Source): [string, string][] {
  return source.sections.map((s) => [s.kind, source.text.slice(s.start, s.end)]);
}

/** The raw text a text span maps to. */
export function rawOf(source: Source, start: number, end: number): string {
  return source.raw.slice(source.map.toRaw(start), source.map.toRawEnd(end));
}

/** Every occurrence of `phrase` in the text maps back to the same characters in the raw file. */
export function mapsVerbatim(source: Source, phrase: string): boolean {
  let found = false;
  for (let i = source.text.indexOf(phrase); i >= 0; i = source.text.indexOf(phrase, i + 1)) {
    found = true;
    if (rawOf(source, i, i + phrase.length) !== phrase) return false;
  }
  return found;
}

/** Offsets of section characters whose raw character differs (should be none for copied text). */
export function unmappedChars(source: Source): number[] {
  const bad: number[] = [];
  for (const s of source.sections) {
    for (let i = s.start; i < s.end; i++) if (source.raw[source.map.toRaw(i)] !== source.text[i]) bad.push(i);
  }
  return bad;
}

/** Structural checks: sections ordered, inside the text, non-empty and not overlapping. */
export function wellFormed(source: Source): boolean {
  let prev = 0;
  for (const s of source.sections) {
    if (s.start < prev || s.end <= s.start || s.end > source.text.length) return false;
    prev = s.end;
  }
  return true;
}
