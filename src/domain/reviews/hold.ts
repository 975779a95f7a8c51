import { sql } from 'drizzle-orm';
import type { ReviewHoldReason } from '../../db/schema/index.ts';
import type { UserContext } from '../context.ts';
import type { ReviewableType } from './schemas.ts';

/**
 * Booking one mentor unusually often: more than `sessions` sessions with them, not cancelled
 * (scheduled, completed or missed), starting within any `days` days. A weekly or even twice-weekly
 * mentee never comes near it; an account farming "verified" five-star reviews does.
 */
export const frequentBookingRule = { sessions: 3, days: 7 };

/**
 * Why the caller's review of this target should be held for an operator, or undefined when it
 * should not: a mentor review by an account that booked that mentor unusually often. The
 * sessions read are the caller's own.
 */
export async function holdReasonFor(
  ctx: UserContext,
  type: ReviewableType,
  targetId: string,
): Promise<ReviewHoldReason | undefined> {
  if (type !== 'mentor') return undefined;
  const { sessions, days } = frequentBookingRule;
  const { rows } = await ctx.tx.execute<{ frequent: boolean }>(sql`
    SELECT EXISTS (
      SELECT 1 FROM mentor_sessions a
      WHERE a.user_id = ${ctx.userId} AND a.mentor_id = ${targetId} AND a.status <> 'cancelled'
        AND (SELECT count(*) FROM mentor_sessions b
             WHERE b.user_id = a.user_id AND b.mentor_id = a.mentor_id AND b.status <> 'cancelled'
               AND b.scheduled_at >= a.scheduled_at
               AND b.scheduled_at < a.scheduled_at + make_interval(days => ${days}::int)) > ${sessions}::int
    ) AS frequent`);
  return rows[0]?.frequent ? 'frequent_bookings' : undefined;
}

/**
 * Holds the caller's own review for an operator: out of the public list and the ratings, in the
 * operators' queue with its reason, until an operator clears or hides it (nc_hold_review,
 * drizzle/0017; the app role may not write is_flagged itself).
 */
export async function holdReview(
  ctx: UserContext,
  reviewId: string,
  reason: ReviewHoldReason,
): Promise<void> {
  await ctx.tx.execute(sql`SELECT nc_hold_review(${reviewId}::uuid, ${reason})`);
}
