import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file opens its own databases; two cores run two files at once.
    maxWorkers: 2,
    reporters: ['default', './test/helpers/no-skips-reporter.ts'],
  },
});
