/**
 * Holds claim normalization on the Recognizers-Text English specs at the floor
 * reached, so accuracy cannot fall unnoticed (`npm run bench:specs` prints the
 * table). The specs sit in ../shared/peer-specs beside the repository.
 */
import { runSpecs } from '../bench/specs/figures';

const figures = new Map(runSpecs().map((f) => [f.model, f]));

/** model → matched share (span and value) reached, in percent */
const FLOORS: Record<string, number> = {
  number: 95.3,
  numberrange: 89,
  percent: 100,
  currency: 94,
  ordinal: 100,
  datetime: 85.9,
};

describe('claim normalization on the peer specs', () => {
  it.each(Object.entries(FLOORS))('%s model: at least %d% of cases match on span and value', (model, floor) => {
    const f = figures.get(model as never);
    expect(f).toBeDefined();
    expect(f?.errors).toBe(0);
    expect(f?.matchedPct).toBeGreaterThanOrEqual(floor);
  });
});
