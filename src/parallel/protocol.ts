/** Messages between the main thread and the extraction workers. */
import type { Claim } from '../types';
import type { FieldMap } from '../sources/json-fields';
import type { WireSource } from './transfer';

/** One file to read: its path as shown (resolved against `cwd`) and the source id the main thread gave it. */
export interface FileTask {
  shown: string;
  id: string;
}

/** Reading options every task shares. */
export interface TaskOptions {
  cwd: string;
  format?: string;
  published?: string;
  fieldMap?: FieldMap;
}

/** Main → worker: read and extract these files (index of the batch, to put results back in order). */
export interface BatchRequest {
  batch: number;
  files: FileTask[];
  options: TaskOptions;
}

/** One file's outcome: its sources and claims, or the one-line problems it had. */
export interface FileResult {
  sources: WireSource[];
  claims: Claim[];
  /** CrosscheckError fields, rebuilt on the main side */
  problems: Array<{ code: string; message: string; file?: string }>;
}

/** Worker → main. */
export interface BatchResponse {
  batch: number;
  results: FileResult[];
  /** an internal error that stopped the batch */
  error?: string;
}
