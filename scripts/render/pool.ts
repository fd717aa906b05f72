// Runs tasks on a pool of worker threads (one per core), keeping two tasks in flight per worker so
// a worker never waits for the main thread. Workers inherit tsx's loader, so they run TypeScript.
// Memory: a document's rendering holds several trees of it at once (~1 GB for one of 1,000,000
// characters), so the tasks in flight together may weigh at most `budget` (their Markdown
// characters); one task is always allowed, however heavy. Without it, 2 workers × 2 tasks of
// documents at the size limit peaked at 3.1 GB (2.1 GB with the budget); on more cores it would
// grow with the cores.
import { Worker } from 'node:worker_threads';

export interface Done {
  key: string;
  error?: string;
}

export interface PoolLimits<T> {
  /** a task's weight (e.g. its Markdown characters) */
  weight: (task: T) => number;
  /** most weight in flight at once (one task is always allowed) */
  budget: number;
}

const PER_WORKER = 2;

export async function runPool<T extends { key: string }>(
  workerUrl: URL,
  workerData: unknown,
  tasks: T[],
  size: number,
  onDone: (done: Done) => void,
  limits: PoolLimits<T> = { weight: () => 0, budget: Infinity },
): Promise<void> {
  if (tasks.length === 0) return;
  const workers = Array.from({ length: Math.max(1, Math.min(size, tasks.length)) }, () => new Worker(workerUrl, { workerData }));
  const inFlight = new Map<Worker, number>(workers.map((w) => [w, 0]));
  const weights = new Map<string, number[]>(); // key → weights in flight (two documents may share a key)
  let next = 0;
  let load = 0;
  let running = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const dispatch = () => {
        for (const w of workers) {
          while (inFlight.get(w)! < PER_WORKER && next < tasks.length) {
            const task = tasks[next]!;
            const weight = limits.weight(task);
            if (running > 0 && load + weight > limits.budget) break;
            next += 1;
            load += weight;
            running += 1;
            inFlight.set(w, inFlight.get(w)! + 1);
            (weights.get(task.key) ?? weights.set(task.key, []).get(task.key)!).push(weight);
            w.postMessage(task);
          }
        }
        if (running === 0 && next >= tasks.length) resolve();
      };
      for (const w of workers) {
        w.on('message', (done: Done) => {
          inFlight.set(w, inFlight.get(w)! - 1);
          running -= 1;
          load -= weights.get(done.key)?.shift() ?? 0;
          onDone(done);
          dispatch();
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (inFlight.get(w)! > 0) reject(new Error(`render worker exited with code ${code}`));
        });
      }
      dispatch();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
