/**
 * Who said the words in a quote. Three places are read, in this order:
 * - the writer's words before the quote in its sentence: "Peskov said: “…”",
 *   "Kremlin spokesperson Dmitry Peskov told … that, “…”", "he declared, “…”";
 * - the words after it: "“…,” Kremlin spokesman Dmitry Peskov told",
 *   "“…,” said Macron", "“…,” he said";
 * - "he"/"she" is the first person named in the same sentence before it, or
 *   else the first person named in the nearest sentence before that names one
 *   (the subject of the story so far), looking back a few sentences.
 * People named inside quotes are never speakers or antecedents.
 */
import type { Span } from '../types';
import { loadData } from '../rules/data';
import { isRoleHeadWord } from './roles';

/** A person mention as the speaker search needs it. */
export interface Named {
  span: Span;
  name: string;
}

/** What the search reads: the text, its sentences, and people outside quotes in text order. */
export interface SpeakerScope {
  text: string;
  sentences: readonly Span[];
  people: readonly Named[];
}

let speech: RegExp | undefined;

let alternation: string | undefined;

/** `said|told|…|made\s+clear` from `rules/data/speech-verbs.json` as one alternation, longest phrases first. */
function speechAlternation(): string {
  if (alternation !== undefined) return alternation;
  const { verbs } = loadData<{ verbs: string[] }>('speech-verbs');
  alternation = [...verbs].sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, '\\s+')).join('|');
  return alternation;
}

function speechVerbs(): RegExp {
  speech ??= new RegExp(`\\b(?:${speechAlternation()})\\b`, 'giu');
  return speech;
}

let afterRe: RegExp | undefined;
let verbAfterName: RegExp | undefined;
let introEnd: RegExp | undefined;

/** Does `intro` (the sentence before a quote) end with a speech verb, perhaps with "that": "he said", "Peskov told … that"? */
export function introEndsWithSpeech(intro: string): boolean {
  introEnd ??= new RegExp(`\\b(?:${speechAlternation()})(?:\\s+that)?[\\s,:]*$`, 'iu');
  return introEnd.test(intro);
}

const LOOK_BACK = 5;
const DEFINITE_ROLE = /^\s*the\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/iu;

let speakingSubject: RegExp | undefined;

/**
 * Does a sentence open with a subject that is not a person claim: a definite
 * role ("The Russian leader, who…", "The French president") or a capitalized
 * word that speaks ("Trump told CBS…" where "Trump" could not be linked)?
 */
function unnamedSubject(sentenceStart: string): boolean {
  const m = DEFINITE_ROLE.exec(sentenceStart);
  if (m !== null && m[1].split(/\s+/).some(isRoleHeadWord)) return true;
  speakingSubject ??= new RegExp(`^\\s*(?!(?:He|She|It|They|We|You|I)\\b)\\p{Lu}[\\p{L}’'-]*\\s+(?:\\p{Ll}+\\s+)?(?:${speechAlternation()})\\b`, 'u');
  return speakingSubject.test(sentenceStart);
}

const PRONOUN_BEFORE = /\b(?:he|she)\s+(?:\p{Ll}+\s+)?$/iu;
const STARTS_WITH_PRONOUN = /^\s*(?:he|she)\b/iu;

/**
 * The speaker named before a quote opening at `open` in sentence `s`, reading from
 * `start` (the sentence start, or the end of an earlier quote in it); `verb`
 * says whether a speech verb was there at all.
 */
