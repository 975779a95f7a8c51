import { pgTable, timestamp, varchar } from 'drizzle-orm/pg-core';

/**
 * One value per encryption key id, sealed with that key when the key was first used here. At
 * start-up every configured key must open its own value (or write it, being new): an instance
 * given a different key under a known id refuses to start instead of writing what no other
 * instance can read. Read and written by the system role only.
 */
export const keyChecks = pgTable('key_checks', {
  keyId: varchar('key_id', { length: 64 }).primaryKey(),
  sealed: varchar('sealed', { length: 200 }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
