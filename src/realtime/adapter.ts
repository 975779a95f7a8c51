import { createAdapter, createShardedAdapter } from '@socket.io/redis-adapter';
import type { Deps } from '../deps.ts';
import { duplicateRedisClient, type RedisClient } from '../redis/client.ts';
import type { HubServer } from './hub.ts';

/**
 * Spreads the hub over instances through Redis pub/sub (classic or sharded, REDIS_ADAPTER).
 * Returns what closes its two connections; without Redis, nothing to attach.
 */
export function attachRedisAdapter(io: HubServer, deps: Deps): { close(): Promise<void> } | undefined {
  if (!deps.redis) return undefined;
  // The adapter calls these clients and drops the promises: publish() on every broadcast,
  // (un)subscribe at start-up, on rooms (sharded) and in close(). While Redis is away they reject
  // (publishing at once: no offline queue, so nothing stale is replayed minutes later; the rest
  // when the client gives up or is closed), and a rejection nobody handles would take the
  // process down. So each of them answers a failure by counting it instead. Local delivery goes
  // on meanwhile; other instances' clients catch up with chat:sync; subscriptions resume on
  // reconnect. No keyPrefix on these two: sharded channels count as keys to ioredis and would be
  // prefixed twice (the adapter's key already carries REDIS_KEY_PREFIX). On a Redis Cluster the
  // sharded adapter's subscriber keeps one connection per master (ioredis shardedSubscribers),
  // each room's channel on the master of its slot, and moves them when a replica takes over.
  const sharded = deps.config.redis.adapter === 'sharded';
  const pub = duplicateRedisClient(deps.redis, { enableOfflineQueue: false, keyPrefix: '' });
  const sub = duplicateRedisClient(deps.redis, { keyPrefix: '', shardedSubscribers: sharded });
  absorbRejections(pub, ['publish', 'spublish'], () => deps.metrics.errors.inc({ surface: 'redis_publish' }));
  absorbRejections(
    sub,
    ['subscribe', 'psubscribe', 'ssubscribe', 'unsubscribe', 'punsubscribe', 'sunsubscribe'],
    () => deps.metrics.errors.inc({ surface: 'redis_subscribe' }),
  );
  // At most one warning per 10 s: a cluster's sharded subscriber reports each failed attempt to
  // reach a dead master, dozens a second until a replica takes over (the failover drill).
  let lastWarn = Number.NEGATIVE_INFINITY;
  let suppressed = 0;
  for (const client of [pub, sub]) {
    client.on('error', (err) => {
      const now = performance.now();
      if (now - lastWarn < 10_000) {
        suppressed++;
        return;
      }
      lastWarn = now;
      deps.logger.warn({ err: err.message, suppressed }, 'socket adapter redis problem');
      suppressed = 0;
    });
  }
  const key = `${deps.config.redis.keyPrefix}socket.io`;
  io.adapter(
    sharded
      ? createShardedAdapter(pub, sub, { channelPrefix: key, subscriptionMode: 'dynamic' })
      : createAdapter(pub, sub, { key }),
  );
  return {
    close: async () => {
      await Promise.all([pub.quit().catch(() => pub.disconnect()), sub.quit().catch(() => sub.disconnect())]);
    },
  };
}

/**
 * Replaces the named commands of a client with ones whose failure is counted and answered with 0,
 * for a caller (the socket.io adapter) that drops their promises.
 */
function absorbRejections(client: RedisClient, commands: readonly string[], onFailure: () => void): void {
  const target = client as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const name of commands) {
    const send = target[name]!.bind(client);
    target[name] = (...args) =>
      send(...args).catch(() => {
        onFailure();
        return 0;
      });
  }
}
