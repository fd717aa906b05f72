// The site build under faults, on the fixture corpus in scratch folders: a bad setting or an empty
// corpus is refused before anything is written (the previous site stays), naming the variable and
// without a stack trace; a build SIGKILLed at seeded random points is followed by a build whose
// output equals an uninterrupted one, and while a rebuild is killed the output folder holds the
// previous site or the new one, never part of one. Seed: FAULT_SEED (default 14); kills:
// FAULT_SITE_KILLS (default 2), FAULT_PUBLISH_KILLS (default 4).
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT, TSX, litter, rng, runProcess, snapshot } from './helpers.ts';

const SEED = Number(process.env.FAULT_SEED ?? 14);
const KILLS = Number(process.env.FAULT_SITE_KILLS ?? 2);
const PUBLISH_KILLS = Number(process.env.FAULT_PUBLISH_KILLS ?? 4);
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

describe(`published site during a rebuild killed at random points (seed ${SEED})`, () => {
  it('the output folder always holds a whole site, the previous one or the new one, never part of one', async () => {
    const retitled = { WENYUAN_TITLE: '文渊（新）' }; // every page changes
    const dist = join(scratch, 'pub', 'dist');
    expect((await buildSite('pub')).code).toBe(0);
    const previous = snapshot(dist);
    const next = await buildSite('next', retitled);
    expect(next.code, next.out).toBe(0);
    const whole = snapshot(join(scratch, 'next', 'dist'));
    const random = rng(SEED + 1);
    const states: string[] = [];
    for (let k = 0; k < PUBLISH_KILLS; k++) {
      // One kill in each of PUBLISH_KILLS equal slices of a whole build, so every phase (pre-render,
      // astro writing the pages, the index, the swap) gets one at some seeded point.
      const at = Math.round(((k + random()) / PUBLISH_KILLS) * next.ms);
      const run = await buildSite('pub', retitled, at);
      expect(run.timedOut, run.out).toBe(false);
      const now = snapshot(dist);
      states.push(`${at} ms: ${equal(now, previous) ? 'previous' : equal(now, whole) ? 'new' : `part of one (${now.size} of ${whole.size} files)`}`);
    }
    expect(states.filter((s) => !/: (previous|new)$/.test(s)), states.join(', ')).toEqual([]);
  });
});

function equal(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}
