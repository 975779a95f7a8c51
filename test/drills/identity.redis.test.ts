import { describe, expect, it } from 'vitest';
import { identityDrill } from '../../drills/identity.ts';
import { installCleanupHooks } from '../../drills/lib/cleanup.ts';
import { runDrill } from '../../drills/run.ts';

// The quick size of `npm run drill -- identity --quick`: its own app processes, Redis and database
// (PostgreSQL at TEST_DATABASE_URL; vitest.config.ts leaves test/drills out without it).
installCleanupHooks({ signals: false });

describe('drill: identity', () => {
  it('refuses forged tokens, drops revoked sockets, leaks nothing by id, and keeps users apart on a small pool', async () => {
    const verdict = await runDrill(identityDrill, { quick: true, log: () => {} });
    expect(
      verdict.checks.filter((c) => !c.ok),
      verdict.figure,
    ).toEqual([]);
    expect(verdict.checks.length, verdict.figure).toBeGreaterThan(0);
  }, 120_000);
});
