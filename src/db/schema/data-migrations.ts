import { pgTable, timestamp, varchar } from 'drizzle-orm/pg-core';

/**
 * Work on stored data that needs the application's keys and so cannot be a SQL migration (sealing
 * columns that held plain text): a migration adds the row, the first instance to start carries it
 * out (src/crypto/seal-legacy.ts) and stamps done_at. Read and written by the system role only.
 */
export const dataMigrations = pgTable('data_migrations', {
  name: varchar('name', { length: 100 }).primaryKey(),
  doneAt: timestamp('done_at', { withTimezone: true }),
});
