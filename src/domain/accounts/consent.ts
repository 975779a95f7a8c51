import { eq, sql } from 'drizzle-orm';
import { users } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { UserContext } from '../context.ts';
import { parseInput } from '../input.ts';
import { ConsentInput } from './schemas.ts';
import { type PublicUser, toPublicUser } from './user.ts';

/**
 * Gives or withdraws consent to the chat processing their messages. Giving it dates it now; giving
 * it again keeps the date it was first given (the consent in force did not change). Withdrawing it
 * clears both, so the chat refuses with consent_required until it is given again; what was stored
 * stays until the user erases the account (DELETE /api/me).
 */
export async function setConsent(ctx: UserContext, raw: { consent: boolean }): Promise<PublicUser> {
  const input = parseInput(ConsentInput, raw);
  const now = ctx.clock.now().toISOString();
  const [row] = await ctx.tx
    .update(users)
    .set(
      input.consent
        ? { consentGiven: true, consentDate: sql`coalesce(${users.consentDate}, ${now}::timestamptz)` }
        : { consentGiven: false, consentDate: null },
    )
    .where(eq(users.id, ctx.userId))
    .returning();
  if (!row) throw new AppError('not_found', 'This account no longer exists.');
  return toPublicUser(row);
}
