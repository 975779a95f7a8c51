import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { TurnInProgress } from '../../contract/socket.ts';
import type { Metrics } from '../../metrics.ts';
import { duplicateRedisClient, type RedisClient } from '../../redis/client.ts';

/**
 * What instances share about turns, through Redis when there is one: a lock so each user has one
 * turn at a time across instances, a channel that carries chat:cancel to the instance running the
 * turn, and the reply streamed so far, for a client that reconnects to another instance. Every
 * Redis call is bounded and fails soft: with Redis away, each instance still runs one turn per
 * user at a time on its own (the local queue), and nothing waits for Redis to come back.
 */
export interface Coordinator {
  /** Waits until this instance may run a turn for the user; resolves with the release. */
  lock(userId: string, ttlMs: number, signal: AbortSignal): Promise<() => void>;
  /** Asks the instance running turnId to stop it; true when such a turn is running somewhere. */
  cancelElsewhere(userId: string, turnId: string): Promise<boolean>;
  onCancel(handler: (userId: string, turnId: string) => void): void;
  turnStarted(userId: string, turn: { turnId: string; replyTo: string }, ttlMs: number): void;
  appendPartial(userId: string, turnId: string, delta: string): void;
  turnEnded(userId: string, turnId: string): void;
  turnInProgress(userId: string): Promise<TurnInProgress | undefined>;
  close(): Promise<void>;
}

/** One instance, no Redis: the local queue is the whole story. */
export const localCoordinator: Coordinator = {
  lock: async () => () => {},
  cancelElsewhere: async () => false,
  onCancel: () => {},
  turnStarted: () => {},
  appendPartial: () => {},
  turnEnded: () => {},
  turnInProgress: async () => undefined,
  close: async () => {},
};

/**
 * Takes the lock, or finds it already ours: a SET whose reply a failover cut off is resent by the
 * cluster client to the promoted replica, which may hold that same SET already, and a plain SET NX
 * then answered "taken" to its own holder, which waited out its own lock's 95 s.
 */
