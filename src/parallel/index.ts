/**
 * The pipeline on several threads (`--jobs N`). Files are read and parsed
 * independently of each other, and so are stories (each story's claims are
 * extracted, aligned and checked apart from every other story's), so both
 * are shared out between this thread and worker threads (`--jobs 2`: this one
 * and one worker), which start once for both. Grouping articles into stories
 * compares every article with its candidates and stays on this thread.
 * Sources cross as packed bytes and stories come back as findings, so little
 * is copied; a worker reads the records of an export whose text this thread
 * let go from the export's file, as this thread does. The result is the same
 * as the sequential path's: same sources, ids, claims, findings and problems,
 * in the same order.
 */
import * as os from 'node:os';
import { CrosscheckError } from '../errors';
import { exportTextMayGo, guessArticles, readSources, renewal, sharedText, sourceIds, type ReadOptions } from '../sources';
import { expandInputs, type FoundFile } from '../sources/files';
import { STDIN } from '../sources/stdin';
import { isRecordMemo } from '../sources/json-again';
import type { SharedText } from '../sources/shared-text';
import { isReleased, packedRaw, rawKey, release, sharedOf, type Packed } from '../sources/stored';
import { checkStories, STORIES_AT_ONCE, type StoryCheck, type StoryResult } from '../story';
import type { Source, Story } from '../types';
import type { Pool } from './pool';
import type { FileResult, FileTask, RawEntry, StoryAnswer, StoryOptions, StoryTask, TaskOptions } from './protocol';
import { fromWire, fromWireText, RawTable, rebuildError, toWire, toWireText } from './transfer';
import { readFile, type FileRead } from './work';

/** What tells file texts apart (see rawKey in stored.ts). */
type TextKey = Packed | SharedText;

/** The text a worker read export `f` as (`packed`), shared by its records here (`memos`: what their first parses left), to be let go as one read here is. */
function exportShare(f: FoundFile, packed: Packed, memos: readonly unknown[]): SharedText {
  // decoded once, not through the cache of texts last decoded: it is let go soon
  return sharedText(f, typeof packed === 'string' ? packed : packed.toString('utf8'), memos, packed);
}

/** Files per batch handed to a worker: small enough to balance, big enough that messaging costs little. */
const FILE_BATCH = 16;
/** Stories per batch: as many as a thread checks at once. */
const STORY_BATCH = STORIES_AT_ONCE;
/** Fewer articles than this per extra thread are read and checked on the main thread: starting a worker costs more. */
const MIN_ARTICLES_PER_THREAD = 48;

/**
 * Files per batch: {@link FILE_BATCH} articles' worth, or fewer files when
 * they are few (so that every thread reads some). A large export goes alone:
 * its records are all parsed and cross at once, and two held together at
 * each end of a message cost more memory than messaging saves.
 */
function fileBatch(files: number, threads: number, articles: number): number {
  const perFile = Math.max(1, articles / Math.max(1, files));
  return Math.max(1, Math.min(FILE_BATCH, Math.floor(files / (4 * threads)), Math.floor(FILE_BATCH / perFile)));
}

/**
 * The thread count `--jobs` asks for: 0 means one per core but one (at least
 * one); anything else at least 1. One thread of crosscheck already keeps
 * another core a third busy with V8's compiler and collector (4,000 articles:
 * 3.7 s of CPU in 2.7 s), so a thread on every core competes with them: on two
 * cores, two threads were slower than one up to 16,000 articles.
 */
export function resolveJobs(jobs: number | undefined): number {
  if (jobs === undefined) return 1;
  if (!Number.isInteger(jobs) || jobs < 0) throw new CrosscheckError('usage', `--jobs must be a whole number of 0 or more, not "${jobs}"`);
  return jobs === 0 ? Math.max(1, (os.availableParallelism?.() ?? os.cpus().length) - 1) : jobs;
}

/** How the stories of a run are checked on every thread: as on this one (its pool shares this thread's kept claims), and the rule folders the rules came from (workers load the same). */
export interface StoriesCheck extends Omit<StoryCheck, 'clock'> {
  rulesDirs: readonly string[];
}

