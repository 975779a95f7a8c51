import type { RateDecision, RateRule } from './types.ts';

/**
 * The generic cell rate algorithm (a leaky bucket kept as one number per key). `limit` requests per
 * `windowSeconds` means one request every `interval` ms, with a burst of `limit` allowed at once.
 * The state is the "theoretical arrival time" (tat): when the bucket will have drained. Chosen over
 * a fixed window because it has no edge at which twice the limit gets through (limit at the end of
 * one window plus limit at the start of the next), stores O(1) per key unlike a sliding log, and
 * gives an exact Retry-After. The Redis script in redis.ts is this same arithmetic.
 */
export function gcraParams(rule: RateRule): { interval: number; burst: number } {
  if (!Number.isInteger(rule.limit) || rule.limit < 1)
    throw new Error('rate limit must be a positive integer');
  if (!(rule.windowSeconds > 0)) throw new Error('rate window must be positive');
  // Whole milliseconds, so the Redis script stores integers; burst = interval * limit keeps exactly
  // `limit` requests in a burst despite the rounding.
  const interval = Math.max(1, Math.ceil((rule.windowSeconds * 1000) / rule.limit));
  return { interval, burst: interval * rule.limit };
}

/**
 * One step of `cost` requests (1 by default; a negative cost gives back unused ones, down to an
 * empty bucket, never below): the decision, and the new tat to store when allowed.
 */
export function gcraStep(
  storedTat: number | undefined,
  now: number,
  rule: RateRule,
  cost = 1,
): { decision: RateDecision; tat?: number } {
  const { interval, burst } = gcraParams(rule);
  if (!Number.isInteger(cost)) throw new Error('rate cost must be an integer');
  const base = Math.max(storedTat ?? now, now);
  const newTat = cost > 0 ? base + cost * interval : Math.max(now, base + cost * interval);
  const ahead = newTat - now;
  if (ahead > burst) {
    return { decision: { allowed: false, remaining: 0, retryAfterSeconds: toSeconds(ahead - burst) } };
  }
  return {
    decision: { allowed: true, remaining: Math.floor((burst - ahead) / interval), retryAfterSeconds: 0 },
    tat: newTat,
  };
}

export const toSeconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));
