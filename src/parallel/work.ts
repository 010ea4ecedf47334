/**
 * The work one thread does for one task. Reading a file: read and parse it,
 * giving its sources the ids the main thread chose. Checking a story: its
 * claims extracted, aligned and checked (story.ts). Workers run these; the
 * main thread runs the same code for its own share.
 */
import { CrosscheckError } from '../errors';
import { loadRules } from '../rules/load';
import type { Rule } from '../rules/types';
import { readSources, type ReadOptions } from '../sources';
import { SharedText } from '../sources/shared-text';
import { packedRaw, type Packed } from '../sources/stored';
import { checkStories } from '../story';
import type { Source } from '../types';
import type { FileResult, FileTask, StoryAnswer, StoryOptions, StoryTask, TaskOptions } from './protocol';
import { fromWire, fromWireText, RawTable, toWire, toWireProblem, toWireText, type WireText } from './transfer';

/** A file's sources and problems (its problems are returned, never thrown, except usage errors). */
export interface FileRead {
  sources: Source[];
  problems: CrosscheckError[];
}

/** Read and parse one file on this thread (`reparsable`, `exportTextsGo`: as readSources takes them). */
export function readFile(task: FileTask, options: TaskOptions & Pick<ReadOptions, 'reparsable' | 'exportTextsGo'>): FileRead {
  let read;
  try {
    read = readSources([task.shown], options);
  } catch (e) {
    if (e instanceof CrosscheckError && e.code === 'usage') throw e;
    return { sources: [], problems: [new CrosscheckError('input', `cannot be parsed: ${(e as Error).message}`, task.shown)] };
  }
  const sources = read.sources.map((s) => {
    // readSources named it after the file alone; the main thread made ids unique across files
    const base = s.id.includes('#') ? s.id.slice(0, s.id.indexOf('#')) : s.id;
    if (base === task.id) return s;
    Object.assign(s, { id: task.id + s.id.slice(base.length) });
    return s;
  });
  return { sources, problems: read.problems };
}

/** A worker's answer to a file task: {@link readFile}'s result, ready to cross. */
export function fileAnswer(task: FileTask, options: TaskOptions): FileResult {
  const read = readFile(task, options);
  const raws = new RawTable();
  const sources = read.sources.map((s) => toWire(s, raws.numberOf(packedRaw(s))));
  return { raws: raws.keys.map(toWireText), sources, problems: read.problems.map(toWireProblem) };
}

/** Rules a worker loaded, by the rule folders asked for (the same for every story of a run). */
const loaded = new Map<string, Rule[]>();

function rulesOf(dirs: readonly string[]): Rule[] {
  const key = JSON.stringify(dirs);
  let rules = loaded.get(key);
  if (!rules) loaded.set(key, (rules = loadRules([...dirs])));
  return rules;
}

/**
 * A worker's answers to story tasks, checked together (story.ts); `kept`
 * holds the file texts it was asked to keep for later stories, and the
 * exports it reads records from itself.
 */
export function storyAnswers(tasks: readonly StoryTask[], options: StoryOptions, kept: Map<number, Packed | SharedText>): StoryAnswer[] {
  const sources = tasks.map((task) => {
    const brought = new Map<number, Packed | SharedText>();
    for (const r of task.raws) {
      // an export sent as its file: read when a record is (its own bytes), and whole only to locate a finding
      const text = r.file ? new SharedText(undefined, 0, r.file) : fromWireText(r.text as WireText);
      brought.set(r.n, text);
      if (r.keep) kept.set(r.n, text);
    }
    return task.sources.map((w) => {
      const raw = brought.get(w.raw) ?? kept.get(w.raw);
      if (raw === undefined) throw new Error(`story ${task.story.id}: file text ${w.raw} was never sent`);
      return fromWire(w, raw);
    });
  });
  return checkStories(
    tasks.map((t) => t.story),
    sources,
    { rules: options.withFindings ? rulesOf(options.rulesDirs) : [], settings: options.settings, keepClaims: options.keepClaims },
  );
}
