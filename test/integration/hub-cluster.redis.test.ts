import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/tx.ts';
import { withUser } from '../../src/domain/context.ts';
import { notify } from '../../src/domain/notifications/notify.ts';
import { startTestCluster } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { testEnv } from '../helpers/env.ts';
import { type ClientSocket, emitAck, nextEvent, openSocket } from '../helpers/sockets.ts';

// Cross-instance delivery needs Redis: absent (not skipped) where TEST_REDIS_URL is unset.
if (testEnv.TEST_REDIS_URL) {
  const redisUrl = testEnv.TEST_REDIS_URL;
  const variants = [...backends.map((b) => [b, 'classic'] as const), ['pglite', 'sharded'] as const];
  describe.each(variants)('two instances sharing Redis on %s, %s adapter', (backend, adapter) => {
    let cluster: Awaited<ReturnType<typeof startTestCluster>>;
    const sockets: ClientSocket[] = [];
    const open = async (url: string, token: string) => {
      const s = await openSocket(url, token);
      sockets.push(s);
      return s;
    };
    async function signUp(url: string) {
      const tag = randomUUID().slice(0, 8);
      const res = await fetch(`${url}/api/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: `c-${tag}@example.com`,
          username: `c_${tag}`,
          displayName: tag,
          password: `pw-${tag}-long`,
        }),
      });
      const body = (await res.json()) as { user: { id: string }; token: string };
      await asSystem(cluster.database.handle.db, (tx) =>
        tx.execute(
          sql`UPDATE users SET consent_given = true, consent_date = now() WHERE id = ${body.user.id}`,
        ),
      );
      return body;
    }

    beforeAll(async () => {
      cluster = await startTestCluster(backend, redisUrl, 2, { REDIS_ADAPTER: adapter });
    });
    afterEach(() => {
      for (const s of sockets.splice(0)) s.close();
    });
    afterAll(() => cluster?.close());

    it("shows the same user's messages and replies on both instances", async () => {
      const [a, b] = cluster.urls as [string, string];
      const { token } = await signUp(a);
      const onA = await open(a, token);
      const onB = await open(b, token);
      const echoed = nextEvent(onB, 'chat:message', (m) => m.role === 'user');
      const replied = nextEvent(onB, 'chat:message', (m) => m.role === 'assistant');
      const ack = await emitAck(onA, 'chat:send', { clientMessageId: randomUUID(), content: 'from A' });
      expect((await echoed).id).toBe(ack.message.id);
      expect((await replied).replyTo).toBe(ack.message.id);
    });

    it('alerts a mentor connected to instance B when a user books through REST on instance A', async () => {
      const [a, b] = cluster.urls as [string, string];
      const mentorUser = await signUp(a);
      const becoming = await fetch(`${a}/api/mentors`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${mentorUser.token}` },
        body: JSON.stringify({
          title: 'Peer mentor',
          specialization: ['Calm'],
          bio: 'Here to help.',
          scheduleType: 'virtual',
        }),
      });
      const { mentor } = (await becoming.json()) as { mentor: { id: string } };
      const mentee = await signUp(a);
      const mentorOnB = await open(b, mentorUser.token);
      await new Promise((r) => setTimeout(r, 100));
      const alert = nextEvent(mentorOnB, 'mentor:session', (e) => e.event === 'booked', 1_000);
      const bell = nextEvent(mentorOnB, 'notification', (n) => n.type === 'session_booked', 1_000);
      const booked = await fetch(`${a}/api/mentor-sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${mentee.token}` },
        body: JSON.stringify({
          mentorId: mentor.id,
          scheduledAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
          durationMinutes: 30,
          sessionType: 'virtual',
        }),
      });
      expect(booked.status).toBe(201);
      const { session } = (await booked.json()) as { session: { id: string } };
      expect((await alert).session).toMatchObject({ id: session.id });
      expect(await bell).toMatchObject({ type: 'session_booked' });
    });

    it('pushes a notification created on instance A to the socket on instance B within a second', async () => {
      const [a, b] = cluster.urls as [string, string];
      const { user, token } = await signUp(a);
      const onB = await open(b, token);
      await new Promise((r) => setTimeout(r, 100)); // let the adapter's subscription settle
      const started = Date.now();
      const pushed = nextEvent(onB, 'notification', () => true, 1_000);
      await withUser(cluster.instances[0]!.deps, user.id, (ctx) =>
        notify(ctx, { userId: user.id, type: 'reminder', title: 'Across', message: 'from A' }),
      );
      expect(await pushed).toMatchObject({ title: 'Across' });
      expect(Date.now() - started).toBeLessThan(1_000);
    });
  });
}
