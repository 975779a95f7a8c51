import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, primaryKey, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, instant } from './columns.ts';
import { locations } from './locations.ts';
import { rewards } from './rewards.ts';
import { users } from './users.ts';

export const moods = ['calm', 'anxious', 'neutral', 'motivated'] as const;
export type Mood = (typeof moods)[number];

/**
 * How a check-in's presence was judged (drizzle/0017): `verified`, coordinates inside the geofence
 * with a reported accuracy within bounds (or none reported); `no_location`, no coordinates sent;
 * `coarse_location`, a position too imprecise to tell. Only verified check-ins earn rewards.
 * NULL on check-ins from before presence was judged.
 */
export const presences = ['verified', 'no_location', 'coarse_location'] as const;
export type Presence = (typeof presences)[number];

export const checkIns = pgTable(
  'check_ins',
  {
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    locationId: uuid('location_id')
      .notNull()
      .references(() => locations.id, { onDelete: 'cascade' }),
    timestamp: instant('timestamp').notNull().defaultNow(),
    /** Encrypted at the application layer (src/crypto/cipher.ts). */
    note: text('note'),
    /** One of `moods`, encrypted at the application layer: how someone felt is a health detail. */
    mood: text('mood'),
    rewardEarnedId: uuid('reward_earned_id').references(() => rewards.id, { onDelete: 'set null' }),
    qrCodeScanned: boolean('qr_code_scanned').notNull().default(false),
    presence: varchar('presence', { length: 20, enum: presences }),
    createdAt: createdAt(),
  },
  // Partitioned by month on timestamp (drizzle/0005): keys include the partition column.
  (t) => [
    primaryKey({ name: 'check_ins_pkey', columns: [t.id, t.timestamp] }),
    // Sealed or absent: a plain mood cannot be written (rows from before drizzle/0013 are sealed at start-up).
    check('check_ins_mood_check', sql`${t.mood} LIKE 'enc:v1:%'`),
    check('check_ins_presence_check', sql`${t.presence} IN ('verified', 'no_location', 'coarse_location')`),
    index('idx_check_ins_user').on(t.userId, t.timestamp.desc()),
    index('idx_check_ins_location').on(t.locationId, t.timestamp.desc()),
    index('idx_check_ins_timestamp').on(t.timestamp),
  ],
);
