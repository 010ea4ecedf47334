/**
 * Plain text: a headline on the first line when it looks like one, then
 * paragraphs. The text is the file itself, except that wrapped lines are
 * joined and paragraphs separated by one blank line.
 */
import type { SourceParser } from '../types';
import { Assembler, isHeadingLike, splitLines } from './blocks';
import { addBody } from './body';

/** Plain text, the fallback for any file no other parser claims. */
export const plainParser: SourceParser = {
  name: 'text',
  extensions: ['.txt', '.text'],
  detect: () => 0.1,
  parse(raw) {
    const lines = splitLines(raw);
    const a = new Assembler(raw);
    let i = lines.findIndex((l) => l.end > l.start);
    let title: string | undefined;
    const rest = i >= 0 ? lines.slice(i + 1).some((l) => l.end > l.start) : false;
    if (i >= 0 && rest && isHeadingLike(lines[i].text)) {
      title = lines[i].text;
      a.add('title', [{ start: lines[i].start, end: lines[i].end }]);
      i++;
    }
    const meta = addBody(a, i >= 0 ? lines.slice(i) : []);
    const { text, map, sections } = a.build();
    const published = meta.dateLine;
    return {
      format: 'text',
      title,
      published,
      publishedFrom: published ? 'stated' : undefined,
      author: meta.author,
      outlet: meta.outlet,
      text,
      map,
      sections,
    };
  },
};
