/**
 * The context of a claim: the content words around it, weighted by closeness,
 * with the predicate (the verb it is the subject of, or the noun it counts
 * for: "summit of 35 countries") weighted most. Two claims speak of the same
 * thing when their contexts are alike; see similarity.ts.
 */
import type { Claim, Source, Span } from '../types';
import { isAuxiliary, looksLikeVerb, phrasalKey, scanKeys, tokenize, type Token } from './words';

/** Weighted words around one claim. */
export interface ClaimContext {
  claim: Claim;
  /** concept/stem → weight */
  bag: Map<string, number>;
  /** the predicate's key, when one was found */
  predicate?: string;
  /** the predicate as written, for subject labels */
  predicateText?: string;
  /** a verb of saying stands in the claim's clause: the event is a statement */
  speech: boolean;
  /** the tokens of the claim's sentence (shared with the other claims in it), for labels: see {@link surfaceOf} */
  tokens: readonly Token[];
  /** the area a figure is framed to ("In the county, …", "Across California", "nationwide"), lower-cased */
  scope?: string;
  /** the figure is an earlier value given for comparison ("down from 57 seats") */
  previous: boolean;
}

/** A sentence framed to an area: "In the county, …", "Across California, …", "In Darfur alone, …". */
const SCOPE_FRAME = /^(?:in|across|throughout)\s+(?:the\s+)?([\p{L}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?)(?:\s+(?:alone|district|province|county|region|state))?\s*,/iu;
/** A figure framed as the whole: "nationwide cases", "across the country". */
const SCOPE_WORD = /\b(nationwide|statewide|countrywide|worldwide|nationally|across the country|across the nation|across the region)\b/i;
/** "down from 57", "up from 12", "compared with 30": the figure is the earlier value. */
const PREVIOUS = /\b(?:down|up|rising|falling|compared|against)\s+(?:from|with)\s+$/i;

/** Whether a character ends a clause (, ; : ( ) — – " “ ”): words beyond it count less. */
function isClauseBreak(code: number): boolean {
  switch (code) {
    case 0x2c:
    case 0x3b:
    case 0x3a:
    case 0x28:
    case 0x29:
    case 0x2014:
    case 0x2013:
    case 0x22:
    case 0x201c:
    case 0x201d:
      return true;
    default:
      return false;
  }
}

/** The first letters a scope frame can start with ("in", "across", "throughout", any case): other sentences need no pattern. */
const FRAME_START = new Set([...'iIaAtT']);

const PREDICATE_WEIGHT = 3;
const SUBJECT_WEIGHT = 2;
const NOUN_WEIGHT = 1.5;
const OUTSIDE_CLAUSE = 0.35;

/** A sentence's tokens. */
interface SentenceWords {
  tokens: readonly Token[];
}

/**
 * Tokens of each sentence, worked out once for all the claims in it (a
 * sentence often holds several figures, dates and names). Tokens are shared:
 * nothing may change them.
 */
export class SentenceTokens {
  /** by source, sentence start and sentence end */
  private readonly bySource = new Map<Source, Map<number, Map<number, SentenceWords>>>();

  of(source: Source, span: Span): SentenceWords {
    const ends = this.ends(source, span.start);
    let words = ends.get(span.end);
    if (!words) ends.set(span.end, (words = { tokens: tokenize(source.text, span.start, span.end) }));
    return words;
  }

  /** The sentence's tokens if some claim already needed them. */
  known(source: Source, span: Span): SentenceWords | undefined {
    return this.bySource.get(source)?.get(span.start)?.get(span.end);
  }

  private ends(source: Source, start: number): Map<number, SentenceWords> {
    let starts = this.bySource.get(source);
    if (!starts) this.bySource.set(source, (starts = new Map()));
    let ends = starts.get(start);
    if (!ends) starts.set(start, (ends = new Map()));
    return ends;
  }
}

/** A word as written without its possessive ’s, for labels. */
function withoutPossessive(lower: string): string {
  const n = lower.length;
  return n >= 2 && lower.charCodeAt(n - 1) === 0x73 && (lower[n - 2] === "'" || lower[n - 2] === '’') ? lower.slice(0, -2) : lower;
}

/** Counts and dates have a predicate, the action they date or count; the bag of other claims is only the words around them. */
export function hasPredicate(claim: Claim): boolean {
  return claim.kind === 'quantity' || claim.kind === 'money' || claim.kind === 'percent' || claim.kind === 'date';
}

/**
 * Call `key` for each key the bag of a claim without a predicate holds
 * (repeats included), without making its context: the words of its sentence
 * outside it, and of its counted noun. Such claims (people, quotes,
 * durations) count towards the document frequencies of words, but few of
 * them are ever compared.
 */
export function forEachContextKey(source: Source, claim: Claim, sentences: SentenceTokens, key: (k: string) => void): void {
  const sentence: Span = claim.sentence.end > claim.sentence.start ? claim.sentence : claim.span;
  const { start: claimStart, end: claimEnd } = claim.span;
  const known = sentences.known(source, sentence);
  if (known) {
    for (const t of known.tokens) if (t.key && !(t.start < claimEnd && t.end > claimStart)) key(t.key);
  } else {
    // a sentence no counted claim stands in: its keys, without tokens kept for it
    scanKeys(source.text, sentence.start, sentence.end, (k, start, end) => {
      if (k && !(start < claimEnd && end > claimStart)) key(k);
    });
  }
  if ('noun' in claim && claim.noun) for (const t of tokenize(claim.noun, 0, claim.noun.length)) if (t.key) key(t.key);
}

export function claimContext(source: Source, claim: Claim, sentences: SentenceTokens = new SentenceTokens()): ClaimContext {
  const sentence: Span = claim.sentence.end > claim.sentence.start ? claim.sentence : claim.span;
  const words = sentences.of(source, sentence);
  const tokens = words.tokens;
  // read once: a source's text is a getter (it may be kept packed)
  const text = source.text;
  const { start: claimStart, end: claimEnd } = claim.span;
  let first = -1;
  for (let i = 0; i < tokens.length && first < 0; i++) if (tokens[i].end > claimStart) first = i;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].start < claimEnd) last++;
  const bag = new Map<string, number>();
  const clauseStart = clauseEdge(text, sentence.start, claimStart, -1);
  const clauseEnd = clauseEdge(text, claimEnd, sentence.end, 1);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // words of the claim itself are not its context
    if ((t.start < claimEnd && t.end > claimStart) || !t.key) continue;
    const d = first < 0 ? tokens.length : i < first ? first - i : Math.max(0, i - last);
    const inClause = t.start >= clauseStart && t.end <= clauseEnd;
    add(bag, t.key, (inClause ? 1 : OUTSIDE_CLAUSE) / (1 + 0.25 * d));
  }
  // the counted noun as written tells "150 passengers" from "12 people killed" when both count people
  if ('noun' in claim && claim.noun) for (const t of tokenize(claim.noun, 0, claim.noun.length)) add(bag, t.key, NOUN_WEIGHT);
  // counts have a predicate ("26 nations pledged"), and so do dates: the event they date ("lifted off on June 4")
  const found = hasPredicate(claim) ? findPredicate(tokens, first, last, clauseStart, clauseEnd) : undefined;
  let predicate: string | undefined;
  if (found) {
    const p = tokens.indexOf(found);
    // a two-word verb is its own action: "lifted off" is a launch, not a rise
    predicate = phrasalKey(found, tokens[p + 1]) || found.key;
    add(bag, predicate, PREDICATE_WEIGHT);
    // "Net income rose 18%" / "Shares rose 7%": what rose tells the figures apart
    if (p < first) {
      for (let i = p - 1; i >= 0 && i >= p - 3; i--) {
        if (tokens[i].key && tokens[i].start >= clauseStart) {
          add(bag, tokens[i].key, SUBJECT_WEIGHT);
          break;
        }
      }
    }
  }
  let speech = false;
  for (let i = 0; i < tokens.length && !speech; i++) speech = tokens[i].speech && tokens[i].start >= clauseStart && tokens[i].end <= clauseEnd;
  const frame = FRAME_START.has(text[sentence.start]) && sentence.start < claimStart ? SCOPE_FRAME.exec(text.slice(sentence.start, claimStart)) : null;
  const framed = frame ?? SCOPE_WORD.exec(text.slice(clauseStart, clauseEnd));
  const previous = PREVIOUS.test(text.slice(Math.max(sentence.start, claimStart - 24), claimStart));
  return { claim, bag, predicate, predicateText: found?.lower, speech, tokens, scope: framed ? framed[1].toLowerCase() : undefined, previous };
}

