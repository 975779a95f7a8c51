import { and, eq } from 'drizzle-orm';
import { reviews } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { UserContext } from '../context.ts';
import { parseInput } from '../input.ts';
import { holdReasonFor, holdReview } from './hold.ts';
import { type Review, UpdateReviewInput } from './schemas.ts';
import { isVerifiedVisit } from './verified-visit.ts';
import { evictTargetAfterCommit, withAuthor } from './view.ts';

const notYours = () => new AppError('not_found', 'No such review of yours.');

/**
 * Changes the signed-in user's own review; anyone else's is not found. Verified visit is re-judged,
 * and so is the hold (hold.ts): a public review changed by an account that has since booked the
 * mentor unusually often is held for an operator; a held one stays held.
 */
export async function updateReview(
  ctx: UserContext,
  reviewId: string,
  raw: UpdateReviewInput,
): Promise<Review> {
  const input = parseInput(UpdateReviewInput, raw);
  const [own] = await ctx.tx
    .select({ type: reviews.reviewableType, targetId: reviews.reviewableId, isFlagged: reviews.isFlagged })
    .from(reviews)
    .where(and(eq(reviews.id, reviewId), eq(reviews.userId, ctx.userId)));
  if (!own) throw notYours();

  const changes: Partial<typeof reviews.$inferInsert> = {
    isVerifiedVisit: await isVerifiedVisit(ctx, own.type, own.targetId),
  };
  if (input.rating !== undefined) changes.rating = input.rating;
  if (input.title !== undefined) changes.title = input.title;
  if (input.content !== undefined) changes.content = input.content;
  let [row] = await ctx.tx
    .update(reviews)
    .set(changes)
    .where(and(eq(reviews.id, reviewId), eq(reviews.userId, ctx.userId)))
    .returning();
  if (!row) throw notYours();
  const hold = own.isFlagged ? undefined : await holdReasonFor(ctx, own.type, own.targetId);
  if (hold) {
    await holdReview(ctx, row.id, hold);
    [row] = await ctx.tx.select().from(reviews).where(eq(reviews.id, row.id));
    if (!row) throw notYours();
  }
  evictTargetAfterCommit(ctx, row.reviewableType, row.reviewableId);
  return withAuthor(ctx, row);
}
