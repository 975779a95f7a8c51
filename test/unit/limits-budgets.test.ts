import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { trustedClientAddress } from '../../src/ratelimit/address.ts';
import {
  createBudgets,
  createLeases,
  createMemoryLeases,
  createMemoryRateLimiter,
  createRedisRateLimiter,
  type Leases,
  parseLimits,
  type RateLimiter,
} from '../../src/ratelimit/index.ts';
import { testEnv } from '../helpers/env.ts';

type Clock = ReturnType<typeof manualClock>;
const at = () => manualClock('2025-01-01T00:00:00.000Z');

describe('LIMITS, the one setting that changes budgets', () => {
  it('reads rates with a window, a bare count, caps and off', () => {
    expect(parseLimits('chat_reads=500/1m, bookings=3, sockets_per_user=5, exports=off, reviews=0')).toEqual({
      chat_reads: { limit: 500, windowSeconds: 60 },
      bookings: { limit: 3, windowSeconds: 86_400 },
      sockets_per_user: 5,
      exports: null,
      reviews: null,
    });
    expect(parseLimits('place_suggestions=2/d,flags=7/90s')).toEqual({
      place_suggestions: { limit: 2, windowSeconds: 86_400 },
      flags: { limit: 7, windowSeconds: 90 },
    });
  });

  it.each([
    ['nonsense=3', /"nonsense" is not a limit; known: chat_send, chat_reads/],
    ['bookings', /is not name=value/],
    ['sockets_per_user=5/1m', /sockets_per_user is a cap/],
    ['chat_reads=lots', /chat_reads takes N\/<window>/],
    ['chat_reads=5/1w', /chat_reads takes N\/<window>/],
  ])('refuses %s naming what is wrong', (raw, message) => {
    expect(() => parseLimits(raw)).toThrow(message);
  });

  it('stops start-up naming LIMITS when it is wrong, and leaves every default alone when unset', () => {
    let problems: { variable: string; message: string }[] = [];
    try {
      loadConfig({ LIMITS: 'sockets_per_user=many' });
    } catch (err) {
      if (err instanceof ConfigError) problems = err.problems;
    }
    expect(problems).toEqual([{ variable: 'LIMITS', message: expect.stringContaining('sockets_per_user') }]);
    expect(loadConfig({}).limits).toEqual({});
  });
});

/** Charging by cost and giving back: the same on both stores. */
function chargesByCost(make: (clock: Clock) => RateLimiter) {
  const rule = { limit: 100, windowSeconds: 100 }; // a unit a second, 100 at once

  it('charges a cost in one step, refuses what the bucket cannot pay, and gives back unused units', async () => {
    const clock = at();
    const limiter = make(clock);
    const key = `cost-${randomUUID()}`;
    expect(await limiter.consume(key, rule, 60)).toMatchObject({ allowed: true, remaining: 40 });
    expect(await limiter.consume(key, rule, 50)).toMatchObject({ allowed: false, retryAfterSeconds: 10 });
    expect(await limiter.consume(key, rule, -30)).toMatchObject({ allowed: true, remaining: 70 });
    expect((await limiter.consume(key, rule, 70)).allowed).toBe(true);
    expect((await limiter.consume(key, rule, 1)).allowed).toBe(false);
  });

  it('never banks credit beyond a full bucket', async () => {
    const clock = at();
    const limiter = make(clock);
    const key = `bank-${randomUUID()}`;
    await limiter.consume(key, rule, 10);
    await limiter.consume(key, rule, -500);
    expect(await limiter.consume(key, rule, 100)).toMatchObject({ allowed: true, remaining: 0 });
    expect((await limiter.consume(key, rule, 1)).allowed).toBe(false);
  });
}

describe('the in-memory limiter, by cost', () => {
  chargesByCost((clock) => createMemoryRateLimiter(clock));
});

/** At most `cap` holders of a key at once: the same on both stores. */
function holdsLeases(make: (clock: Clock) => Leases) {
  it('gives out `cap` slots, refuses the next, and takes a released one back', async () => {
    const leases = make(at());
    const key = `lease-${randomUUID()}`;
    const first = await leases.acquire(key, 2, 60_000);
    const second = await leases.acquire(key, 2, 60_000);
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect(await leases.acquire(key, 2, 60_000)).toBeUndefined();
    await first!.release();
    expect(await leases.acquire(key, 2, 60_000)).toBeDefined();
  });

  it('frees the slot of a holder that never gives it back once its time is up', async () => {
    const clock = at();
    const leases = make(clock);
    const key = `lapse-${randomUUID()}`;
    expect(await leases.acquire(key, 1, 5_000)).toBeDefined();
    clock.advance(4_999);
    expect(await leases.acquire(key, 1, 5_000)).toBeUndefined();
    clock.advance(1);
    expect(await leases.acquire(key, 1, 5_000)).toBeDefined();
  });
}

describe('leases held in memory', () => {
  holdsLeases((clock) => createMemoryLeases(clock));
});

