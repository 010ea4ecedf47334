/**
 * A synchronous pool of threads: this one and some workers, started once and
 * kept for a run's jobs (reading files, then checking stories), so each
 * worker warms up once. The pipeline is synchronous (the CLI, the tests and
 * the library call `analyze()` and get a result), so instead of promises this
 * thread works on batches itself and, between them, collects the workers'
 * answers with `receiveMessageOnPort`; with nothing left to do it blocks on a
 * shared counter (Atomics.wait) that the workers bump after each answer. Work
 * is handed out in small batches as threads come free, so one slow file or
 * story does not hold a whole share back. This thread taking a share, rather
 * than waiting idle, saves copying that share across threads.
 */
import * as path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { BatchRequest, BatchResponse } from './protocol';
import { rebuildError } from './transfer';

interface Lane {
  worker: Worker;
  port: MessagePort;
  /** batches sent and not yet answered */
  pending: number;
}

/** Longest wait for any answer before the pool gives up (a worker that died without answering). */
const STALL_MS = 120_000;
/** Batches a worker holds at once: a second one waits in its queue while this thread is busy with its own. */
const DEPTH = 2;

/** The compiled worker script, dist/parallel/worker.js (found from here, or from the CLI's bundle in dist/cli). */
export function workerScript(): string {
  return path.join(__dirname, '..', 'parallel', 'worker.js');
}

/** A batch request without its number: the kind of task, the tasks as they cross, and their shared options. */
export type Request = Omit<BatchRequest, 'batch'>;

/** One kind of work shared out over the pool. */
export interface Job<T, R> {
  tasks: readonly T[];
  batchSize: number;
  /** does a batch of tasks on this thread */
  local(tasks: readonly T[]): R[];
  /** the request that sends `tasks` to worker number `lane` */
  request(tasks: readonly T[], lane: number): Request;
  /** a worker's answer to `task`, as this thread's result */
  receive(answer: unknown, task: T): R;
  /** each batch's results as they come (in any batch order), with the index of the batch's first task */
  onResults?(results: readonly R[], first: number): void;
}

/**
 * A worker's young generation, in MB. A worker's objects live through one
 * batch of files or stories; with V8's default (as large as the main
 * thread's) each worker added about 30 MB to a run's peak memory.
 */
const WORKER_YOUNG_MB = 8;

export class Pool {
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private readonly lanes: Lane[] = [];

  /** A pool of this thread and `workers` worker threads. */
  constructor(workers: number) {
    for (let i = 0; i < workers; i++) {
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(workerScript(), { workerData: { port: port2, signal: this.signal }, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
      this.lanes.push({ worker, port: port1, pending: 0 });
    }
  }

  /** Do `job`'s tasks on every thread; results come back in task order. */
  run<T, R>(job: Job<T, R>): R[] {
    const { tasks, batchSize } = job;
    const batches: Array<readonly T[]> = [];
    for (let i = 0; i < tasks.length; i += batchSize) batches.push(tasks.slice(i, i + batchSize));
    const results: R[][] = new Array(batches.length);
    let next = 0;
    let received = 0;
    const feed = (lane: Lane, n: number): void => {
      while (lane.pending < DEPTH && next < batches.length) {
        const req = { batch: next, ...job.request(batches[next], n) } as BatchRequest;
        next++;
        lane.pending++;
        lane.port.postMessage(req);
      }
    };
    const collect = (batch: number, res: R[]): void => {
      results[batch] = res;
      received++;
      job.onResults?.(res, batch * batchSize);
    };
    /** Take every answer already there, and hand those workers more. */
    const drain = (): void => {
      this.lanes.forEach((lane, n) => {
        for (let msg = receiveMessageOnPort(lane.port); msg; msg = receiveMessageOnPort(lane.port)) {
          const res = msg.message as BatchResponse;
          if (res.problem !== undefined) throw rebuildError(res.problem);
          if (res.error !== undefined) throw new Error(`worker thread: ${res.error}`);
          lane.pending--;
          const batch = batches[res.batch];
          collect(
            res.batch,
            res.results.map((a, i) => job.receive(a, batch[i])),
          );
        }
        feed(lane, n);
      });
    };
    this.lanes.forEach((lane, n) => feed(lane, n));
    while (received < batches.length) {
      // read before draining: an answer posted after this is seen as a changed counter by the wait below
      const seen = Atomics.load(this.signal, 0);
      drain();
      if (next < batches.length) {
        const batch = next++;
        collect(batch, job.local(batches[batch]));
      } else if (received < batches.length && Atomics.wait(this.signal, 0, seen, STALL_MS) === 'timed-out') {
        throw new Error('a worker thread stopped answering');
      }
    }
    return results.flat();
  }

  /** Stop the workers. */
  close(): void {
    for (const lane of this.lanes) {
      lane.port.postMessage('stop');
      lane.port.close();
      void lane.worker.terminate();
      lane.worker.unref();
    }
  }
}
