/**
 * Person claims: every mention of a named person in the claim-bearing
 * sentences, with the role and age the text gives.
 *
 * Conventions:
 * - `span` covers the name as written, with a title if there is one
 *   ("Sir Keir Starmer"), without a possessive `’s` and without the role;
 * - `name` is the canonical full name in this source: the first full spelling
 *   seen for the same {@link nameKey} ("Kim Jong-un" then "Kim Jong Un" → both
 *   "Kim Jong-un"), titles dropped;
 * - `role` is the role text as written: before the name ("Kremlin spokesman"),
 *   in apposition before or after it ("the Kremlin's spokesperson", "the
 *   Kremlin spokesman"); an age adjective is left out of it ("the 26-year-old
 *   driver" → role "driver", age 26). A possessive ("Ukraine's Volodymyr
 *   Zelensky") is affiliation, not a role;
 * - a lone word ("Peskov said") is a `surname` mention, linked to the nearest
 *   earlier full name of this source with that surname (or the first later
 *   one, for a caption before the body). Unlinked, it is kept only when a role
 *   or title makes it a person ("President Putin", "Mr Smith").
 *
 * In headline-case sentences ("Kremlin Blasts ‘Unacceptable’ Western Plan")
 * only names already known from the rest of the source are taken.
 */
import type { ExtractContext, Extractor, NewClaim, PersonClaim, SectionKind, Span } from '../types';
import { sectionAt } from './sentences';
import { capitalRuns, isHonorific, isNameWord, isParticle, nameKey, nameLists, surnameKeys, tokenize, type Run, type Token } from './names';
import { roleAfter, roleBefore, type RoleFound } from './person-context';
import { isRoleHeadToken, isRoleToken } from './roles';
import { CAPITAL, sentenceCues } from './sentence-cues';

interface Mention {
  span: Span;
  /** the name as written, title and possessive left out */
  written: string;
  /** name words, particles not counted */
  words: number;
  role?: string;
  age?: number;
  /** a role or title says this is a person */
  evidence: boolean;
  sentence: Span;
  section: SectionKind;
  headline: boolean;
}

/** Extract person mentions from `ctx.sentences`. */
export const extractPeople: Extractor = (ctx: ExtractContext): NewClaim[] => {
  const { text, sections } = ctx.source;
  const mentions: Mention[] = [];
  const cues = sentenceCues(ctx);
  for (let k = 0; k < ctx.sentences.length; k++) {
    const sentence = ctx.sentences[k];
    if ((cues[k] & CAPITAL) === 0 && !mayNameFirst(text, sentence)) continue;
    const section = sectionAt(sections, sentence.start)?.kind ?? 'body';
    mentions.push(...mentionsIn(text, sentence, section));
  }
  return resolve(ctx.source.id, mentions);
};

/**
 * In a sentence whose only capital may be its first word's (the cue pass
 * found none after it), is that word a capitalized one that is no common
 * word? Otherwise no run of capitals there can be a name, and the sentence
 * need not be tokenized: one capitalized word makes no headline either.
 */
function mayNameFirst(text: string, sentence: Span): boolean {
  const first = tokenize(text, sentence.start, sentence.end, 1)[0];
  return first !== undefined && first.cap && !nameLists().commonWords.has(first.key);
}

