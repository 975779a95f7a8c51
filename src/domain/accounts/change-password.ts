import { eq, sql } from 'drizzle-orm';
import { pushSubscriptions, users } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { RateLimiter } from '../../ratelimit/index.ts';
import type { UserContext } from '../context.ts';
import { parseInput } from '../input.ts';
import { accountKey, consumeAttempt, loginLimits } from './login-limits.ts';
import { assertStrongPassword } from './password-policy.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { ChangePasswordInput } from './schemas.ts';

/**
 * Changes the password. The current one is required (a stolen token alone must not be able to
 * lock the owner out) and counts against the same per-account limit as sign-in; the new one meets
 * the policy (password-policy.ts). Every token issued so far stops working (token_version + 1)
 * and, after commit, `sessions-revoked` closes every socket of the account on every instance: whoever
 * knew the old password is out. The caller issues the one new token, under the returned version.
 */
export async function changePassword(
  ctx: UserContext,
  raw: ChangePasswordInput,
  options: { limiter: RateLimiter; bcryptCost: number },
): Promise<{ tokenVersion: number }> {
  const input = parseInput(ChangePasswordInput, raw);
  await consumeAttempt(options.limiter, accountKey({ id: ctx.userId }, ''), loginLimits.perAccount);
  const [user] = await ctx.tx.select().from(users).where(eq(users.id, ctx.userId));
  if (!user) throw new AppError('not_found', 'This account no longer exists.');
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError('forbidden', 'The current password is wrong.', {
      details: { field: 'currentPassword' },
      reason: 'invalid_password',
    });
  }
  if (input.newPassword === input.currentPassword) {
    const message = 'must differ from the current password';
    throw new AppError('invalid_payload', `The new password ${message}.`, {
      details: [{ field: 'newPassword', message }],
    });
  }
  await assertStrongPassword(input.newPassword, [user.email, user.username, user.displayName], 'newPassword');
  const passwordHash = await hashPassword(input.newPassword, options.bcryptCost);
  const [updated] = await ctx.tx
    .update(users)
    .set({ passwordHash, tokenVersion: sql`${users.tokenVersion} + 1` })
    .where(eq(users.id, ctx.userId))
    .returning({ tokenVersion: users.tokenVersion });
  // Whoever knew the old password loses the account's alerts too: each device turns them on again.
  await ctx.tx.delete(pushSubscriptions).where(eq(pushSubscriptions.userId, ctx.userId));
  const { userId } = ctx;
  ctx.afterCommit(() => ctx.events.emit('sessions-revoked', { userId, reason: 'password_changed' }));
  return { tokenVersion: updated!.tokenVersion };
}
