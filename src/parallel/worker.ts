/**
 * A worker thread: answers batch requests (files to read, stories to check)
 * on the port it was given, and bumps a shared counter after each answer so
 * that the main thread, waiting synchronously on it (Atomics.wait), wakes up
 * to collect it.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { SharedText } from '../sources/shared-text';
import type { Packed } from '../sources/stored';
import { CrosscheckError } from '../errors';
import type { BatchRequest, BatchResponse } from './protocol';
import { toWireProblem } from './transfer';
import { fileAnswer, storyAnswers } from './work';

interface WorkerInit {
  port: MessagePort;
  signal: Int32Array;
}

const { port, signal } = workerData as WorkerInit;

/** File texts kept for later stories (records of one JSON export), or the exports read from their files, by their number in the run. */
const kept = new Map<number, Packed | SharedText>();

function answer(req: BatchRequest): unknown[] {
  if (req.kind === 'files') return req.tasks.map((t) => fileAnswer(t, req.options));
  const answers = storyAnswers(req.tasks, req.options, kept);
  for (const n of req.forget ?? []) kept.delete(n);
  return answers;
}

port.on('message', (req: BatchRequest | 'stop') => {
  if (req === 'stop') {
    port.close();
    return;
  }
  let res: BatchResponse;
  try {
    res = { batch: req.batch, results: answer(req) };
  } catch (e) {
    res = e instanceof CrosscheckError ? { batch: req.batch, results: [], problem: toWireProblem(e) } : { batch: req.batch, results: [], error: (e as Error).message ?? String(e) };
  }
  port.postMessage(res);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
void parentPort;
