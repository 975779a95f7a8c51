import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  numeric,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { createdAt, instant, updatedAt } from './columns.ts';
import { locations } from './locations.ts';
import { users } from './users.ts';

export const scheduleTypes = ['in-person', 'virtual', 'both'] as const;
export const sessionTypes = ['in-person', 'virtual'] as const;
export const sessionStatuses = ['scheduled', 'completed', 'cancelled', 'no-show'] as const;

export const mentors = pgTable(
  'mentors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    title: varchar('title', { length: 100 }).notNull(),
    specialization: text('specialization').array().notNull(),
    bio: text('bio').notNull(),
    verified: boolean('verified').notNull().default(false),
    available: boolean('available').notNull().default(true),
    scheduleType: varchar('schedule_type', { length: 20, enum: scheduleTypes }),
    locationId: uuid('location_id').references(() => locations.id, { onDelete: 'set null' }),
    latitude: numeric('latitude', { precision: 10, scale: 8, mode: 'number' }),
    longitude: numeric('longitude', { precision: 11, scale: 8, mode: 'number' }),
    totalSessions: integer('total_sessions').notNull().default(0),
    rating: numeric('rating', { precision: 3, scale: 2, mode: 'number' }).notNull().default(0),
    reviewCount: integer('review_count').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('mentors_schedule_type_check', sql`${t.scheduleType} IN ('in-person', 'virtual', 'both')`),
    check('mentors_rating_check', sql`${t.rating} BETWEEN 0 AND 5`),
    check('mentors_latitude_check', sql`${t.latitude} BETWEEN -90 AND 90`),
    check('mentors_longitude_check', sql`${t.longitude} BETWEEN -180 AND 180`),
    check('mentors_coordinates_pair', sql`(${t.latitude} IS NULL) = (${t.longitude} IS NULL)`),
    check('mentors_counters_check', sql`${t.totalSessions} >= 0 AND ${t.reviewCount} >= 0`),
    uniqueIndex('idx_mentors_user').on(t.userId),
    index('idx_mentors_verified').on(t.verified),
    index('idx_mentors_available').on(t.available),
    index('idx_mentors_location').on(t.locationId),
  ],
);

export const mentorSessions = pgTable(
  'mentor_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mentorId: uuid('mentor_id')
      .notNull()
      .references(() => mentors.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    scheduledAt: instant('scheduled_at').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    sessionType: varchar('session_type', { length: 20, enum: sessionTypes }),
    locationId: uuid('location_id').references(() => locations.id, { onDelete: 'set null' }),
    status: varchar('status', { length: 20, enum: sessionStatuses }).notNull().default('scheduled'),
    /** Encrypted at the application layer (src/crypto/cipher.ts). */
    mentorNotes: text('mentor_notes'),
    /** Encrypted at the application layer (src/crypto/cipher.ts). */
    userNotes: text('user_notes'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    completedAt: instant('completed_at'),
    reminderSentAt: instant('reminder_sent_at'),
  },
  (t) => [
    check('mentor_sessions_session_type_check', sql`${t.sessionType} IN ('in-person', 'virtual')`),
    check(
      'mentor_sessions_status_check',
      sql`${t.status} IN ('scheduled', 'completed', 'cancelled', 'no-show')`,
    ),
    check('mentor_sessions_duration_check', sql`${t.durationMinutes} BETWEEN 15 AND 180`),
    index('idx_mentor_sessions_mentor').on(t.mentorId, t.scheduledAt.desc()),
    index('idx_mentor_sessions_user').on(t.userId, t.scheduledAt.desc()),
    index('idx_mentor_sessions_status').on(t.status),
    index('idx_mentor_sessions_reminder_due')
      .on(t.scheduledAt)
      .where(sql`${t.status} = 'scheduled' AND ${t.reminderSentAt} IS NULL`),
  ],
);
