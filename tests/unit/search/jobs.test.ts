// The index built on worker processes (--jobs 2, several shards) must be byte-identical to the one
// built in-process (--jobs 1): the seed corpus fits one shard by default, so only this test forks.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../../lib/scratch-dir.ts';

const dir = scratchDir('wenyuan-jobs-');

function build(out: string, jobs: number): void {
  execFileSync('node_modules/.bin/tsx', ['scripts/search/build-index.ts', '--docs', 'content/docs', '--out', out, '--render', '--shard-size', '10', '--jobs', String(jobs), '--quiet'], { stdio: 'pipe' });
}

function files(root: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(root, p), readFileSync(p));
    }
  };
  walk(root);
  return out;
}

describe('search index on worker processes', () => {
  it('equals the in-process index byte for byte', () => {
    build(join(dir, 'one'), 1);
    build(join(dir, 'two'), 2);
    const a = files(join(dir, 'one')), b = files(join(dir, 'two'));
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect([...a.keys()].filter((k) => k.startsWith('zh-hans/')).some((k) => k.startsWith('zh-hans/3/'))).toBe(true);
    for (const [k, v] of a) expect(b.get(k)!.equals(v), k).toBe(true);
  }, 240_000);
});
