import { createHash } from 'node:crypto';
import { AppError } from '../../errors.ts';
import { addressBucket } from '../../ratelimit/address.ts';
import type { RateLimiter, RateRule } from '../../ratelimit/index.ts';

/**
 * Password guessing limits. Per account: 5 attempts in 15 minutes (then one more every 3), cleared
 * by a successful sign-in; counted before the password is checked, so 50 guesses sent at once still
 * reach bcrypt only 5 times, and a locked account refuses even the right password (or the answer
 * would tell a guesser when they hit it). Per client address: 20 attempts in 15 minutes, across
 * accounts (one address spraying many accounts), and never cleared by a success.
 */
export const loginLimits = {
  perAccount: { limit: 5, windowSeconds: 15 * 60 },
  perAddress: { limit: 20, windowSeconds: 15 * 60 },
} satisfies Record<string, RateRule>;

/** New accounts per client address and hour (config SIGNUPS_PER_HOUR, default 10). */
export const signupRule = (perHour: number): RateRule => ({ limit: perHour, windowSeconds: 60 * 60 });

/**
 * The account key: the user's id when the login names one (e-mail and username then share a
 * counter), else a hash of the login, so unknown logins are limited alike and Redis holds no e-mails.
 */
export function accountKey(found: { id: string } | undefined, login: string): string {
  const who = found ? found.id : `login-${createHash('sha256').update(login).digest('hex').slice(0, 32)}`;
  return `login:account:${who}`;
}

export const addressKey = (address: string | undefined) => `login:address:${addressBucket(address)}`;
export const registrationKey = (address: string | undefined) => `register:address:${addressBucket(address)}`;

/** Counts one attempt against key; refuses with 429 and Retry-After when over the rule. */
export async function consumeAttempt(
  limiter: RateLimiter,
  key: string,
  rule: RateRule,
  what = 'sign-in attempts',
): Promise<void> {
  const decision = await limiter.consume(key, rule);
  if (!decision.allowed) {
    const minutes = Math.ceil(decision.retryAfterSeconds / 60);
    throw new AppError(
      'rate_limited',
      `Too many ${what}; try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      { details: { retryAfterSeconds: decision.retryAfterSeconds } },
    );
  }
}
