// A shard worker: a child process (forked by shard-pool.ts) that indexes the shards it is sent,
// one at a time, each with its own Pagefind service. Messages: {context} once, then {job} per
// shard; replies {result} or {error}. A separate process (not a worker thread) because each
// needs its own Pagefind binary, which the pagefind package keeps one of per process.
import { indexShard, type ShardContext, type ShardJob } from './index-shard.ts';

type Message = { context: ShardContext } | { job: ShardJob };

let context: ShardContext | undefined;

process.on('message', (m: Message) => {
  if ('context' in m) { context = m.context; return; }
  if (!context) { process.send!({ error: 'build:search: shard worker got a job before its context (a bug in shard-pool.ts).' }); return; }
  indexShard(context, m.job).then(
    (result) => process.send!({ result }),
    (e: Error) => process.send!({ error: `shard ${m.job.k}: ${e.message}` }),
  );
});
