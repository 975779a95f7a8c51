import { and, desc, eq, sql } from 'drizzle-orm';
import { reviews } from '../../db/schema/index.ts';
import type { UserContext } from '../context.ts';
import { parseInput } from '../input.ts';
import { publicProfiles } from '../mentors/public-profiles.ts';
import { type Review, ReviewListQuery } from './schemas.ts';
import { toReview } from './view.ts';

/** created_at in whole microseconds: exact, unlike a JavaScript Date, so pages never skip or repeat. */
const createdMicros = sql<string>`floor(extract(epoch from ${reviews.createdAt}) * 1000000)::bigint`;

/**
 * The public reviews of a place or mentor, newest first, with their authors' names. Flagged
 * reviews are left out for everyone, their authors included (row-level security would show an
 * author their own). Pages continue from nextCursor.
 */
export async function listReviews(
  ctx: UserContext,
  raw: ReviewListQuery,
): Promise<{ reviews: Review[]; nextCursor: string | null }> {
  const q = parseInput(ReviewListQuery, raw);
  const [beforeMicros, beforeId] = q.before ? q.before.split('_') : [];
  const rows = await ctx.tx
    .select({ review: reviews, micros: createdMicros })
    .from(reviews)
    .where(
      and(
        eq(reviews.reviewableType, q.reviewableType),
        eq(reviews.reviewableId, q.reviewableId),
        eq(reviews.isFlagged, false),
        beforeId
          ? sql`(${createdMicros}, ${reviews.id}) < (${beforeMicros}::bigint, ${beforeId}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(q.limit + 1);

  const page = rows.slice(0, q.limit);
  const profiles = await publicProfiles(
    ctx,
    page.map((r) => r.review.userId),
  );
  const last = page.at(-1);
  return {
    reviews: page.map((r) => toReview(r.review, profiles.get(r.review.userId))),
    nextCursor: rows.length > q.limit && last ? `${last.micros}_${last.review.id}` : null,
  };
}
