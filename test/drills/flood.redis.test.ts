import { describe, it } from 'vitest';
import { floodDrill } from '../../drills/flood.ts';
import { expectQuickDrillPasses } from '../helpers/drills.ts';

describe('drill: flood', () => {
  it('survives floods, huge and mutated frames and fuzzed bodies without a crash, a 5xx or pollution, within the chat budget', async () => {
    await expectQuickDrillPasses(floodDrill);
  }, 120_000);
});
