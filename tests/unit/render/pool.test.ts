// The pre-render pool keeps the weight in flight (Markdown characters) under its budget, whatever
// the number of workers, and still runs a task heavier than the budget on its own.
import { describe, expect, it } from 'vitest';
import { runPool } from '../../../scripts/render/pool.ts';

const worker = new URL('./fixtures/weigh-worker.mjs', import.meta.url);

async function run(weights: number[], workers: number, budget: number) {
  const shared = new SharedArrayBuffer(8);
  const done: string[] = [];
  const tasks = weights.map((weight, i) => ({ key: `k${i % 5}`, weight }));
  await runPool(worker, { shared }, tasks, workers, (d) => done.push(d.key), { weight: (t) => t.weight, budget });
  return { max: new Int32Array(shared)[1]!, done: done.length };
}

describe('render pool', () => {
  it('never holds more than the budget at once, and finishes every task', async () => {
    const weights = [900, 900, 900, 900, 10, 10, 10, 900, 10, 10, 10, 10];
    const r = await run(weights, 4, 2000);
    expect(r.done).toBe(weights.length);
    expect(r.max).toBeLessThanOrEqual(2000);
    expect(r.max).toBeGreaterThan(900); // light tasks still run beside a heavy one
  });
  it('a task heavier than the budget runs alone', async () => {
    const r = await run([5000, 10, 5000, 10], 4, 1000);
    expect(r.done).toBe(4);
    expect(r.max).toBe(5000);
  });
  it('without a budget, two tasks per worker', async () => {
    const shared = new SharedArrayBuffer(8);
    await runPool(worker, { shared, hold: 6 }, Array.from({ length: 12 }, (_, i) => ({ key: `k${i}`, weight: 1 })), 3, () => {});
    expect(new Int32Array(shared)[1]).toBe(6);
  });
});
