import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { addressBucket } from '../../src/ratelimit/address.ts';
import {
  createMemoryRateLimiter,
  createRedisRateLimiter,
  type RateLimiter,
} from '../../src/ratelimit/index.ts';
import { testEnv } from '../helpers/env.ts';

type Clock = ReturnType<typeof manualClock>;
const rule = { limit: 5, windowSeconds: 60 }; // one every 12 s, 5 at once

/** The behaviour both stores must share. */
function behavesAsALimiter(make: (clock: Clock) => RateLimiter) {
  const setup = () => {
    const clock = manualClock('2025-01-01T00:00:00.000Z');
    return { clock, limiter: make(clock), key: `k-${randomUUID()}` };
  };

  it('allows a burst of `limit`, counting remaining down, then refuses with the wait until the next slot', async () => {
    const { limiter, key } = setup();
    const decisions = [];
    for (let i = 0; i < 6; i++) decisions.push(await limiter.consume(key, rule));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, true, true, false]);
    expect(decisions.map((d) => d.remaining)).toEqual([4, 3, 2, 1, 0, 0]);
    expect(decisions[5]!.retryAfterSeconds).toBe(12);
  });

  it('lets one more through per interval, and all of them after a whole window', async () => {
    const { clock, limiter, key } = setup();
    for (let i = 0; i < 5; i++) await limiter.consume(key, rule);
    clock.advance(11_999);
    expect((await limiter.consume(key, rule)).allowed).toBe(false);
    clock.advance(1);
    expect(await limiter.consume(key, rule)).toMatchObject({ allowed: true, remaining: 0 });
    expect((await limiter.consume(key, rule)).allowed).toBe(false);
    clock.advance(60_000);
    expect(await limiter.consume(key, rule)).toMatchObject({ allowed: true, remaining: 4 });
  });

  it('does not count refused requests: hammering while blocked does not extend the block', async () => {
    const { clock, limiter, key } = setup();
    for (let i = 0; i < 5; i++) await limiter.consume(key, rule);
    for (let i = 0; i < 100; i++) await limiter.consume(key, rule);
    clock.advance(12_000);
    expect((await limiter.consume(key, rule)).allowed).toBe(true);
  });

  it('keeps keys apart and forgets one on reset', async () => {
    const { limiter, key } = setup();
    for (let i = 0; i < 5; i++) await limiter.consume(key, rule);
    expect((await limiter.consume(`${key}-other`, rule)).allowed).toBe(true);
    expect((await limiter.consume(key, rule)).allowed).toBe(false);
    await limiter.reset(key);
    expect(await limiter.consume(key, rule)).toMatchObject({ allowed: true, remaining: 4 });
  });

  it('keeps exactly `limit` per window when the window does not divide evenly', async () => {
    const { limiter, key } = setup();
    const odd = { limit: 7, windowSeconds: 1 };
    const allowed = [];
    for (let i = 0; i < 10; i++) allowed.push((await limiter.consume(key, odd)).allowed);
    expect(allowed.filter(Boolean)).toHaveLength(7);
  });

  it('lets exactly `limit` of a simultaneous burst through', async () => {
    const { limiter, key } = setup();
    const decisions = await Promise.all(Array.from({ length: 50 }, () => limiter.consume(key, rule)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
  });
}

describe('the in-memory rate limiter', () => {
  behavesAsALimiter((clock) => createMemoryRateLimiter(clock));

  it('stays bounded under a flood of distinct keys, dropping the least recently used', async () => {
    const clock = manualClock('2025-01-01T00:00:00.000Z');
    const limiter = createMemoryRateLimiter(clock, { maxKeys: 100 });
    for (let i = 0; i < 5000; i++) await limiter.consume(`flood-${i}`, rule);
    expect(limiter.size).toBe(100);
    // The most recent keys are still limited; the oldest were forgotten.
    for (let i = 0; i < 4; i++) await limiter.consume('flood-4999', rule);
    expect((await limiter.consume('flood-4999', rule)).allowed).toBe(false);
    expect((await limiter.consume('flood-0', rule)).remaining).toBe(4);
  });

  it('sweeps drained keys away as time passes', async () => {
    const clock = manualClock('2025-01-01T00:00:00.000Z');
    const limiter = createMemoryRateLimiter(clock, { sweepEveryMs: 60_000 });
    for (let i = 0; i < 1000; i++) await limiter.consume(`k-${i}`, rule);
    expect(limiter.size).toBe(1000);
    clock.advance(61_000);
    await limiter.consume('fresh', rule);
    expect(limiter.size).toBe(1);
  });
});

describe('the Redis rate limiter when Redis is unreachable', () => {
  it('falls back to this instance’s memory rather than letting everything through', async () => {
    const clock = manualClock('2025-01-01T00:00:00.000Z');
    const dead = new Redis('redis://127.0.0.1:1', {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    const limiter = createRedisRateLimiter(dead, { clock, fallback: createMemoryRateLimiter(clock) });
    const allowed = [];
    for (let i = 0; i < 7; i++) allowed.push((await limiter.consume('k', rule)).allowed);
    expect(allowed).toEqual([true, true, true, true, true, false, false]);
    await limiter.reset('k');
    expect((await limiter.consume('k', rule)).allowed).toBe(true);
    dead.disconnect();
  });
});

if (testEnv.TEST_REDIS_URL) {
  const url = testEnv.TEST_REDIS_URL;
  describe('the Redis rate limiter', () => {
    const prefix = `nc-test-rl-${randomUUID().slice(0, 8)}:`;
    const clients: Redis[] = [];
    const client = () => {
      const c = new Redis(url, { keyPrefix: prefix });
      clients.push(c);
      return c;
    };
    const unreachable: RateLimiter = {
      consume: () => Promise.reject(new Error('the fallback must not be used while Redis is up')),
      reset: async () => {},
    };
    afterAll(async () => {
      const keys = await clients[0]!.keys(`${prefix}*`);
      if (keys.length > 0) await clients[0]!.del(...keys.map((k) => k.slice(prefix.length)));
      await Promise.all(clients.map((c) => c.quit()));
    });

    behavesAsALimiter((clock) => createRedisRateLimiter(client(), { clock, fallback: unreachable }));

    it('shares one limit across instances: 50 requests spread over 5 clients, exactly 5 allowed', async () => {
      const clock = manualClock('2025-01-01T00:00:00.000Z');
      const instances = Array.from({ length: 5 }, () =>
        createRedisRateLimiter(client(), { clock, fallback: unreachable }),
      );
      const key = `shared-${randomUUID()}`;
      const decisions = await Promise.all(
        Array.from({ length: 50 }, (_, i) => instances[i % 5]!.consume(key, rule)),
      );
      expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
    });

    it('lets Redis expire a key once it has drained, so idle keys cost nothing', async () => {
      const clock = manualClock(new Date());
      const redis = client();
      const limiter = createRedisRateLimiter(redis, { clock, fallback: unreachable });
      const key = `ttl-${randomUUID()}`;
      await limiter.consume(key, { limit: 2, windowSeconds: 10 });
      const ttl = await redis.pttl(`rl:${key}`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(5_000);
    });
  });
}

describe('the address bucket a client is limited under', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:DB8:0001:0002::9', '2001:db8:1:2::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    [undefined, 'unknown'],
    ['not an address', 'unknown'],
  ])('%s → %s', (address, bucket) => {
    expect(addressBucket(address)).toBe(bucket);
  });
});
