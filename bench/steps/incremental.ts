// Incremental conversion: after a full convert, change one raw file and convert again.
// The converter's content-hash cache should redo only that file; we check the time and which
// output files were rewritten (mtimes), and keep the CLI's own cache line.

import { appendFileSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Layout } from './layout.ts';
import { convert } from './wenyuan.ts';

export interface IncrementalResult {
  unchangedMs: number;
  oneChangedMs: number;
  docsRewrittenUnchanged: number;
  docsRewrittenOneChanged: number;
  docs: number;
  cacheLines: string[];
}

function mtimes(dir: string): Map<string, number> {
  return new Map(readdirSync(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs]));
}

function rewritten(before: Map<string, number>, after: Map<string, number>): number {
  let n = 0;
  for (const [f, t] of after) if (before.get(f) !== t) n++;
  return n;
}

export async function incremental(l: Layout): Promise<IncrementalResult | string> {
  const before = mtimes(l.docs);
  const again = await convert(l, { clean: false });
  if (again.status !== 'ok') return again.status === 'skipped' ? again.reason : `incremental: ${again.reason}`;
  const afterUnchanged = mtimes(l.docs);
  const victim = readdirSync(l.raw).sort()[0]!;
  const path = join(l.raw, victim);
  const original = readFileSync(path);
  appendFileSync(path, '\n本段为增量测试追加的文字。\n');
  try {
    const one = await convert(l, { clean: false });
    if (one.status !== 'ok') return one.status === 'skipped' ? one.reason : `incremental: ${one.reason}`;
    const afterOne = mtimes(l.docs);
    const out = one.result.stdout + one.result.stderr;
    return {
      unchangedMs: again.result.wallMs,
      oneChangedMs: one.result.wallMs,
      docsRewrittenUnchanged: rewritten(before, afterUnchanged),
      docsRewrittenOneChanged: rewritten(afterUnchanged, afterOne),
      docs: afterOne.size,
      cacheLines: out.split('\n').filter((s) => /cache|cached|unchanged|reused|skipp/i.test(s)).slice(-3),
    };
  } finally {
    writeFileSync(path, original);
  }
}
