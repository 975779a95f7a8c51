import { and, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import { notifications, users } from '../db/schema/index.ts';
import { type ContextSource, withSystem } from '../domain/context.ts';
import { announce } from '../domain/notifications/notify.ts';
import { openNotice } from '../domain/notifications/sealed.ts';

/**
 * A reminder pushed this late would only startle: it is still in the inbox, but not pushed. An
 * instance that was down for a day does not fire a day's reminders at once when it returns.
 */
export const STALE_PUSH_MINUTES = 60;

/**
 * Pushes reminders set for later (deliver_at) once their time has come, each exactly once however
 * many instances sweep: due rows are claimed by setting pushed_at under FOR UPDATE SKIP LOCKED, and
 * the push happens after the claim commits (the hub's Redis adapter reaches every instance).
 */
export async function pushDeferredNotifications(source: ContextSource, batchSize = 500): Promise<number> {
  return withSystem(source, async (ctx) => {
    const now = ctx.clock.now();
    const due = ctx.tx
      .select({ id: notifications.id })
      .from(notifications)
      .where(
        and(
          isNotNull(notifications.deliverAt),
          isNull(notifications.pushedAt),
          lte(notifications.deliverAt, now),
        ),
      )
      .limit(batchSize)
      .for('update', { skipLocked: true });
    const claimed = await ctx.tx
      .update(notifications)
      .set({ pushedAt: now })
      .where(sql`${notifications.id} IN (${due})`)
      .returning();
    const staleBefore = now.getTime() - STALE_PUSH_MINUTES * 60_000;
    const fresh = claimed.filter((row) => row.deliverAt!.getTime() >= staleBefore);
    if (fresh.length === 0) return 0;
    const recipients = await ctx.tx
      .select({ id: users.id, enabled: users.notificationsEnabled })
      .from(users)
      .where(inArray(users.id, [...new Set(fresh.map((r) => r.userId))]));
    const enabled = new Map(recipients.map((u) => [u.id, u.enabled]));
    for (const row of fresh) {
      const readable = openNotice(ctx.cipher, row);
      ctx.afterCommit(() => announce(ctx, readable, enabled.get(row.userId) ?? false));
    }
    return fresh.length;
  });
}
