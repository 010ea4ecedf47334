import { linkClusters } from '../../src/align/linkage';

/** A seeded PRNG (mulberry32), so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Average linkage by a search of every pair of live clusters on each merge,
 * over the same Lance–Williams matrix (so that averages are the same numbers
 * to the last bit and ties fall the same way).
 */
function bySearchOfEveryPair(n: number, similarity: (i: number, j: number) => number, min: number): number[][] {
  const sim = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) sim[i * n + j] = sim[j * n + i] = similarity(i, j);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  let live = Array.from({ length: n }, (_, i) => i);
  for (;;) {
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (let x = 0; x < live.length; x++) {
      for (let y = x + 1; y < live.length; y++) {
        const avg = sim[live[x] * n + live[y]];
        if (avg > best) [best, bi, bj] = [avg, live[x], live[y]];
      }
    }
    if (bi < 0 || best < min) break;
    const [a, b] = [members[bi].length, members[bj].length];
    for (const k of live) {
      if (k === bi || k === bj) continue;
      sim[bi * n + k] = sim[k * n + bi] = (a * sim[bi * n + k] + b * sim[bj * n + k]) / (a + b);
    }
    members[bi] = members[bi].concat(members[bj]);
    live = live.filter((k) => k !== bj);
  }
  return live.map((k) => members[k].sort((x, y) => x - y));
}

describe('average-linkage clustering', () => {
  it('merges the same clusters as a search of every pair, with ties, cannot-links and coarse similarities', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const r = rng(seed);
      const n = 2 + Math.floor(r() * 40);
      // few distinct values, so equal averages (ties) are common
      const levels = seed % 3 === 0 ? 4 : 20;
      const table = new Map<string, number>();
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) table.set(`${i},${j}`, r() < 0.05 ? Number.NEGATIVE_INFINITY : Math.floor(r() * levels) / levels);
      const sim = (i: number, j: number): number => table.get(`${i},${j}`) as number;
      const min = [0.3, 0.5, 0.05][seed % 3];
      const items = Array.from({ length: n }, (_, i) => i);
      expect(linkClusters(items, sim, min)).toEqual(bySearchOfEveryPair(n, sim, min));
    }
  });

  it('keeps a cannot-link pair apart however alike the rest is', () => {
    const sim = (i: number, j: number): number => (i === 0 && j === 2 ? Number.NEGATIVE_INFINITY : 0.9);
    expect(linkClusters(['a', 'b', 'c'], sim, 0.3)).toEqual([['a', 'b'], ['c']]);
  });
});
