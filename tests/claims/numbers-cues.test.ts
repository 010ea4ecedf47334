/**
 * The quantity extractor tokenizes only sentences its cue test lets through
 * (numbers-cues.ts): the test must let through every sentence where a number
 * starts at some token ({@link parseNumber}, where {@link mayStartNumber}
 * lets it try), or where a percent word stands. Checked over every sentence of the seeds and the test corpus,
 * every string of the number and quantity tests, and stretches cut anywhere.
 */
import { mayStartNumber, parseNumber } from '../../src/claims/numbers';
import { tokenize } from '../../src/claims/numbers-tokens';
import { QUANTITY_CUES } from '../../src/claims/quantities';
import { CUE, cueBits, QUANTITY } from '../../src/claims/sentence-cues';
import { gateStretches } from './gate-stretches';

/** Does a number start at some token of `text[start, end)`, or a percent word stand there (where the quantity extractor starts reading)? */
function mayHoldQuantity(text: string, start: number, end: number): boolean {
  const t = tokenize(text, start, end);
  return t.some((tok, i) => (mayStartNumber(t, i) && parseNumber(t, i) !== null) || tok.lower === 'percent' || tok.lower === 'percents' || tok.lower === 'per');
}

describe('the quantity cue test', () => {
  const stretches = gateStretches({ testFiles: /^(?:numbers|quantities|money|percent|ordinals)/, minString: 2, seed: 11, maxCut: 120 });

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

  it('the pipeline’s cue pass (sentence-cues.ts) sets its QUANTITY or digit bit wherever a number may start, and wherever the test says yes', () => {
    const cued = (text: string, start: number, end: number): boolean => (cueBits(text, start, end) & (CUE.digit | QUANTITY)) !== 0;
    const misses: string[] = [];
    let yes = 0;
    for (const [text, start, end] of stretches) {
      if (!QUANTITY_CUES.test(text, start, end) && !mayHoldQuantity(text, start, end)) continue;
      yes++;
      if (!cued(text, start, end)) misses.push(JSON.stringify(text.slice(start, end)));
    }
    expect(misses).toEqual([]);
    expect(yes).toBeGreaterThan(1000);
    for (const text of ['A dozen boats sank.', 'Rates rose half a point.', 'It fell to a third.', 'An eighth went.', 'Two dz eggs.', 'It cost ½ of that.', 'Sales rose (percent unknown).']) expect(cued(text, 0, text.length)).toBe(true);
    // an ordinal counts only after "a" or "an"; a number word inside a longer word does not count
    for (const text of ['Local owners described the plan as a turning point for the community.', 'The third round began.', 'Someone was there.', 'A-third went.']) expect(cued(text, 0, text.length)).toBe(false);
  });

  it('turns away a sentence with no figure and no number word', () => {
    const text = 'Local owners described the plan as a turning point for the community.';
    expect(QUANTITY_CUES.test(text, 0, text.length)).toBe(false);
    expect(QUANTITY_CUES.test('A dozen boats sank.', 0, 19)).toBe(true);
    expect(QUANTITY_CUES.test('Rates rose half a point.', 0, 24)).toBe(true);
  });
});
