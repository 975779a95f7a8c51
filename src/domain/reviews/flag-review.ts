import { and, eq } from 'drizzle-orm';
import { reviews } from '../../db/schema/index.ts';
import { elevated } from '../../db/tx.ts';
import { AppError } from '../../errors.ts';
import type { UserContext } from '../context.ts';
import { evictTargetAfterCommit } from './view.ts';

/**
 * Any signed-in user may flag someone else's review they can see: it leaves the public list and
 * stops counting toward the rating (the trigger recomputes) until an operator clears it. The app
 * role may not write other users' reviews, so the one column is set elevated, after this verb
 * has checked the review is visible to the caller and not their own.
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
  const [flagged] = await elevated(ctx.tx, (tx) =>
    tx
      .update(reviews)
      .set({ isFlagged: true })
      .where(and(eq(reviews.id, reviewId), eq(reviews.isFlagged, false)))
      .returning({ type: reviews.reviewableType, targetId: reviews.reviewableId }),
  );
  if (flagged) evictTargetAfterCommit(ctx, flagged.type, flagged.targetId);
}
