import { sql } from 'drizzle-orm';
import { boolean, check, index, jsonb, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, instant } from './columns.ts';
import { users } from './users.ts';

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: varchar('type', { length: 50 }).notNull(),
    title: varchar('title', { length: 255 }).notNull(),
    message: text('message').notNull(),
    actionUrl: text('action_url'),
    actionLabel: varchar('action_label', { length: 100 }),
    /** Structured payload for clients (ids of the reward, session, … the notification is about). */
    data: jsonb('data').$type<Record<string, unknown>>(),
    read: boolean('read').notNull().default(false),
    readAt: instant('read_at'),
    /** A reminder the user asked for later: invisible and unpushed until then. */
    deliverAt: instant('deliver_at'),
    createdAt: createdAt(),
  },
  (t) => [
    check('notifications_read_consistent', sql`${t.read} = (${t.readAt} IS NOT NULL)`),
    index('idx_notifications_user').on(t.userId, t.createdAt.desc()),
    index('idx_notifications_read').on(t.read),
    index('idx_notifications_unread').on(t.userId, t.createdAt.desc()).where(sql`${t.read} = false`),
  ],
);
