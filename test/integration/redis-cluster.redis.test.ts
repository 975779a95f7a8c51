import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRedisCoordinator } from '../../src/assistant/coordination/coordination.ts';
import { asSystem } from '../../src/db/tx.ts';
import { withUser } from '../../src/domain/context.ts';
import { notify } from '../../src/domain/notifications/notify.ts';
import type { Metrics } from '../../src/metrics.ts';
import { isCluster } from '../../src/redis/client.ts';
import { pushDeferredNotifications } from '../../src/scheduler/deferred.ts';
import { startTestCluster } from '../helpers/app.ts';
import { crossInstance, expectMentorAlertAcross } from '../helpers/cross-instance.ts';
import { backends } from '../helpers/db.ts';
import { testEnv } from '../helpers/env.ts';
import { type OwnRedisCluster, startOwnRedisCluster } from '../helpers/redis-cluster.ts';
import { emitAck, nextEvent, waitFor } from '../helpers/sockets.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Failures an instance counted on one surface (nightchill_errors_total). */
async function errorsOn(metrics: Metrics, surface: string): Promise<number> {
  const { values } = await metrics.errors.get();
  return values.filter((v) => v.labels.surface === surface).reduce((n, v) => n + v.value, 0);
}

/** Polls an async condition until it holds (bounded). */
async function eventually(cond: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(25);
  }
}

