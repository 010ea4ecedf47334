/**
 * Quote claims: words in quotation marks, who said them, and whether they are
 * a full quote or a fragment inside the writer's own sentence.
 *
 * - `span` covers the quoted words without the marks (and without the comma
 *   of "“…,” he said"), so `text.slice(span)` is `quote`;
 * - `fragment` is false when the quote stands as a sentence of its own:
 *   introduced by nothing, a colon or comma, or a speech verb ("he said “…”"),
 *   starting with a capital or ending with sentence punctuation, and ending
 *   its sentence or followed by an attribution. Scare quotes ("“guarantors”",
 *   "an idea branded “unacceptable”") are fragments;
 * - `speaker` is the canonical name from the person claims (`ctx.prior`, or a
 *   people pass of our own when there are none); a quote with no attribution
 *   that opens the sentence right after an attributed quote continues it
 *   ("“Part one,” he said. “Part two.”"), and so do the pieces of a quote that
 *   runs over paragraphs;
 * - `sentence` runs from the sentence of the opening mark to that of the closing one.
 */
import type { ExtractContext, Extractor, NewClaim, QuoteClaim, SectionKind, Span } from '../types';
import { extractPeople } from './people';
import { findQuotes, paragraphs, type QuoteMarks } from './quote-marks';
import { introEndsWithSpeech, sentenceIndexAt, speakerAfter, speakerBefore, type Named, type SpeakerScope } from './quote-speakers';
import { sectionAt } from './sentences';

interface Found {
  marks: QuoteMarks;
  span: Span;
  /** sentence indices of the opening and closing marks */
  first: number;
  last: number;
  speaker?: string;
  fragment: boolean;
  /** the quote opens its sentence */
  opensSentence: boolean;
}

/** Extract quotes from the paragraphs `ctx.sentences` cover. */
export const extractQuotes: Extractor = (ctx: ExtractContext): NewClaim[] => {
  const { text, sections } = ctx.source;
  const sentences = ctx.sentences;
  if (sentences.length === 0) return [];
  const paras = paragraphs(text, sentences);
  const marks = findQuotes(text, paras);
  const scope: SpeakerScope = { text, sentences, people: peopleOutside(ctx, marks) };
  const found: Found[] = [];
  let para = 0;
  let prevClose = -1;
  for (const m of marks) {
    const span = words(text, m);
    const first = sentenceIndexAt(sentences, m.open);
    const last = sentenceIndexAt(sentences, Math.max(m.open, m.close - 1));
    // the writer's words before the quote: from the sentence start, or from an earlier quote in the same sentence
    const introStart = Math.min(m.open, Math.max(sentences[first].start, prevClose + 1));
    const intro = text.slice(introStart, m.open);
    while (para < paras.length - 1 && paras[para].end < m.close) para++;
    let byIntro = speakerBefore(scope, introStart, m.open, first);
    const prev = found[found.length - 1];
    // "there was “a certain light …” and that “there are options …”": the same speaker goes on
    if (!byIntro.verb && prev && introStart > sentences[first].start && /^[\s,;]*(?:(?:and|or|but|as well as)\s+(?:that\s+)?)?$/.test(intro)) {
      byIntro = { verb: true, speaker: prev.speaker };
    }
    prevClose = m.close;
    const after = m.closed ? speakerAfter(scope, m.close, paras[para].end) : undefined;
    const speaker = byIntro.speaker ?? (byIntro.verb ? undefined : after);
    found.push({
      marks: m,
      span,
      first,
      last,
      speaker,
      fragment: isFragment(text, intro, span, m, sentences[last].end, after !== undefined),
      opensSentence: introStart === sentences[first].start && intro.trim() === '',
    });
  }
  inheritSpeakers(found);
  const out: NewClaim[] = [];
  for (const f of found) {
    if (f.span.end <= f.span.start) continue;
    const section: SectionKind = sectionAt(sections, f.span.start)?.kind ?? 'body';
    const claim: Omit<QuoteClaim, 'id'> = {
      kind: 'quote',
      source: ctx.source.id,
      span: f.span,
      sentence: { start: sentences[f.first].start, end: Math.max(sentences[f.last].end, f.span.end) },
      section,
      quote: text.slice(f.span.start, f.span.end),
      fragment: f.fragment,
    };
    if (f.speaker !== undefined) claim.speaker = f.speaker;
    out.push(claim);
  }
  return out;
};

/** The quoted words: inside the marks, trimmed, without a trailing comma. */
function words(text: string, m: QuoteMarks): Span {
  let start = m.open + 1;
  let end = m.close;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  return { start, end };
}

/** Person mentions (from `ctx.prior`, or our own pass) that are not inside quotes, in text order. */
function peopleOutside(ctx: ExtractContext, marks: readonly QuoteMarks[]): Named[] {
  let people: Named[] = [];
  for (const c of ctx.prior) if (c.kind === 'person' && c.source === ctx.source.id) people.push(c);
  if (people.length === 0) {
    for (const c of extractPeople(ctx)) if (c.kind === 'person') people.push(c);
  }
  people = [...people].sort((a, b) => a.span.start - b.span.start);
  // both lists are in text order: one merge-like walk
  const out: Named[] = [];
  let q = 0;
  for (const p of people) {
    while (q < marks.length && marks[q].close <= p.span.start) q++;
    const m = marks[q];
    if (m && m.open < p.span.start && p.span.end <= m.close) continue;
    out.push(p);
  }
  return out;
}

/** Is the quote a few words inside the writer's sentence rather than a sentence of its own? */
function isFragment(text: string, intro: string, span: Span, m: QuoteMarks, sentenceEnd: number, attributedAfter: boolean): boolean {
  const words = text.slice(span.start, m.close).trim(); // with its own trailing comma
  const trimmedIntro = intro.trimEnd();
  const byVerb = introEndsWithSpeech(trimmedIntro);
  const introOk = trimmedIntro === '' || /[:,–—-]$/.test(trimmedIntro) || byVerb;
  if (!introOk) return true;
  const startsUpper = /^[…."'‘“(\s]*[\p{Lu}\d]/u.test(words);
  const endsTerminal = /[.?!…,]$/.test(words);
  if (!startsUpper && !(byVerb && endsTerminal)) return true;
  if (endsTerminal || attributedAfter || !m.closed) return false;
  // a capitalized phrase in quotes that the sentence goes on after ("“20 Minutes” takes stock") is a name or a scare quote
  return !/^[\s.?!…)]*$/.test(text.slice(m.close + 1, Math.max(m.close + 1, sentenceEnd)));
}

/** Quotes with no attribution continue the quote just before them, and pieces of one quote share their speaker. */
function inheritSpeakers(found: Found[]): void {
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    const cont = f.marks.continues;
    if (f.speaker === undefined && cont !== undefined) f.speaker = found[cont].speaker;
    if (f.speaker !== undefined || !f.opensSentence || i === 0) continue;
    const prev = found[i - 1];
    if (prev.speaker !== undefined && (prev.last === f.first - 1 || prev.last === f.first)) f.speaker = prev.speaker;
  }
  // a quote running over paragraphs is often attributed only at its end
  for (let i = found.length - 1; i >= 0; i--) {
    const cont = found[i].marks.continues;
    if (cont !== undefined && found[cont].speaker === undefined) found[cont].speaker = found[i].speaker;
  }
}
