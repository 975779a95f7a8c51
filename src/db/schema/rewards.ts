import { sql } from 'drizzle-orm';
import { boolean, check, date, index, pgTable, text, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, instant } from './columns.ts';
import { locations } from './locations.ts';
import { partners } from './partners.ts';
import { users } from './users.ts';

export const rewardTypes = ['coffee', 'gym_pass', 'discount', 'badge'] as const;

export const rewards = pgTable(
  'rewards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: varchar('type', { length: 20, enum: rewardTypes }).notNull(),
    title: varchar('title', { length: 255 }).notNull(),
    description: text('description'),
    qrCode: text('qr_code'),
    redeemed: boolean('redeemed').notNull().default(false),
    redeemedAt: instant('redeemed_at'),
    redeemedLocationId: uuid('redeemed_location_id').references(() => locations.id, { onDelete: 'set null' }),
    /** The partner's staff member who redeemed it at the counter (src/domain/rewards/redeem.ts). */
    redeemedBy: uuid('redeemed_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: instant('expires_at'),
    partnerId: uuid('partner_id').references(() => partners.id, { onDelete: 'set null' }),
    /** The place whose check-in earned the reward; a coffee reward is redeemable only there. */
    locationId: uuid('location_id').references(() => locations.id, { onDelete: 'set null' }),
    /** The day it was earned, in the user's time zone: one coffee reward per place per day. */
    earnedOn: date('earned_on', { mode: 'string' }),
    earnedAt: instant('earned_at').notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [
    check('rewards_type_check', sql`${t.type} IN ('coffee', 'gym_pass', 'discount', 'badge')`),
    check('rewards_redeemed_consistent', sql`${t.redeemed} = (${t.redeemedAt} IS NOT NULL)`),
    check('rewards_qr_code_length', sql`${t.qrCode} IS NULL OR length(${t.qrCode}) BETWEEN 16 AND 128`),
    uniqueIndex('idx_rewards_qr_code').on(t.qrCode),
    uniqueIndex('idx_rewards_once_per_place_day')
      .on(t.userId, t.locationId, t.earnedOn)
      .where(sql`${t.type} = 'coffee'`),
    index('idx_rewards_user').on(t.userId, t.earnedAt.desc()),
    index('idx_rewards_redeemed').on(t.redeemed),
    index('idx_rewards_expires').on(t.expiresAt),
  ],
);
