import { createAdapter, createShardedAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import type { Deps } from '../deps.ts';
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
  // prefixed twice (the adapter's key already carries REDIS_KEY_PREFIX).
  const pub = deps.redis.duplicate({ enableOfflineQueue: false, keyPrefix: '' });
  const sub = deps.redis.duplicate({ keyPrefix: '' });
  absorbRejections(pub, ['publish', 'spublish'], () => deps.metrics.errors.inc({ surface: 'redis_publish' }));
  absorbRejections(
    sub,
    ['subscribe', 'psubscribe', 'ssubscribe', 'unsubscribe', 'punsubscribe', 'sunsubscribe'],
    () => deps.metrics.errors.inc({ surface: 'redis_subscribe' }),
  );
  for (const client of [pub, sub]) {
    client.on('error', (err) => deps.logger.warn({ err: err.message }, 'socket adapter redis problem'));
  }
  const key = `${deps.config.redis.keyPrefix}socket.io`;
  io.adapter(
    deps.config.redis.adapter === 'sharded'
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
function absorbRejections(client: Redis, commands: readonly string[], onFailure: () => void): void {
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
