import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { Redis } from 'ioredis';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRedisCoordinator } from '../../src/assistant/coordination/coordination.ts';
import { asSystem } from '../../src/db/tx.ts';
import { openContext } from '../../src/domain/chat/context-seal.ts';
import { createMetrics } from '../../src/metrics.ts';
import { startTestCluster } from '../helpers/app.ts';
import { testCipher } from '../helpers/config.ts';
import { crossInstance } from '../helpers/cross-instance.ts';
import { assistantBackends } from '../helpers/db.ts';
import { testEnv } from '../helpers/env.ts';
import { type FakeModel, startFakeModel } from '../helpers/fake-model.ts';
import { collect, emitAck, nextEvent, waitFor } from '../helpers/sockets.ts';

describe('assistant coordination when Redis cannot be reached', () => {
  it('falls back at once to what this instance alone guarantees', async () => {
    const redis = new Redis('redis://127.0.0.1:1', { lazyConnect: true, retryStrategy: () => null });
    const coordinator = createRedisCoordinator({
      redis,
      keyPrefix: 'nctest:unreachable:',
      logger: pino({ level: 'silent' }),
      metrics: createMetrics(),
    });
    try {
      const started = Date.now();
      const release = await coordinator.lock('user', 5_000, new AbortController().signal);
      release();
      expect(Date.now() - started).toBeLessThan(500);
      coordinator.turnStarted('user', { turnId: 't', replyTo: 'm' }, 5_000);
      coordinator.appendPartial('user', 't', 'hello');
      coordinator.turnEnded('user', 't');
      expect(await coordinator.cancelElsewhere('user', 't')).toBe(false);
      expect(await coordinator.turnInProgress('user')).toBeUndefined();
    } finally {
      await coordinator.close();
      redis.disconnect();
    }
  });
});

// Turns across instances need Redis: absent (not skipped) where TEST_REDIS_URL is unset.
if (testEnv.TEST_REDIS_URL) {
  const redisUrl = testEnv.TEST_REDIS_URL;
  describe.each(assistantBackends)('assistant turns across two instances sharing Redis, on %s', (backend) => {
    let fake: FakeModel;
    let cluster: Awaited<ReturnType<typeof startTestCluster>>;
    const x = crossInstance(() => cluster);
    const replies = async (userId: string) => {
      const { rows } = await asSystem(cluster.database.handle.db, (tx) =>
        tx.execute(
          sql`SELECT context FROM chat_messages WHERE user_id = ${userId} AND role = 'assistant' ORDER BY id`,
        ),
      );
      return rows.map(
        (r) =>
          openContext(testCipher, userId, r.context as Record<string, unknown>) as {
            result: string;
            turnId: string;
          },
      );
    };

    beforeAll(async () => {
      fake = await startFakeModel();
      cluster = await startTestCluster(backend, redisUrl, 2, {
        OPENAI_API_KEY: 'test',
        OPENAI_BASE_URL: fake.url,
      });
    });
    afterEach(() => {
      x.closeSockets();
      fake.reset();
    });
    afterAll(async () => {
      await cluster?.close();
      await fake?.close();
    });

    it('runs one turn per user at a time across instances', async () => {
      const [a, b] = cluster.urls as [string, string];
      const { userId, token } = await x.signUp();
      const [onA, onB] = [await x.open(a, token), await x.open(b, token)];
      const seen = collect<{ role: string; replyTo: string }>(onA, 'chat:message');
      fake.latencyMs = 150;
      fake.fallback = (req) => ({ text: `Answer to ${req.messages.at(-1).content}` });
      await Promise.all([
        emitAck(onA, 'chat:send', { clientMessageId: randomUUID(), content: 'from A' }),
        emitAck(onB, 'chat:send', { clientMessageId: randomUUID(), content: 'from B' }),
      ]);
      await waitFor(() => seen.filter((m) => m.role === 'assistant').length === 2, 10_000);
      expect(fake.requests).toHaveLength(2);
      expect(fake.maxInFlight).toBe(1);
      // The second turn saw the first one's answer.
      expect(JSON.stringify(fake.requests[1]!.messages)).toContain('Answer to');
      expect(new Set((await replies(userId)).map((r) => r.turnId)).size).toBe(2);
    });

    it('shows a reply in progress to a device that syncs on the other instance, and cancels it from there', async () => {
      const [a, b] = cluster.urls as [string, string];
      const { userId, token } = await x.signUp();
      const onA = await x.open(a, token);
      const long = 'A slow, careful answer about calm places to sit. '.repeat(8);
      fake.enqueue({ text: long, chunkSize: 6, delayMs: 20 });
      const first = nextEvent<{ turnId: string }>(onA, 'chat:delta');
      const finished = nextEvent<{ content: string; role: string }>(
        onA,
        'chat:message',
        (m) => m.role === 'assistant',
        10_000,
      );
      await emitAck(onA, 'chat:send', { clientMessageId: randomUUID(), content: 'tell me slowly' });
      const { turnId } = await first;
      await new Promise((r) => setTimeout(r, 200));

      const onB = await x.open(b, token);
      const sync = await emitAck(onB, 'chat:sync', {});
      const later: string[] = [];
      onB.on('chat:delta', (d: { delta: string }) => later.push(d.delta));
      expect(sync.turn).toMatchObject({ turnId });
      expect(sync.turn.partialContent.length).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 150));
      const cancelled = await emitAck(onB, 'chat:cancel', { turnId });
      expect(cancelled).toEqual({ ok: true, cancelled: true });
      const reply = await finished;
      expect(reply.content.length).toBeLessThan(long.length);
      await waitFor(() => later.join('').length > 0);
      expect(reply.content.startsWith(sync.turn.partialContent)).toBe(true);
      expect((await replies(userId)).map((r) => r.result)).toEqual(['cancelled']);
    });
  });
}
