import { describe, it } from 'vitest';
import { redisOutageDrill } from '../../drills/redis-outage.ts';
import { expectQuickDrillPasses } from '../helpers/drills.ts';

describe('drill: Redis outage', () => {
  it('keeps acking and delivering locally while Redis is down, and heals cross-instance delivery', async () => {
    await expectQuickDrillPasses(redisOutageDrill);
  }, 120_000);
});
