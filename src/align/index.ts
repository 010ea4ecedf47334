/**
 * The alignment stage: decides which claims in different sources speak of the
 * same thing. Claims are first bucketed by a key a check chooses (unit class,
 * person, speaker), then clustered by the similarity of their contexts with
 * average linkage, so that one loose pair cannot chain two subjects together.
 */
import type { Claim, Source } from '../types';
import { claimContext, type ClaimContext } from './context';
import { cosine, Idf } from './similarity';
import { unitSubject } from '../report/units';
import { nameKey } from '../claims/names';
import { personKeys } from './people';

/** Claims that speak of the same thing. */
export interface ClaimGroup {
  key: string;
  members: ClaimContext[];
  /** what the group is about, for people: "number of countries (pledged, committed)" */
  subject: string;
}

/** Largest bucket clustered pairwise; beyond it, claims are clustered in windows (keeps cost bounded). */
const MAX_BUCKET = 400;

export class Alignment {
  private readonly contexts = new Map<string, ClaimContext>();
  private readonly idf = new Idf();
  private readonly byId = new Map<string, Source>();

  constructor(
    readonly sources: readonly Source[],
    readonly claims: readonly Claim[],
  ) {
    for (const s of sources) this.byId.set(s.id, s);
    for (const c of claims) {
      const src = this.byId.get(c.source);
      if (!src) continue;
      const ctx = claimContext(src, c);
      this.contexts.set(c.id, ctx);
      this.idf.add(ctx.bag);
    }
  }

  source(id: string): Source {
    const s = this.byId.get(id);
    if (!s) throw new Error(`unknown source ${id}`);
    return s;
  }

  context(claim: Claim): ClaimContext {
    const c = this.contexts.get(claim.id);
    if (!c) throw new Error(`no context for ${claim.id}`);
    return c;
  }

  private people?: Map<string, string>;

  /**
   * The person a name stands for in this story: spelling variants of one
   * person's name ("Jonathan Pryce", "Jonathon Pryce") give the same key.
   */
  personOf(name: string): string {
    if (!this.people) {
      const names = this.claims.flatMap((c) => (c.kind === 'person' && c.mention === 'full' ? [c.name] : c.kind === 'quote' && c.speaker ? [c.speaker] : []));
      this.people = personKeys(names);
    }
    return this.people.get(name) ?? nameKey(name);
  }

  /** Similarity of two claims' contexts, 0…1. */
  similarity(a: Claim, b: Claim): number {
    return cosine(this.context(a).bag, this.context(b).bag, this.idf);
  }

  /**
   * Cluster `claims` that share a key (claims with no key are left out) and
   * whose contexts are, on average, at least `minSimilarity` alike (a number,
   * or a function of the bucket, for thresholds that depend on what it holds).
   */
  cluster<C extends Claim>(
    claims: readonly C[],
    keyOf: (c: C) => string | undefined,
    minSimilarity: number | ((bucket: readonly C[]) => number),
    apart?: (a: C, b: C) => boolean,
  ): ClaimGroup[] {
    const buckets = new Map<string, C[]>();
    for (const c of claims) {
      const k = keyOf(c);
      if (k === undefined) continue;
      let b = buckets.get(k);
      if (!b) buckets.set(k, (b = []));
      b.push(c);
    }
    const groups: ClaimGroup[] = [];
    for (const [key, bucket] of buckets) {
      const threshold = typeof minSimilarity === 'number' ? minSimilarity : minSimilarity(bucket);
      for (let i = 0; i < bucket.length; i += MAX_BUCKET) {
        for (const members of this.averageLinkage(bucket.slice(i, i + MAX_BUCKET), threshold, apart)) {
          const ctxs = members.map((c) => this.context(c));
          groups.push({ key, members: ctxs, subject: subjectOf(key, ctxs) });
        }
      }
    }
    return groups;
  }

  /**
   * Average-linkage clustering. Cluster similarities are kept in a matrix and
   * updated on each merge (Lance–Williams: the merged cluster's average is the
   * size-weighted mean of its parts'), so a merge costs O(n) to update and
   * O(n²) to find the best pair, instead of re-summing every member pair.
   */
  private averageLinkage<C extends Claim>(items: readonly C[], min: number, apart?: (a: C, b: C) => boolean): C[][] {
    const n = items.length;
    const sim = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      // a cannot-link pair is -∞: any average holding it stays below every threshold
      for (let j = i + 1; j < n; j++) sim[i * n + j] = sim[j * n + i] = apart?.(items[i], items[j]) ? Number.NEGATIVE_INFINITY : this.similarity(items[i], items[j]);
    }
    // live clusters in their original order (merges keep the lower slot, as the list order did)
    const members: number[][] = items.map((_, i) => [i]);
    let live: number[] = items.map((_, i) => i);
    for (;;) {
      let best = -1;
      let bi = -1;
      let bj = -1;
      for (let x = 0; x < live.length; x++) {
        const row = live[x] * n;
        for (let y = x + 1; y < live.length; y++) {
          const avg = sim[row + live[y]];
          if (avg > best) [best, bi, bj] = [avg, live[x], live[y]];
        }
      }
      if (bi < 0 || best < min) break;
      const [a, b] = [members[bi].length, members[bj].length];
      for (const k of live) {
        if (k === bi || k === bj) continue;
        const v = (a * sim[bi * n + k] + b * sim[bj * n + k]) / (a + b);
        sim[bi * n + k] = sim[k * n + bi] = v;
      }
      members[bi] = members[bi].concat(members[bj]);
      live = live.filter((k) => k !== bj);
    }
    return live.map((k) => members[k].sort((x, y) => x - y).map((i) => items[i]));
  }
}

function subjectOf(key: string, members: readonly ClaimContext[]): string {
  const unit = unitSubject(key.split(':').pop() ?? key);
  const preds = new Map<string, number>();
  for (const m of members) if (m.predicateText) preds.set(m.predicateText, (preds.get(m.predicateText) ?? 0) + 1);
  const top = [...preds.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([w]) => w);
  if (top.length) return `${unit} (${top.join(', ')})`;
  // no predicate (dates, durations): the words the members share, heaviest first
  const shared = new Map<string, number>();
  for (const m of members) for (const [k, w] of m.bag) shared.set(k, (shared.get(k) ?? 0) + w);
  const common = [...shared.entries()]
    .filter(([k]) => members.length === 1 || members.filter((m) => m.bag.has(k)).length > 1)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([k]) => members.find((m) => m.surface.has(k))?.surface.get(k) ?? k);
  return common.length ? `${unit} (${common.join(', ')})` : unit;
}
