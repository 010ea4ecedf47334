/**
 * The body of a line-based article (plain text, datelined and stamped
 * exports): paragraphs, with page furniture told apart — bylines and bare date
 * lines are boilerplate, photo captions are captions, a trailing related-links
 * list is boilerplate.
 */
import type { Assembler, Line } from './blocks';
import { isCaption, isDateLine, isHeadingLike, joinLines, lineGroups, paragraphsOf, parseByline, trailingLinkRun } from './blocks';
import { dateOnlyLine } from './dates';

/** What the body said about the article itself. */
export interface BodyMeta {
  author?: string;
  outlet?: string;
  /** the first bare date line, e.g. `September 5, 2025` under the headline */
  dateLine?: string;
}

/** Classify one single-line paragraph as furniture, or undefined for prose. */
export function furniture(text: string, meta: BodyMeta): 'boilerplate' | 'caption' | undefined {
  const byline = parseByline(text);
  if (byline) {
    meta.author ??= byline.author;
    meta.outlet ??= byline.outlet;
    return 'boilerplate';
  }
  if (isDateLine(text)) {
    meta.dateLine ??= dateOnlyLine(text);
    return 'boilerplate';
  }
  return isCaption(text) && text.length <= 400 ? 'caption' : undefined;
}

/** Add `lines` (the article after its head) to `a` as sections; returns what the furniture said. */
export function addBody(a: Assembler, lines: readonly Line[], meta: BodyMeta = {}): BodyMeta {
  const run = trailingLinkRun(lines);
  const prose = run >= 0 ? lines.slice(0, run) : lines;
  for (const group of lineGroups(prose)) {
    for (const para of paragraphsOf(group)) {
      const kind = para.length === 1 ? furniture(para[0].text, meta) : undefined;
      // a sub-heading is body text, but its own block, so it is its own sentence
      const label = kind === 'boilerplate' ? 'furniture' : !kind && para.length === 1 && isHeadingLike(para[0].text) ? 'heading' : undefined;
      a.add(kind ?? 'body', joinLines(para), label);
    }
  }
  if (run >= 0) {
    const last = lines.filter((l) => l.end > l.start).pop() ?? lines[run];
    a.verbatim('boilerplate', { start: lines[run].start, end: last.end }, 'related-links');
  }
  return meta;
}