/** This thread and its workers for one run; {@link close} when done. */
export class Threads {
  /** file texts several sources share (or what an export's records share, see {@link rawKey}), numbered for the workers, and which workers keep which */
  private readonly raws = new RawTable<TextKey>();
  /** the number of the next file text sent once, with its story alone (below zero, apart from the table's) */
  private unshared = -1;
  private readonly sentTo: Array<Set<number>>;
  /** how many sources share each file text (more than one: the records of a JSON export) */
  private readonly sharing = new Map<TextKey, number>();

  private constructor(
    private readonly pool: Pool,
    workers: number,
    private readonly files: FoundFile[],
    private readonly problems: CrosscheckError[],
    private readonly opts: ReadOptions,
    /** about how many articles the files hold (an export's records guessed from its size) */
    readonly articleGuess: number,
  ) {
    this.sentTo = Array.from({ length: workers }, () => new Set<number>());
  }

  /**
   * Threads for reading `paths` on `jobs` threads, or undefined when one is
   * better: one job asked, standard input among the paths, or too few
   * articles to pay for a worker's start (a JSON export's are guessed from
   * its size: sixteen exports of a thousand records each are sixteen
   * thousand articles, whose stories are shared out like any others).
   */
  static open(paths: readonly string[], opts: ReadOptions, jobs: number): Threads | undefined {
    if (jobs <= 1 || paths.includes(STDIN)) return undefined;
    readSources([], opts); // usage errors (a bad --published or format) before any thread starts
    const { files, problems } = expandInputs(paths, opts.cwd ?? process.cwd());
    const articles = guessArticles(files, opts.format);
    const threads = Math.min(jobs, Math.floor(articles / MIN_ARTICLES_PER_THREAD));
    if (threads < 2) return undefined;
    // worker threads are loaded only by a run that starts some (node:worker_threads costs every start ~3 ms)
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Pool: PoolClass } = require('./pool') as typeof import('./pool');
    return new Threads(new PoolClass(threads - 1), threads - 1, files, problems, opts, articles);
  }

  /** How many files the run reads. */
  get fileCount(): number {
    return this.files.length;
  }

  /** How many threads share the work: this one and its workers. */
  get count(): number {
    return this.sentTo.length + 1;
  }

  /**
   * Read and parse the files: the sources and problems readSources gives, in
   * the same order; `each` is given each source in that order as soon as all
   * before it are read. `reparsable`, `exportTextsGo`: as readSources takes
   * them (an export a worker read is let go here as one read here is).
   */
  read(reparsable = false, each?: (source: Source) => void, exportTextsGo = false): FileRead {
    const cwd = this.opts.cwd ?? process.cwd();
    // the ids a one-thread run gives, in path order
    const ids = sourceIds(this.files.map((f) => f.shown));
    const tasks: FileTask[] = this.files.map((f, i) => ({ shown: f.shown, id: ids[i] }));
    const options: TaskOptions = { cwd, format: this.opts.format, published: this.opts.published, fieldMap: this.opts.fieldMap };
    // files come back in any order; each file's sources are handed on in file order
    const ready = new Map<number, FileRead>();
    let handed = 0;
    const results = this.pool.run<number, FileRead>({
      tasks: tasks.map((_, i) => i),
      batchSize: fileBatch(tasks.length, this.count, this.articleGuess),
      local: (batch) => batch.map((i) => readFile(tasks[i], { ...options, reparsable, exportTextsGo })),
      request: (batch) => ({ kind: 'files', tasks: batch.map((i) => tasks[i]), options }),
      receive: (answer, i) => {
        const r = answer as FileResult;
        const raws = r.raws.map(fromWireText);
        // as readSources makes them on this thread: an article with a file of its own may let its texts go
        const memos = r.sources.map((w) => w.memo);
        const renew = renewal(this.files[i], tasks[i].id, r.sources, reparsable, undefined, memos);
        const share = isRecordMemo(memos[0]) && exportTextMayGo(this.files[i], { reparsable, exportTextsGo }) ? exportShare(this.files[i], raws[r.sources[0].raw], memos) : undefined;
        const sources = r.sources.map((w, k) => fromWire(w, raws[w.raw], renew[k].reparse, renew[k].reread, share));
        return { sources, problems: r.problems.map(rebuildError) };
      },
      onResults: (rs, first) => {
        rs.forEach((r, k) => ready.set(first + k, r));
        for (let r = ready.get(handed); r; r = ready.get(handed)) {
          ready.delete(handed++);
          for (const src of r.sources) each?.(src);
        }
      },
    });
    const out: FileRead = { sources: [], problems: [...this.problems] };
    for (const r of results) {
      for (const src of r.sources) {
        out.sources.push(src);
        // a file text let go already is an article's own, not shared (and not read again just to count)
        const key = rawKey(src);
        if (key !== undefined) this.sharing.set(key, (this.sharing.get(key) ?? 0) + 1);
      }
      for (const p of r.problems) out.problems.push(p);
    }
    return out;
  }

  /** Check every story (`sources[i]`: story i's sources, in its order); results in story order. */
  checkStories(stories: readonly Story[], sources: readonly Source[][], how: StoriesCheck, onSources?: (n: number) => void): StoryResult[] {
    const options: StoryOptions = { rulesDirs: [...how.rulesDirs], settings: how.settings, withFindings: how.rules.length > 0, keepClaims: how.keepClaims };
    const tasks = stories.map((_, i) => i);
    // how many sources of each shared file text (an export's) are still to be checked: a worker forgets a text once none is
    const left = new Map([...this.sharing].filter(([, n]) => n > 1));
    const handOut = (batch: readonly number[]): void => {
      for (const i of batch) {
        for (const s of sources[i]) {
          const key = rawKey(s);
          const n = key === undefined ? undefined : left.get(key);
          if (n !== undefined) left.set(key as TextKey, n - 1);
        }
      }
    };
    return this.pool.run<number, StoryResult>({
      tasks,
      batchSize: STORY_BATCH,
      local: (batch) => {
        handOut(batch);
        return checkStories(batch.map((i) => stories[i]), batch.map((i) => sources[i]), how);
      },
      request: (batch, lane) => {
        handOut(batch);
        const wire = batch.map((i) => this.storyTask(stories[i], sources[i], lane, how));
        // the shared texts this worker holds that no story left needs: forgotten once this batch is checked
        const forget = [...this.sentTo[lane]].filter((n) => left.get(this.raws.keys[n]) === 0);
        for (const n of forget) this.sentTo[lane].delete(n);
        return { kind: 'stories', tasks: wire, options, forget };
      },
      receive: (answer) => {
        const a = answer as StoryAnswer;
        return { findings: a.findings, claims: how.pool ? a.claims.map((c) => how.pool!.claims(c)) : a.claims, claimCount: a.claimCount };
      },
      onResults: (rs) => {
        let n = 0;
        for (const r of rs) n += r.claims.length;
        onSources?.(n);
      },
    });
  }

  /** A story as it goes to worker number `lane`, with the file texts that worker does not hold yet. */
  private storyTask(story: Story, sources: readonly Source[], lane: number, how: StoriesCheck): StoryTask {
    const raws: RawEntry[] = [];
    const wire = sources.map((s) => {
      const share = sharedOf(s);
      if (share?.byRange && isReleased(s)) {
        // an export whose text this thread let go, and whose records can be read alone: the worker reads them from its file
        const w = toWire(s, this.raws.numberOf(share));
        release(s, how.keepFileTexts === false);
        if (!this.sentTo[lane].has(w.raw)) {
          this.sentTo[lane].add(w.raw);
          raws.push({ n: w.raw, file: share.file, keep: true });
        }
        return w;
      }
      const raw = packedRaw(s);
      const key = share ?? raw;
      // a file text several sources share (an export's records) is numbered in the table; one of its own goes once
      const keep = (this.sharing.get(key) ?? 1) > 1;
      const w = toWire(s, keep ? this.raws.numberOf(key) : this.unshared--);
      release(s, how.keepFileTexts === false);
      // a shared file text goes to each worker once, and the worker keeps it until told to forget it
      if (!keep || !this.sentTo[lane].has(w.raw)) {
        if (keep) this.sentTo[lane].add(w.raw);
        if (!raws.some((r) => r.n === w.raw)) raws.push({ n: w.raw, text: toWireText(raw), keep });
      }
      return w;
    });
    return { story, sources: wire, raws };
  }

  close(): void {
    this.pool.close();
  }
}
