import { describe, it } from 'vitest';
import { abuseDrill } from '../../drills/abuse.ts';
import { expectQuickDrillPasses } from '../helpers/drills.ts';

describe('drill: abuse', () => {
  it('holds eight attacks from ordinary accounts to their limits, each beside an ordinary user who is never refused', async () => {
    // Two checks per attack (its limits, the ordinary user served) and the crash count; the
    // ordinary user's p99 against its quiet figure is judged at full size (npm run drill -- abuse).
    await expectQuickDrillPasses(abuseDrill, 17);
  }, 180_000);
});