describe('budgets', () => {
  const budgetsAt = (settings: Parameters<typeof parseLimits>[0]) => {
    const clock = at();
    return {
      clock,
      budgets: createBudgets({
        limiter: createMemoryRateLimiter(clock),
        leases: createMemoryLeases(clock),
        settings: parseLimits(settings),
      }),
    };
  };

  it('refuses with rate_limited naming the budget and the wait, and charging nothing when refused', async () => {
    const { clock, budgets } = budgetsAt('bookings=2/1h');
    await budgets.charge('bookings', 'u1');
    await budgets.charge('bookings', 'u1');
    const refused = await budgets.charge('bookings', 'u1').catch((e) => e);
    expect(refused.code).toBe('rate_limited');
    expect(refused.toBody()).toMatchObject({ details: { retryAfterSeconds: 1800, budget: 'bookings' } });
    await expect(budgets.charge('bookings', 'u2')).resolves.toBe(1);
    clock.advance(1_800_000);
    await expect(budgets.charge('bookings', 'u1')).resolves.toBe(1);
  });

  it('counts a cost above the whole budget as the whole budget, so no request waits for ever', async () => {
    const { budgets } = budgetsAt('chat_reads=100/1m');
    await expect(budgets.charge('chat_reads', 'u', 500)).resolves.toBe(100);
  });

  it('charges nothing for a budget that is off, and holds no slot for a cap that is off', async () => {
    const { budgets } = budgetsAt('exports=off,exports_at_once=off');
    for (let i = 0; i < 50; i++) await budgets.charge('exports', 'u');
    expect(budgets.rule('exports')).toBeUndefined();
    await expect(budgets.hold('exports_at_once', 'u', async () => 'ran')).resolves.toBe('ran');
  });

  it('holds a slot only while the work runs, and refuses a second holder with rate_limited', async () => {
    const { budgets } = budgetsAt('exports_at_once=1');
    let finish!: () => void;
    const running = budgets.hold('exports_at_once', 'u', () => new Promise<void>((r) => (finish = r)));
    const refused = await budgets.hold('exports_at_once', 'u', async () => 'no').catch((e) => e);
    expect(refused.toBody()).toMatchObject({ code: 'rate_limited', details: { budget: 'exports_at_once' } });
    finish();
    await running;
    await expect(budgets.hold('exports_at_once', 'u', async () => 'yes')).resolves.toBe('yes');
  });

  it('keeps the defaults of every budget LIMITS does not name', () => {
    const { budgets } = budgetsAt('chat_reads=5/1m');
    expect(budgets.rule('chat_send')).toEqual({ limit: 30, windowSeconds: 60 });
    expect(budgets.cap('sockets_per_user')).toBe(20);
  });
});

describe('the client address of a socket handshake', () => {
  it('believes X-Forwarded-For only from a trusted proxy, and only its rightmost untrusted entry', () => {
    const direct = trustedClientAddress([]);
    expect(direct('203.0.113.9', '198.51.100.1')).toBe('203.0.113.9');
    const proxied = trustedClientAddress(['127.0.0.1/32', '10.0.0.0/8']);
    expect(proxied('::ffff:127.0.0.1', '6.6.6.6, 198.51.100.7, 10.1.2.3')).toBe('198.51.100.7');
    expect(proxied('127.0.0.1', undefined)).toBe('127.0.0.1');
    expect(proxied('203.0.113.9', '198.51.100.7')).toBe('203.0.113.9');
  });
});

if (testEnv.TEST_REDIS_URL) {
  const url = testEnv.TEST_REDIS_URL;
  describe('the Redis stores', () => {
    const prefix = `nc-test-budget-${randomUUID().slice(0, 8)}:`;
    const clients: Redis[] = [];
    const client = () => {
      const c = new Redis(url, { keyPrefix: prefix });
      clients.push(c);
      return c;
    };
    afterAll(async () => {
      const keys = await clients[0]!.keys(`${prefix}*`);
      if (keys.length > 0) await clients[0]!.del(...keys.map((k) => k.slice(prefix.length)));
      await Promise.all(clients.map((c) => c.quit()));
    });
    const unreachable: RateLimiter = {
      consume: () => Promise.reject(new Error('the fallback must not be used while Redis is up')),
      reset: async () => {},
    };

    describe('the Redis limiter, by cost', () => {
      chargesByCost((clock) => createRedisRateLimiter(client(), { clock, fallback: unreachable }));
    });

    describe('leases in Redis', () => {
      holdsLeases((clock) => createLeases(client(), { clock }));

      it('gives exactly `cap` slots to a burst spread over five instances', async () => {
        const clock = at();
        const instances = Array.from({ length: 5 }, () => createLeases(client(), { clock }));
        const key = `burst-${randomUUID()}`;
        const got = await Promise.all(
          Array.from({ length: 40 }, (_, i) => instances[i % 5]!.acquire(key, 3, 60_000)),
        );
        expect(got.filter(Boolean)).toHaveLength(3);
      });
    });
  });
}
