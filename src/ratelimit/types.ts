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
  /** Counts one request against key and says whether it may go ahead. A refused request is not counted. */
  consume(key: string, rule: RateRule): Promise<RateDecision>;
  /** Forgets key (a successful sign-in clears its account's failures). */
  reset(key: string): Promise<void>;
}
