/**
 * An extraction worker thread: answers batch requests on the port it was
 * given, and bumps a shared counter after each answer so that the main
 * thread, waiting synchronously on it (Atomics.wait), wakes up to collect it.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { BatchRequest, BatchResponse } from './protocol';
import { workOnFile } from './work';

interface WorkerInit {
  port: MessagePort;
  signal: Int32Array;
}

const { port, signal } = workerData as WorkerInit;

port.on('message', (req: BatchRequest | 'stop') => {
  if (req === 'stop') {
    port.close();
    return;
  }
  let res: BatchResponse;
  try {
    res = { batch: req.batch, results: req.files.map((f) => workOnFile(f, req.options)) };
  } catch (e) {
    res = { batch: req.batch, results: [], error: (e as Error).message ?? String(e) };
  }
  port.postMessage(res);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
void parentPort;
