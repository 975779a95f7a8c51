import { eq } from 'drizzle-orm';
import { notifications, users } from '../../db/schema/index.ts';
import { elevated } from '../../db/tx.ts';
import type { SystemContext, UserContext } from '../context.ts';
import { sealNotice } from './sealed.ts';

export interface NotificationInput {
  /** Who receives it. Only domain verbs choose this; no tool or route passes it through from input. */
  userId: string;
  type: string;
  title: string;
  message: string;
  actionUrl?: string;
  actionLabel?: string;
  data?: Record<string, unknown>;
  /** Deliver later (a reminder): hidden from the inbox and unpushed until then. */
  deliverAt?: Date;
}

export type NotificationRow = typeof notifications.$inferSelect;

/**
 * The one way a notification is created. It is written in the caller's transaction (for another
 * user's inbox the write is elevated to the system role: the verb calling this decided it is
 * allowed), and announced on the event bus after commit, for the hub to push unless the
 * recipient turned notifications off.
 */
export async function notify(
  ctx: UserContext | SystemContext,
  input: NotificationInput,
): Promise<NotificationRow> {
  const write = async () => {
    const [row] = await ctx.tx
      .insert(notifications)
      .values({
        userId: input.userId,
        type: input.type,
        ...sealNotice(ctx.cipher, input.userId, input),
        actionUrl: input.actionUrl,
        actionLabel: input.actionLabel,
        data: input.data,
        deliverAt: input.deliverAt,
        createdAt: ctx.clock.now(),
      })
      .returning();
    const [recipient] = await ctx.tx
      .select({ enabled: users.notificationsEnabled })
      .from(users)
      .where(eq(users.id, input.userId));
    // The caller and the push get the words as written; the table holds them sealed.
    return {
      row: { ...row!, title: input.title, message: input.message },
      pushEnabled: recipient?.enabled ?? false,
    };
  };
  const forSelf = 'userId' in ctx && ctx.userId === input.userId;
  const { row, pushEnabled } = forSelf || !('userId' in ctx) ? await write() : await elevated(ctx.tx, write);

  if (!row.deliverAt || row.deliverAt <= ctx.clock.now()) {
    ctx.afterCommit(() => announce(ctx, row, pushEnabled));
  }
  return row;
}

/** Tells the hub (through the event bus) about a delivered notification, to push it live. */
export function announce(ctx: UserContext | SystemContext, row: NotificationRow, pushEnabled: boolean): void {
  ctx.events.emit('notification', {
    userId: row.userId,
    pushEnabled,
    notification: {
      id: row.id,
      type: row.type,
      title: row.title,
      message: row.message,
      ...(row.actionUrl ? { actionUrl: row.actionUrl } : {}),
      createdAt: (row.deliverAt ?? row.createdAt).toISOString(),
      ...(row.data ? { data: row.data } : {}),
    },
  });
}
