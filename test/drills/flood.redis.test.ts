import { describe, expect, it } from 'vitest';
import { floodDrill } from '../../drills/flood.ts';
import { installCleanupHooks } from '../../drills/lib/cleanup.ts';
import { runDrill } from '../../drills/run.ts';

// The quick size of `npm run drill -- flood --quick`: its own app processes, Redis and database
// (PostgreSQL at TEST_DATABASE_URL; vitest.config.ts leaves test/drills out without it).
installCleanupHooks({ signals: false });

describe('drill: flood', () => {
  it('survives floods, huge and mutated frames and fuzzed bodies without a crash, a 5xx or pollution, within the chat budget', async () => {
    const verdict = await runDrill(floodDrill, { quick: true, log: () => {} });
    expect(
      verdict.checks.filter((c) => !c.ok),
      verdict.figure,
    ).toEqual([]);
    expect(verdict.checks.length, verdict.figure).toBeGreaterThan(0);
  }, 120_000);
});
