import { and, asc, desc, eq, exists, inArray, lt, or } from 'drizzle-orm';
import { z } from 'zod';
import { reviewFlags, reviewHoldReasons, reviews } from '../../db/schema/index.ts';
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
    /** Why it was held for an operator as written (src/domain/reviews/hold.ts); null when it was not. */
    heldReason: z.enum(reviewHoldReasons).nullable(),
    /** Who flagged it, oldest first, and whether they had a verified visit. */
    flags: z.array(
      z.object({
        userId: z.uuid(),
        verifiedVisit: z.boolean(),
        createdAt: z.string().meta({ format: 'date-time' }),
      }),
    ),
    createdAt: z.string().meta({ format: 'date-time' }),
    updatedAt: z.string().meta({ format: 'date-time' }),
  })
  .meta({ id: 'ModeratedReview' });

export type ModeratedReview = z.infer<typeof ModeratedReviewSchema>;

type FlagRow = typeof reviewFlags.$inferSelect;

const toModerated = (row: typeof reviews.$inferSelect, flags: FlagRow[] = []): ModeratedReview => ({
  ...row,
  flags: flags.map((f) => ({
    userId: f.userId,
    verifiedVisit: f.verifiedVisit,
    createdAt: f.createdAt.toISOString(),
  })),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** The flags of these reviews, by review, oldest first. */
async function flagsOf(ctx: SystemContext, ids: string[]): Promise<Map<string, FlagRow[]>> {
  const byReview = new Map<string, FlagRow[]>();
  if (ids.length === 0) return byReview;
  const rows = await ctx.tx
    .select()
    .from(reviewFlags)
    .where(inArray(reviewFlags.reviewId, ids))
    .orderBy(asc(reviewFlags.createdAt));
  for (const row of rows) byReview.set(row.reviewId, [...(byReview.get(row.reviewId) ?? []), row]);
  return byReview;
}

/**
 * Reviews waiting for an operator, newest first: those hidden or held as written (heldReason),
 * and those anyone flagged (one flag no longer hides a review: drizzle/0015), each with its
 * flaggers. `before` (a review id from the last page) pages on.
 */
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
        or(
          eq(reviews.isFlagged, true),
          exists(ctx.tx.select().from(reviewFlags).where(eq(reviewFlags.reviewId, reviews.id))),
        ),
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
  const flags = await flagsOf(
    ctx,
    page.map((r) => r.id),
  );
  return {
    reviews: page.map((r) => toModerated(r, flags.get(r.id))),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

/**
 * Sets a review's flag: false clears it (the review returns to the public list and its rating
 * counts again, its flags are dismissed and a hold is released, so it leaves the queue), true
 * hides it (kept flagged, out of the public list and the averages). The rating and count of the
 * place or mentor are recomputed by the reviews_stats trigger; cached views go.
 */
async function setFlag(ctx: SystemContext, id: string, isFlagged: boolean): Promise<ModeratedReview> {
  const [row] = await ctx.tx
    .update(reviews)
    .set({ isFlagged, ...(isFlagged ? {} : { heldReason: null }), updatedAt: ctx.clock.now() })
    .where(eq(reviews.id, id))
    .returning();
  if (!row) throw new AppError('not_found', 'No such review.');
  if (!isFlagged) await ctx.tx.delete(reviewFlags).where(eq(reviewFlags.reviewId, id));
  const flags = await flagsOf(ctx, [id]);
  if (row.reviewableType === 'location') evictLocationAfterCommit(ctx, row.reviewableId);
  else evictMentorAfterCommit(ctx, row.reviewableId);
  return toModerated(row, flags.get(id));
}

export const clearReviewFlag = (ctx: SystemContext, id: string) => setFlag(ctx, id, false);
export const hideReview = (ctx: SystemContext, id: string) => setFlag(ctx, id, true);
