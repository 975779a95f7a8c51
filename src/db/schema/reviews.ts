import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns.ts';
import { users } from './users.ts';

export const reviewableTypes = ['location', 'mentor'] as const;

/** Why a review was held for an operator when written (drizzle/0017); null when it was not. */
export const reviewHoldReasons = ['frequent_bookings'] as const;
export type ReviewHoldReason = (typeof reviewHoldReasons)[number];

export const reviews = pgTable(
  'reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reviewableType: varchar('reviewable_type', { length: 20, enum: reviewableTypes }).notNull(),
    reviewableId: uuid('reviewable_id').notNull(),
    rating: smallint('rating').notNull(),
    title: varchar('title', { length: 255 }),
    content: text('content'),
    isVerifiedVisit: boolean('is_verified_visit').notNull().default(false),
    isFlagged: boolean('is_flagged').notNull().default(false),
    /**
     * Set (with is_flagged) when the review was held for an operator as written: not public until
     * an operator clears it (which empties this) or hides it (nc_hold_review, drizzle/0017).
     */
    heldReason: varchar('held_reason', { length: 40, enum: reviewHoldReasons }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('reviews_reviewable_type_check', sql`${t.reviewableType} IN ('location', 'mentor')`),
    check(
      'reviews_held_check',
      sql`${t.heldReason} IS NULL OR (${t.isFlagged} AND ${t.heldReason} IN ('frequent_bookings'))`,
    ),
    check('reviews_rating_check', sql`${t.rating} BETWEEN 1 AND 5`),
    uniqueIndex('idx_reviews_one_per_user').on(t.userId, t.reviewableType, t.reviewableId),
    index('idx_reviews_user').on(t.userId),
    index('idx_reviews_reviewable').on(t.reviewableType, t.reviewableId),
    index('idx_reviews_created').on(t.createdAt.desc()),
  ],
);

/**
 * Who flagged which review (drizzle/0015). A review is hidden once enough distinct accounts with a
 * verified visit flagged it, or an operator hid it; one account never can. Operators see the
 * flaggers; users write only their own flag and read none.
 */
export const reviewFlags = pgTable(
  'review_flags',
  {
    reviewId: uuid('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The flagger had a verified visit (a check-in at the place, a completed session with the mentor). */
    verifiedVisit: boolean('verified_visit').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ name: 'review_flags_pkey', columns: [t.reviewId, t.userId] })],
);
