/**
 * Average-linkage clustering of a few hundred items. Cluster similarities are
 * kept in a matrix and updated on each merge (Lance–Williams: the merged
 * cluster's average is the size-weighted mean of its parts'), and each
 * cluster remembers its most similar later cluster, so a merge costs O(n)
 * (plus a rescan of the rows whose best partner took part in it) instead of a
 * search of every pair.
 *
 * The pair merged is always the most similar one, the first in item order
 * among equals: the clusters are the same as a search of every pair gives.
 */

/**
 * Clusters of `items` whose average similarity is at least `min`, each in
 * item order, in the order of their first items. `similarity(i, j)` (i < j)
 * is called once per pair; -∞ keeps a pair apart for good.
 */
export function linkClusters<T>(items: readonly T[], similarity: (i: number, j: number) => number, min: number): T[][] {
  const n = items.length;
  if (n === 1) return [[items[0]]];
  const { sim, alive, size, bestOf, bestSim } = buffers(n);
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) sim[i * n + j] = sim[j * n + i] = similarity(i, j);
  alive.fill(1, 0, n);
  size.fill(1, 0, n);
  const members: number[][] = items.map((_, i) => [i]);
  // for each live cluster: its most similar live cluster after it (the first among equals), and how similar
  bestOf.fill(-1, 0, n);
  bestSim.fill(-1, 0, n);
  const rescan = (i: number): void => {
    let b = -1;
    let s = -1;
    const row = i * n;
    for (let j = i + 1; j < n; j++) {
      if (alive[j] && sim[row + j] > s) {
        s = sim[row + j];
        b = j;
      }
    }
    bestOf[i] = b;
    bestSim[i] = s;
  };
  for (let i = 0; i < n; i++) rescan(i);
  for (;;) {
    // the most similar pair: a search of every pair, in order, keeps the first of equals
    let bi = -1;
    let best = -1;
    for (let i = 0; i < n; i++) {
      if (alive[i] && bestOf[i] >= 0 && bestSim[i] > best) {
        best = bestSim[i];
        bi = i;
      }
    }
    if (bi < 0 || best < min) break;
    const bj = bestOf[bi];
    const a = size[bi];
    const b = size[bj];
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === bi || k === bj) continue;
      const v = (a * sim[bi * n + k] + b * sim[bj * n + k]) / (a + b);
      sim[bi * n + k] = sim[k * n + bi] = v;
    }
    alive[bj] = 0;
    size[bi] = a + b;
    members[bi] = members[bi].concat(members[bj]);
    rescan(bi);
    for (let k = 0; k < bj; k++) {
      if (!alive[k] || k === bi) continue;
      if (bestOf[k] === bi || bestOf[k] === bj) rescan(k);
      else if (k < bi) {
        // only its similarity to the merged cluster changed
        const v = sim[k * n + bi];
        if (v > bestSim[k] || (v === bestSim[k] && bi < bestOf[k])) {
          bestSim[k] = v;
          bestOf[k] = bi;
        }
      }
    }
  }
  const out: T[][] = [];
  for (let i = 0; i < n; i++) if (alive[i]) out.push(members[i].sort((x, y) => x - y).map((k) => items[k]));
  return out;
}

interface Buffers {
  sim: Float64Array;
  alive: Uint8Array;
  size: Float64Array;
  bestOf: Int32Array;
  bestSim: Float64Array;
}

let kept: Buffers | undefined;

/** Work arrays for `n` items, reused from one clustering to the next (a matrix of a few hundred items is a megabyte). */
function buffers(n: number): Buffers {
  if (!kept || kept.alive.length < n) {
    const m = Math.max(n, 2 * (kept?.alive.length ?? 32));
    kept = { sim: new Float64Array(m * m), alive: new Uint8Array(m), size: new Float64Array(m), bestOf: new Int32Array(m), bestSim: new Float64Array(m) };
  }
  return kept;
}
