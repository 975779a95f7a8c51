import { defineConfig } from 'vitest/config';

// Suites named *.redis.test.ts need a Redis (TEST_REDIS_URL): on a machine without one they are
// left out of the run, so `npm test` passes on a fresh machine. CI (REQUIRE_ALL_SUITES=1) must
// provide every service: leaving anything out there is an error, not a quiet skip.
const hasRedis = Boolean(process.env.TEST_REDIS_URL?.trim());
if (process.env.REQUIRE_ALL_SUITES === '1' && (!hasRedis || !process.env.TEST_DATABASE_URL?.trim())) {
  throw new Error('REQUIRE_ALL_SUITES=1 needs TEST_DATABASE_URL and TEST_REDIS_URL');
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...(hasRedis ? [] : ['test/**/*.redis.test.ts'])],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file opens its own databases; two cores run two files at once.
    maxWorkers: 2,
    reporters: ['default', './test/helpers/no-skips-reporter.ts'],
  },
});
