import { randomUUID } from 'node:crypto';
import { journeyProgress, users } from '../../db/schema/index.ts';
import { AppError, violatedConstraint } from '../../errors.ts';
import { type ContextSource, withUser } from '../context.ts';
import { parseInput } from '../input.ts';
import type { LoginAttempt } from './login.ts';
import { consumeAttempt, registrationKey, signupRule } from './login-limits.ts';
import { assertStrongPassword } from './password-policy.ts';
import { hashPassword } from './passwords.ts';
import { RegisterInput } from './schemas.ts';
import { type PublicUser, toPublicUser } from './user.ts';

/**
 * Creates an account and its journey row, within the per-address sign-up limit when an attempt is
 * given (the HTTP route always gives one), with a password strong enough (password-policy.ts). The id is chosen here so the insert already runs as
 * the new user under row-level security.
 */
export async function registerUser(
  source: ContextSource & { bcryptCost?: number },
  raw: RegisterInput,
  attempt?: LoginAttempt & { signupsPerHour: number },
): Promise<PublicUser> {
  const input = parseInput(RegisterInput, raw);
  if (attempt && attempt.signupsPerHour > 0) {
    await consumeAttempt(
      attempt.limiter,
      registrationKey(attempt.clientAddress),
      signupRule(attempt.signupsPerHour),
      'new accounts from this network',
    );
  }
  // After the limit: a refused sign-up costs the server nothing, an allowed one a strength check.
  await assertStrongPassword(input.password, [input.email, input.username, input.displayName]);
  const id = randomUUID();
  const passwordHash = await hashPassword(input.password, source.bcryptCost);
  try {
    return await withUser(source, id, async ({ tx }) => {
      const [row] = await tx
        .insert(users)
        .values({
          id,
          email: input.email,
          username: input.username,
          displayName: input.displayName,
          passwordHash,
          timeZone: input.timeZone ?? 'UTC',
        })
        .returning();
      await tx.insert(journeyProgress).values({ userId: id });
      return toPublicUser(row!);
    });
  } catch (err) {
    const constraint = violatedConstraint(err);
    if (constraint === 'idx_users_email') {
      throw new AppError('conflict', 'An account with this e-mail already exists.', {
        details: { field: 'email' },
        reason: 'email_taken',
      });
    }
    if (constraint === 'idx_users_username') {
      throw new AppError('conflict', 'This username is taken.', {
        details: { field: 'username' },
        reason: 'username_taken',
      });
    }
    throw err;
  }
}
