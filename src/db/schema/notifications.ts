import { sql } from 'drizzle-orm';
import { boolean, check, index, jsonb, pgTable, primaryKey, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, instant } from './columns.ts';
import { users } from './users.ts';

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: varchar('type', { length: 50 }).notNull(),
    /** Encrypted at the application layer, like message (src/domain/notifications/sealed.ts). */
    title: text('title').notNull(),
    message: text('message').notNull(),
    actionUrl: text('action_url'),
    actionLabel: varchar('action_label', { length: 100 }),
    /** Structured payload for clients (ids of the reward, session, … the notification is about). */
    data: jsonb('data').$type<Record<string, unknown>>(),
    read: boolean('read').notNull().default(false),
    readAt: instant('read_at'),
    /** A reminder the user asked for later: invisible and unpushed until then. */
    deliverAt: instant('deliver_at'),
    /** When a reminder for later was pushed at its time (claimed once across instances). */
    pushedAt: instant('pushed_at'),
    createdAt: createdAt(),
  },
  // Partitioned by quarter on created_at (drizzle/0005): keys include the partition column.
  (t) => [
    primaryKey({ name: 'notifications_pkey', columns: [t.id, t.createdAt] }),
    check('notifications_read_consistent', sql`${t.read} = (${t.readAt} IS NOT NULL)`),
    index('idx_notifications_user').on(t.userId, t.createdAt.desc()),
    index('idx_notifications_read').on(t.read),
    // The deferred-reminder sweep: only reminders still waiting for their push.
    index('idx_notifications_deferred')
      .on(t.deliverAt)
      .where(sql`${t.deliverAt} IS NOT NULL AND ${t.pushedAt} IS NULL`),
    index('idx_notifications_unread').on(t.userId, t.createdAt.desc()).where(sql`${t.read} = false`),
  ],
);
