/**
 * The Porter stems of the synonym data's words are worked out when crosscheck
 * is built, not on every run (src/align/stems.generated.ts): a lint of a few
 * articles spent ~2 ms stemming them. Each must be the stem the stemmer gives.
 * After changing the concepts or speech verbs in rules/data/synonyms.json:
 * CROSSCHECK_WRITE_STEMS=1 npx jest tests/align/stems.test.ts
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import stemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { STEMS } from '../../src/align/stems.generated';
import { wordKey } from '../../src/align/words';

const ROOT = path.resolve(__dirname, '..', '..');
const GENERATED = path.join(ROOT, 'src', 'align', 'stems.generated.ts');

interface SynonymData {
  concepts: Record<string, string[]>;
  speechVerbs: string[];
}

function generate(): string {
  const data = JSON.parse(fs.readFileSync(path.join(ROOT, 'rules', 'data', 'synonyms.json'), 'utf8')) as SynonymData;
  const words = [...new Set([...Object.values(data.concepts).flat(), ...data.speechVerbs].map((w) => w.toLowerCase()))].sort();
  const pairs = words.map((w) => JSON.stringify([w, stemmer.stem(w)])).join(',\n  ');
  return [
    '// Generated from rules/data/synonyms.json through tests/align/stems.test.ts: do not edit; after changing',
    '// its concepts or speech verbs, run `CROSSCHECK_WRITE_STEMS=1 npx jest tests/align/stems.test.ts`.',
    '/** The Porter stem of each word (lower case) of the synonym data\'s concepts and speech verbs. */',
    `export const STEMS: ReadonlyMap<string, string> = new Map<string, string>([\n  ${pairs},\n]);`,
    '',
  ].join('\n');
}

describe('stems of the synonym data, worked out ahead', () => {
  const expected = generate();
  if (process.env.CROSSCHECK_WRITE_STEMS === '1') fs.writeFileSync(GENERATED, expected);

  it('are the stemmer\'s stems of the words now in rules/data/synonyms.json', () => {
    expect(fs.readFileSync(GENERATED, 'utf8') === expected).toBe(true);
    for (const [w, s] of STEMS) expect([w, s]).toEqual([w, stemmer.stem(w)]);
  });

  it('give words the keys of their concepts, stemmed or not', () => {
    // listed as they are ("pledged"), or reaching a listed word through its stem ("pledges", "commits", "offering")
    expect(['pledged', 'pledges', 'commits', 'offering'].map(wordKey)).toEqual(['pledge', 'pledge', 'pledge', 'provide']);
  });
});
