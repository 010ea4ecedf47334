/**
 * A synchronous pool of worker threads. The pipeline is synchronous (the CLI,
 * the tests and the library call `analyze()` and get a result), so instead of
 * promises the main thread blocks on a shared counter (Atomics.wait) that the
 * workers bump after each answer, and collects answers with
 * `receiveMessageOnPort`. Work is handed out in small batches as workers come
 * free, so one slow file does not hold a whole share back.
 */
import * as path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { BatchRequest, BatchResponse, FileResult, FileTask, TaskOptions } from './protocol';

interface Lane {
  worker: Worker;
  port: MessagePort;
  busy: boolean;
}

/** Longest wait for any answer before the pool gives up (a worker that died without answering). */
const STALL_MS = 120_000;

/** The compiled worker script, dist/parallel/worker.js (found from here, or from the CLI's bundle in dist/cli). */
export function workerScript(): string {
  return path.join(__dirname, '..', 'parallel', 'worker.js');
}

/**
 * Run `files` through `threads` workers in batches of `batchSize`; results come
 * back in file order. `onResult` is called as each file's result arrives.
 */
export function runPool(files: readonly FileTask[], options: TaskOptions, threads: number, batchSize: number, onResult?: (done: number) => void): FileResult[] {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const lanes: Lane[] = [];
  for (let i = 0; i < threads; i++) {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(workerScript(), { workerData: { port: port2, signal }, transferList: [port2] });
    lanes.push({ worker, port: port1, busy: false });
  }
  const batches: FileTask[][] = [];
  for (let i = 0; i < files.length; i += batchSize) batches.push(files.slice(i, i + batchSize));
  const results: FileResult[][] = new Array(batches.length);
  let next = 0;
  let received = 0;
  let done = 0;
  const feed = (lane: Lane): void => {
    if (next >= batches.length) return;
    const req: BatchRequest = { batch: next, files: batches[next], options };
    next++;
    lane.busy = true;
    lane.port.postMessage(req);
  };
  try {
    for (const lane of lanes) feed(lane);
    let seen = 0;
    while (received < batches.length) {
      if (Atomics.wait(signal, 0, seen, STALL_MS) === 'timed-out') throw new Error('a worker thread stopped answering');
      seen = Atomics.load(signal, 0);
      for (const lane of lanes) {
        for (let msg = receiveMessageOnPort(lane.port); msg; msg = receiveMessageOnPort(lane.port)) {
          const res = msg.message as BatchResponse;
          if (res.error !== undefined) throw new Error(`worker thread: ${res.error}`);
          results[res.batch] = res.results;
          received++;
          done += res.results.length;
          lane.busy = false;
          onResult?.(done);
          feed(lane);
        }
      }
    }
  } finally {
    for (const lane of lanes) {
      lane.port.postMessage('stop');
      lane.port.close();
      void lane.worker.terminate();
      lane.worker.unref();
    }
  }
  return results.flat();
}
