import { describe, it } from 'vitest';
import { modelDrill } from '../../drills/model.ts';
import { expectQuickDrillPasses } from '../helpers/drills.ts';

describe('drill: model faults', () => {
  it('answers every message despite a slow, failing or garbled model, and sends the crisis response without model and Redis', async () => {
    await expectQuickDrillPasses(modelDrill);
  }, 120_000);
});
