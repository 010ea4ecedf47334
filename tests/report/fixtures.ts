/**
 * Small hand-made reports for the reporter tests: three sources (one Markdown
 * file whose text starts after its front matter, two plain texts), claims
 * located by their text, and one quantity finding with evidence.
 */
import { identity, TextBuilder } from '../../src/sources/offset-map';
import { locateSpan } from '../../src/sources/position';
import type { Claim, Evidence, Finding, NewClaim, Report, Source } from '../../src/types';

export const RAW_A = [
  '---',
  'title: "Allies pledge troops"',
  'date: 2025-09-05',
  '---',
  '',
  'Leaders said 26 dozen countries had pledged troops on Friday.',
  'Kremlin spokesman Dmitry Peskov said it was "unacceptable" for Ukraine.',
  '',
].join('\n');

/** A Markdown source: its text is the raw file after the front matter, so text and raw offsets differ. */
export function markdownSource(): Source {
  const bodyStart = RAW_A.indexOf('Leaders');
  const { text, map } = new TextBuilder(RAW_A).copy(bodyStart, RAW_A.length).build();
  return {
    id: 'a',
    path: 'stories/a.md',
    format: 'markdown',
    title: 'Allies pledge troops',
    published: '2025-09-05',
    publishedFrom: 'stated',
    raw: RAW_A,
    text,
    map,
    sections: [{ kind: 'body', start: 0, end: text.length }],
  };
}

/** A plain-text source whose text is its raw file. */
export function plainSource(id: string, raw: string, extra: Partial<Source> = {}): Source {
  const { text, map } = identity(raw);
  return { id, path: `stories/${id}.txt`, format: 'plain', raw, text, map, sections: [{ kind: 'body', start: 0, end: text.length }], ...extra };
}

/** The span of the `nth` occurrence of `needle` in the source's text (test set-up only: the code under test never searches). */
export function spanOf(source: Source, needle: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = source.text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not in ${source.id}`);
  }
  return { start: at, end: at + needle.length };
}

/** A claim of `source` over `needle`, with the given kind-specific fields. */
export function claimAt(source: Source, n: number, needle: string, fields: DistributiveFields): Claim {
  const span = spanOf(source, needle);
  return { id: `${source.id}#${n}`, source: source.id, span, sentence: span, section: 'body', ...fields } as Claim;
}

type DistributiveFields = NewClaim extends infer T ? (T extends unknown ? Omit<T, 'source' | 'span' | 'sentence' | 'section'> : never) : never;

/** Evidence the way the rules engine makes it: the claim located, with its value. */
export function evidenceAt(source: Source, needle: string, value: unknown, unit?: string): Evidence {
  return { ...locateSpan(source, spanOf(source, needle)), value, unit };
}

export const SOURCE_B_RAW = 'Officials said 26 countries pledged support.\nThe meeting lasted 40 minutes.\n';
export const SOURCE_C_RAW = 'On Thursday 26 nations agreed to send troops.\n';

/** One finding: source a says 312 countries, b and c say 26. */
export function sampleReport(): Report {
  const a = markdownSource();
  const b = plainSource('b', SOURCE_B_RAW, { title: 'Pledges', author: 'Jane Doe', outlet: 'The Daily' });
  const c = plainSource('c', SOURCE_C_RAW);
  const evA = evidenceAt(a, '26 dozen countries', 312, 'country');
  const evB = evidenceAt(b, '26 countries', 26, 'country');
  const evC = evidenceAt(c, '26 nations', 26, 'country');
  const finding: Finding = {
    ruleId: 'quantity-mismatch',
    severity: 'error',
    message: 'Sources disagree on how many countries pledged troops',
    subject: 'countries pledging troops',
    majority: { value: 26, unit: 'country', display: '26 country' },
    sides: [
      { value: 312, unit: 'country', display: '312 country', sources: ['a'], evidence: [evA] },
      { value: 26, unit: 'country', display: '26 country', sources: ['b', 'c'], evidence: [evB, evC] },
    ],
    evidence: [evA, evB, evC],
  };
  return { sources: [a, b, c], claims: [], findings: [finding], stats: { sources: 3, claims: 12, findings: 1, ms: 7 } };
}

/** Claims of every kind over the sample sources, for the `claims` reporters. */
export function claimsReport(): Report {
  const a = markdownSource();
  const b = plainSource('b', SOURCE_B_RAW);
  const claims: Claim[] = [
    claimAt(a, 1, '26 dozen countries', { kind: 'quantity', value: 312, unit: 'country', noun: 'countries', qualifier: 'exact', multiplier: 'dozen' }),
    claimAt(a, 2, 'Friday', { kind: 'date', value: '2025-09-05', precision: 'day', resolvedFrom: 'published', weekday: 5 }),
    claimAt(a, 3, 'Kremlin spokesman Dmitry Peskov', { kind: 'person', name: 'Dmitry Peskov', role: 'Kremlin spokesman', mention: 'full' }),
    claimAt(a, 4, '"unacceptable"', { kind: 'quote', quote: 'unacceptable', speaker: 'Dmitry Peskov', fragment: true }),
    claimAt(b, 1, '26 countries', { kind: 'quantity', min: 26, max: Infinity, unit: 'country', noun: 'countries', qualifier: 'at-least' }),
    claimAt(b, 2, '40 minutes', { kind: 'duration', value: 40, unit: 'minute', qualifier: 'exact' }),
  ];
  return { sources: [a, b], claims, findings: [], stats: { sources: 2, claims: claims.length, findings: 0, ms: 3 } };
}
