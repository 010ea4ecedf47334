/**
 * Stories: which articles report the same story. Claims are compared only
 * within a story, so a folder of many stories gives no cross-story finding.
 *
 * Each article becomes a TF-IDF vector of its content words (names weigh
 * double: they tell stories apart best). Up to a few hundred articles every
 * pair is compared; beyond that, candidate pairs come from an inverted index
 * of each article's heaviest terms, so the cost grows with the articles that
 * share words, not with all pairs. A pair joins when its cosine passes the
 * threshold, is at least half of each article's strongest likeness (so a
 * shared place or a stray rare word cannot chain the stories of an archive
 * together) and the published dates are close; stories are what the joined
 * pairs connect (single link).
 */
import { isSpaceCode } from '../sources/chars';
import { flatString, textOnce } from '../sources/stored';
import type { Source, Story } from '../types';

export type { Story };
import { SpreadBag, TypedBlocks, Vocabulary } from './similarity';
import { forEachCandidates, heaviest, type TermWeights } from './story-pairs';
import { isUpperAt } from './scan';
import { KeyNumbers, scanKeys } from './words';

export interface StoryOptions {
  /** cosine of article vectors at or above which two articles are one story */
  minSimilarity?: number;
  /** articles published further apart than this are never joined */
  maxDays?: number;
  /** a pair joins only when its cosine is at least this share of each article's best pair's */
  relative?: number;
}


/** An article, its terms and the day it was published. */
interface Doc extends TermWeights {
  source: Source;
  /** its terms' numbers, in the order first met */
  ids: Int32Array;
  /** their counts, then (once the run's document frequencies are known) their TF-IDF weights */
  weights: Float64Array;
  day?: number;
  /** how its heaviest terms (by number) are first written in it, for story labels (see {@link SURFACES}) */
  surfaces: Surfaces;
}

/** Terms of an article (by number) and how each is first written in it. */
interface Surfaces {
  ids: number[];
  written: string[];
}

/**
 * How many of an article's heaviest terms keep how they are first written:
 * a story's label is its three heaviest terms as first written in its
 * first article that has them, and that article's text is let go by then
 * (parsed again only for a term not kept).
 */
const SURFACES = 8;

/** Whether story vectors count a word of this key (shorter keys are particles and pieces of figures). */
function isTerm(key: string): boolean {
  return key.length >= 3;
}

/** The sections whose words story vectors count, with their words' weight (a title or excerpt says what the story is). */
function termSections(source: Source): Array<{ start: number; end: number; weight: number }> {
  return source.sections.filter((sec) => sec.kind !== 'boilerplate').map((sec) => ({ start: sec.start, end: sec.end, weight: sec.kind === 'title' || sec.kind === 'excerpt' ? 2 : 1 }));
}

/** Whether the word at `start` in `text[from, …)` is capitalized inside a sentence (a name: it weighs double). */
function isProperAt(text: string, from: number, start: number): boolean {
  return isUpperAt(text, start) && start > from && !endsSentence(text, Math.max(from, start - 3), start);
}

/** Whether `text[from, to)` ends with a sentence's end and spaces (`/[.!?"“]\s*$/`): a capital after it starts a sentence. */
function endsSentence(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && isSpaceCode(text.charCodeAt(i))) i--;
  if (i < from) return false;
  const c = text.charCodeAt(i);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x22 || c === 0x201c;
}

