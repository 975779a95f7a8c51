import { eq, sql } from 'drizzle-orm';
import { pushSubscriptions, users } from '../../db/schema/index.ts';
import type { UserContext } from '../context.ts';

/**
 * Signs the user out on every device: tokens carry the token_version they were issued under and
 * requireAuth refuses any that no longer matches, so bumping it revokes them all at once. Every
 * device's Web Push subscription goes too.
 */
export async function signOutEverywhere(ctx: UserContext): Promise<void> {
  await ctx.tx
    .update(users)
    .set({ tokenVersion: sql`${users.tokenVersion} + 1` })
    .where(eq(users.id, ctx.userId));
  // A signed-out device must not go on showing the account's alerts (docs/web-client.md, "Push").
  await ctx.tx.delete(pushSubscriptions).where(eq(pushSubscriptions.userId, ctx.userId));
  const { userId } = ctx;
  ctx.afterCommit(() => ctx.events.emit('sessions-revoked', { userId, reason: 'signed_out' }));
}
