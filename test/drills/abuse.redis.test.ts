import { describe, expect, it } from 'vitest';
import { abuseDrill } from '../../drills/abuse.ts';
import { runDrill } from '../../drills/run.ts';
import { expectQuickDrillPasses } from '../helpers/drills.ts';

describe('drill: abuse', () => {
  it('holds eight attacks from ordinary accounts to their limits, each beside an ordinary user who is never refused', async () => {
    // Two checks per attack (its limits, the ordinary user served) and the crash count; the
    // ordinary user's p99 against its quiet figure is judged at full size (npm run drill -- abuse).
    await expectQuickDrillPasses(abuseDrill, 17);
  }, 180_000);

  it('answers a bad --only with the range it takes, before any check runs', async () => {
    for (const only of [9, -1, 1.5]) {
      const verdict = await runDrill(abuseDrill, { quick: true, overrides: { only }, log: () => {} });
      expect(verdict.pass).toBe(false);
      expect(verdict.figure).toBe(`error: --only takes 0 (every attack) or 1 to 8, not ${only}`);
      expect(verdict.checks).toEqual([]);
    }
  });
});
