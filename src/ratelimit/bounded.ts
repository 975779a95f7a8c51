import type { RedisClient } from '../redis/client.ts';

/**
 * Calls to the shared Redis client that give up rather than wait: the limiters' stores answer from
 * memory instead. Once Redis has been up, a command sent while it is not would only wait in the
 * queue: between reconnection attempts, and during one ('connecting'), where it waited for the
 * attempts to fail (a third of a second on a crisis referral with Redis down: npm run bench --
 * safety). Before the first connection, commands wait for it, bounded by timeoutMs.
 */
export function boundedCalls(redis: RedisClient, timeoutMs: number): <T>(fn: () => Promise<T>) => Promise<T> {
  let wasReady = redis.status === 'ready';
  redis.once('ready', () => {
    wasReady = true;
  });
  return <T>(fn: () => Promise<T>): Promise<T> => {
    if (redis.status === 'end' || (wasReady && redis.status !== 'ready')) {
      return Promise.reject(new Error(`redis is ${redis.status}`));
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`redis took over ${timeoutMs} ms`)), timeoutMs);
      timer.unref();
    });
    return Promise.race([fn(), timeout]).finally(() => clearTimeout(timer));
  };
}
