import { defineConfig } from 'vitest/config';

// npm run test:faults: the slow half of the reliability suite (child processes killed at seeded
// random points, site builds with bad settings). One file at a time: they time real processes.
export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
