// The suite's own guard: a child that hangs is killed by the watchdog and reported, never waited for.
import { describe, expect, it } from 'vitest';
import { rng, runProcess } from './helpers.ts';

describe('fault-suite harness', () => {
  it('a hanging child (with its group) is killed after timeoutMs and marked timedOut', async () => {
    const run = await runProcess('sh', ['-c', 'sleep 30 & sleep 30'], { cwd: '.', timeoutMs: 300 });
    expect(run.timedOut).toBe(true);
    expect(run.signal).toBe('SIGKILL');
    expect(run.ms).toBeLessThan(10_000);
    expect(run.out).toContain('still running after 300 ms');
  });
  it('the same seed gives the same kill points', () => {
    const a = rng(14), b = rng(14), c = rng(15);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect([c(), c(), c()]).not.toEqual(xs);
  });
});
