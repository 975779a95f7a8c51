import type { Logger } from 'pino';
import type { Clock } from '../clock.ts';
import type { RedisClient } from '../redis/client.ts';
import { gcraParams, toSeconds } from './gcra.ts';
import type { RateLimiter } from './types.ts';

/**
 * gcraStep (gcra.ts) as one atomic script: read the tat, decide, store the new tat with an expiry
 * equal to when it drains. Concurrent requests on any instance serialise on the key, so exactly
 * `limit` of a simultaneous burst get through. One key per script: on a Redis Cluster it runs on
 * the master of that key's slot. Times are whole milliseconds from the app's clock
 * (injected, so tests move time), passed in rather than read from Redis's TIME.
 */
const GCRA_SCRIPT = `
local now = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
local burst = tonumber(ARGV[3])
local stored = tonumber(redis.call('GET', KEYS[1]) or '')
local tat = now
if stored and stored > now then tat = stored end
local newTat = tat + interval
local ahead = newTat - now
if ahead > burst then
  return {0, 0, ahead - burst}
end
redis.call('SET', KEYS[1], string.format('%d', newTat), 'PX', string.format('%d', ahead))
return {1, math.floor((burst - ahead) / interval), 0}
`;

type WithGcra = RedisClient & {
  ncRateLimitGcra(
    key: string,
    now: number,
    interval: number,
    burst: number,
  ): Promise<[number, number, number]>;
};

/**
 * Rate limits shared by every instance through Redis (keys `rl:<key>` under the client's prefix).
 * When Redis fails, the request is judged by `fallback` (this instance's memory) rather than let
 * through unlimited or refused outright, and the failure is logged. No call is made between
 * reconnection attempts, and each is bounded by timeoutMs: the shared client queues commands while
 * it reconnects, and an outage held every chat:send for up to 15 s (npm run drill -- redis).
 */
export function createRedisRateLimiter(
  redis: RedisClient,
  options: { clock: Clock; fallback: RateLimiter; logger?: Logger; timeoutMs?: number },
): RateLimiter {
  const timeoutMs = options.timeoutMs ?? 500;
  let wasReady = redis.status === 'ready';
  redis.once('ready', () => {
    wasReady = true;
  });
  const bounded = <T>(fn: () => Promise<T>): Promise<T> => {
    // Once Redis has been up, a command sent while it is not would only wait in the queue: between
    // reconnection attempts, and during one ('connecting'), where it waited for the attempts to
    // fail (a third of a second on a crisis referral with Redis down: npm run bench -- safety).
    // Before the first connection, commands wait for it (bounded by timeoutMs).
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
  const client = redis as WithGcra;
  if (typeof client.ncRateLimitGcra !== 'function') {
    // EVALSHA with a transparent EVAL on NOSCRIPT: the script body is sent once per connection.
    redis.defineCommand('ncRateLimitGcra', { numberOfKeys: 1, lua: GCRA_SCRIPT });
  }
  const redisKey = (key: string) => `rl:${key}`;

  return {
    async consume(key, rule) {
      const { interval, burst } = gcraParams(rule);
      try {
        const [allowed, remaining, waitMs] = await bounded(() =>
          client.ncRateLimitGcra(redisKey(key), options.clock.now().getTime(), interval, burst),
        );
        return allowed === 1
          ? { allowed: true, remaining, retryAfterSeconds: 0 }
          : { allowed: false, remaining: 0, retryAfterSeconds: toSeconds(waitMs) };
      } catch (err) {
        options.logger?.warn({ err: (err as Error).message }, 'rate limiter: redis failed, using memory');
        return options.fallback.consume(key, rule);
      }
    },
    async reset(key) {
      await options.fallback.reset(key);
      try {
        await bounded(() => redis.del(redisKey(key)));
      } catch (err) {
        options.logger?.warn({ err: (err as Error).message }, 'rate limiter: redis failed to reset a key');
      }
    },
  };
}
