import type { Logger } from 'pino';
import type { Clock } from '../clock.ts';
import type { RedisClient } from '../redis/client.ts';
import { createMemoryRateLimiter } from './memory.ts';
import { createRedisRateLimiter } from './redis.ts';
import type { RateLimiter } from './types.ts';

export {
  type BudgetName,
  type Budgets,
  budgetTable,
  type CapBudget,
  chargeUser,
  createBudgets,
  type LimitSettings,
  overBudget,
  parseLimits,
  type RateBudget,
} from './budgets.ts';
export { createLeases, createMemoryLeases, type Lease, type Leases } from './leases.ts';
export { createMemoryRateLimiter, type MemoryRateLimiter } from './memory.ts';
export { createRedisRateLimiter } from './redis.ts';
export type { RateDecision, RateLimiter, RateRule } from './types.ts';

/** A rate limiter over Redis when there is one (limits hold across instances), else in memory. */
export function createRateLimiter(
  redis: RedisClient | undefined,
  options: { clock: Clock; logger?: Logger },
): RateLimiter {
  const memory = createMemoryRateLimiter(options.clock);
  return redis ? createRedisRateLimiter(redis, { ...options, fallback: memory }) : memory;
}
