import { and, eq, sql } from 'drizzle-orm';
import { notifications } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { UserContext } from '../context.ts';
import { delivered, type InboxNotification, toInboxNotification } from './inbox.ts';

/**
 * Marks one of the user's notifications read (again is fine: the first read time stays). Someone
 * else's id, or a reminder not yet delivered, is not found.
 */
export async function markRead(ctx: UserContext, id: string): Promise<InboxNotification> {
  const now = ctx.clock.now();
  const [row] = await ctx.tx
    .update(notifications)
    .set({ read: true, readAt: sql`coalesce(${notifications.readAt}, ${now.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, ctx.userId), delivered(now)))
    .returning();
  if (!row) throw new AppError('not_found', 'No such notification.');
  return toInboxNotification(ctx.cipher, row);
}

/** Marks every delivered, unread notification of the user read; says how many changed. */
export async function markAllRead(ctx: UserContext): Promise<{ updated: number }> {
  const now = ctx.clock.now();
  const rows = await ctx.tx
    .update(notifications)
    .set({ read: true, readAt: now })
    .where(and(eq(notifications.userId, ctx.userId), eq(notifications.read, false), delivered(now)))
    .returning({ id: notifications.id });
  return { updated: rows.length };
}