const ACQUIRE = `local held = redis.call('get', KEYS[1])
if held == ARGV[1] then return 1 end
if held then return 0 end
redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
/**
 * Appends to the partial reply and renews its expiry, atomically, as one command: a MULTI
 * pipeline cut by a Redis outage rejected its queued commands' own promises, which nobody
 * awaited (an unhandled "Connection is closed" in the Redis outage test).
 */
const APPEND_PARTIAL = `redis.call('append', KEYS[1], ARGV[1]) return redis.call('pexpire', KEYS[1], ARGV[2])`;
const LOCK_POLL_MS = 25;
/** A turn that waited longer than this for another instance's lock is logged (a lock left behind?). */
const LONG_WAIT_MS = 10_000;
/**
 * Waits before each further try of a clean-up nobody awaits (a lock's release, a turn's end) that
 * failed: 40 s in all, longer than a Redis Cluster takes to fail a master over at its default node
 * timeout (15 s), and never more than 2 s apart, so a user's next turn waits at most that long once
 * the cluster serves the slot again. Without them a release lost in a failover left the lock in
 * place for its whole lifetime, and the user's next turn waited those 95 s (the Redis Cluster
 * drill, test/integration/redis-cluster.redis.test.ts); with tries doubling to 16 s apart, a
 * failover slowed by a busy host left the next turn waiting past the drill's 15 s.
 */
const CLEANUP_RETRY_MS = [250, 500, 1_000, ...Array<number>(19).fill(2_000)];
/**
 * A lock attempt that failed may still land: the cluster client resends a command while a master fails
 * over (up to 16 tries, 100 ms apart plus a slot refresh each) after the caller has given up on it,
 * and on a busy host those tries stretch well past their nominal 1.6 s. One compensating release
 * at 2 s ran before such a late SET and found nothing; the SET then held the lock for its 95 s and
 * the user's next turn waited behind it (the Redis Cluster drill failed in CI). The release only
 * deletes the key while it holds this attempt's own token, so it is repeated, at these delays.
 */
const LATE_LOCK_MS = [2_000, 5_000, 10_000, 20_000, 40_000];

export function createRedisCoordinator(deps: {
  redis: RedisClient;
  keyPrefix: string;
  logger: Logger;
  metrics: Metrics;
}): Coordinator {
  const { keyPrefix: p, logger, metrics } = deps;
  // Our own connections: fail fast while Redis is away (no offline queue), keys prefixed by hand.
  const client = duplicateRedisClient(deps.redis, {
    keyPrefix: '',
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 500,
  });
  const sub = duplicateRedisClient(deps.redis, { keyPrefix: '' });
  for (const c of [client, sub])
    c.on('error', (err) => logger.warn({ err: err.message }, 'assistant redis problem'));
  const channel = `${p}assistant:cancel`;
  // A user's keys share the hash tag {userId}: on a Redis Cluster they sit in one slot, so the
  // script that ends a turn (its turn key and its partial reply) runs on one master.
  const lockKey = (userId: string) => `${p}assistant:lock:{${userId}}`;
  const turnKey = (userId: string) => `${p}assistant:turn:{${userId}}`;
  const partialKey = (userId: string, turnId: string) => `${p}assistant:partial:{${userId}}:${turnId}`;
  const handlers: ((userId: string, turnId: string) => void)[] = [];
  const soft = (what: string) => (err: unknown) => {
    metrics.errors.inc({ surface: 'assistant_redis' });
    logger.warn(
      { err: err instanceof Error ? err.message : String(err), what },
      'assistant redis call failed',
    );
    return undefined;
  };

  sub.subscribe(channel).catch(soft('subscribe'));
  sub.on('message', (ch, raw) => {
    if (ch !== channel) return;
    try {
      const { userId, turnId } = JSON.parse(raw) as { userId: string; turnId: string };
      for (const h of handlers) h(userId, turnId);
    } catch {
      // not ours
    }
  });

  const ready = () => client.status === 'ready';
  let closed = false;
  const retries = new Set<NodeJS.Timeout>();
  /** Runs fn after delayMs, and again (bounded, CLEANUP_RETRY_MS) while it fails, until close(). */
  const cleanUp = (what: string, fn: () => Promise<unknown>, delayMs = 0, attempt = 0): void => {
    if (closed) return;
    if (delayMs > 0) {
      const timer = setTimeout(() => {
        retries.delete(timer);
        cleanUp(what, fn, 0, attempt);
      }, delayMs);
      timer.unref();
      retries.add(timer);
      return;
    }
    const again = () => {
      const wait = CLEANUP_RETRY_MS[attempt];
      if (wait !== undefined) cleanUp(what, fn, wait, attempt + 1);
    };
    if (!ready()) {
      again();
      return;
    }
    fn().catch((err: unknown) => {
      soft(what)(err);
      again();
    });
  };
  const release = (key: string, token: string) => () => client.eval(RELEASE, 1, key, token);

  return {
    async lock(userId, ttlMs, signal) {
      const token = randomUUID();
      const key = lockKey(userId);
      const deadline = Date.now() + ttlMs;
      while (!signal.aborted && Date.now() < deadline) {
        if (!ready()) break;
        const got = await client.eval(ACQUIRE, 1, key, token, ttlMs).catch(soft('lock'));
        if (got === 1) {
          const waitedMs = Date.now() - (deadline - ttlMs);
          if (waitedMs > LONG_WAIT_MS) logger.warn({ userId, waitedMs }, 'turn waited long for its lock');
          return () => cleanUp('unlock', release(key, token));
        }
        if (got === undefined) {
          for (const delayMs of LATE_LOCK_MS) cleanUp('unlock', release(key, token), delayMs);
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
      }
      // Redis away (or a holder that never let go): go on with the local queue's guarantee only.
      return () => {};
    },
    async cancelElsewhere(userId, turnId) {
      if (!ready()) return false;
      const raw = await client.get(turnKey(userId)).catch(soft('turn'));
      if (!raw || (JSON.parse(raw) as { turnId?: string }).turnId !== turnId) return false;
      await client.publish(channel, JSON.stringify({ userId, turnId })).catch(soft('publish'));
      return true;
    },
    onCancel(handler) {
      handlers.push(handler);
    },
    turnStarted(userId, turn, ttlMs) {
      if (!ready()) return;
      client.set(turnKey(userId), JSON.stringify(turn), 'PX', ttlMs).catch(soft('turn start'));
    },
    appendPartial(userId, turnId, delta) {
      if (!ready()) return;
      const key = partialKey(userId, turnId);
      client.eval(APPEND_PARTIAL, 1, key, delta, 120_000).catch(soft('partial'));
    },
    turnEnded(userId, turnId) {
      cleanUp('turn end', () =>
        client.eval(
          `if redis.call('get', KEYS[1]) and string.find(redis.call('get', KEYS[1]), ARGV[1], 1, true) then redis.call('del', KEYS[1]) end
           return redis.call('del', KEYS[2])`,
          2,
          turnKey(userId),
          partialKey(userId, turnId),
          turnId,
        ),
      );
    },
    async turnInProgress(userId) {
      if (!ready()) return undefined;
      const raw = await client.get(turnKey(userId)).catch(soft('turn read'));
      if (!raw) return undefined;
      const turn = JSON.parse(raw) as { turnId: string; replyTo: string };
      const partial = (await client.get(partialKey(userId, turn.turnId)).catch(soft('partial read'))) ?? '';
      return { turnId: turn.turnId, replyTo: turn.replyTo, partialContent: partial };
    },
    async close() {
      closed = true;
      for (const timer of retries) clearTimeout(timer);
      retries.clear();
      await Promise.all([
        client.quit().catch(() => client.disconnect()),
        sub.quit().catch(() => sub.disconnect()),
      ]);
    },
  };
}
