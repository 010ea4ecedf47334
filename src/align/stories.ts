/**
 * Stories: which articles report the same story. Claims are compared only
 * within a story, so a folder of many stories gives no cross-story finding.
 *
 * Each article becomes a TF-IDF vector of its content words (names weigh
 * double: they tell stories apart best). Up to a few hundred articles every
 * pair is compared; beyond that, candidate pairs come from an inverted index
 * of each article's heaviest terms, so the cost grows with the articles that
 * share words, not with all pairs. A pair joins when its cosine passes the
 * threshold and the published dates are close (single link).
 */
import type { Source, Story } from '../types';

export type { Story };
import { Vocabulary, weightedCosine } from './similarity';
import { isUpperAt } from './scan';
import { scanKeys } from './words';


export interface StoryOptions {
  /** cosine of article vectors at or above which two articles are one story */
  minSimilarity?: number;
  /** articles published further apart than this are never joined */
  maxDays?: number;
}

/** Up to this many articles every pair is compared; beyond, only pairs that share a distinctive term. */
const ALL_PAIRS = 400;
const INDEX_TERMS = 15;
const MAX_POSTINGS = 500;

interface Doc {
  source: Source;
  bag: Map<string, number>;
  day?: number;
}

/**
 * Call `term` for each claim-bearing word of a source that story vectors
 * count (its key, where it is, whether it is capitalized inside a sentence,
 * its section's weight), until it returns true.
 */
