import { describe, it } from 'vitest';
import { crashDrill } from '../../drills/crash.ts';
import { expectQuickDrillPasses } from '../helpers/drills.ts';

describe('drill: instance crash', () => {
  it('loses and duplicates nothing acked when an instance is killed, and displaced clients catch up', async () => {
    await expectQuickDrillPasses(crashDrill);
  }, 120_000);
});
