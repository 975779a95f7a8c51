import { eq, sql } from 'drizzle-orm';
import { notifications, users } from '../../db/schema/index.ts';
import type { SystemContext, UserContext } from '../context.ts';
import { withReminderBody } from './reminder-body.ts';
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
 * The one way a notification is created. It is written in the caller's transaction: by the system
 * role directly, by a user through nc_notify (drizzle/0014), which writes into the caller's own
 * inbox or that of the other party of a session they share (the verb calling this decided it is
 * allowed). It is announced on the event bus after commit, for the hub to push unless the recipient
 * turned notifications off.
 */
export async function notify(
  ctx: UserContext | SystemContext,
  input: NotificationInput,
): Promise<NotificationRow> {
  const sealed = sealNotice(ctx.cipher, input.userId, input);
  const values = {
    userId: input.userId,
    type: input.type,
    actionUrl: input.actionUrl ?? null,
    actionLabel: input.actionLabel ?? null,
    data: input.data ?? null,
    deliverAt: input.deliverAt ?? null,
    createdAt: ctx.clock.now(),
  };
  // The caller and the push get the words as written; the table holds them sealed.
  const words = { title: input.title, message: input.message };
  let row: NotificationRow;
  let pushEnabled: boolean;
  if ('userId' in ctx) {
    const { rows } = await ctx.tx.execute<{ id: string; created_at: Date | string; push_enabled: boolean }>(
      sql`SELECT id, created_at, push_enabled FROM nc_notify(${values.userId}::uuid, ${values.type},
        ${sealed.title}, ${sealed.message}, ${values.actionUrl}, ${values.actionLabel},
        ${values.data === null ? null : JSON.stringify(values.data)}::jsonb,
        ${values.deliverAt?.toISOString() ?? null}::timestamptz, ${values.createdAt.toISOString()}::timestamptz)`,
    );
    const added = rows[0]!;
    row = {
      ...values,
      ...words,
      id: added.id,
      createdAt: new Date(added.created_at),
      read: false,
      readAt: null,
      pushedAt: null,
    };
    pushEnabled = added.push_enabled;
  } else {
    const [written] = await ctx.tx
      .insert(notifications)
      .values({ ...values, ...sealed })
      .returning();
    const [recipient] = await ctx.tx
      .select({ enabled: users.notificationsEnabled })
      .from(users)
      .where(eq(users.id, input.userId));
    row = { ...written!, ...words };
    pushEnabled = recipient?.enabled ?? false;
  }

  if (!row.deliverAt || row.deliverAt <= ctx.clock.now()) {
    ctx.afterCommit(() => announce(ctx, row, pushEnabled));
  }
  return row;
}

/**
 * Tells the hub (through the event bus) about a delivered notification, to push it live: with the
 * time it arrived (a reminder's deliverAt: when it fired, not when it was set).
 */
export function announce(
  ctx: UserContext | SystemContext,
  stored: NotificationRow,
  pushEnabled: boolean,
): void {
  const row = withReminderBody(stored);
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
