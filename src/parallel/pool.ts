/**
 * A synchronous pool of threads: this one and `threads - 1` workers. The
 * pipeline is synchronous (the CLI, the tests and the library call
 * `analyze()` and get a result), so instead of promises this thread reads
 * batches itself and, between them, collects the workers' answers with
 * `receiveMessageOnPort`; with nothing left to read it blocks on a shared
 * counter (Atomics.wait) that the workers bump after each answer. Work is
 * handed out in small batches as threads come free, so one slow file does not
 * hold a whole share back. This thread taking a share, rather than waiting
 * idle, saves a worker's start-up and the copying of that share's sources and
 * claims across threads.
 */
import * as path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { BatchRequest, BatchResponse, FileResult, FileTask, TaskOptions } from './protocol';
import { workOnFile } from './work';

interface Lane {
  worker: Worker;
  port: MessagePort;
  /** batches sent and not yet answered */
  pending: number;
}

/** Longest wait for any answer before the pool gives up (a worker that died without answering). */
const STALL_MS = 120_000;
/** Batches a worker holds at once: a second one waits in its queue while this thread is busy reading its own. */
const DEPTH = 2;

/** The compiled worker script, dist/parallel/worker.js (found from here, or from the CLI's bundle in dist/cli). */
export function workerScript(): string {
  return path.join(__dirname, '..', 'parallel', 'worker.js');
}

/**
 * Run `files` on `threads` threads (this one and `threads - 1` workers) in
 * batches of `batchSize`; results come back in file order. `onResult` is
 * called as each batch's results arrive, with the count of files done.
 */
export function runPool(files: readonly FileTask[], options: TaskOptions, threads: number, batchSize: number, onResult?: (done: number) => void): FileResult[] {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const lanes: Lane[] = [];
  for (let i = 1; i < threads; i++) {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(workerScript(), { workerData: { port: port2, signal }, transferList: [port2] });
    lanes.push({ worker, port: port1, pending: 0 });
  }
  const batches: FileTask[][] = [];
  for (let i = 0; i < files.length; i += batchSize) batches.push(files.slice(i, i + batchSize));
  const results: FileResult[][] = new Array(batches.length);
  let next = 0;
  let received = 0;
  let done = 0;
  const feed = (lane: Lane): void => {
    while (lane.pending < DEPTH && next < batches.length) {
      const req: BatchRequest = { batch: next, files: batches[next], options };
      next++;
      lane.pending++;
      lane.port.postMessage(req);
    }
  };
  const collect = (batch: number, res: FileResult[]): void => {
    results[batch] = res;
    received++;
    done += res.length;
    onResult?.(done);
  };
  /** Take every answer already there, and hand those workers more. */
  const drain = (): void => {
    for (const lane of lanes) {
      for (let msg = receiveMessageOnPort(lane.port); msg; msg = receiveMessageOnPort(lane.port)) {
        const res = msg.message as BatchResponse;
        if (res.error !== undefined) throw new Error(`worker thread: ${res.error}`);
        lane.pending--;
        collect(res.batch, res.results);
      }
      feed(lane);
    }
  };
  try {
    for (const lane of lanes) feed(lane);
    while (received < batches.length) {
      // read before draining: an answer posted after this is seen as a changed counter by the wait below
      const seen = Atomics.load(signal, 0);
      drain();
      if (next < batches.length) {
        const batch = next++;
        collect(batch, batches[batch].map((f) => workOnFile(f, options)));
      } else if (received < batches.length && Atomics.wait(signal, 0, seen, STALL_MS) === 'timed-out') {
        throw new Error('a worker thread stopped answering');
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