export function speakerBefore(sc: SpeakerScope, start: number, open: number, s: number): { verb: boolean; speaker?: string } {
  const intro = sc.text.slice(start, open);
  const re = speechVerbs();
  re.lastIndex = 0;
  let verbAt = -1;
  for (let m = re.exec(intro); m !== null; m = re.exec(intro)) verbAt = start + m.index;
  if (verbAt < 0) return { verb: false };
  const before = sc.text.slice(start, verbAt);
  if (PRONOUN_BEFORE.test(before)) return { verb: true, speaker: resolvePronoun(sc, verbAt, s) };
  const inSentence = sc.people.slice(firstFrom(sc.people, start), firstFrom(sc.people, verbAt)).filter((p) => p.span.end <= verbAt);
  const near = inSentence[inSentence.length - 1];
  // "Peskov said", "Trump also said", "Peskov, the Kremlin spokesman, said"
  if (near && /^(?:,[^,.!?“”"]{0,50},)?[\s\p{Ll}]{0,30}$/u.test(sc.text.slice(near.span.end, verbAt))) return { verb: true, speaker: near.name };
  // "an idea branded “unacceptable” by Kyiv": the speaker is after the quote, if anyone
  if (/^[^”"’]{0,300}[”"’]\s*by\b/.test(sc.text.slice(open + 1, open + 320))) return { verb: true };
  if (STARTS_WITH_PRONOUN.test(before)) return { verb: true, speaker: resolvePronoun(sc, start, s) };
  return { verb: true, speaker: inSentence[0]?.name };
}

/** The speaker named after a quote closing at `close`: "“…,” he said", "“…,” said Macron", "“…,” Peskov told". */
export function speakerAfter(sc: SpeakerScope, close: number, limit: number): string | undefined {
  const alt = speechAlternation();
  afterRe ??= new RegExp(`^[\\s,;:–—-]*(?:((?:he|she)\\s+(?:also\\s+|later\\s+|then\\s+)?(?:${alt}))|(?:${alt})\\s)`, 'iu');
  verbAfterName ??= new RegExp(`^(?:[’']s)?(?:,[^.!?,“”"]{0,50},)?\\s*(?:\\p{Ll}+\\s+)?(?:${alt})\\b`, 'iu');
  let end = Math.min(limit, close + 160);
  const stop = /[.!?“"‘]/.exec(sc.text.slice(close + 1, end));
  if (stop) end = close + 1 + stop.index;
  const window = sc.text.slice(close + 1, end);
  const m = afterRe.exec(window);
  const s = sentenceIndexAt(sc.sentences, close);
  if (m && m[1]) return resolvePronoun(sc, close, s);
  const from = close + 1;
  for (let i = firstFrom(sc.people, from); i < sc.people.length; i++) {
    const p = sc.people[i];
    if (p.span.start >= end) break;
    // "said Macron": the person follows the verb; "Peskov told": the verb follows the person
    if (m && p.span.start - (from + m[0].length) <= 60) return p.name;
    if (p.span.start - from > 70) break;
    if (verbAfterName.test(sc.text.slice(p.span.end, Math.min(limit, p.span.end + 80)))) return p.name;
    return undefined;
  }
  return undefined;
}

/** "he"/"she" at `at` in sentence `s`: the first person named in this sentence before it, else in the nearest earlier sentence. */
export function resolvePronoun(sc: SpeakerScope, at: number, s: number): string | undefined {
  for (let k = s; k >= 0 && s - k <= LOOK_BACK; k--) {
    const sent = sc.sentences[k];
    const stop = k === s ? at : sent.end;
    const first = sc.people[firstFrom(sc.people, sent.start)];
    if (first && first.span.start < stop) {
      // "The Russian leader, who spent Wednesday with China's Xi Jinping…": the subject is someone not named here
      if (k < s && unnamedSubject(sc.text.slice(sent.start, first.span.start))) return undefined;
      return first.name;
    }
    if (k < s && unnamedSubject(sc.text.slice(sent.start, sent.end))) return undefined;
  }
  return undefined;
}

/** Index of the first person whose span starts at or after `offset` (binary search). */
function firstFrom(people: readonly Named[], offset: number): number {
  let lo = 0;
  let hi = people.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (people[mid].span.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the sentence holding `offset`, or of the last sentence before it. */
export function sentenceIndexAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
