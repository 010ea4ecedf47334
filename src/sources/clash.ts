/**
 * "Stamped" exports: a first line that runs the date into the outlet's name
 * (`September 05, 2025Clash Report`), then body paragraphs, often ending in a
 * related-links list (categories and month-year lines).
 */
import type { SourceParser } from '../types';
import { Assembler, isHeadingLike, splitLines } from './blocks';
import { addBody } from './body';
import { leadingDate } from './dates';

/** The outlet part of a stamp line: a short name, not a sentence. */
function stamp(line: string): { iso: string; outlet?: string } | undefined {
  const d = leadingDate(line);
  if (!d) return undefined;
  const rest = line.slice(d.length).replace(/^\s*[|·•,–—-]?\s*/, '').trim();
  if (!rest) return { iso: d.iso };
  if (rest.split(/\s+/).length > 5 || /[.!?,;:]$/.test(rest) || /^\d/.test(rest)) return undefined;
  return { iso: d.iso, outlet: rest };
}

/** `<date><outlet>` first lines. */
export const stampedParser: SourceParser = {
  name: 'stamped',
  extensions: ['.txt'],
  detect(raw) {
    const line = /^[^\r\n]*/.exec(raw)?.[0] ?? '';
    const s = stamp(line);
    if (!s) return 0;
    return s.outlet ? 0.9 : 0.6;
  },
  parse(raw) {
    const lines = splitLines(raw);
    const a = new Assembler(raw);
    let i = lines.findIndex((l) => l.end > l.start);
    const s = i >= 0 ? stamp(lines[i].text) : undefined;
    if (s) {
      a.add('boilerplate', [{ start: lines[i].start, end: lines[i].end }], 'stamp');
      i++;
    }
    // a headline, when one follows the stamp
    let title: string | undefined;
    while (i >= 0 && i < lines.length && lines[i].end === lines[i].start) i++;
    const next = lines[i];
    const after = lines[i + 1];
    if (next && after && isHeadingLike(next.text) && next.text.split(/\s+/).length >= 3) {
      title = next.text;
      a.add('title', [{ start: next.start, end: next.end }]);
      i++;
    }
    const meta = addBody(a, lines.slice(Math.max(i, 0)));
    const { text, map, sections } = a.build();
    return {
      format: 'stamped',
      title,
      published: s?.iso,
      publishedFrom: s ? 'stated' : undefined,
      author: meta.author,
      outlet: s?.outlet ?? meta.outlet,
      text,
      map,
      sections,
    };
  },
};
