/** Messages between the main thread and the worker threads. */
import type { RuleSettings } from '../rules/engine';
import type { FieldMap } from '../sources/json-fields';
import type { Claim, Finding, Story } from '../types';
import type { WireSource, WireText } from './transfer';

/** One file to read: its path as shown (resolved against `cwd`) and the source id the main thread gave it. */
export interface FileTask {
  shown: string;
  id: string;
}

/** Reading options every file task shares. */
export interface TaskOptions {
  cwd: string;
  format?: string;
  published?: string;
  fieldMap?: FieldMap;
}

/** One file's outcome: its sources (their file texts numbered in `raws`), or the one-line problems it had. */
export interface FileResult {
  raws: WireText[];
  sources: WireSource[];
  /** CrosscheckError fields, rebuilt on the main side */
  problems: Array<{ code: string; message: string; file?: string }>;
}

/**
 * A file text a story task brings: its number in the run, the text, and
 * whether the worker should keep it for later stories (the records of one
 * JSON export share one; a file of one article is sent with its story alone).
 */
export interface RawEntry {
  n: number;
  text: WireText;
  keep: boolean;
}

/** One story to check: the story, its sources (file texts numbered in the run), and the file texts this worker does not have yet. */
export interface StoryTask {
  story: Story;
  sources: WireSource[];
  raws: RawEntry[];
}

/** How every story task is checked. */
export interface StoryOptions {
  /** extra rule folders (the worker loads the same rules the main thread checked) */
  rulesDirs: string[];
  settings?: RuleSettings;
  /** false: claims only (`crosscheck claims`) */
  withFindings: boolean;
  keepClaims: boolean;
}

/** What a worker hands back for a story. */
export interface StoryAnswer {
  findings: Finding[];
  claims: Claim[][];
  claimCount: number;
}

/** Main → worker: a batch of tasks of one kind (index of the batch, to put results back in order). */
export type BatchRequest =
  | { batch: number; kind: 'files'; tasks: FileTask[]; options: TaskOptions }
  | {
      batch: number;
      kind: 'stories';
      tasks: StoryTask[];
      options: StoryOptions;
      /** kept file texts (by number) no later story needs: the worker lets them go once this batch is checked */
      forget?: number[];
    };

/** Worker → main. */
export interface BatchResponse {
  batch: number;
  results: unknown[];
  /** an internal error that stopped the batch */
  error?: string;
}
