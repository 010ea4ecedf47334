/**
 * The sentence a piece of evidence sits in, the claim marked: for the
 * Markdown and HTML reports, which have room for a whole sentence where the
 * terminal report shows one line. The claim's own spans are used (nothing is
 * searched for); without the claim, the line excerpt.
 */
import { cutAround, evidenceExcerpt, type ExcerptParts } from './excerpt';
import type { Claim, Evidence, Source } from '../types';

/** Longest sentence shown whole; longer ones are cut around the claim. */
const SENTENCE_WIDTH = 320;

/** Claims by id, to find the claim behind a piece of evidence. */
export function claimIndex(claims: readonly Claim[]): Map<string, Claim> {
  return new Map(claims.map((c) => [c.id, c]));
}

/**
 * The sentence of `e` from its source's plain text with the claim marked, when
 * the evidence names a claim of that source whose span lies in its sentence;
 * otherwise the claim's line in the file.
 */
export function evidenceSentence(e: Evidence, source: Source | undefined, claim: Claim | undefined): ExcerptParts {
  if (source && claim && claim.source === source.id) {
    const { sentence, span } = claim;
    if (sentence.start <= span.start && span.end <= sentence.end && sentence.end <= source.text.length) {
      const text = source.text.slice(sentence.start, sentence.end);
      return cutAround(text, span.start - sentence.start, span.end - sentence.start, SENTENCE_WIDTH);
    }
  }
  return evidenceExcerpt(e, source, SENTENCE_WIDTH / 2);
}
