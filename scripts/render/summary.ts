// The pre-render step's one line of output.
import { statSync } from 'node:fs';
import { entryPath } from '../../src/lib/render/store.ts';

export function storeBytes(keys: string[], dir: string): number {
  let total = 0;
  for (const key of keys) {
    try {
      total += statSync(entryPath(key, dir)).size;
    } catch {
      // missing entry: counts 0
    }
  }
  return total;
}

export function formatSummary(s: { rendered: number; reused: number; ms: number; bytes: number; pruned?: number }): string {
  const pruned = s.pruned ? `, ${s.pruned} stale entries deleted` : '';
  return `render: rendered ${s.rendered}, reused ${s.reused}, ${(s.ms / 1000).toFixed(1)} s, store ${(s.bytes / 1e6).toFixed(1)} MB${pruned}`;
}
