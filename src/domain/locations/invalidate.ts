import type { Change } from '../../cache/index.ts';
import type { Services } from '../context.ts';

type Committing = Pick<Services, 'cache' | 'logger'> & { afterCommit(fn: () => void): void };

/**
 * Drops what is cached about a place once the caller's transaction commits (never before: a reader
 * could cache the old row again). Call it from every verb that changes what a place shows: an edit
 * or verification (membership: true, it may now match other searches), a check-in (its
 * check_in_count), a review or a cleared flag (rating, review_count).
 */
export function evictLocationAfterCommit(ctx: Committing, locationId: string, change: Change = {}): void {
  ctx.afterCommit(() => {
    ctx.cache.invalidateLocation(locationId, change).catch((err: unknown) => {
      ctx.logger.warn({ err, locationId }, 'could not evict a cached place');
    });
  });
}

/** The same for a mentor (its profile and the lists tagged with it). */
export function evictMentorAfterCommit(ctx: Committing, mentorId: string, change: Change = {}): void {
  ctx.afterCommit(() => {
    ctx.cache.invalidateMentor(mentorId, change).catch((err: unknown) => {
      ctx.logger.warn({ err, mentorId }, 'could not evict a cached mentor');
    });
  });
}
