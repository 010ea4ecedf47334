/**
 * Holds crosscheck's findings on the development corpus (tests/corpus) at the
 * precision and recall reached, so quality cannot fall unnoticed. The figures
 * themselves are printed by `npm run bench:quality`.
 */
import { measureQuality } from '../bench/quality-figures';

const figures = measureQuality();

describe('findings on the development corpus', () => {
  it('reads every article and marker', () => {
    expect(figures.problems).toEqual([]);
    expect(figures.stories).toBeGreaterThanOrEqual(12);
  });

  it('keeps precision and recall of conflicts at or above the targets (0.9 / 0.85)', () => {
    expect(figures.conflicts.precision).toBeGreaterThanOrEqual(0.9);
    expect(figures.conflicts.recall).toBeGreaterThanOrEqual(0.85);
  });

  it('reports no finding across stories and no update as a conflict', () => {
    expect(figures.crossStory).toEqual([]);
    expect(figures.updatesAsConflicts).toEqual([]);
  });

  it('keeps trap hits at warning or above at or below the floor reached', () => {
    expect(figures.traps.hits.length).toBeLessThanOrEqual(4);
  });

  it('finds spelling variants of names', () => {
    expect(figures.variants.recall).toBeGreaterThanOrEqual(0.8);
  });
});
