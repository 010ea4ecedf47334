/**
 * News-aggregator pages (story clusters): a headline, a standfirst, bullet
 * summaries, then a list of the covering articles (`50 Articles` …) and
 * coverage panels (`Coverage Details`, `Bias Distribution`, `Factuality`, an
 * upsell), all of it boilerplate.
 */
import type { SourceParser } from '../types';
import { Assembler, joinLines, splitLines } from './blocks';

const ARTICLES = /^\d[\d,]*\s+(?:Articles|Sources|Stories)$/i;
const PANELS = /^(?:Coverage Details|Bias Distribution|Factuality|Bias Comparison|Media Bias|Ownership|Blindspot|Similar News Topics|Upgrade to Premium|To view factuality data.*)$/i;
const BULLET = /^[-•*–]\s+/;

/** Index of the first line where the page furniture starts, or -1. */
function furnitureStart(texts: readonly string[]): number {
  return texts.findIndex((t) => ARTICLES.test(t) || PANELS.test(t) || /Upgrade to Premium/i.test(t));
}

/** Story-cluster pages. */
export const aggregatorParser: SourceParser = {
  name: 'aggregator',
  extensions: ['.txt'],
  detect(raw) {
    const texts = splitLines(raw).map((l) => l.text);
    const articles = texts.some((t) => ARTICLES.test(t));
    const panels = texts.filter((t) => PANELS.test(t)).length;
    const bullets = texts.slice(0, 12).filter((t) => BULLET.test(t)).length;
    if (articles && (panels > 0 || bullets > 0)) return 0.85;
    if (panels >= 2) return 0.7;
    return articles ? 0.4 : 0;
  },
  parse(raw) {
    const lines = splitLines(raw).filter((l) => l.end > l.start);
    const a = new Assembler(raw);
    let cut = furnitureStart(lines.map((l) => l.text));
    if (cut < 0) cut = lines.length;
    let title: string | undefined;
    lines.slice(0, cut).forEach((l, i) => {
      const bullet = BULLET.exec(l.text);
      if (bullet) a.add('body', [{ start: l.start + bullet[0].length, end: l.end }], 'bullet');
      else if (i === 0) {
        title = l.text;
        a.add('title', [{ start: l.start, end: l.end }]);
      } else if (i === 1) a.add('excerpt', joinLines([l]), 'standfirst');
      else a.add('body', joinLines([l]));
    });
    if (cut < lines.length) a.verbatim('boilerplate', { start: lines[cut].start, end: lines[lines.length - 1].end }, 'coverage');
    const { text, map, sections } = a.build();
    return { format: 'aggregator', title, text, map, sections };
  },
};
