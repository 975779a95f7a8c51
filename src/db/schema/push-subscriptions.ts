import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, instant } from './columns.ts';
import { users } from './users.ts';

/**
 * Web Push subscriptions (issue 18): one row per browser that turned on "Alerts on this device".
 * The endpoint is the push service's URL for that browser (unique: a browser that moves to another
 * account moves its row); p256dh and auth are the keys payloads are encrypted to, sealed at the
 * application layer (src/domain/push/sealed.ts) like other per-user secrets.
 */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    endpoint: text('endpoint').notNull(),
    /** The browser's P-256 public key (URL-safe base64), sealed. */
    p256dh: text('p256dh').notNull(),
    /** The browser's 16-byte auth secret (URL-safe base64), sealed. */
    auth: text('auth').notNull(),
    /** What the person calls the device ("Firefox on Linux"), for their list of devices. */
    label: varchar('label', { length: 100 }),
    createdAt: createdAt(),
    lastSentAt: instant('last_sent_at'),
    /** Sends in a row that failed (neither delivered nor refused for good); 0 after a delivery. */
    failures: integer('failures').notNull().default(0),
  },
  (t) => [
    uniqueIndex('push_subscriptions_endpoint_key').on(t.endpoint),
    index('idx_push_subscriptions_user').on(t.userId),
    check('push_subscriptions_p256dh_check', sql`${t.p256dh} LIKE 'enc:v1:%'`),
    check('push_subscriptions_auth_check', sql`${t.auth} LIKE 'enc:v1:%'`),
    check('push_subscriptions_endpoint_check', sql`length(${t.endpoint}) <= 2048`),
    check('push_subscriptions_failures_check', sql`${t.failures} >= 0`),
  ],
);
