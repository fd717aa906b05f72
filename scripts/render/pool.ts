// Runs tasks on a pool of worker threads (one per core), keeping two tasks in flight per worker so
// a worker never waits for the main thread. Workers inherit tsx's loader, so they run TypeScript.
import { Worker } from 'node:worker_threads';

export interface Done {
  key: string;
  error?: string;
}

export async function runPool<T extends { key: string }>(
  workerUrl: URL,
  workerData: unknown,
  tasks: T[],
  size: number,
  onDone: (done: Done) => void,
): Promise<void> {
  if (tasks.length === 0) return;
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(size, tasks.length)) }, () => new Worker(workerUrl, { workerData }));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            let inFlight = 0;
            const feed = () => {
              while (inFlight < 2 && next < tasks.length) {
                w.postMessage(tasks[next++]);
                inFlight += 1;
              }
              if (inFlight === 0) resolve();
            };
            w.on('message', (done: Done) => {
              inFlight -= 1;
              onDone(done);
              feed();
            });
            w.on('error', reject);
            w.on('exit', (code) => (inFlight > 0 ? reject(new Error(`render worker exited with code ${code}`)) : resolve()));
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
