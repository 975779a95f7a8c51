/**
 * A small circuit breaker for the model: after `threshold` failures in a row it opens and turns
 * are answered with the fallback at once for `cooldownMs`; then one trial request is let through
 * (half-open), whose result closes or reopens it.
 */
export interface Breaker {
  allow(): boolean;
  success(): void;
  failure(): void;
  readonly state: 'closed' | 'open' | 'half-open';
}

export function createBreaker(options: {
  threshold: number;
  cooldownMs: number;
  now?: () => number;
}): Breaker {
  const now = options.now ?? Date.now;
  let failures = 0;
  let openedAt: number | undefined;
  let trial = false;
  return {
    get state() {
      if (openedAt === undefined) return 'closed';
      return now() - openedAt >= options.cooldownMs ? 'half-open' : 'open';
    },
    allow() {
      if (openedAt === undefined) return true;
      if (now() - openedAt < options.cooldownMs || trial) return false;
      trial = true;
      return true;
    },
    success() {
      failures = 0;
      openedAt = undefined;
      trial = false;
    },
    failure() {
      failures++;
      if (trial || failures >= options.threshold) openedAt = now();
      trial = false;
    },
  };
}
