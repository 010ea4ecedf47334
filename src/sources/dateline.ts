/**
 * Exports whose first line is ` date YYYY-MM-DD <rest>`: the rest is the
 * headline, or a desk name in capitals (`WORLD`) with the headline on the next
 * line. Lines directly under the headline are its standfirst, photo caption
 * and a repeated date; then come byline and body.
 */
import type { SourceParser } from '../types';
import type { Line } from './blocks';
import { Assembler, splitLines } from './blocks';
import { addBody, furniture } from './body';
import type { BodyMeta } from './body';
import { isoFromValue } from './dates';

// `d`: the headline's offsets in the first line come from the match indices
const FIRST = /^\s*date[ \t]*:?[ \t]+(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+Z?)?(?:[ \t]+([^\r\n]*?))?[ \t]*(?:\r?\n|\r|$)/di;

/** A desk or section name, not a headline: one or two words in capitals. */
function isDesk(text: string): boolean {
  return /^[\p{Lu}&/-]+(?:\s[\p{Lu}&/-]+)?$/u.test(text) && text.length <= 24;
}

/** ` date YYYY-MM-DD …` first lines. */
export const datelineParser: SourceParser = {
  name: 'dateline',
  extensions: ['.txt'],
  detect(raw) {
    const m = FIRST.exec(raw);
    return m && isoFromValue(m[1]) ? 0.95 : 0;
  },
  parse(raw) {
    const lines = splitLines(raw);
    const a = new Assembler(raw);
    const first = FIRST.exec(raw);
    const published = first ? isoFromValue(first[1]) : undefined;
    let i = first ? 1 : 0;
    let titleLine: Line | undefined;
    const rest = first?.[2];
    const restSpan = first?.indices?.[2];
    if (rest && restSpan && !isDesk(rest)) {
      titleLine = { start: restSpan[0], end: restSpan[1], text: rest };
    } else {
      while (i < lines.length && lines[i].end === lines[i].start) i++;
      titleLine = lines[i];
      if (titleLine) i++;
    }
    if (titleLine) a.add('title', [{ start: titleLine.start, end: titleLine.end }]);
    // the head: lines right under the headline, before the first blank line
    const meta: BodyMeta = {};
    let standfirst = false;
    while (titleLine && i < lines.length && lines[i].end > lines[i].start) {
      const l = lines[i];
      const kind = furniture(l.text, meta);
      if (kind) a.add(kind, [{ start: l.start, end: l.end }], kind === 'boilerplate' ? 'furniture' : undefined);
      else {
        a.add(standfirst ? 'body' : 'excerpt', [{ start: l.start, end: l.end }], standfirst ? undefined : 'standfirst');
        standfirst = true;
      }
      i++;
    }
    addBody(a, lines.slice(i), meta);
    const { text, map, sections } = a.build();
    return {
      format: 'dateline',
      title: titleLine?.text,
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
