import { describe, expect, it } from 'vitest';
import { installCleanupHooks } from '../../drills/lib/cleanup.ts';
import { redisOutageDrill } from '../../drills/redis-outage.ts';
import { runDrill } from '../../drills/run.ts';

// The quick size of `npm run drill -- redis --quick`: its own app processes, Redis and database
// (PostgreSQL at TEST_DATABASE_URL; vitest.config.ts leaves test/drills out without it).
installCleanupHooks({ signals: false });

describe('drill: Redis outage', () => {
  it('keeps acking and delivering locally while Redis is down, and heals cross-instance delivery', async () => {
    const verdict = await runDrill(redisOutageDrill, { quick: true, log: () => {} });
    expect(
      verdict.checks.filter((c) => !c.ok),
      verdict.figure,
    ).toEqual([]);
    expect(verdict.checks.length, verdict.figure).toBeGreaterThan(0);
  }, 120_000);
});
