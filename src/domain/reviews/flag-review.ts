import { eq, sql } from 'drizzle-orm';
import { reviews } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { UserContext } from '../context.ts';
import { evictTargetAfterCommit } from './view.ts';

/**
 * Any signed-in user may flag someone else's review they can see: it leaves the public list and
 * stops counting toward the rating (the trigger recomputes) until an operator clears it. The app
 * role may not write other users' reviews: nc_flag_review (drizzle/0014) sets the one column, on
 * a review that is not the caller's, after this verb has checked the review is visible to them.
 */
export async function flagReview(ctx: UserContext, reviewId: string): Promise<void> {
  const [review] = await ctx.tx
    .select({ userId: reviews.userId, isFlagged: reviews.isFlagged })
    .from(reviews)
    .where(eq(reviews.id, reviewId));
  if (!review) throw new AppError('not_found', 'No such review.');
  if (review.userId === ctx.userId) {
    throw new AppError('unprocessable', 'You cannot flag your own review; change or delete it instead.', {
      reason: 'cannot_flag_own',
    });
  }
  const { rows } = await ctx.tx.execute<{ reviewable_type: 'location' | 'mentor'; reviewable_id: string }>(
    sql`SELECT reviewable_type, reviewable_id FROM nc_flag_review(${reviewId}::uuid)`,
  );
  const flagged = rows[0];
  if (flagged) evictTargetAfterCommit(ctx, flagged.reviewable_type, flagged.reviewable_id);
}
