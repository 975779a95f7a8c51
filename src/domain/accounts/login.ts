import { eq, or, sql } from 'drizzle-orm';
import { users } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { RateLimiter } from '../../ratelimit/index.ts';
import { type ContextSource, type UserContext, withSystem, withUser } from '../context.ts';
import { parseInput } from '../input.ts';
import { accountKey, addressKey, consumeAttempt, loginLimits } from './login-limits.ts';
import { dummyHash, verifyPassword } from './passwords.ts';
import { LoginInput } from './schemas.ts';
import { type PublicUser, toPublicUser } from './user.ts';

/** Where a sign-in attempt comes from, for its rate limits (login-limits.ts). */
export interface LoginAttempt {
  limiter: RateLimiter;
  /** The client's address: the TCP peer, or X-Forwarded-For from a trusted proxy (client-address.ts). */
  clientAddress: string | undefined;
}

/**
 * Checks a login (e-mail or username) and password, within the per-address and per-account limits.
 * Finding the account is system work (nobody is signed in yet); everything after runs as the user.
 * Unknown login and wrong password give the same error, in about the same time.
 */
export async function authenticate(
  source: ContextSource & { bcryptCost?: number },
  raw: LoginInput,
  attempt: LoginAttempt,
): Promise<{ user: PublicUser; tokenVersion: number }> {
  const input = parseInput(LoginInput, raw);
  const login = input.login.toLowerCase();
  await consumeAttempt(attempt.limiter, addressKey(attempt.clientAddress), loginLimits.perAddress);
  const [found] = await withSystem(source, ({ tx }) =>
    tx
      .select({ id: users.id, passwordHash: users.passwordHash })
      .from(users)
      .where(or(eq(users.email, login), sql`lower(${users.username}) = ${login}`))
      .limit(1),
  );
  const account = accountKey(found, login);
  await consumeAttempt(attempt.limiter, account, loginLimits.perAccount);
  const ok = await verifyPassword(
    input.password,
    found?.passwordHash ?? (await dummyHash(source.bcryptCost)),
  );
  if (!found || !ok)
    throw new AppError('unauthorized', 'The login or password is wrong.', { reason: 'invalid_credentials' });
  await attempt.limiter.reset(account);

  const row = await withUser(source, found.id, async ({ tx, clock }) => {
    const [updated] = await tx
      .update(users)
      .set({ lastLogin: clock.now() })
      .where(eq(users.id, found.id))
      .returning();
    return updated!;
  });
  return { user: toPublicUser(row), tokenVersion: row.tokenVersion };
}

/** The signed-in user behind a verified token, or unauthorized when the account is gone or the token revoked. */
export async function resolveSession(
  source: ContextSource,
  claims: { userId: string; tokenVersion: number },
): Promise<void> {
  await withUser(source, claims.userId, (ctx) => assertSession(ctx, claims));
}

/**
 * resolveSession's check in the caller's own unit of work for claims.userId (a public route that
 * reads a little of the caller's in the same transaction): unauthorized when the account is gone
 * or the token revoked.
 */
export async function assertSession(
  ctx: Pick<UserContext, 'tx'>,
  claims: { userId: string; tokenVersion: number },
): Promise<void> {
  const [row] = await ctx.tx
    .select({ tokenVersion: users.tokenVersion })
    .from(users)
    .where(eq(users.id, claims.userId));
  if (!row || row.tokenVersion !== claims.tokenVersion) {
    throw new AppError('unauthorized', 'This session has ended; sign in again.');
  }
}
