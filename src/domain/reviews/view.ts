import type { reviews } from '../../db/schema/index.ts';
import type { UserContext } from '../context.ts';
import { evictLocationAfterCommit, evictMentorAfterCommit } from '../locations/invalidate.ts';
import { FORMER_USER, type PublicProfile, publicProfiles } from '../mentors/public-profiles.ts';
import type { Review, ReviewableType } from './schemas.ts';

export type ReviewRow = typeof reviews.$inferSelect;

export function toReview(row: ReviewRow, author: PublicProfile | undefined): Review {
  const { displayName, avatarUrl } = author ?? FORMER_USER;
  return {
    id: row.id,
    userId: row.userId,
    authorDisplayName: displayName,
    authorAvatarUrl: avatarUrl,
    reviewableType: row.reviewableType,
    reviewableId: row.reviewableId,
    rating: row.rating,
    title: row.title,
    content: row.content,
    isVerifiedVisit: row.isVerifiedVisit,
    isHeld: row.isFlagged && row.heldReason !== null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** One review with its author's public name. */
export async function withAuthor(ctx: UserContext, row: ReviewRow): Promise<Review> {
  const profiles = await publicProfiles(ctx, [row.userId]);
  return toReview(row, profiles.get(row.userId));
}

/**
 * The target's rating and review count change with every review write (the trigger keeps them
 * exact); what is cached about the place or mentor goes once the write commits.
 */
export function evictTargetAfterCommit(ctx: UserContext, type: ReviewableType, id: string): void {
  if (type === 'mentor') evictMentorAfterCommit(ctx, id);
  else evictLocationAfterCommit(ctx, id);
}
