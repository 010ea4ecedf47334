/**
 * "The 34-year-old showed no emotion…": an age standing for a person named
 * just before. People are extracted first; this pass links such a mention to
 * the nearest person before it (within a few sentences of the same source)
 * and gives that person's claim the age, so ages can be compared across sources.
 */
import type { Extractor, NewClaim, PersonClaim } from '../types';
import { sectionAt } from './sentences';

/** "the 34-year-old", "a 34-year-old" — not followed by a capitalized name (people.ts reads "the 26-year-old driver John Smith"). */
const AGE_MENTION = /\b[Tt]he (\d{1,3})-year-old\b(?!\s+(?:[A-Z][a-z]+\s+){0,1}[A-Z][a-z])/g;
/** How far back (characters) the person may be named. */
const REACH = 600;

export const extractAgeMentions: Extractor = (ctx) => {
  const people = ctx.prior.filter((c): c is Omit<PersonClaim, 'id'> => c.kind === 'person');
  if (people.length === 0) return [];
  const text = ctx.source.text;
  const out: NewClaim[] = [];
  for (const sentence of ctx.sentences) {
    const slice = text.slice(sentence.start, sentence.end);
    AGE_MENTION.lastIndex = 0;
    for (let m = AGE_MENTION.exec(slice); m; m = AGE_MENTION.exec(slice)) {
      const start = sentence.start + m.index + m[0].indexOf(m[1]);
      const before = people.filter((p) => p.span.end <= start && start - p.span.end <= REACH);
      const named = before[before.length - 1];
      if (!named) continue;
      out.push({
        kind: 'person',
        source: ctx.source.id,
        span: { start, end: start + m[1].length + '-year-old'.length },
        sentence,
        section: sectionAt(ctx.source.sections, start)?.kind ?? 'body',
        name: named.name,
        age: Number(m[1]),
        mention: 'pronoun',
      });
    }
  }
  return out;
};
