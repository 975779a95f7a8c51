import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userRoom } from '../../src/realtime/events.ts';
import { apiClient, startTestCluster } from '../helpers/app.ts';
import { crossInstance } from '../helpers/cross-instance.ts';
import { backends } from '../helpers/db.ts';
import { testEnv } from '../helpers/env.ts';
import { browserKeys, type PushService, startPushService, vapidPair } from '../helpers/push-service.ts';
import { nextEvent } from '../helpers/sockets.ts';

// Presence across instances needs Redis: absent (not skipped) where TEST_REDIS_URL is unset.
if (testEnv.TEST_REDIS_URL) {
  const redisUrl = testEnv.TEST_REDIS_URL;
  const variants = [...backends.map((b) => [b, 'classic'] as const), ['pglite', 'sharded'] as const];
  describe.each(variants)('Web Push across two instances on %s, %s adapter', (backend, adapter) => {
    let cluster: Awaited<ReturnType<typeof startTestCluster>>;
    let push: PushService;
    const x = crossInstance(() => cluster);

    beforeAll(async () => {
      // Every instance signs with the one configured pair: browsers subscribe with its public key.
      [cluster, push] = await Promise.all([
        startTestCluster(backend, redisUrl, 2, { REDIS_ADAPTER: adapter, ...vapidPair() }),
        startPushService(),
      ]);
    });
    afterEach(() => x.closeSockets());
    afterAll(async () => {
      await cluster?.close();
      await push?.close();
    });

    it('does not push from instance A while the mentor has a socket on instance B; pushes once it is closed', async () => {
      const [a, b] = cluster.urls as [string, string];
      const [instanceA] = cluster.instances;
      const api = apiClient(a);
      const mentorUser = await x.signUp(a);
      const becoming = await api('POST', '/api/mentors', {
        token: mentorUser.token,
        body: {
          title: 'Peer mentor',
          specialization: ['Calm'],
          bio: 'Here to help.',
          scheduleType: 'virtual',
        },
      });
      expect(becoming.status, JSON.stringify(becoming.body)).toBe(201);
      const mentorId = (becoming.body.mentor as { id: string }).id;
      const keys = browserKeys();
      const saved = await api('POST', '/api/me/push-subscriptions', {
        token: mentorUser.token,
        body: { endpoint: push.endpoint(adapter), keys: { p256dh: keys.p256dh, auth: keys.auth } },
      });
      expect(saved.status, JSON.stringify(saved.body)).toBe(201);
      const book = async (daysAhead: number) => {
        const mentee = await x.signUp(a);
        const res = await api('POST', '/api/mentor-sessions', {
          token: mentee.token,
          body: {
            mentorId,
            scheduledAt: new Date(Date.now() + daysAhead * 86_400_000).toISOString(),
            durationMinutes: 30,
            sessionType: 'virtual',
          },
        });
        expect(res.status, JSON.stringify(res.body)).toBe(201);
      };

      const onB = await x.open(b, mentorUser.token);
      await new Promise((r) => setTimeout(r, 100)); // the room's subscription on B
      const bell = nextEvent(onB, 'notification', (n) => n.type === 'session_booked', 3_000);
      await book(3);
      await bell; // the alert reached the open tab on B, through Redis
      await instanceA!.push.idle();
      expect(push.for(adapter)).toEqual([]);

      onB.close();
      // Until A, asking every instance, sees no socket of the mentor's.
      const room = instanceA!.hub.io.in(userRoom(mentorUser.userId));
      let open = (await room.fetchSockets()).length;
      for (let i = 0; i < 100 && open > 0; i++) {
        await new Promise((r) => setTimeout(r, 50));
        open = (await room.fetchSockets()).length;
      }
      expect(open).toBe(0);
      await book(4);
      await instanceA!.push.idle();
      const [request] = push.for(adapter);
      expect(JSON.parse(keys.decrypt(request!.body))).toMatchObject({
        title: 'New session booked',
        url: '/#/mentor',
      });
      expect(push.for(adapter)).toHaveLength(1);
    });
  });
}