/** A word as a story label shows it: without a possessive. */
function written(word: string): string {
  return word.replace(/[’']s$/, '');
}

/** How `key` (a term) is first written in `source`'s counted sections (for story labels), if it is. */
function surfaceOf(source: Source, key: string): string | undefined {
  const text = textOnce(source);
  let found: string | undefined;
  for (const sec of termSections(source)) {
    scanKeys(text, sec.start, sec.end, (k, start, end) => {
      if (k !== key) return false;
      found = flatString(written(text.slice(start, end)));
      return true;
    });
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Counts of one article's terms at a time, by term number: a map per article
 * would be made and grown thousands of times. Typed arrays per article, so
 * the collector need not copy what all articles keep until grouping is done.
 */
class TermCounter {
  private counts = new Float64Array(1024);
  /** where each term counted was first met: its first word's start and end */
  private firstStart = new Int32Array(1024);
  private firstEnd = new Int32Array(1024);
  /** the terms counted, in the order first met */
  private order = new Int32Array(256);
  private met = 0;

  /** the vocabulary's numbers of terms, by known word (-1: not a term) */
  readonly numbers: KeyNumbers;

  constructor(vocabulary: Vocabulary) {
    this.numbers = new KeyNumbers((key) => (isTerm(key) ? vocabulary.idOf(key) : -1));
  }

  /** Count `by` more for the term numbered `id` (below the vocabulary's size), met at `text[start, end)` when given. */
  addNumber(id: number, by: number, start = -1, end = -1): void {
    if (id >= this.counts.length) {
      const grown = new Float64Array(2 * id);
      grown.set(this.counts);
      this.counts = grown;
      const starts = new Int32Array(2 * id);
      starts.set(this.firstStart);
      this.firstStart = starts;
      const ends = new Int32Array(2 * id);
      ends.set(this.firstEnd);
      this.firstEnd = ends;
    }
    // counts are positive: zero is a term not yet met
    if (this.counts[id] === 0) {
      if (this.met === this.order.length) {
        const grown = new Int32Array(2 * this.met);
        grown.set(this.order);
        this.order = grown;
      }
      this.order[this.met++] = id;
      this.firstStart[id] = start;
      this.firstEnd[id] = end;
    }
    this.counts[id] += by;
  }

  /** The `count` heaviest terms counted so far, as first written in `text` (where addNumber was given each term's first word). */
  surfaces(text: string, count: number): Surfaces {
    const order = this.order.subarray(0, this.met);
    const ids = heaviest(order, Array.from(order, (id) => this.counts[id]), count);
    // flat copies: a piece cut from the text would keep the whole text alive
    return { ids, written: ids.map((id) => flatString(written(text.slice(this.firstStart[id], this.firstEnd[id])))) };
  }

  /** The counted terms in the order first met, and their counts (cut from `blocks` when given); the counter starts over. */
  take(blocks?: TypedBlocks): { ids: Int32Array; weights: Float64Array } {
    const ids = blocks ? blocks.int32(this.met) : new Int32Array(this.met);
    ids.set(this.order.subarray(0, this.met));
    const weights = blocks ? blocks.float64(ids.length) : new Float64Array(ids.length);
    for (let i = 0; i < ids.length; i++) {
      weights[i] = this.counts[ids[i]];
      this.counts[ids[i]] = 0;
    }
    this.met = 0;
    return { ids, weights };
  }
}

function docOf(source: Source, counter: TermCounter, blocks: TypedBlocks): Doc {
  const text = textOnce(source);
  for (const sec of termSections(source)) {
    counter.numbers.scan(text, sec.start, sec.end, (id, start, end) => {
      if (id >= 0) counter.addNumber(id, isProperAt(text, sec.start, start) ? 2 * sec.weight : sec.weight, start, end);
    });
  }
  const day = source.published ? Date.parse(`${source.published.slice(0, 10)}T00:00:00Z`) / 86_400_000 : undefined;
  const surfaces = counter.surfaces(text, SURFACES);
  const { ids, weights } = counter.take(blocks);
  return { source, ids, weights, day: Number.isFinite(day) ? day : undefined, surfaces };
}

/** Group sources into stories. */
export function groupStories(sources: readonly Source[], opts: StoryOptions = {}): Story[] {
  const grouper = new StoryGrouper();
  for (const s of sources) grouper.add(s);
  return grouper.stories(opts);
}

/**
 * Story grouping as sources arrive: each article's words are counted when it
 * is added (a run over an archive then need not keep every article's text
 * until all are read), and the stories are made once all are in.
 */
export class StoryGrouper {
  private readonly vocabulary = new Vocabulary();
  private readonly counter = new TermCounter(this.vocabulary);
  // every article's terms and weights (its bag) in a few large blocks, given back when grouping is done
  private readonly blocks = new TypedBlocks();
  private readonly docs: Doc[] = [];

  add(source: Source): void {
    this.docs.push(docOf(source, this.counter, this.blocks));
  }

  /** The stories of the sources added, in the order of their first articles. */
  stories(opts: StoryOptions = {}): Story[] {
    return storiesOf(this.docs, this.vocabulary, this.counter, this.blocks, opts);
  }
}

function storiesOf(docs: readonly Doc[], vocabulary: Vocabulary, counter: TermCounter, blocks: TypedBlocks, opts: StoryOptions): Story[] {
  const minSimilarity = opts.minSimilarity ?? 0.12;
  const maxDays = opts.maxDays ?? 14;
  const relative = opts.relative ?? 0.5;
  // inverse document frequency over this run's articles
  const df = new Int32Array(vocabulary.size);
  for (const d of docs) for (const id of d.ids) df[id]++;
  const n = docs.length;
  // smoothed IDF: words every article shares (one story) still count; counts become weights in place
  for (const d of docs) for (let i = 0; i < d.ids.length; i++) d.weights[i] = Math.log(1 + d.weights[i]) * Math.log(1 + n / df[d.ids[i]]);
  const bags = docs.map((d) => vocabulary.weighNumbers(d.ids, d.weights));
  // every pair at or above the threshold, and each article's strongest such pair
  const edgeA: number[] = [];
  const edgeB: number[] = [];
  const edgeSim: number[] = [];
  const best = new Float64Array(n);
  // each article spread once for its comparisons with all its candidates
  const spread = new SpreadBag(vocabulary.size);
  forEachCandidates(docs, docs.map((d) => d.day), maxDays, (i, candidates) => {
    let ready = false;
    for (const j of candidates) {
      const di = docs[i].day;
      const dj = docs[j].day;
      if (di !== undefined && dj !== undefined && Math.abs(di - dj) > maxDays) continue;
      if (!ready) spread.spread(bags[i]);
      ready = true;
      // the cosine of the earlier article with the later, as the pair reads in article order
      const similarity = i < j ? spread.cosineWith(bags[j]) : spread.cosineOf(bags[j]);
      if (similarity < minSimilarity) continue;
      edgeA.push(i);
      edgeB.push(j);
      edgeSim.push(similarity);
      if (similarity > best[i]) best[i] = similarity;
      if (similarity > best[j]) best[j] = similarity;
    }
  });
  // a pair joins only when it is strong beside both articles' strongest pair: a weak likeness
  // (a shared place or a stray rare word) then cannot chain stories of an archive together,
  // while a story's articles stay joined through their strong pairs (single link)
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let e = 0; e < edgeSim.length; e++) {
    const i = edgeA[e];
    const j = edgeB[e];
    if (edgeSim[e] < relative * Math.max(best[i], best[j])) continue;
    // which root joins which does not matter: stories come out in article order
    parent[find(j)] = find(i);
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
  const stories = [...groups.values()].map((members) => {
    const label = labelOf(members.map((i) => docs[i]), vocabulary, counter);
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
  // the articles' terms and bags are done with
  blocks.release();
  return stories;
}

/** How `key` (numbered `id`) is first written in the first of `docs` that has it (kept for an article's heaviest terms, else found again in its text). */
function firstSurface(docs: readonly Doc[], key: string, id: number): string | undefined {
  for (const d of docs) {
    if (!d.ids.includes(id)) continue;
    const k = d.surfaces.ids.indexOf(id);
    const s = k >= 0 ? d.surfaces.written[k] : surfaceOf(d.source, key);
    if (s !== undefined) return s;
  }
  return undefined;
}

/** The three terms that weigh most across a story's articles. */
function labelOf(docs: readonly Doc[], vocabulary: Vocabulary, counter: TermCounter): string {
  // weights are positive, so the counter sums them as it counts
  for (const d of docs) for (let i = 0; i < d.ids.length; i++) counter.addNumber(d.ids[i], d.weights[i]);
  const sum = counter.take();
  return heaviest(sum.ids, sum.weights, 3)
    .map((id) => {
      const key = vocabulary.wordOf(id);
      return firstSurface(docs, key, id) ?? key;
    })
    .join(' ');
}
