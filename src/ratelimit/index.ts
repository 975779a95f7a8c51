import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Clock } from '../clock.ts';
import { createMemoryRateLimiter } from './memory.ts';
import { createRedisRateLimiter } from './redis.ts';
import type { RateLimiter } from './types.ts';

export { createMemoryRateLimiter, type MemoryRateLimiter } from './memory.ts';
export { createRedisRateLimiter } from './redis.ts';
export type { RateDecision, RateLimiter, RateRule } from './types.ts';

/** A rate limiter over Redis when there is one (limits hold across instances), else in memory. */
export function createRateLimiter(
  redis: Redis | undefined,
  options: { clock: Clock; logger?: Logger },
): RateLimiter {
  const memory = createMemoryRateLimiter(options.clock);
  return redis ? createRedisRateLimiter(redis, { ...options, fallback: memory }) : memory;
}

const shared = new WeakMap<object, RateLimiter>();

/**
 * One limiter per deps object, so every route that limits the same key (sign-in and the password
 * check before erasure) counts against the same store. A stopgap until deps builds it.
 */
export function rateLimiterFor(deps: {
  redis: Redis | undefined;
  clock: Clock;
  logger: Logger;
}): RateLimiter {
  let limiter = shared.get(deps);
  if (!limiter) {
    limiter = createRateLimiter(deps.redis, deps);
    shared.set(deps, limiter);
  }
  return limiter;
}
