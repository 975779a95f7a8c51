import { describe, it } from 'vitest';
import { identityDrill } from '../../drills/identity.ts';
import { expectQuickDrillPasses } from '../helpers/drills.ts';

describe('drill: identity', () => {
  it('refuses forged tokens, drops revoked sockets, leaks nothing by id, and keeps users apart on a small pool', async () => {
    await expectQuickDrillPasses(identityDrill);
  }, 120_000);
});
