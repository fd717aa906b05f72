// Runs the shards on `jobs` worker processes at once (shard-worker.ts), or in this process when
// jobs is 1. Pagefind's indexing is single-threaded per service, so two services use two cores.
// Results come back in shard order whatever order the shards finish in.
import { execFile, fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { indexShard, type ShardContext, type ShardJob, type ShardResult } from './index-shard.ts';

const workerFile = fileURLToPath(new URL('./shard-worker.ts', import.meta.url));

type Reply = { result: ShardResult } | { error: string };

/** One job on one worker: resolves with its result, rejects with its error or the worker's exit. */
function runOn(worker: ChildProcess, job: ShardJob): Promise<ShardResult> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: Reply) => { cleanup(); if ('result' in m) resolve(m.result); else reject(new Error(m.error)); };
    const onExit = (code: number | null) => { cleanup(); reject(new Error(`build:search: shard worker for shard ${job.k} stopped (exit ${code}); its messages are above.`)); };
    const cleanup = () => { worker.off('message', onMessage); worker.off('exit', onExit); };
    worker.on('message', onMessage);
    worker.on('exit', onExit);
    worker.send({ job });
  });
}

/**
 * Keeps worker i (and the Pagefind binary it starts) on core i. Pagefind's allocator hands memory
 * back to the system all the time, and every time the kernel must flush the other cores' TLBs
 * when the process has run there; on one core there is nothing to flush. Measured on this 2-core
 * VM: Pagefind's kernel time 28% → 17% of its CPU, about 15% less CPU in all. Best effort:
 * without taskset (util-linux) nothing happens.
 */
function pin(worker: ChildProcess, i: number): Promise<void> {
  if (worker.pid === undefined || process.platform !== 'linux') return Promise.resolve();
  return new Promise((done) => { execFile('taskset', ['-a', '-p', '-c', String(i % availableParallelism()), String(worker.pid)], () => done()); });
}

export async function runShards(context: ShardContext, jobs: ShardJob[], workers: number, done: (r: ShardResult) => void = () => {}): Promise<ShardResult[]> {
  const results: ShardResult[] = [];
  if (workers <= 1 || jobs.length <= 1) {
    for (const job of jobs) { const r = await indexShard(context, job); done(r); results.push(r); }
    return results;
  }
  const queue = [...jobs];
  // Forked with this process's execArgv, so a build run by tsx starts its workers under tsx too.
  const children = Array.from({ length: Math.min(workers, jobs.length) }, () => fork(workerFile, [], { stdio: 'inherit' }));
  try {
    await Promise.all(children.map((c, i) => pin(c, i)));
    for (const c of children) c.send({ context });
    await Promise.all(children.map(async (c) => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const r = await runOn(c, job);
        done(r);
        results.push(r);
      }
    }));
  } finally {
    for (const c of children) if (c.connected) c.disconnect();
    for (const c of children) c.kill();
  }
  return results.sort((a, b) => a.k - b.k);
}
