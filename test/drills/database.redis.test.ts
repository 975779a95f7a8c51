import { describe, expect, it } from 'vitest';
import { databaseDrill } from '../../drills/database.ts';
import { installCleanupHooks } from '../../drills/lib/cleanup.ts';
import { runDrill } from '../../drills/run.ts';

// The quick size of `npm run drill -- database --quick`: its own app processes, Redis, database
// (PostgreSQL at TEST_DATABASE_URL; vitest.config.ts leaves test/drills out without it) and TCP proxy.
installCleanupHooks({ signals: false });

describe('drill: database stall and restart', () => {
  it('answers sends fast (stored or retryable) while the database stalls or is down, loses nothing acked, recovers and keeps RLS', async () => {
    const verdict = await runDrill(databaseDrill, { quick: true, log: () => {} });
    // Every check, the stall included: the chat writer gives up on a stalled batch after 3 s.
    const failed = verdict.checks.filter((c) => !c.ok);
    expect(failed, verdict.figure).toEqual([]);
    expect(verdict.checks.length, verdict.figure).toBeGreaterThan(3);
  }, 120_000);
});
