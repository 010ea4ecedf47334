/**
 * The claims stage: runs the extractors over a source in a fixed order and
 * refines their output. The order matters:
 *  1. people — quotes need speakers; then ages standing for a person named
 *     just before ("The 34-year-old…"), which need the people;
 *  2. quotes — numbers inside quotes are still claims, but quotes need people;
 *  3. dates — before quantities and durations, so years and day numbers are
 *     taken as dates and not counted;
 *  4. durations — read the dates of their sentence ("following … February 2022");
 *  5. quantities — last; anything already claimed as a date or duration is skipped.
 */
import type { Claim, ExtractContext, Extractor, NewClaim, Source, Span } from '../types';
import { sentencesOf } from './sentences';
import { cuesOf } from './sentence-cues';
import { extractPeople } from './people';
import { extractAgeMentions } from './age-mentions';
import { extractQuotes } from './quotes';
import { extractDatesEach } from './dates';
import { extractDurations } from './durations';
import { extractQuantities } from './quantities';

/** An extractor over several sources at once: each source's claims, in order. */
type EachExtractor = (ctxs: readonly ExtractContext[]) => NewClaim[][];

/** An extractor of one source, run over each source in turn (dates gain by running each of their finders over all of them: extractDatesEach). */
const oneByOne = (extract: Extractor): EachExtractor => (ctxs) => ctxs.map(extract);

const ORDER: ReadonlyArray<[string, EachExtractor]> = [
  ['people', oneByOne(extractPeople)],
  ['ages', oneByOne(extractAgeMentions)],
  ['quotes', oneByOne(extractQuotes)],
  ['dates', extractDatesEach],
  ['durations', oneByOne(extractDurations)],
  ['quantities', oneByOne(extractQuantities)],
];

/**
 * Articles to extract at once ({@link extractEach}) where no stories group
 * them (a lint's drafts and references, an index's changed files): as many
 * as four stories of five articles hold.
 */
export const ARTICLES_AT_ONCE = 20;

/** Kinds whose spans may not overlap each other: one stretch of text is one number. */
const EXCLUSIVE = new Set(['date', 'duration', 'quantity', 'money', 'percent']);

/** Extract every claim of one source; ids are `<source id>#<n>` in text order. */
export function extractClaims(source: Source, reference?: string): Claim[] {
  return extractEach([source], [reference])[0];
}

/**
 * {@link extractClaims} of each of `sources` (`references[i]`: source i's),
 * each extractor over all of them before the next one starts, so that its
 * code runs from the processor's caches (see story.ts). The claims are the
 * same as each source's own extractClaims.
 */
export function extractEach(sources: readonly Source[], references: ReadonlyArray<string | undefined>): Claim[][] {
  const states = sources.map((source, i) => {
    const sentences = sentencesOf(source.text, source.sections);
    // each sentence's cue bits (sentence-cues.ts), worked out once and read by people, the date finders, durations and quantities
    return { source, reference: references[i], sentences, cues: cuesOf(source.text, sentences), found: [] as NewClaim[], taken: new Taken() };
  });
  for (const [, extract] of ORDER) {
    const ctxs = states.map((st): ExtractContext => ({ source: st.source, reference: st.reference, sentences: st.sentences, cues: st.cues, prior: st.found }));
    const found = extract(ctxs);
    states.forEach((st, i) => {
      for (const claim of found[i]) {
        if (EXCLUSIVE.has(claim.kind) && !st.taken.claim(claim.span)) continue;
        st.found.push(claim);
      }
    });
  }
  return states.map(({ source, found }) => {
    const kept = withoutAges(found, source.text);
    kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    // a copy rather than the id set on each: the extractors' objects come in many shapes, the copies in a few
    return kept.map((c, i) => ({ ...c, id: `${source.id}#${i + 1}` }) as Claim);
  });
}

/**
 * An age written after a name ("Jovanovic, 22,", "Smith (41)") is the person's
 * age, already on the person claim: it is not also a count.
 */
function withoutAges(claims: NewClaim[], text: string): NewClaim[] {
  const ages = claims.filter((c) => c.kind === 'person' && c.age !== undefined);
  if (ages.length === 0) return claims;
  return claims.filter((c) => {
    if (c.kind !== 'quantity' || c.unit !== 'count') return true;
    return !ages.some((p) => p.kind === 'person' && p.age === c.value && c.span.start >= p.span.end && /^[\s,(]*(?:aged\s+)?$/.test(text.slice(p.span.end, c.span.start)));
  });
}

/**
 * The spans of the exclusive claims kept so far, sorted and never overlapping,
 * so one look-up is a binary search (a scan of every earlier claim was
 * quadratic: minutes on a long article).
 */
class Taken {
  private readonly spans: Span[] = [];

  /** Take `span` unless it overlaps one already taken; false when it does. */
  claim(span: Span): boolean {
    const spans = this.spans;
    // the first taken span starting at or after span.end; only the one before it can overlap
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start < span.end) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && spans[lo - 1].end > span.start) return false;
    spans.splice(lo, 0, span);
    return true;
  }
}
