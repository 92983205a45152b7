import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // The files mostly wait (simulated builds, polls, retries, spawned bundles): on 2 cores a third file in
    // flight keeps the cores busier without starving the others (docs/performance.md, Test and CI time).
    maxWorkers: 3,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
