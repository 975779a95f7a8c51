import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, primaryKey, varchar } from 'drizzle-orm/pg-core';

/**
 * How many safety responses were given, per day, category, level and language: counts only, no user
 * and no words, so the yearly figures an operator reports (California SB 243) survive account
 * deletion. Written and read by the system role only.
 */
export const safetyReferrals = pgTable(
  'safety_referrals',
  {
    day: date('day').notNull(),
    category: varchar('category', { length: 20 }).notNull(),
    level: varchar('level', { length: 10 }).notNull(),
    language: varchar('language', { length: 5 }).notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'safety_referrals_pkey', columns: [t.day, t.category, t.level, t.language] }),
    check('safety_referrals_level_check', sql`${t.level} IN ('crisis', 'concern')`),
    check('safety_referrals_count_check', sql`${t.count} >= 0`),
  ],
);
