import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/tx.ts';
import { startTestCluster } from '../helpers/app.ts';
import { testEnv } from '../helpers/env.ts';
import { startOwnRedis } from '../helpers/redis-server.ts';
import { type ClientSocket, collect, emitAck, nextEvent, openSocket, waitFor } from '../helpers/sockets.ts';

// Needs redis-server on this machine: present wherever TEST_REDIS_URL is (CI), absent otherwise.
if (testEnv.TEST_REDIS_URL) {
  describe('a Redis outage', () => {
    let redis: Awaited<ReturnType<typeof startOwnRedis>>;
    let cluster: Awaited<ReturnType<typeof startTestCluster>>;
    const sockets: ClientSocket[] = [];
    beforeAll(async () => {
      redis = await startOwnRedis();
      cluster = await startTestCluster('pglite', redis.url, 2);
    });
    afterAll(async () => {
      for (const s of sockets) s.close();
      await cluster?.close();
      await redis?.stop();
    });

    it('keeps storing and acking, delivers locally, reports degraded, and heals when Redis returns', async () => {
      const [a, b] = cluster.urls as [string, string];
      const res = await fetch(`${a}/api/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: 'outage@example.com',
          username: 'outage',
          displayName: 'O',
          password: 'outage-password',
        }),
      });
      const { user, token } = (await res.json()) as { user: { id: string }; token: string };
      await asSystem(cluster.database.handle.db, (tx) =>
        tx.execute(sql`UPDATE users SET consent_given = true, consent_date = now() WHERE id = ${user.id}`),
      );
      const onA = await openSocket(a, token);
      const onB = await openSocket(b, token);
      sockets.push(onA, onB);
      const repliesOnA = collect<{ role: string }>(onA, 'chat:message');

      const sends: Promise<{ ok: boolean; message?: { id: string } }>[] = [];
      for (let i = 0; i < 40; i++) {
        if (i === 15) await redis.stop();
        sends.push(
          emitAck(onA, 'chat:send', { clientMessageId: randomUUID(), content: `burst ${i}` }, 10_000),
        );
        await new Promise((r) => setTimeout(r, 10));
      }
      const acks = await Promise.all(sends);
      expect(acks.every((x) => x.ok)).toBe(true);
      const ids = acks.map((x) => x.message!.id);
      const { rows } = await asSystem(cluster.database.handle.db, (tx) =>
        tx.execute(sql`SELECT id FROM chat_messages WHERE user_id = ${user.id} AND role = 'user'`),
      );
      expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
      // Local delivery went on: every message got its reply on the sender's instance.
      await waitFor(() => repliesOnA.filter((m) => m.role === 'assistant').length === 40, 10_000);

      const degraded = (await (await fetch(`${a}/readyz`)).json()) as {
        status: string;
        checks: { redis: string };
      };
      expect(degraded).toMatchObject({ status: 'degraded', checks: { redis: 'down' } });

      redis = await startOwnRedis(redis.port);
      await waitFor(() => cluster.instances.every((i) => i.deps.redis?.status === 'ready'), 10_000);
      const healed = (await (await fetch(`${a}/readyz`)).json()) as { status: string };
      expect(healed.status).toBe('ok');
      // Cross-instance delivery resumes by itself (retry until the subscriber is back, within 5 s).
      const started = Date.now();
      let delivered = false;
      while (!delivered && Date.now() - started < 5_000) {
        const echo = nextEvent(onB, 'chat:message', (m) => m.role === 'user', 500).then(
          () => true,
          () => false,
        );
        await emitAck(onA, 'chat:send', { clientMessageId: randomUUID(), content: 'after the outage' });
        delivered = await echo;
      }
      expect(delivered).toBe(true);
    });
  });

  describe('shutting down while Redis is away', () => {
    it('leaves no stray rejection behind (the socket adapter drops its unsubscribe promises)', async () => {
      const own = await startOwnRedis();
      const one = await startTestCluster('pglite', own.url, 1);
      const stray: unknown[] = [];
      const onStray = (err: unknown) => void stray.push(err);
      process.on('unhandledRejection', onStray);
      try {
        await own.stop();
        await waitFor(() => one.instances[0]!.deps.redis?.status !== 'ready', 5_000);
        await one.close();
        await new Promise((r) => setTimeout(r, 300));
      } finally {
        process.off('unhandledRejection', onStray);
      }
      expect(stray.map(String)).toEqual([]);
    });
  });
}
