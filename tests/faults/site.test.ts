// The site build under faults, on the fixture corpus in scratch folders: a bad setting or an empty
// corpus is refused before anything is written (the previous site stays), naming the variable and
// without a stack trace; a build SIGKILLed at seeded random points is followed by a build whose
// output equals an uninterrupted one. Seed: FAULT_SEED (default 14); kills: FAULT_SITE_KILLS (default 2).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT, TSX, litter, rng, runProcess, snapshot } from './helpers.ts';

const SEED = Number(process.env.FAULT_SEED ?? 14);
const KILLS = Number(process.env.FAULT_SITE_KILLS ?? 2);
const scratch = mkdtempSync(join(tmpdir(), 'wenyuan-faults-site-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const env = (name: string, extra: Record<string, string> = {}) => ({
  ASTRO_TELEMETRY_DISABLED: '1',
  WENYUAN_CORPUS: 'tests/fixtures/site/docs',
  WENYUAN_OUT_DIR: join(scratch, name, 'dist'),
  WENYUAN_CACHE_DIR: join(scratch, name, 'astro'),
  WENYUAN_RENDER_DIR: join(scratch, name, 'render'),
  ...extra,
});
const buildSite = (name: string, extra: Record<string, string> = {}, killAfterMs?: number) =>
  runProcess(TSX, ['scripts/build-site.ts', '--quiet'], { cwd: PROJECT, env: env(name, extra), killAfterMs });

describe('site build: refused settings leave the published site alone', () => {
  const published = () => {
    const dist = join(scratch, 'kept', 'dist');
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'index.html'), 'the site readers have');
    return dist;
  };
  const empty = join(scratch, 'empty-corpus');
  mkdirSync(empty, { recursive: true });
  it.each([
    [{ WENYUAN_BASE: '../' }, /base \(WENYUAN_BASE\)/],
    [{ WENYUAN_SITE: 'foo:bar' }, /site \(WENYUAN_SITE\)/],
    [{ WENYUAN_PAGE_SIZE: 'ten' }, /pageSize \(WENYUAN_PAGE_SIZE\)/],
    [{ WENYUAN_CORPUS: empty }, /holds no Markdown documents/],
  ])('%j', async (extra, message) => {
    const dist = published();
    const run = await buildSite('kept', extra);
    expect(run.code).not.toBe(0);
    expect(run.out).toMatch(message);
    expect(run.out).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
    expect([...snapshot(dist).keys()]).toEqual(['index.html']);
  });
});

describe(`site build killed at random points (seed ${SEED})`, () => {
  it('the next build recovers: same files as an uninterrupted build, no temp files', async () => {
    const ref = await buildSite('ref');
    expect(ref.code, ref.out).toBe(0);
    const expected = snapshot(join(scratch, 'ref', 'dist'));
    expect(expected.size).toBeGreaterThan(10);
    const random = rng(SEED);
    let killed = 0;
    for (let k = 0; k < KILLS; k++) {
      const run = await buildSite('kill', {}, Math.round(1000 + random() * (ref.ms - 1000)));
      expect(run.timedOut, run.out).toBe(false);
      if (run.signal === 'SIGKILL') killed++;
    }
    expect(killed).toBeGreaterThanOrEqual(1);
    const after = await buildSite('kill');
    expect(after.code, after.out).toBe(0);
    expect(snapshot(join(scratch, 'kill', 'dist'))).toEqual(expected);
    expect(litter(join(scratch, 'kill')).filter((p) => !p.startsWith('astro/'))).toEqual([]);
    expect(existsSync(join(scratch, 'kill', 'dist', 'index.html'))).toBe(true);
  });
});
