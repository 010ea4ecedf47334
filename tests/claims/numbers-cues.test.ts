/**
 * The quantity extractor tokenizes only sentences its cue test lets through
 * (numbers-cues.ts): the test must let through every sentence where a number
 * starts at some token ({@link parseNumber}, where {@link mayStartNumber}
 * lets it try), or where a percent word stands. Checked over every sentence of the seeds and the test corpus,
 * every string of the number and quantity tests, and stretches cut anywhere.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mayStartNumber, parseNumber, tokenize } from '../../src/claims/numbers';
import { QUANTITY_CUES } from '../../src/claims/quantities';
import { sentencesOf } from '../../src/claims/sentences';
import { readSources } from '../../src/sources';

const ROOT = path.resolve(__dirname, '..', '..');

/** Does a number start at some token of `text[start, end)`, or a percent word stand there (where the quantity extractor starts reading)? */
function mayHoldQuantity(text: string, start: number, end: number): boolean {
  const t = tokenize(text, start, end);
  return t.some((tok, i) => (mayStartNumber(t, i) && parseNumber(t, i) !== null) || tok.lower === 'percent' || tok.lower === 'percents' || tok.lower === 'per');
}

describe('the quantity cue test', () => {
  const stretches: Array<[string, number, number]> = [];
  const { sources } = readSources([path.join(ROOT, 'seeds'), path.join(ROOT, 'tests', 'corpus')], { cwd: ROOT });
  for (const s of sources) for (const sentence of sentencesOf(s.text, s.sections)) stretches.push([s.text, sentence.start, sentence.end]);
  for (const f of fs.readdirSync(__dirname).filter((n) => /^(?:numbers|quantities|money|percent|ordinals)/.test(n) && n.endsWith('.ts'))) {
    for (const m of fs.readFileSync(path.join(__dirname, f), 'utf8').matchAll(/'((?:[^'\\\n]|\\.){2,})'|"((?:[^"\\\n]|\\.){2,})"/g)) {
      const text = m[1] ?? m[2];
      stretches.push([text, 0, text.length]);
    }
  }
  let seed = 11;
  const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % Math.max(1, n));
  for (const s of sources) {
    for (let k = 0; k < 40; k++) {
      const start = next(s.text.length);
      stretches.push([s.text, start, Math.min(s.text.length, start + 1 + next(120))]);
    }
  }

  it('lets through every stretch where a number may start', () => {
    expect(stretches.length).toBeGreaterThan(3000);
    const misses: string[] = [];
    let holding = 0;
    for (const [text, start, end] of stretches) {
      if (!mayHoldQuantity(text, start, end)) continue;
      holding++;
      if (!QUANTITY_CUES.test(text, start, end)) misses.push(JSON.stringify(text.slice(start, end)));
    }
    expect(misses).toEqual([]);
    expect(holding).toBeGreaterThan(1000);
  });

  it('turns away a sentence with no figure and no number word', () => {
    const text = 'Local owners described the plan as a turning point for the community.';
    expect(QUANTITY_CUES.test(text, 0, text.length)).toBe(false);
    expect(QUANTITY_CUES.test('A dozen boats sank.', 0, 19)).toBe(true);
    expect(QUANTITY_CUES.test('Rates rose half a point.', 0, 24)).toBe(true);
  });
});