// Needs redis-server and redis-cli on this machine: present wherever TEST_REDIS_URL is (CI),
// absent otherwise. The cluster is the test's own (six processes on free ports), never the shared
// Redis on 6379.
if (testEnv.TEST_REDIS_URL) {
  const backend = backends.at(-1)!;
  describe(`two instances on a six-node Redis Cluster (3 masters, 3 replicas), on ${backend}`, () => {
    let redis: OwnRedisCluster;
    let cluster: Awaited<ReturnType<typeof startTestCluster>>;
    const x = crossInstance(() => cluster);
    const prefix = () => cluster.instances[0]!.deps.config.redis.keyPrefix;

    beforeAll(async () => {
      redis = await startOwnRedisCluster();
      cluster = await startTestCluster(backend, { clusterNodes: redis.seeds }, 2);
      await waitFor(() => cluster.instances.every((i) => i.deps.redis?.status === 'ready'), 10_000);
    });
    afterEach(() => x.closeSockets());
    afterAll(async () => {
      x.closeSockets();
      await cluster?.close();
      await redis?.stop();
    });

    it('connects every instance through one cluster client, with the sharded adapter by default', () => {
      for (const instance of cluster.instances) {
        expect(isCluster(instance.deps.redis!)).toBe(true);
        expect(instance.deps.config.redis.adapter).toBe('sharded');
      }
    });

    it("shows a user's message and its reply on both instances", async () => {
      const [a, b] = cluster.urls as [string, string];
      const { token } = await x.signUp(a);
      const onA = await x.open(a, token);
      const onB = await x.open(b, token);
      await sleep(100); // the room's SSUBSCRIBE on B
      const echoed = nextEvent(onB, 'chat:message', (m) => m.role === 'user');
      const replied = nextEvent(onB, 'chat:message', (m) => m.role === 'assistant');
      const ack = await emitAck(onA, 'chat:send', {
        clientMessageId: randomUUID(),
        content: 'over the cluster',
      });
      expect((await echoed).id).toBe(ack.message.id);
      expect((await replied).replyTo).toBe(ack.message.id);
      // The turn took its lock, streamed its partial reply and ended on the cluster without a failure.
      for (const i of cluster.instances) expect(await errorsOn(i.deps.metrics, 'assistant_redis')).toBe(0);
    });

    it('alerts a mentor connected to B when a user books through REST on A', async () => {
      const [a, b] = cluster.urls as [string, string];
      await expectMentorAlertAcross(x, a, b);
    });

    it('pushes a reminder set for later, swept on A, to the socket on B at its time', async () => {
      const [a, b] = cluster.urls as [string, string];
      const { userId, token } = await x.signUp(a);
      const onB = await x.open(b, token);
      await sleep(100);
      const pushed = nextEvent(onB, 'notification', (n) => n.title === 'Stretch', 5_000);
      await withUser(cluster.instances[0]!.deps, userId, (ctx) =>
        notify(ctx, {
          userId,
          type: 'reminder',
          title: 'Stretch',
          message: 'Stretch',
          deliverAt: new Date(Date.now() + 300),
        }),
      );
      await sleep(400);
      // At most 1: an instance's own scheduler may have claimed it first; either way once.
      expect(await pushDeferredNotifications(cluster.instances[0]!.deps)).toBeLessThanOrEqual(1);
      expect(await pushed).toMatchObject({ type: 'reminder', title: 'Stretch' });
    });

    it('shares rate limits across instances', async () => {
      const [limiterA, limiterB] = cluster.instances.map((i) => i.deps.rateLimiter) as [
        (typeof cluster.instances)[0]['deps']['rateLimiter'],
        (typeof cluster.instances)[0]['deps']['rateLimiter'],
      ];
      const rule = { limit: 5, windowSeconds: 60 };
      for (const key of ['a', 'b', 'c'].map((k) => `test:${k}:${randomUUID()}`)) {
        for (let i = 0; i < 3; i++) expect((await limiterA.consume(key, rule)).allowed).toBe(true);
        for (let i = 0; i < 2; i++) expect((await limiterB.consume(key, rule)).allowed).toBe(true);
        // Memory would still allow these: the count is the cluster's.
        expect((await limiterB.consume(key, rule)).allowed).toBe(false);
        expect((await limiterA.consume(key, rule)).allowed).toBe(false);
      }
    });

    it('shares the cache and drops a place everywhere, from lists tagged with it in other slots', async () => {
      const [cacheA, cacheB] = cluster.instances.map((i) => i.deps.cache) as [
        (typeof cluster.instances)[0]['deps']['cache'],
        (typeof cluster.instances)[0]['deps']['cache'],
      ];
      let loads = 0;
      const places = Array.from({ length: 6 }, () => randomUUID());
      const detail = (id: string, on = cacheA) =>
        on.getOrLoad(`loc:${id}`, 60, async () => ({ id, load: ++loads }));
      const list = (n: number, on = cacheA) =>
        on.getOrLoad(`near:test:${n}`, 60, async () => ({ ids: places, load: ++loads }), {
          tags: (v) => v.ids.map((id) => `loc:${id}`),
          generation: 'places',
        });
      const first = await detail(places[0]!);
      expect(await detail(places[0]!, cacheB)).toEqual(first); // B reads what A stored
      const lists = await Promise.all([1, 2, 3, 4].map((n) => list(n)));
      expect(await Promise.all([1, 2, 3, 4].map((n) => list(n, cacheB)))).toEqual(lists);

      // A check-in's drop (not a membership change), from B: the place and every list with it.
      await cacheB.invalidateLocation(places[3]!);
      expect((await detail(places[0]!)).load).toBe(first.load); // another place: still cached
      const relisted = await Promise.all([1, 2, 3, 4].map((n) => list(n)));
      for (const [i, l] of relisted.entries()) expect(l.load).not.toBe(lists[i]!.load);
      const again = await detail(places[3]!);
      expect(await detail(places[3]!, cacheB)).toEqual(again);

      // A membership change (a new place) moves the generation: every list is new.
      await cacheA.invalidateLocation(randomUUID(), { membership: true });
      const moved = await list(1, cacheB);
      expect(moved.load).not.toBe(relisted[0]!.load);

      // The keys are spread over the masters, not on one.
      const masters = (await redis.nodes()).filter((n) => n.role === 'master');
      const counts = await Promise.all(masters.map((m) => redis.countKeys(m.port, `${prefix()}*`)));
      expect(counts.filter((c) => c > 0).length).toBeGreaterThanOrEqual(2);
    });

    it('coordinates turns across instances: the lock, the reply so far, a cancel and the end of a turn', async () => {
      const silent = pino({ level: 'silent' });
      const [ca, cb] = cluster.instances.map((i) =>
        createRedisCoordinator({
          redis: i.deps.redis!,
          keyPrefix: i.deps.config.redis.keyPrefix,
          logger: silent,
          metrics: i.deps.metrics,
        }),
      ) as [ReturnType<typeof createRedisCoordinator>, ReturnType<typeof createRedisCoordinator>];
      try {
        // Both coordinators' connections are up once what one writes, the other reads.
        const probe = randomUUID();
        await eventually(async () => {
          ca.turnStarted(probe, { turnId: 'probe', replyTo: 'probe' }, 5_000);
          return (await cb.turnInProgress(probe))?.turnId === 'probe';
        });
        ca.turnEnded(probe, 'probe');
        const userId = randomUUID();
        const signal = new AbortController().signal;
        const release = await ca.lock(userId, 5_000, signal);
        let bHolds = false;
        const bLock = cb.lock(userId, 5_000, signal).then((r) => {
          bHolds = true;
          return r;
        });
        await sleep(150);
        expect(bHolds).toBe(false); // A holds the user's turn
        release();
        (await bLock)();

        ca.turnStarted(userId, { turnId: 't1', replyTo: 'm1' }, 10_000);
        ca.appendPartial(userId, 't1', 'A calm ');
        ca.appendPartial(userId, 't1', 'corner.');
        await eventually(async () => (await cb.turnInProgress(userId))?.partialContent === 'A calm corner.');
        expect(await cb.turnInProgress(userId)).toEqual({
          turnId: 't1',
          replyTo: 'm1',
          partialContent: 'A calm corner.',
        });

        const cancelled = new Promise<[string, string]>((resolve) =>
          ca.onCancel((u, t) => {
            if (u === userId) resolve([u, t]);
          }),
        );
        expect(await cb.cancelElsewhere(userId, 't1')).toBe(true);
        expect(await cancelled).toEqual([userId, 't1']);

        // Ending a turn is one script over two keys (the turn and its partial reply): one slot.
        ca.turnEnded(userId, 't1');
        await eventually(async () => (await cb.turnInProgress(userId)) === undefined);
        const p = prefix();
        const slots = await Promise.all(
          [
            `assistant:lock:{${userId}}`,
            `assistant:turn:{${userId}}`,
            `assistant:partial:{${userId}}:t1`,
          ].map((k) => redis.masterOf(`${p}${k}`)),
        );
        expect(new Set(slots).size).toBe(1);
        for (const i of cluster.instances) expect(await errorsOn(i.deps.metrics, 'assistant_redis')).toBe(0);
      } finally {
        await Promise.all([ca.close(), cb.close()]);
      }
    });

    it('fails a master over mid-chat: every acked message is stored, and delivery across instances resumes', async () => {
      const [a, b] = cluster.urls as [string, string];
      // Twelve people chatting on A, each also connected on B; about a third of their rooms'
      // channels live on the master that is killed.
      const people = await Promise.all(Array.from({ length: 12 }, () => x.signUp(a)));
      const channelOf = (userId: string) => `${prefix()}socket.io#/#user:${userId}#`;
      const victim = await redis.masterOf(channelOf(people[0]!.userId));
      const onVictim = await Promise.all(
        people.map(async (p) => (await redis.masterOf(channelOf(p.userId))) === victim),
      );
      const senders = await Promise.all(people.map((p) => x.open(a, p.token)));
      const receivers = await Promise.all(people.map((p) => x.open(b, p.token)));
      const seenOnB = receivers.map(() => new Map<string, number>());
      const repliesOnB = receivers.map(() => new Set<string>());
      for (const [i, s] of receivers.entries()) {
        s.on('chat:message', (m: { role: string; id: string; replyTo?: string }) => {
          if (m.role === 'user') seenOnB[i]!.set(m.id, Date.now());
          else if (m.replyTo) repliesOnB[i]!.add(m.replyTo);
        });
      }
      await sleep(200); // every room's SSUBSCRIBE on B

      interface Sent {
        who: number;
        at: number;
        ack?: { ok: boolean; message?: { id: string } };
      }
      const sent: Sent[] = [];
      const pending: Promise<void>[] = [];
      const send = (who: number) => {
        const entry: Sent = { who, at: Date.now() };
        sent.push(entry);
        pending.push(
          emitAck(
            senders[who]!,
            'chat:send',
            { clientMessageId: randomUUID(), content: `drill ${sent.length}` },
            10_000,
          )
            .then((ack) => {
              entry.ack = ack;
            })
            .catch(() => {
              entry.ack = { ok: false };
            }),
        );
      };
      const delivered = (s: Sent) => s.ack?.message !== undefined && seenOnB[s.who]!.has(s.ack.message.id);

      // Before: every message reaches B.
      for (let i = 0; i < people.length; i++) send(i);
      await Promise.all(pending);
      await waitFor(() => sent.every(delivered), 5_000);

      // Mid-chat: the master is killed (SIGKILL) while one message every 100 ms keeps going, round
      // robin over the twelve (under each one's 30-a-minute budget). Bounded: 250 sends, 25 s.
      const killedAt = Date.now();
      await redis.kill(victim);
      let round = 0;
      const resumed = () => {
        // Delivery is back when the last five messages of people on the killed master, acked at
        // least 300 ms ago, all reached B.
        const recent = sent.filter(
          (s) => s.at > killedAt && onVictim[s.who] && s.ack && Date.now() - s.at > 300,
        );
        return recent.length >= 5 && recent.slice(-5).every(delivered);
      };
      while (round < 250 && Date.now() - killedAt < 25_000 && !resumed()) {
        send(round % people.length);
        round++;
        await sleep(100);
      }
      await Promise.all(pending);
      await sleep(500);
      expect(resumed()).toBe(true);

      // Nothing acked is lost: every acked message is stored, and every send was acked.
      const acked = sent.filter((s) => s.ack?.ok);
      expect(acked.length).toBe(sent.length);
      const { rows } = await asSystem(cluster.database.handle.db, (tx) =>
        tx.execute(
          sql`SELECT id FROM chat_messages WHERE role = 'user' AND user_id IN (${sql.join(
            people.map((p) => sql`${p.userId}`),
            sql`, `,
          )})`,
        ),
      );
      expect(rows.map((r) => r.id).sort()).toEqual(acked.map((s) => s.ack!.message!.id).sort());

      // Delivery resumed within a bounded time: from the kill to the first message after which
      // every message of people on the killed master reached B.
      const afterKill = sent.filter((s) => s.at > killedAt && onVictim[s.who]);
      const lastMissed = afterKill.findLastIndex((s) => !delivered(s));
      const firstGood = afterKill[lastMissed + 1]!;
      const resumeMs = firstGood.at - killedAt;
      const missed = afterKill.filter((s) => !delivered(s)).length;
      const elsewhere = sent.filter((s) => s.at > killedAt && !onVictim[s.who]);
      const missedElsewhere = elsewhere.filter((s) => !delivered(s)).length;
      const slowest = Math.max(
        ...afterKill.filter(delivered).map((s) => seenOnB[s.who]!.get(s.ack!.message!.id)! - s.at),
      );
      console.info(
        `redis-cluster drill: ${sent.length} sent, ${acked.length} acked and stored; on the killed master's channels ${missed} of ${afterKill.length} not delivered live, every one sent from ${resumeMs} ms after the kill on delivered (the slowest ${slowest} ms after its send); on the other masters ${missedElsewhere} of ${elsewhere.length} not delivered live`,
      );
      expect(resumeMs).toBeLessThan(10_000);

      // Those B missed live, chat:sync returns (the client's catch-up).
      for (const [i, receiver] of receivers.entries()) {
        const sync = await emitAck(receiver, 'chat:sync', { limit: 500 });
        const synced = new Set(sync.messages.map((m: { id: string }) => m.id));
        for (const s of acked.filter((x) => x.who === i)) expect(synced.has(s.ack!.message!.id)).toBe(true);
      }

      // The replica took over: three masters serve every slot again.
      await redis.waitHealthy(15_000, 3);
      expect(await redis.masterOf(channelOf(people[0]!.userId))).not.toBe(victim);

      // Turns go on for people whose keys were on the killed master: each one's next message is
      // answered, on B too, within seconds (a turn lock lost in the failover is released by its
      // retries, not held for its 95 s lifetime).
      const afterStarted = Date.now();
      const asked = await Promise.all(
        people.map(async (_, i) => {
          if (!onVictim[i]) return undefined;
          const ack = await emitAck(senders[i]!, 'chat:send', {
            clientMessageId: randomUUID(),
            content: 'still there?',
          });
          expect(ack.ok).toBe(true);
          return ack.message.id as string;
        }),
      );
      await waitFor(() => asked.every((id, i) => id === undefined || repliesOnB[i]!.has(id)), 15_000);
      console.info(`redis-cluster drill: replies after the failover within ${Date.now() - afterStarted} ms`);
    });
  });
}
