import type { Clock } from '../clock.ts';
import { gcraStep } from './gcra.ts';
import type { RateLimiter } from './types.ts';

export interface MemoryRateLimiter extends RateLimiter {
  /** Keys currently held (for tests and metrics). */
  readonly size: number;
}

/**
 * Rate limits held in this process: right for one instance (no REDIS_URL). Bounded: drained keys
 * are swept at most once a minute, and past `maxKeys` the least recently used keys are dropped
 * (forgetting a limit is better than running out of memory under a flood of distinct keys).
 */
export function createMemoryRateLimiter(
  clock: Clock,
  options: { maxKeys?: number; sweepEveryMs?: number } = {},
): MemoryRateLimiter {
  const maxKeys = options.maxKeys ?? 100_000;
  const sweepEveryMs = options.sweepEveryMs ?? 60_000;
  // Map order is insertion order; each write re-inserts its key, so the first keys are the least
  // recently used.
  const tats = new Map<string, number>();
  let lastSweep = clock.now().getTime();

  const sweep = (now: number) => {
    lastSweep = now;
    for (const [key, tat] of tats) if (tat <= now) tats.delete(key);
  };

  return {
    get size() {
      return tats.size;
    },
    async consume(key, rule, cost = 1) {
      const now = clock.now().getTime();
      if (now - lastSweep >= sweepEveryMs) sweep(now);
      const stored = tats.get(key);
      const { decision, tat } = gcraStep(
        stored !== undefined && stored > now ? stored : undefined,
        now,
        rule,
        cost,
      );
      if (tat !== undefined) {
        tats.delete(key);
        tats.set(key, tat);
        if (tats.size > maxKeys) sweep(now);
        for (const oldest of tats.keys()) {
          if (tats.size <= maxKeys) break;
          tats.delete(oldest);
        }
      }
      return decision;
    },
    async reset(key) {
      tats.delete(key);
    },
  };
}