/** Add `w` to the weight of `key` in `bag` (no key: nothing). */
function add(bag: Map<string, number>, key: string, w: number): void {
  if (key) bag.set(key, (bag.get(key) ?? 0) + w);
}

/**
 * How a word key of a claim's context is written in its sentence (the first
 * word outside the claim with that key, without a possessive), for labels;
 * undefined when none is. Worked out when a label needs it, not for every claim.
 */
export function surfaceOf(context: ClaimContext, key: string): string | undefined {
  const { span } = context.claim;
  for (const t of context.tokens) if (t.key === key && key !== '' && !(t.start < span.end && t.end > span.start)) return withoutPossessive(t.lower);
  return undefined;
}

/**
 * The word a figure hangs on. As a subject, the verb after it ("26 nations
 * had pledged"); counting for a noun, that noun ("a summit of 35 countries");
 * as an object, the nearest verb before it in its clause ("raised its rate
 * to 4.5 percent", "injuring 312 others").
 */
function findPredicate(tokens: readonly Token[], first: number, last: number, clauseStart: number, clauseEnd: number): Token | undefined {
  if (first < 0) return undefined;
  const before = tokens[first - 1];
  if (before && before.lower === 'of' && tokens[first - 2]?.key && tokens[first - 2].start >= clauseStart) return tokens[first - 2];
  for (let i = last + 1; i < tokens.length && i <= last + 5; i++) {
    const t = tokens[i];
    if (t.start >= clauseEnd) break;
    if (isAuxiliary(t.lower)) continue;
    if (looksLikeVerb(t, tokens[i - 1])) return t;
    break;
  }
  for (let i = first - 1; i >= 0 && i >= first - 12; i--) {
    const t = tokens[i];
    if (t.start < clauseStart) break;
    if (looksLikeVerb(t, tokens[i - 1])) return t;
  }
  return undefined;
}

function clauseEdge(text: string, from: number, to: number, dir: 1 | -1): number {
  if (dir === 1) {
    for (let i = from; i < to; i++) if (isClauseBreak(text.charCodeAt(i))) return i;
    return to;
  }
  for (let i = to - 1; i >= from; i--) if (isClauseBreak(text.charCodeAt(i))) return i + 1;
  return from;
}
