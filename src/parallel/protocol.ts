/** Messages between the main thread and the worker threads. */
import type { RuleSettings } from '../rules/engine';
import type { FieldMap } from '../sources/json-fields';
import type { ExportFile } from '../sources/shared-text';
import type { Claim, Finding, Story } from '../types';
import type { WireProblem, WireSource, WireText } from './transfer';

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
  problems: WireProblem[];
}

/**
 * A file text a story task brings: its number in the run, the text, and
 * whether the worker should keep it for later stories (the records of one
 * JSON export share one; a file of one article is sent with its story alone).
 * An export whose records can be read alone from its file is sent as that
 * file (`file`), not as its text: the worker reads the records it checks.
 */
export interface RawEntry {
  n: number;
  text?: WireText;
  file?: ExportFile;
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
  /** an error a user can act on that stopped the batch (an export changed while it was read), rebuilt on the main side */
  problem?: WireProblem;
}
