import { AppError } from '../../errors.ts';
import type { RateLimiter, RateRule } from '../../ratelimit/index.ts';

/**
 * Messages a person may send: 30 a minute, at most 30 at once, per user across all their devices
 * and every instance (the limiter lives in Redis when there is one). Generous for a human typing,
 * and it bounds the assistant turns (and model spend) one account can start.
 */
export const chatRule: RateRule = { limit: 30, windowSeconds: 60 };

export async function consumeChatSend(limiter: RateLimiter, userId: string): Promise<void> {
  const decision = await limiter.consume(`chat:send:${userId}`, chatRule);
  if (!decision.allowed) {
    throw new AppError(
      'rate_limited',
      'You are sending messages very quickly; take a breath and try again shortly.',
      {
        details: {
          retryAfterSeconds: decision.retryAfterSeconds,
        },
      },
    );
  }
}
