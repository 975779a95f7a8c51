import { expect } from 'vitest';
import { installCleanupHooks } from '../../drills/lib/cleanup.ts';
import type { Drill } from '../../drills/lib/types.ts';
import { runDrill } from '../../drills/run.ts';

// Drill tests start their own app processes, Redis and databases (PostgreSQL at
// TEST_DATABASE_URL; vitest.config.ts leaves test/drills out without it): clean up on exit.
installCleanupHooks({ signals: false });

/** Runs a drill at its quick size and expects every one of its (at least minChecks) checks to pass. */
export async function expectQuickDrillPasses(drill: Drill, minChecks = 1): Promise<void> {
  const verdict = await runDrill(drill, { quick: true, log: () => {} });
  expect(
    verdict.checks.filter((c) => !c.ok),
    verdict.figure,
  ).toEqual([]);
  expect(verdict.checks.length, verdict.figure).toBeGreaterThanOrEqual(minChecks);
}
