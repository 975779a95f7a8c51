import { describe, expect, it } from 'vitest';
import { installCleanupHooks } from '../../drills/lib/cleanup.ts';
import { modelDrill } from '../../drills/model.ts';
import { runDrill } from '../../drills/run.ts';

// The quick size of `npm run drill -- model --quick`: its own app processes, Redis and database
// (PostgreSQL at TEST_DATABASE_URL; vitest.config.ts leaves test/drills out without it).
installCleanupHooks({ signals: false });

describe('drill: model faults', () => {
  it('answers every message despite a slow, failing or garbled model, and sends the crisis response without model and Redis', async () => {
    const verdict = await runDrill(modelDrill, { quick: true, log: () => {} });
    expect(
      verdict.checks.filter((c) => !c.ok),
      verdict.figure,
    ).toEqual([]);
    expect(verdict.checks.length, verdict.figure).toBeGreaterThan(0);
  }, 120_000);
});
