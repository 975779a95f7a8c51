import { describe, expect, it } from 'vitest';
import { crashDrill } from '../../drills/crash.ts';
import { installCleanupHooks } from '../../drills/lib/cleanup.ts';
import { runDrill } from '../../drills/run.ts';

// The quick size of `npm run drill -- crash --quick`: its own app processes, Redis and database
// (PostgreSQL at TEST_DATABASE_URL; vitest.config.ts leaves test/drills out without it).
installCleanupHooks({ signals: false });

describe('drill: instance crash', () => {
  it('loses and duplicates nothing acked when an instance is killed, and displaced clients catch up', async () => {
    const verdict = await runDrill(crashDrill, { quick: true, log: () => {} });
    expect(
      verdict.checks.filter((c) => !c.ok),
      verdict.figure,
    ).toEqual([]);
    expect(verdict.checks.length, verdict.figure).toBeGreaterThan(0);
  }, 120_000);
});
