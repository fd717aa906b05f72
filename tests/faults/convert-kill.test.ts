// SIGKILL the converter at seeded random points, again and again on the same project; the next
// complete run must leave exactly what an uninterrupted run leaves, with no temp files, and
// `convert --check` must pass. Seed: FAULT_SEED (default 14); kills: FAULT_KILLS (default 8). The
// seed fixes each kill point as a fraction of the uninterrupted time of that kind of run (first,
// cold or warm: a warm run is several times shorter than the first), so nearly every run is really
// killed however busy the machine; a failure prints the points.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT, TSX, litter, rng, runProcess, scratchProject, snapshot } from './helpers.ts';

const SEED = Number(process.env.FAULT_SEED ?? 14);
const KILLS = Number(process.env.FAULT_KILLS ?? 8);
const CLI = join(PROJECT, 'scripts/convert/cli.ts');
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

const convert = (root: string, args: string[] = [], killAfterMs?: number) => runProcess(TSX, [CLI, '--quiet', ...args], { cwd: root, killAfterMs });

describe(`converter killed at random points (seed ${SEED})`, () => {
  it('recovers: same output as an uninterrupted run, no litter, --check passes', async () => {
    const clean = scratchProject('ref');
    roots.push(clean);
    const ref = await convert(clean);
    expect(ref.code, ref.out).toBe(0);
    const expected = snapshot(join(clean, 'content'));
    // How long each kind of run takes here, now: cold (--no-cache) and warm runs over written output.
    const cold = await convert(clean, ['--no-cache']);
    const warm = await convert(clean);
    expect([cold.code, warm.code], cold.out + warm.out).toEqual([0, 0]);
    const length = (k: number) => (k === 0 ? ref.ms : k % 2 === 0 ? cold.ms : warm.ms);

    const root = scratchProject('kill');
    roots.push(root);
    const random = rng(SEED);
    const killedAt: number[] = [];
    const runs: string[] = [];
    let killed = 0;
    for (let k = 0; k < KILLS; k++) {
      // Alternate cold (no cache) and warm runs; kill anywhere from the end of start-up (~200 ms)
      // to near the end of a run of that kind.
      const at = Math.round(200 + random() * 0.9 * Math.max(0, length(k) - 200));
      killedAt.push(at);
      const run = await convert(root, k % 2 === 0 ? ['--no-cache'] : [], at);
      expect(run.timedOut, run.out).toBe(false);
      runs.push(`${at} ms: pid ${run.pid} ${run.signal ?? run.code}`);
      if (run.signal === 'SIGKILL') killed++;
    }
    expect(killed, 'most runs must really be killed, or this test tests nothing').toBeGreaterThanOrEqual(KILLS / 2);
    const after = await convert(root);
    expect(after.code, `${after.out}\nkilled at ${killedAt.join(', ')} ms`).toBe(0);
    expect(litter(join(root, 'content')), `runs: ${runs.join(', ')}; then pid ${after.pid}`).toEqual([]);
    expect(snapshot(join(root, 'content'))).toEqual(expected);
    const check = await convert(root, ['--check']);
    expect(check.code, check.out).toBe(0);
  });

  it('a kill during --check changes nothing', async () => {
    const root = scratchProject('check');
    roots.push(root);
    expect((await convert(root)).code).toBe(0);
    const before = snapshot(join(root, 'content'));
    expect((await convert(root, ['--check'], 600)).timedOut).toBe(false);
    expect(snapshot(join(root, 'content'))).toEqual(before);
  });
});
