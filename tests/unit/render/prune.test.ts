// Pruning deletes only old entries that no manifest names.
import { existsSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../../lib/scratch-dir.ts';
import { pruneStore } from '../../../scripts/render/prune.ts';


describe('pruneStore', () => {
  it('keeps named and recent entries, deletes old unnamed ones', () => {
    const dir = scratchDir('wy-prune-');
    const key = (c: string) => c.repeat(64);
    for (const c of ['a', 'b', 'c']) writeFileSync(join(dir, `${key(c)}.json`), '{}');
    writeFileSync(join(dir, 'manifest-000000000000.json'), JSON.stringify({ version: 1, docs: { x: key('a') } }));
    const old = new Date(Date.now() - 2 * 3600_000);
    utimesSync(join(dir, `${key('a')}.json`), old, old);
    utimesSync(join(dir, `${key('b')}.json`), old, old);
    expect(pruneStore(dir).removed).toBe(1);
    expect(existsSync(join(dir, `${key('a')}.json`))).toBe(true); // named
    expect(existsSync(join(dir, `${key('b')}.json`))).toBe(false); // old, unnamed
    expect(existsSync(join(dir, `${key('c')}.json`))).toBe(true); // recent
    expect(existsSync(join(dir, 'manifest-000000000000.json'))).toBe(true);
  });

  it('a missing store is nothing to do', () => {
    expect(pruneStore('/nonexistent/wy-store')).toEqual({ removed: 0, bytes: 0 });
  });
});
