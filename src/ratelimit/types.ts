/** How many requests a key may make: `limit` per `windowSeconds`, at most `limit` at once. */
export interface RateRule {
  limit: number;
  windowSeconds: number;
}

export interface RateDecision {
  allowed: boolean;
  /** Requests still allowed right now after this one (0 when refused). */
  remaining: number;
  /** When refused, how long until the next request is allowed (whole seconds, at least 1); else 0. */
  retryAfterSeconds: number;
}

/** One interface, two stores (Redis across instances, memory within one). */
export interface RateLimiter {
  /**
   * Counts `cost` requests (1 unless said: a read of 200 rows costs 200) against key and says
   * whether they may go ahead. A refused request is not counted. A negative cost gives back what
   * an earlier call took and was not used; it is always allowed and never saves credit beyond a
   * full bucket.
   */
  consume(key: string, rule: RateRule, cost?: number): Promise<RateDecision>;
  /** Forgets key (a successful sign-in clears its account's failures). */
  reset(key: string): Promise<void>;
}
