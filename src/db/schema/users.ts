import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { createdAt, instant, updatedAt } from './columns.ts';

export const themeModes = ['light', 'dark', 'neon'] as const;
export const userRoles = ['user', 'operator'] as const;

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: varchar('email', { length: 255 }).notNull(),
    username: varchar('username', { length: 50 }).notNull(),
    displayName: varchar('display_name', { length: 100 }).notNull(),
    passwordHash: varchar('password_hash', { length: 255 }).notNull(),
    avatarUrl: text('avatar_url'),
    bio: text('bio'),
    journeyLevel: smallint('journey_level').notNull().default(1),
    currentStreak: integer('current_streak').notNull().default(0),
    longestStreak: integer('longest_streak').notNull().default(0),
    totalCheckIns: integer('total_check_ins').notNull().default(0),
    themeMode: varchar('theme_mode', { length: 10, enum: themeModes }).notNull().default('light'),
    notificationsEnabled: boolean('notifications_enabled').notNull().default(true),
    consentGiven: boolean('consent_given').notNull().default(false),
    consentDate: instant('consent_date'),
    timeZone: varchar('time_zone', { length: 64 }).notNull().default('UTC'),
    crisisCountry: varchar('crisis_country', { length: 2 }),
    role: varchar('role', { length: 20, enum: userRoles }).notNull().default('user'),
    tokenVersion: integer('token_version').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    lastLogin: instant('last_login'),
  },
  (t) => [
    check('email_format', sql`${t.email} ~* '^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$'`),
    check('users_email_lowercase', sql`${t.email} = lower(${t.email})`),
    check('users_username_format', sql`${t.username} ~ '^[A-Za-z0-9_.-]{3,50}$'`),
    check('users_journey_level_check', sql`${t.journeyLevel} BETWEEN 1 AND 5`),
    check('users_theme_mode_check', sql`${t.themeMode} IN ('light', 'dark', 'neon')`),
    check('users_role_check', sql`${t.role} IN ('user', 'operator')`),
    check('users_time_zone_check', sql`is_valid_time_zone(${t.timeZone})`),
    check('users_crisis_country_check', sql`${t.crisisCountry} ~ '^[A-Z]{2}$'`),
    check(
      'users_counters_check',
      sql`${t.currentStreak} >= 0 AND ${t.longestStreak} >= 0 AND ${t.totalCheckIns} >= 0`,
    ),
    check('users_consent_date_check', sql`NOT ${t.consentGiven} OR ${t.consentDate} IS NOT NULL`),
    uniqueIndex('idx_users_email').on(t.email),
    uniqueIndex('idx_users_username').on(sql`lower(${t.username})`),
    index('idx_users_created_at').on(t.createdAt),
  ],
);
