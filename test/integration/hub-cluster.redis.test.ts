import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { withUser } from '../../src/domain/context.ts';
import { notify } from '../../src/domain/notifications/notify.ts';
import { startTestCluster } from '../helpers/app.ts';
import { crossInstance, expectMentorAlertAcross } from '../helpers/cross-instance.ts';
import { backends } from '../helpers/db.ts';
import { testEnv } from '../helpers/env.ts';
import { emitAck, nextEvent } from '../helpers/sockets.ts';

// Cross-instance delivery needs Redis: absent (not skipped) where TEST_REDIS_URL is unset.
if (testEnv.TEST_REDIS_URL) {
  const redisUrl = testEnv.TEST_REDIS_URL;
  const variants = [...backends.map((b) => [b, 'classic'] as const), ['pglite', 'sharded'] as const];
  describe.each(variants)('two instances sharing Redis on %s, %s adapter', (backend, adapter) => {
    let cluster: Awaited<ReturnType<typeof startTestCluster>>;
    const x = crossInstance(() => cluster);

    beforeAll(async () => {
      cluster = await startTestCluster(backend, redisUrl, 2, { REDIS_ADAPTER: adapter });
    });
    afterEach(() => x.closeSockets());
    afterAll(() => cluster?.close());

    it("shows the same user's messages and replies on both instances", async () => {
      const [a, b] = cluster.urls as [string, string];
      const { token } = await x.signUp(a);
      const onA = await x.open(a, token);
      const onB = await x.open(b, token);
      const echoed = nextEvent(onB, 'chat:message', (m) => m.role === 'user');
      const replied = nextEvent(onB, 'chat:message', (m) => m.role === 'assistant');
      const ack = await emitAck(onA, 'chat:send', { clientMessageId: randomUUID(), content: 'from A' });
      expect((await echoed).id).toBe(ack.message.id);
      expect((await replied).replyTo).toBe(ack.message.id);
    });

    it('alerts a mentor connected to instance B when a user books through REST on instance A', async () => {
      const [a, b] = cluster.urls as [string, string];
      await expectMentorAlertAcross(x, a, b);
    });

    it('pushes a notification created on instance A to the socket on instance B within a second', async () => {
      const [a, b] = cluster.urls as [string, string];
      const { userId, token } = await x.signUp(a);
      const onB = await x.open(b, token);
      await new Promise((r) => setTimeout(r, 100)); // let the adapter's subscription settle
      const started = Date.now();
      const pushed = nextEvent(onB, 'notification', () => true, 1_000);
      await withUser(cluster.instances[0]!.deps, userId, (ctx) =>
        notify(ctx, { userId, type: 'reminder', title: 'Across', message: 'from A' }),
      );
      expect(await pushed).toMatchObject({ title: 'Across' });
      expect(Date.now() - started).toBeLessThan(1_000);
    });
  });
}
