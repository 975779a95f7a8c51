import { and, eq } from 'drizzle-orm';
import { reviews } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { UserContext } from '../context.ts';
import { evictTargetAfterCommit } from './view.ts';

/** Deletes the signed-in user's own review; anyone else's is not found. */
export async function deleteReview(ctx: UserContext, reviewId: string): Promise<void> {
  const [row] = await ctx.tx
    .delete(reviews)
    .where(and(eq(reviews.id, reviewId), eq(reviews.userId, ctx.userId)))
    .returning({ type: reviews.reviewableType, targetId: reviews.reviewableId });
  if (!row) throw new AppError('not_found', 'No such review of yours.');
  evictTargetAfterCommit(ctx, row.type, row.targetId);
}
