import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, instant, updatedAt } from './columns.ts';
import { users } from './users.ts';

export const journeyProgress = pgTable(
  'journey_progress',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    level: smallint('level').notNull().default(1),
    totalCheckIns: integer('total_check_ins').notNull().default(0),
    gymVisits: integer('gym_visits').notNull().default(0),
    mentorSessions: integer('mentor_sessions').notNull().default(0),
    coffeeRedemptions: integer('coffee_redemptions').notNull().default(0),
    currentStreak: integer('current_streak').notNull().default(0),
    longestStreak: integer('longest_streak').notNull().default(0),
    lastCheckIn: instant('last_check_in'),
    levelStartDate: instant('level_start_date').notNull().defaultNow(),
    levelCompletionPercentage: integer('level_completion_percentage').notNull().default(0),
    milestonesAchieved: text('milestones_achieved').array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('journey_progress_level_check', sql`${t.level} BETWEEN 1 AND 5`),
    check(
      'journey_progress_level_completion_percentage_check',
      sql`${t.levelCompletionPercentage} BETWEEN 0 AND 100`,
    ),
    check(
      'journey_progress_counters_check',
      sql`${t.totalCheckIns} >= 0 AND ${t.gymVisits} >= 0 AND ${t.mentorSessions} >= 0 AND ${t.coffeeRedemptions} >= 0 AND ${t.currentStreak} >= 0 AND ${t.longestStreak} >= 0`,
    ),
    index('idx_journey_progress_level').on(t.level),
  ],
);
