import { describe, expect, it } from 'vitest';
import { leftOutReport, testFiles } from '../helpers/left-out.ts';

const files = [
  'test/browser/chat.browser.test.ts',
  'test/drills/flood.redis.test.ts',
  'test/integration/cache.test.ts',
  'test/integration/hub-cluster.redis.test.ts',
  'test/integration/places.test.ts',
  'test/unit/words.test.ts',
];
// Spelt in pieces, so that this file is not itself taken for one run in part.
const sources: Record<string, string> = {
  'test/integration/cache.test.ts': `const redisUrl = testEnv.${'TEST_REDIS'}_URL;`,
  'test/integration/places.test.ts': `describe.each(${'back'}ends)`,
};
const read = (f: string) => sources[f] ?? '';
const runnable = (exclude: RegExp) => new Set(files.filter((f) => !exclude.test(f)));

describe('what a run without the services says it left out', () => {
  it('names, after a plain full run, the suites left out, those run in part, and how to run them', () => {
    const ran = runnable(/redis\.test|drills/);
    const report = leftOutReport({ redis: false, postgres: false, chromium: true }, ran, files, read);
    expect(report).toContain(
      '2 suites need Redis (TEST_REDIS_URL), left out:\n    test/drills/flood.redis.test.ts\n    test/integration/hub-cluster.redis.test.ts\n',
    );
    expect(report).toContain('1 suite ran without the Redis cases: test/integration/cache.test.ts');
    expect(report).toContain(
      '1 suite needs PostgreSQL (TEST_DATABASE_URL), left out:\n    test/drills/flood.redis.test.ts\n',
    );
    expect(report).toContain(
      '1 suite ran without the PostgreSQL pass (on PGlite only): test/integration/places.test.ts',
    );
    expect(report).toContain('TEST_REDIS_URL=redis://127.0.0.1:6379 npm test');
    expect(report).not.toContain('Chromium');
  });

  it('names only the chosen files run in part after a run of chosen files, and nothing when all ran', () => {
    const some = leftOutReport(
      { redis: false, postgres: true, chromium: true },
      new Set([files[2]!]),
      files,
      read,
    );
    expect(some).toContain('ran without the Redis cases: test/integration/cache.test.ts');
    expect(some).not.toContain('suites need');
    expect(
      leftOutReport({ redis: false, postgres: true, chromium: true }, new Set([files[4]!]), files, read),
    ).toBe('');
    expect(leftOutReport({ redis: true, postgres: true, chromium: true }, new Set(files), files, read)).toBe(
      '',
    );
  });

  it('finds this repository’s test files', () => {
    expect(testFiles()).toContain('test/unit/left-out.test.ts');
  });
});
