import { eq, sql } from 'drizzle-orm';
import { reviews } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { chargeUser } from '../../ratelimit/budgets.ts';
import type { UserContext } from '../context.ts';
import { evictTargetAfterCommit } from './view.ts';

/**
 * Any signed-in user may flag someone else's review they can see, once. One flag does not hide
 * it: the review leaves the public list and stops counting toward the rating (the trigger
 * recomputes) when three distinct accounts with a verified visit flagged it, or an operator hides
 * it; every flag reaches the operators' queue with its author (drizzle/0015, nc_flag_review). The
 * app role may not write other users' reviews: the function does, after this verb has checked the
 * review is visible to the caller and not their own. Flags count against a daily budget (flags:
 * enough for anyone reading reviews, not for a campaign).
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
  await chargeUser(ctx, 'flags');
  const { rows } = await ctx.tx.execute<{
    reviewable_type: 'location' | 'mentor';
    reviewable_id: string;
    hidden: boolean;
  }>(sql`SELECT reviewable_type, reviewable_id, hidden FROM nc_flag_review(${reviewId}::uuid)`);
  const flagged = rows[0];
  if (flagged?.hidden) evictTargetAfterCommit(ctx, flagged.reviewable_type, flagged.reviewable_id);
}
