import type { Logger } from 'pino';
import type { Clock } from '../clock.ts';
import type { RedisClient } from '../redis/client.ts';
import { boundedCalls } from './bounded.ts';
import { gcraParams, toSeconds } from './gcra.ts';
import type { RateLimiter } from './types.ts';

/**
 * gcraStep (gcra.ts) as one atomic script: read the tat, decide, store the new tat with an expiry
 * equal to when it drains (a give-back that empties the bucket deletes the key). Concurrent requests on any instance serialise on the key, so exactly
 * `limit` of a simultaneous burst get through. One key per script: on a Redis Cluster it runs on
 * the master of that key's slot. Times are whole milliseconds from the app's clock
 * (injected, so tests move time), passed in rather than read from Redis's TIME.
 */
const GCRA_SCRIPT = `
local now = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
local burst = tonumber(ARGV[3])
local cost = tonumber(ARGV[4])
local stored = tonumber(redis.call('GET', KEYS[1]) or '')
local tat = now
if stored and stored > now then tat = stored end
local newTat = tat + cost * interval
if cost <= 0 and newTat < now then newTat = now end
local ahead = newTat - now
if ahead > burst then
  return {0, 0, ahead - burst}
end
if ahead == 0 then
  redis.call('DEL', KEYS[1])
else
  redis.call('SET', KEYS[1], string.format('%d', newTat), 'PX', string.format('%d', ahead))
end
return {1, math.floor((burst - ahead) / interval), 0}
`;

type WithGcra = RedisClient & {
  ncRateLimitGcra(
    key: string,
    now: number,
    interval: number,
    burst: number,
    cost: number,
  ): Promise<[number, number, number]>;
};

/** What is logged (at warn) each time a request is judged from memory because Redis failed. */
export const LIMITER_FALLBACK = 'rate limiter: redis failed, using memory';

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
  const bounded = boundedCalls(redis, options.timeoutMs ?? 500);
  const client = redis as WithGcra;
  if (typeof client.ncRateLimitGcra !== 'function') {
    // EVALSHA with a transparent EVAL on NOSCRIPT: the script body is sent once per connection.
    redis.defineCommand('ncRateLimitGcra', { numberOfKeys: 1, lua: GCRA_SCRIPT });
  }
  const redisKey = (key: string) => `rl:${key}`;

  return {
    async consume(key, rule, cost = 1) {
      const { interval, burst } = gcraParams(rule);
      if (!Number.isInteger(cost)) throw new Error('rate cost must be an integer');
      try {
        const [allowed, remaining, waitMs] = await bounded(() =>
          client.ncRateLimitGcra(redisKey(key), options.clock.now().getTime(), interval, burst, cost),
        );
        return allowed === 1
          ? { allowed: true, remaining, retryAfterSeconds: 0 }
          : { allowed: false, remaining: 0, retryAfterSeconds: toSeconds(waitMs) };
      } catch (err) {
        options.logger?.warn({ err: (err as Error).message }, LIMITER_FALLBACK);
        return options.fallback.consume(key, rule, cost);
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