function forEachTerm(source: Source, term: (key: string, start: number, end: number, proper: boolean, weight: number) => boolean | void): void {
  const text = source.text;
  for (const sec of source.sections) {
    if (sec.kind === 'boilerplate') continue;
    const weight = sec.kind === 'title' || sec.kind === 'excerpt' ? 2 : 1;
    let stop = false;
    scanKeys(text, sec.start, sec.end, (key, start, end) => {
      if (key.length < 3) return false;
      const proper = isUpperAt(text, start) && start > sec.start && !/[.!?"“]\s*$/.test(text.slice(Math.max(sec.start, start - 3), start));
      stop = term(key, start, end, proper, weight) === true;
      return stop;
    });
    if (stop) return;
  }
}

/** How `key` is first written in `source` (for story labels), if it is. */
function surfaceOf(source: Source, key: string): string | undefined {
  let found: string | undefined;
  forEachTerm(source, (k, start, end) => {
    if (k !== key) return false;
    found = source.text.slice(start, end).replace(/[’']s$/, '');
    return true;
  });
  return found;
}

function docOf(source: Source): Doc {
  const counts = new Map<string, number>();
  forEachTerm(source, (key, _start, _end, proper, weight) => {
    counts.set(key, (counts.get(key) ?? 0) + weight * (proper ? 2 : 1));
  });
  const day = source.published ? Date.parse(`${source.published.slice(0, 10)}T00:00:00Z`) / 86_400_000 : undefined;
  return { source, bag: counts, day: Number.isFinite(day) ? day : undefined };
}

/** Group sources into stories. */
export function groupStories(sources: readonly Source[], opts: StoryOptions = {}): Story[] {
  const minSimilarity = opts.minSimilarity ?? 0.12;
  const maxDays = opts.maxDays ?? 14;
  const docs = sources.map(docOf);
  // inverse document frequency over this run's articles
  const df = new Map<string, number>();
  for (const d of docs) for (const k of d.bag.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = docs.length;
  // smoothed IDF: words every article shares (one story) still count
  const vectors = docs.map((d) => {
    const v = new Map<string, number>();
    for (const [k, c] of d.bag) v.set(k, Math.log(1 + c) * Math.log(1 + n / (df.get(k) ?? 1)));
    return v;
  });
  const vocabulary = new Vocabulary();
  const bags = vectors.map((v) => vocabulary.weigh(v));
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  // pairs found too unlike: a pair that shares several heavy terms is offered once per term
  const unlike = new Set<number>();
  const join = (i: number, j: number): void => {
    if (find(i) === find(j)) return;
    const di = docs[i].day;
    const dj = docs[j].day;
    if (di !== undefined && dj !== undefined && Math.abs(di - dj) > maxDays) return;
    const pair = i * n + j;
    if (unlike.has(pair)) return;
    if (weightedCosine(bags[i], bags[j]) >= minSimilarity) parent[find(j)] = find(i);
    else unlike.add(pair);
  };
  if (n <= ALL_PAIRS) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) join(i, j);
  } else {
    visitCandidatePairs(vectors, docs.map((d) => d.day), maxDays, join);
  }
  const groups = new Map<number, number[]>();
  // pushed, not copied: a copy per member was quadratic when thousands of articles are one story
  docs.forEach((_, i) => {
    const members = groups.get(find(i));
    if (members) members.push(i);
    else groups.set(find(i), [i]);
  });
  const used = new Set<string>();
  // the next number to try for a stem, so thousands of stories with one label do not retry every number
  const nextK = new Map<string, number>();
  return [...groups.values()].map((members) => {
    const label = labelOf(members.map((i) => docs[i]), members.map((i) => vectors[i]));
    let id = label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'story';
    if (used.has(id)) {
      const stem = id.replace(/-\d+$/, '');
      let k = nextK.get(stem) ?? 2;
      while (used.has(`${stem}-${k}`)) k++;
      id = `${stem}-${k}`;
      nextK.set(stem, k + 1);
    }
    used.add(id);
    return { id, label, sources: members.map((i) => docs[i].source.id) };
  });
}

/**
 * Visit the pairs of articles that share one of their heaviest terms and
 * were published at most `maxDays` apart (or are undated), through an
 * inverted index, so cost follows overlap. A pair that shares several terms
 * is visited once per term: whether two articles join does not depend on the
 * order pairs come in, and the visitor skips pairs already in one story.
 * Each term's articles are taken in date order, so a pair too far apart in
 * time is never looked at.
 */
function visitCandidatePairs(vectors: ReadonlyArray<Map<string, number>>, days: ReadonlyArray<number | undefined>, maxDays: number, visit: (i: number, j: number) => void): void {
  const index = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    for (const term of heaviest(v, INDEX_TERMS)) {
      const list = index.get(term);
      if (list) list.push(i);
      else index.set(term, [i]);
    }
  });
  const pair = (a: number, b: number): void => (a < b ? visit(a, b) : visit(b, a));
  for (const list of index.values()) {
    // a term among the top terms of very many articles tells nothing apart
    if (list.length > MAX_POSTINGS) continue;
    const undated = list.filter((i) => days[i] === undefined);
    const dated = list.filter((i) => days[i] !== undefined).sort((a, b) => (days[a] as number) - (days[b] as number));
    for (let x = 0; x < undated.length; x++) for (let y = x + 1; y < undated.length; y++) pair(undated[x], undated[y]);
    for (const u of undated) for (const d of dated) pair(u, d);
    for (let x = 0; x < dated.length; x++) {
      const last = (days[dated[x]] as number) + maxDays;
      for (let y = x + 1; y < dated.length && (days[dated[y]] as number) <= last; y++) pair(dated[x], dated[y]);
    }
  }
}

/** The `count` heaviest terms of a vector, heaviest first, the earlier of equals first (as a stable sort puts them). */
function heaviest(v: ReadonlyMap<string, number>, count: number): string[] {
  const terms: string[] = [];
  const weights: number[] = [];
  for (const [term, w] of v) {
    if (terms.length === count) {
      if (!(w > weights[count - 1])) continue;
      terms.pop();
      weights.pop();
    }
    let at = terms.length;
    while (at > 0 && weights[at - 1] < w) at--;
    terms.splice(at, 0, term);
    weights.splice(at, 0, w);
  }
  return terms;
}

/** How `key` is first written in the first of `docs` that has it (found again rather than kept for every word of every article). */
function firstSurface(docs: readonly Doc[], key: string): string | undefined {
  for (const d of docs) {
    const s = d.bag.has(key) ? surfaceOf(d.source, key) : undefined;
    if (s !== undefined) return s;
  }
  return undefined;
}

/** The three terms that weigh most across a story's articles. */
function labelOf(docs: Doc[], vectors: Array<Map<string, number>>): string {
  const sum = new Map<string, number>();
  for (const v of vectors) for (const [k, w] of v) sum.set(k, (sum.get(k) ?? 0) + w);
  return [...sum.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([k]) => firstSurface(docs, k) ?? k)
    .join(' ');
}
