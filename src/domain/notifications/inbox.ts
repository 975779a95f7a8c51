import { and, count, desc, eq, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { FieldCipher } from '../../crypto/cipher.ts';
import { notifications } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { UserContext } from '../context.ts';
import { parseInput } from '../input.ts';
import type { NotificationRow } from './notify.ts';
import { withReminderBody } from './reminder-body.ts';
import { InboxQuery } from './schemas.ts';
import { openNotice } from './sealed.ts';

export type InboxNotification = Omit<NotificationRow, 'userId' | 'pushedAt'>;

/** A notification is in the inbox once delivered: at once, or at deliver_at for a later reminder. */
export const delivered = (now: Date): SQL =>
  or(isNull(notifications.deliverAt), lte(notifications.deliverAt, now))!;

/** When it arrived: what the inbox sorts by (newest first), so a reminder sorts by when it fired. */
const arrivedAt = sql<Date>`coalesce(${notifications.deliverAt}, ${notifications.createdAt})`;

export function toInboxNotification(cipher: FieldCipher, row: NotificationRow): InboxNotification {
  // The owner is implied and pushedAt is the scheduler's bookkeeping: neither is the client's.
  const { userId: _owner, pushedAt: _pushed, ...rest } = withReminderBody(openNotice(cipher, row));
  return rest;
}

/**
 * One page of the user's inbox, newest first, optionally only unread (or only read) ones, with the
 * unread count of the whole inbox. The cursor is the id of the last notification of the previous
 * page; pages follow (arrival time, id), so every notification appears exactly once.
 *
 * Takes the query as the query string spells it (`unread: 'true'`), not as parsed: 'true' → true
 * does not parse twice, so the raw query is parsed here, once.
 */
export async function listNotifications(
  ctx: UserContext,
  raw: z.input<typeof InboxQuery>,
): Promise<{ notifications: InboxNotification[]; unreadCount: number; nextCursor: string | null }> {
  const query = parseInput(InboxQuery, raw);
  const now = ctx.clock.now();
  const mine = and(eq(notifications.userId, ctx.userId), delivered(now));

  let after: SQL | undefined;
  if (query.before) {
    const [cursor] = await ctx.tx
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(mine, eq(notifications.id, query.before)));
    if (!cursor) {
      throw new AppError('invalid_payload', 'Unknown cursor: pass the nextCursor of a previous page.', {
        details: [{ field: 'before', message: 'is not a cursor of this inbox' }],
      });
    }
    // Compared in SQL, not through a JS Date: timestamps have microseconds, Dates only milliseconds.
    after = sql`(${arrivedAt}, ${notifications.id}) < (
      SELECT coalesce(c.deliver_at, c.created_at), c.id FROM notifications c WHERE c.id = ${cursor.id}::uuid)`;
  }

  const rows = await ctx.tx
    .select()
    .from(notifications)
    .where(and(mine, query.unread === undefined ? undefined : eq(notifications.read, !query.unread), after))
    .orderBy(desc(arrivedAt), desc(notifications.id))
    .limit(query.limit + 1);
  const [unread] = await ctx.tx
    .select({ n: count() })
    .from(notifications)
    .where(and(mine, eq(notifications.read, false)));

  const page = rows.slice(0, query.limit);
  return {
    notifications: page.map((row) => toInboxNotification(ctx.cipher, row)),
    unreadCount: unread?.n ?? 0,
    nextCursor: rows.length > query.limit ? page.at(-1)!.id : null,
  };
}
