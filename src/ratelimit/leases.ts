import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Clock } from '../clock.ts';
import type { RedisClient } from '../redis/client.ts';
import { boundedCalls } from './bounded.ts';

/** One held slot: give it back when the work is done. */
export interface Lease {
  release(): Promise<void>;
}

/** At most `cap` holders of a key at once (exports running for one user), across instances. */
export interface Leases {
  /**
   * Takes one of key's `cap` slots for at most ttlMs, or undefined when all are held. A slot whose
   * holder died (an instance killed mid-export) frees itself once its ttl has passed.
   */
  acquire(key: string, cap: number, ttlMs: number): Promise<Lease | undefined>;
}

/**
 * One sorted set per key: members are the holders, scores when each lease lapses. Expired holders
 * are dropped, the rest counted and, under the cap, one more added, in one atomic script: a
 * simultaneous burst on every instance gets exactly `cap` slots. A counter with INCR/DECR would
 * leak a slot for good each time an instance died holding one; a lapsing member cannot.
 */
const ACQUIRE_SCRIPT = `
local now = tonumber(ARGV[1])
local ttl = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
redis.call('ZADD', KEYS[1], now + ttl, ARGV[4])
redis.call('PEXPIRE', KEYS[1], ttl)
return 1
`;

type WithAcquire = RedisClient & {
  ncLeaseAcquire(key: string, now: number, ttlMs: number, cap: number, holder: string): Promise<number>;
};

/** Leases held in this process: right for one instance, and what the Redis store falls back on. */
export function createMemoryLeases(clock: Clock): Leases {
  const held = new Map<string, Map<string, number>>();
  return {
    async acquire(key, cap, ttlMs) {
      const now = clock.now().getTime();
      const holders = held.get(key) ?? new Map<string, number>();
      for (const [holder, until] of holders) if (until <= now) holders.delete(holder);
      if (holders.size >= cap) return undefined;
      const holder = randomUUID();
      holders.set(holder, now + ttlMs);
      held.set(key, holders);
      return {
        release: async () => {
          holders.delete(holder);
          if (holders.size === 0 && held.get(key) === holders) held.delete(key);
        },
      };
    },
  };
}

/**
 * Leases over Redis (keys `lease:<key>` under the client's prefix) when there is one, else in
 * memory. While Redis is away each instance keeps its own count (never unlimited), as the rate
 * limiter does; a lease is given back where it was taken.
 */
export function createLeases(
  redis: RedisClient | undefined,
  options: { clock: Clock; logger?: Logger; timeoutMs?: number },
): Leases {
  const memory = createMemoryLeases(options.clock);
  if (!redis) return memory;
  const bounded = boundedCalls(redis, options.timeoutMs ?? 500);
  const client = redis as WithAcquire;
  if (typeof client.ncLeaseAcquire !== 'function') {
    redis.defineCommand('ncLeaseAcquire', { numberOfKeys: 1, lua: ACQUIRE_SCRIPT });
  }
  const warn = (err: unknown, what: string) =>
    options.logger?.warn({ err: (err as Error).message }, `leases: redis failed ${what}`);
  return {
    async acquire(key, cap, ttlMs) {
      const redisKey = `lease:${key}`;
      const holder = randomUUID();
      let got: number;
      try {
        got = await bounded(() =>
          client.ncLeaseAcquire(redisKey, options.clock.now().getTime(), ttlMs, cap, holder),
        );
      } catch (err) {
        warn(err, 'to take a lease, using memory');
        return memory.acquire(key, cap, ttlMs);
      }
      if (got !== 1) return undefined;
      return {
        release: async () => {
          await bounded(() => redis.zrem(redisKey, holder)).catch((err) =>
            warn(err, 'to give a lease back (it lapses by itself)'),
          );
        },
      };
    },
  };
}
