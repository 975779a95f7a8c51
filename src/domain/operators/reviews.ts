import { and, desc, eq, lt, or } from 'drizzle-orm';
import { z } from 'zod';
import { reviews } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { SystemContext } from '../context.ts';
import { evictLocationAfterCommit, evictMentorAfterCommit } from '../locations/invalidate.ts';

export const ModeratedReviewSchema = z
  .object({
    id: z.uuid(),
    userId: z.uuid(),
    reviewableType: z.enum(['location', 'mentor']),
    reviewableId: z.uuid(),
    rating: z.number().int(),
    title: z.string().nullable(),
    content: z.string().nullable(),
    isVerifiedVisit: z.boolean(),
    isFlagged: z.boolean(),
    createdAt: z.string().meta({ format: 'date-time' }),
    updatedAt: z.string().meta({ format: 'date-time' }),
  })
  .meta({ id: 'ModeratedReview' });

export type ModeratedReview = z.infer<typeof ModeratedReviewSchema>;

const toModerated = (row: typeof reviews.$inferSelect): ModeratedReview => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** Flagged reviews, newest first; `before` (a review id from the last page) pages on. */
export async function listFlaggedReviews(
  ctx: SystemContext,
  input: { limit: number; before?: string | undefined },
): Promise<{ reviews: ModeratedReview[]; nextCursor: string | null }> {
  let cursor: { createdAt: Date; id: string } | undefined;
  if (input.before) {
    [cursor] = await ctx.tx
      .select({ createdAt: reviews.createdAt, id: reviews.id })
      .from(reviews)
      .where(eq(reviews.id, input.before));
    if (!cursor)
      throw new AppError('invalid_payload', 'Unknown cursor.', {
        details: [{ field: 'before', message: 'unknown' }],
      });
  }
  const rows = await ctx.tx
    .select()
    .from(reviews)
    .where(
      and(
        eq(reviews.isFlagged, true),
        cursor
          ? or(
              lt(reviews.createdAt, cursor.createdAt),
              and(eq(reviews.createdAt, cursor.createdAt), lt(reviews.id, cursor.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  return {
    reviews: page.map(toModerated),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

/**
 * Sets a review's flag: false clears it (the review returns to the public list and its rating
 * counts again), true hides it (kept flagged, out of the public list and the averages). The rating
 * and count of the place or mentor are recomputed by the reviews_stats trigger; cached views go.
 */
async function setFlag(ctx: SystemContext, id: string, isFlagged: boolean): Promise<ModeratedReview> {
  const [row] = await ctx.tx
    .update(reviews)
    .set({ isFlagged, updatedAt: ctx.clock.now() })
    .where(eq(reviews.id, id))
    .returning();
  if (!row) throw new AppError('not_found', 'No such review.');
  if (row.reviewableType === 'location') evictLocationAfterCommit(ctx, row.reviewableId);
  else evictMentorAfterCommit(ctx, row.reviewableId);
  return toModerated(row);
}

export const clearReviewFlag = (ctx: SystemContext, id: string) => setFlag(ctx, id, false);
export const hideReview = (ctx: SystemContext, id: string) => setFlag(ctx, id, true);
