import { describe, it } from 'vitest';
import { databaseDrill } from '../../drills/database.ts';
import { expectQuickDrillPasses } from '../helpers/drills.ts';

describe('drill: database stall and restart', () => {
  it('answers sends fast (stored or retryable) while the database stalls or is down, loses nothing acked, recovers and keeps RLS', async () => {
    // Every check, the stall included: the chat writer gives up on a stalled batch after 3 s.
    await expectQuickDrillPasses(databaseDrill, 4);
  }, 120_000);
});
