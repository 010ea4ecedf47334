/**
 * Which articles story grouping compares: beyond a few hundred articles, the
 * pairs that share one of their heaviest terms (a term not shared by too
 * many), published close enough together or undated, each pair once.
 */
import { ALL_PAIRS, forEachCandidates, heaviest } from '../../src/align/story-pairs';
import { rng } from '../bench/generate';

/** Every pair forEachCandidates offers, as "i,j" with i < j; fails on a pair offered twice. */
function offered(vectors: Array<{ ids: number[]; weights: number[] }>, days: Array<number | undefined>, maxDays: number): Set<string> {
  const out = new Set<string>();
  forEachCandidates(vectors, days, maxDays, (i, candidates) => {
    for (const j of candidates) {
      const key = `${Math.min(i, j)},${Math.max(i, j)}`;
      expect(out.has(key)).toBe(false);
      out.add(key);
    }
  });
  return out;
}

/** The pairs by the definition, compared with every other article. */
function expected(vectors: Array<{ ids: number[]; weights: number[] }>, days: Array<number | undefined>, maxDays: number, indexTerms: number, maxPostings: number): Set<string> {
  const tops = vectors.map((v) => new Set(heaviest(v.ids, v.weights, indexTerms)));
  const sharedBy = new Map<number, number>();
  for (const t of tops) for (const term of t) sharedBy.set(term, (sharedBy.get(term) ?? 0) + 1);
  const out = new Set<string>();
  for (let i = 0; i < vectors.length; i++) {
    for (let j = i + 1; j < vectors.length; j++) {
      const [a, b] = [days[i], days[j]];
      if (a !== undefined && b !== undefined && Math.abs(a - b) > maxDays) continue;
      if ([...tops[i]].some((term) => tops[j].has(term) && (sharedBy.get(term) as number) <= maxPostings)) out.add(`${i},${j}`);
    }
  }
  return out;
}

describe('story candidate pairs', () => {
  it.each([
    ['every article dated', 0],
    ['a fifth undated', 0.2],
  ])('%s: the pairs that share a distinctive term, once each', (_, undatedShare) => {
    const r = rng(7);
    const n = ALL_PAIRS + 200;
    // terms 0–599 rare, 600–609 in nearly every article (too common to tell stories apart)
    const vectors = Array.from({ length: n }, () => {
      const ids = new Set<number>();
      while (ids.size < 20) ids.add(Math.floor(r() * 600));
      for (let c = 600; c < 610; c++) if (r() < 0.95) ids.add(c);
      const list = [...ids];
      return { ids: list, weights: list.map((id) => (id >= 600 ? 5 : 1) + Math.floor(r() * 4)) };
    });
    const days = vectors.map(() => (r() < undatedShare ? undefined : Math.floor(r() * 60)));
    const got = offered(vectors, days, 14);
    expect(got.size).toBeGreaterThan(1000);
    expect(got).toEqual(expected(vectors, days, 14, 15, 500));
  });
});