function mentionsIn(text: string, sentence: Span, section: SectionKind): Mention[] {
  const tokens = tokenize(text, sentence.start, sentence.end);
  // in the body, a sentence full of names ("Theresa May met Angela Merkel in Brussels.") ends with a stop; a heading does not
  const headline = section === 'title' ? isHeadline(tokens, 0.8) : !/[.!?:;"”’)]\s*$/.test(text.slice(Math.max(sentence.start, sentence.end - 3), sentence.end)) && isHeadline(tokens, 1);
  const out: Mention[] = [];
  if (headline) return headlineCandidates(text, tokens, sentence, section);
  for (const run of capitalRuns(text, tokens)) {
    const m = analyseRun(text, tokens, run, sentence, section);
    if (m) out.push(m);
  }
  return out;
}

/**
 * Most words of four letters or more are capitalized: a title in headline case.
 * In a title section `share` is 0.8; elsewhere every such word must be capitalized.
 */
function isHeadline(tokens: readonly Token[], share: number): boolean {
  let long = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.word.length < 4) continue;
    const c = t.word.charCodeAt(0);
    if (c >= 48 && c <= 57) continue; // a number
    long++;
    if (t.cap) caps++;
  }
  return long >= 4 && caps / long >= share;
}

/**
 * In a headline every word is capitalized, so runs say nothing: every stretch
 * of one to four name words is a candidate, and {@link resolve} keeps only
 * those that name someone the source names elsewhere (longest first).
 */
function headlineCandidates(text: string, tokens: readonly Token[], sentence: Span, section: SectionKind): Mention[] {
  const out: Mention[] = [];
  for (const run of capitalRuns(text, tokens)) {
    for (let i = run.from; i < run.to; i++) {
      if (!isNameWord(tokens[i]) || isParticle(tokens[i])) continue;
      for (let j = i; j < run.to && j < i + 6 && isNameWord(tokens[j]); j++) {
        if (tokens[j].poss && j < run.to - 1) break;
        const words = tokens.slice(i, j + 1).filter((t) => !isParticle(t)).length;
        if (words > 4) break;
        const span = { start: tokens[i].start, end: tokens[j].end };
        out.push({ span, written: text.slice(span.start, span.end), words, role: undefined, age: undefined, evidence: false, sentence, section, headline: true });
      }
    }
  }
  return out;
}

/** The mention a run of capitalized tokens makes, if any (every mention built with the same fields, in one shape). */
function analyseRun(text: string, tokens: readonly Token[], run: Run, sentence: Span, section: SectionKind): Mention | undefined {
  const { commonWords } = nameLists();
  let from = run.from;
  // "The Kremlin", "Despite US President…": capitalized only as the first word of a sentence or of a title
  while (from < run.to && commonWords.has(tokens[from].key)) from++;
  // the name follows the last role word of the run ("UK Prime Minister Sir Keir Starmer")
  let r = -1;
  for (let i = run.to - 1; i >= from; i--) {
    if (isRoleToken(tokens[i]) && !isParticle(tokens[i])) {
      r = i;
      break;
    }
  }
  let start = r >= 0 ? r + 1 : from;
  let titled = false;
  while (start < run.to && isHonorific(tokens[start])) {
    start++;
    titled = true;
  }
  if (start >= run.to || !tokens[start].cap) return undefined;
  const nameToks = tokens.slice(start, run.to);
  if (!nameToks.every(isNameWord)) return undefined;
  const words = nameToks.filter((t) => !isParticle(t)).length;
  if (words > 4) return undefined;
  const last = nameToks[nameToks.length - 1];
  const spanStart = titled ? honorificStart(tokens, start) : nameToks[0].start;
  const lastIdx = run.to - 1;

  let role: RoleFound | undefined;
  const before = titled ? honorificStartIndex(tokens, start) : start;
  if (r >= 0 && r === before - 1 && isRoleHeadToken(tokens[r])) {
    role = roleBefore(text, tokens, r, false);
  } else if (before > 0 && r < 0 && isRoleHeadToken(tokens[before - 1]) && !tokens[before - 1].cap && !tokens[before - 1].poss && text.slice(tokens[before - 1].full, tokens[before].start).trim() === '') {
    // a lower-case head right before the run: "Kremlin spokesman Dmitry Peskov"
    role = roleBefore(text, tokens, before - 1, false);
  } else if (before > 0 && r < 0 && /^\s*,\s*$/.test(text.slice(tokens[before - 1].full, tokens[before].start)) && isRoleHeadToken(tokens[before - 1])) {
    // apposition before: "the Kremlin's spokesperson, Dmitry Peskov, said"
    const tail = text.slice(last.full, Math.min(sentence.end, last.full + 4));
    if (!last.poss && /^\s*(?:[,.;:)–—]|$)/.test(tail)) role = roleBefore(text, tokens, before - 1, true);
  }
  const after = last.poss ? undefined : roleAfter(text, tokens, lastIdx);
  let age = role?.age ?? after?.age;
  if (!role && after?.role) role = after;
  if (age === undefined && before > 0) age = ageBefore(text, tokens, before);
  return {
    span: { start: spanStart, end: last.end },
    written: text.slice(nameToks[0].start, last.end),
    words,
    role: role?.role,
    age,
    evidence: titled || role?.role !== undefined,
    sentence,
    section,
    headline: false,
  };
}

