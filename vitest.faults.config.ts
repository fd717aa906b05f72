import { defineConfig } from 'vitest/config';

// npm run test:faults: the slow half of the reliability suite (child processes killed at seeded
// random points, site builds with bad settings). One file at a time: they time real processes.
// Nothing can hang: every child has a watchdog (tests/faults/helpers.ts, 240 s), every test a
// timeout; the kill points come from a seeded PRNG (FAULT_SEED).
export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
