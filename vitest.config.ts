import { defineConfig } from 'vitest/config';
import { nodeFlags } from './src/node-flags.ts';
import { chromiumPath } from './test/helpers/chromium.ts';

// Suites named *.redis.test.ts need a Redis (TEST_REDIS_URL): on a machine without one they are
// left out of the run, so `npm test` passes on a fresh machine. CI (REQUIRE_ALL_SUITES=1) must
// provide every service: leaving anything out there is an error, not a quiet skip.
const hasRedis = Boolean(process.env.TEST_REDIS_URL?.trim());
if (process.env.REQUIRE_ALL_SUITES === '1' && (!hasRedis || !process.env.TEST_DATABASE_URL?.trim())) {
  throw new Error('REQUIRE_ALL_SUITES=1 needs TEST_DATABASE_URL and TEST_REDIS_URL');
}
// Suites named *.browser.test.ts drive Debian's Chromium (CHROMIUM_PATH or /usr/bin/chromium) the
// same way: left out where there is none, an error under REQUIRE_ALL_SUITES=1. They build the web
// client first (globalSetup).
const hasChromium = chromiumPath() !== undefined;
if (process.env.REQUIRE_ALL_SUITES === '1' && !hasChromium) {
  throw new Error('REQUIRE_ALL_SUITES=1 needs Chromium (apt-get install chromium, or CHROMIUM_PATH)');
}

const heapSuites = ['test/integration/assistant-provider-memory.test.ts'];

// Left out of every project where the machine lacks the service (see above).
const missing = [
  '**/node_modules/**',
  ...(hasRedis ? [] : ['test/**/*.redis.test.ts']),
  ...(hasChromium ? [] : ['test/**/*.browser.test.ts']),
  // The drills start app processes over databases of their own on that PostgreSQL server.
  ...(process.env.TEST_DATABASE_URL?.trim() ? [] : ['test/drills/**']),
];

export default defineConfig({
  test: {
    globalSetup: hasChromium ? ['test/helpers/web-build.setup.ts'] : [],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file opens its own databases. Three files at once on two cores: files also wait on
    // PostgreSQL, Chromium and the app processes they start, and with two workers the run used
    // 135% of the cores. Three: 849 s against 919 s for two on the same machine (2026-12-06).
    maxWorkers: 3,
    // The flags the server starts with (src/node-flags.ts), so tests run the code as it runs.
    execArgv: nodeFlags,
    reporters: ['default', './test/helpers/no-skips-reporter.ts'],
    projects: [
      {
        // Files share their worker process (each still opens its own databases, servers and
        // clients): the modules, the crisis detector and the classifier are loaded once per worker
        // rather than once per file. The whole run went from 572 s to ~380 s on the 2-core machine.
        extends: true,
        test: {
          name: 'shared',
          include: ['test/**/*.test.ts'],
          exclude: [...missing, ...heapSuites],
          isolate: false,
        },
      },
      {
        // Suites that count objects on their own process's heap (v8.queryObjects, a full
        // collection): alone, so that the heap holds only what they made (a heap snapshot of a
        // worker that ran forty files once blocked it long enough for its sockets to time out).
        extends: true,
        test: { name: 'isolated', include: heapSuites, exclude: missing, isolate: true },
      },
    ],
  },
});