function honorificStartIndex(tokens: readonly Token[], nameStart: number): number {
  let i = nameStart;
  while (i > 0 && isHonorific(tokens[i - 1])) i--;
  return i;
}

function honorificStart(tokens: readonly Token[], nameStart: number): number {
  return tokens[honorificStartIndex(tokens, nameStart)].start;
}

/** "26-year-old John Smith". */
function ageBefore(text: string, tokens: readonly Token[], before: number): number | undefined {
  const prev = tokens[before - 1];
  if (text.slice(prev.full, tokens[before].start).trim() !== '') return undefined;
  const m = /^(\d{1,3})-year-old$/.exec(prev.word);
  return m ? Number(m[1]) : undefined;
}

/** Give canonical names, link lone surnames, drop what is not a person. */
function resolve(source: string, mentions: readonly Mention[]): NewClaim[] {
  const canonical = new Map<string, string>();
  const bySurname = new Map<string, { at: number; name: string }[]>();
  for (const m of mentions) {
    if (m.words < 2 || m.headline) continue;
    const key = nameKey(m.written);
    if (!canonical.has(key)) canonical.set(key, m.written);
    const name = canonical.get(key) as string;
    for (const s of surnameKeys(name)) {
      const list = bySurname.get(s) ?? [];
      list.push({ at: m.span.start, name });
      bySurname.set(s, list);
    }
  }
  const out: NewClaim[] = [];
  let taken = -1; // end of the last headline mention kept: headline candidates overlap
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.headline && m.span.start < taken) continue;
    let name: string | undefined;
    let mention: PersonClaim['mention'] = 'full';
    if (m.words >= 2) {
      name = canonical.get(nameKey(m.written));
    } else {
      mention = 'surname';
      name = link(bySurname.get(nameKey(m.written)), m.span.start) ?? (m.evidence && !m.headline ? m.written : undefined);
    }
    if (name === undefined) continue;
    if (m.headline) {
      // candidates from one start come next to each other, shortest first
      const longer = mentions.slice(i + 1, i + 6).find((o) => o.headline && o.span.start === m.span.start && canonical.has(nameKey(o.written)));
      if (longer) continue;
      taken = m.span.end;
    }
    const claim: Omit<PersonClaim, 'id'> = { kind: 'person', source, span: m.span, sentence: m.sentence, section: m.section, name, mention };
    if (m.role !== undefined) claim.role = m.role;
    if (m.age !== undefined) claim.age = m.age;
    out.push(claim);
  }
  return out;
}

/** The nearest full name before `at`, else the first after it (`candidates` are in text order). */
function link(candidates: readonly { at: number; name: string }[] | undefined, at: number): string | undefined {
  if (!candidates || candidates.length === 0) return undefined;
  let lo = 0;
  let hi = candidates.length; // first index with c.at > at
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (candidates[mid].at <= at) lo = mid + 1;
    else hi = mid;
  }
  return (lo > 0 ? candidates[lo - 1] : candidates[0]).name;
}
