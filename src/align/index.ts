/**
 * The alignment stage: decides which claims in different sources speak of the
 * same thing. Claims are first bucketed by a key a check chooses (unit class,
 * person, speaker), then clustered by the similarity of their contexts with
 * average linkage, so that one loose pair cannot chain two subjects together.
 */
import type { Claim, Source } from '../types';
import { claimContext, forEachContextKey, hasPredicate, SentenceTokens, surfaceOf, type ClaimContext } from './context';
import { linkClusters } from './linkage';
import { Idf, SpreadBag, Vocabulary, weightedCosine, type WeightedBag } from './similarity';
import { unitSubject } from '../report/units';
import { nameKey } from '../claims/names';
import { personKeys } from './people';
import { heaviest } from './story-pairs';

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
  /** each claim object's context, once looked up by id (checks ask for the same claims' contexts many times) */
  private readonly known = new Map<Claim, ClaimContext>();
  /** contexts' bags weighted by the finished IDF, made when first compared */
  private readonly weighted = new Map<ClaimContext, WeightedBag>();
  private readonly vocabulary = new Vocabulary();
  /** for the cosines of clustering: see {@link spreadBag} */
  private spread?: SpreadBag;
  private spreadSize = 0;

  /** claims whose context is made when first asked for (by id); their words already count in the IDF */
  private readonly later = new Map<string, Claim>();
  private readonly sentences = new SentenceTokens();

  constructor(
    readonly sources: readonly Source[],
    readonly claims: readonly Claim[],
  ) {
    for (const s of sources) this.byId.set(s.id, s);
    const see = (key: string): void => this.idf.see(key);
    for (const c of claims) {
      const src = this.byId.get(c.source);
      if (!src) continue;
      if (hasPredicate(c)) {
        const ctx = claimContext(src, c, this.sentences);
        this.contexts.set(c.id, ctx);
        this.later.delete(c.id);
        this.idf.add(ctx.bag);
      } else {
        // people, quotes and durations: their words count now, their contexts are made if a check compares them
        this.idf.begin();
        forEachContextKey(src, c, this.sentences, see);
        this.later.set(c.id, c);
        this.contexts.delete(c.id);
      }
    }
  }

  source(id: string): Source {
    const s = this.byId.get(id);
    if (!s) throw new Error(`unknown source ${id}`);
    return s;
  }

  context(claim: Claim): ClaimContext {
    let c = this.known.get(claim);
    if (c) return c;
    c = this.contexts.get(claim.id);
    if (!c) {
      const pending = this.later.get(claim.id);
      if (!pending) throw new Error(`no context for ${claim.id}`);
      c = claimContext(this.source(pending.source), pending, this.sentences);
      this.contexts.set(claim.id, c);
      this.later.delete(claim.id);
    }
    this.known.set(claim, c);
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
    let key = this.people.get(name);
    // a name no full mention gave (a surname alone) is keyed once: checks ask for the same names again and again
    if (key === undefined) this.people.set(name, (key = nameKey(name)));
    return key;
  }

  /** Similarity of two claims' contexts, 0…1. */
  similarity(a: Claim, b: Claim): number {
    return weightedCosine(this.weightedBag(a), this.weightedBag(b));
  }

  private weightedBag(claim: Claim): WeightedBag {
    const context = this.context(claim);
    let w = this.weighted.get(context);
    if (!w) this.weighted.set(context, (w = this.vocabulary.weigh(context.bag, this.idf)));
    return w;
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
    apart?: (a: C, b: C, similarity: () => number) => boolean,
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
      const unit = unitSubject(key.split(':').pop() ?? key);
      const threshold = typeof minSimilarity === 'number' ? minSimilarity : minSimilarity(bucket);
      for (let i = 0; i < bucket.length; i += MAX_BUCKET) {
        const window = bucket.slice(i, i + MAX_BUCKET);
        const pairs = new PairSimilarity(window.map((c) => this.weightedBag(c)), this.spreadBag());
        // a cannot-link pair is -∞: any average holding it stays below every threshold
        const similarity = (x: number, y: number): number => {
          pairs.at(x, y);
          return apart?.(window[x], window[y], pairs.get) ? Number.NEGATIVE_INFINITY : pairs.get();
        };
        for (const members of linkClusters(window, similarity, threshold)) {
          const ctxs = members.map((c) => this.context(c));
          groups.push({ key, members: ctxs, subject: subjectOf(unit, ctxs) });
        }
      }
    }
    return groups;
  }

  /** A bag spread over every word number so far, shared by the windows of every clustering (one clusters at a time). */
  private spreadBag(): SpreadBag {
    if (!this.spread || this.spreadSize < this.vocabulary.size) {
      // grown with room: each check's clustering may number new words
      this.spreadSize = Math.max(this.vocabulary.size, 2 * this.spreadSize);
      this.spread = new SpreadBag(this.spreadSize);
    }
    return this.spread;
  }
}

/**
 * Similarities of the pairs of a window, row by row (the first bag of a row
 * is spread once for its cosines with all later ones), worked out when first
 * asked for: a check that keeps a pair apart may ask first.
 */
class PairSimilarity {
  private row = -1;
  private x = 0;
  private y = 0;
  private known = false;
  private value = 0;

  /** `spread`: spread over (at least) every word of `bags`; whatever it holds is spread over before it is read. */
  constructor(
    private readonly bags: readonly WeightedBag[],
    private readonly spread: SpreadBag,
  ) {}

  /** The pair asked about next (x < y). */
  at(x: number, y: number): void {
    this.x = x;
    this.y = y;
    this.known = false;
  }

  /** The cosine of the pair, as {@link Alignment.similarity} gives it. */
  readonly get = (): number => {
    if (this.known) return this.value;
    if (this.row !== this.x) {
      this.spread.spread(this.bags[this.x]);
      this.row = this.x;
    }
    this.value = this.spread.cosineWith(this.bags[this.y]);
    this.known = true;
    return this.value;
  };
}

/** What a group of a bucket (its unit told once for all its groups) is about: its predicates, else the words its members share. */
function subjectOf(unit: string, members: readonly ClaimContext[]): string {
  const preds = new Map<string, number>();
  for (const m of members) if (m.predicateText) preds.set(m.predicateText, (preds.get(m.predicateText) ?? 0) + 1);
  // the three most frequent, the first met of equals first (as a stable sort puts them), without sorting them all
  if (preds.size) return `${unit} (${heaviest([...preds.keys()], [...preds.values()], 3).join(', ')})`;
  // no predicate (dates, durations): the words the members share, heaviest first
  const shared = new Map<string, number>();
  for (const m of members) for (const [k, w] of m.bag) shared.set(k, (shared.get(k) ?? 0) + w);
  const keys: string[] = [];
  const weights: number[] = [];
  for (const [k, w] of shared) {
    if (members.length > 1 && !heldByTwo(members, k)) continue;
    keys.push(k);
    weights.push(w);
  }
  const common = heaviest(keys, weights, 3).map((k) => firstSurface(members, k) ?? k);
  return common.length ? `${unit} (${common.join(', ')})` : unit;
}

/** Whether at least two members' bags hold `key`. */
function heldByTwo(members: readonly ClaimContext[], key: string): boolean {
  let n = 0;
  for (const m of members) if (m.bag.has(key) && ++n > 1) return true;
  return false;
}

/** How `key` is written in the first member whose sentence has it. */
function firstSurface(members: readonly ClaimContext[], key: string): string | undefined {
  for (const m of members) {
    const s = surfaceOf(m, key);
    if (s !== undefined) return s;
  }
  return undefined;
}
