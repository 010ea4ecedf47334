/**
 * The distinctive terms of an article, stored in the index so that a draft's
 * possible story-mates among thousands of references are found by a lookup,
 * not by comparing the draft with every one of them. Weighted as story
 * grouping weighs them: titles and standfirsts double, capitalized words
 * (names) double.
 */
import { tokenize } from '../align/words';
import type { Source } from '../types';

/** How many terms an article is indexed under. */
export const TERMS_PER_ARTICLE = 24;

/** The article's heaviest terms (concept keys), heaviest first. */
export function distinctiveTerms(source: Source, count = TERMS_PER_ARTICLE): string[] {
  const weights = new Map<string, number>();
  for (const sec of source.sections) {
    if (sec.kind === 'boilerplate') continue;
    const boost = sec.kind === 'title' || sec.kind === 'excerpt' ? 2 : 1;
    for (const t of tokenize(source.text, sec.start, sec.end)) {
      if (t.key.length < 3) continue;
      const proper = t.start > sec.start && /^\p{Lu}/u.test(source.text[t.start]);
      weights.set(t.key, (weights.get(t.key) ?? 0) + boost * (proper ? 2 : 1));
    }
  }
  return [...weights.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, count)
    .map(([k]) => k);
}
