import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { mentors, reviews } from '../../db/schema/index.ts';
import { AppError, violatedConstraint } from '../../errors.ts';
import { chargeUser } from '../../ratelimit/budgets.ts';
import type { UserContext } from '../context.ts';
import { parseInput } from '../input.ts';
import { holdReasonFor, holdReview } from './hold.ts';
import { CreateReviewInput, type Review } from './schemas.ts';
import { isVerifiedVisit } from './verified-visit.ts';
import { evictTargetAfterCommit, withAuthor } from './view.ts';

function reviewWriteError(err: unknown): unknown {
  switch (violatedConstraint(err)) {
    case 'idx_reviews_one_per_user':
      return new AppError('conflict', 'You have already reviewed this; change your review instead.', {
        reason: 'review_exists',
      });
    case 'reviews_reviewable_fk':
      return new AppError('not_found', 'There is nothing with that id to review.', {
        details: { field: 'reviewableId' },
      });
    default:
      return err;
  }
}

/**
 * Reviews a place or a mentor, once per user and target: the unique index refuses a second
 * (also when both arrive at once) and a trigger refuses a target that does not exist. The target's
 * rating and review count are recomputed by a trigger, exactly. A mentor review from an account
 * that booked that mentor unusually often (hold.ts) is held for an operator: written, shown to
 * its author as held (isHeld), public only once an operator clears it. A review written counts
 * against the user's daily reviews budget, charged once the insert has passed the unique index: a
 * second review of the same target stays a 409 and costs nothing, and a refusal rolls it back.
 */
export async function createReview(ctx: UserContext, raw: CreateReviewInput): Promise<Review> {
  const input = parseInput(CreateReviewInput, raw);
  if (input.reviewableType === 'mentor') {
    const [mentor] = await ctx.tx
      .select({ userId: mentors.userId })
      .from(mentors)
      .where(eq(mentors.id, input.reviewableId));
    if (mentor?.userId === ctx.userId) {
      throw new AppError('unprocessable', 'You cannot review yourself.', { reason: 'cannot_review_self' });
    }
  }
  const now = ctx.clock.now();
  try {
    let [row] = await ctx.tx
      .insert(reviews)
      .values({
        id: randomUUID(),
        userId: ctx.userId,
        reviewableType: input.reviewableType,
        reviewableId: input.reviewableId,
        rating: input.rating,
        title: input.title ?? null,
        content: input.content ?? null,
        isVerifiedVisit: await isVerifiedVisit(ctx, input.reviewableType, input.reviewableId),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await chargeUser(ctx, 'reviews');
    const hold = await holdReasonFor(ctx, input.reviewableType, input.reviewableId);
    if (hold) {
      await holdReview(ctx, row!.id, hold);
      [row] = await ctx.tx.select().from(reviews).where(eq(reviews.id, row!.id));
    }
    evictTargetAfterCommit(ctx, row!.reviewableType, row!.reviewableId);
    return await withAuthor(ctx, row!);
  } catch (err) {
    throw reviewWriteError(err);
  }
}
