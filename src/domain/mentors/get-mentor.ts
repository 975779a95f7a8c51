import { eq } from 'drizzle-orm';
import { mentors } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { UserContext } from '../context.ts';
import { publicProfiles } from './public-profiles.ts';
import type { Mentor } from './schemas.ts';
import { toMentor } from './view.ts';

const PROFILE_TTL_SECONDS = 300;

/** The cache key of a mentor's public profile; evicted by cache.invalidateMentor(id). */
export const mentorCacheKey = (mentorId: string) => `mentor:${mentorId}`;

/** A mentor's public profile, read through the cache (the same for every viewer). */
export async function getMentor(ctx: UserContext, mentorId: string): Promise<Mentor> {
  // A missing mentor throws inside the loader, so nothing is cached for ids that do not exist.
  return ctx.cache.getOrLoad(mentorCacheKey(mentorId), PROFILE_TTL_SECONDS, async () => {
    const [row] = await ctx.tx.select().from(mentors).where(eq(mentors.id, mentorId));
    if (!row) throw new AppError('not_found', 'No such mentor.');
    const profiles = await publicProfiles(ctx, [row.userId]);
    return toMentor(row, profiles.get(row.userId));
  });
}

/** The signed-in user's own mentor profile, read fresh; null when they are not a mentor. */
export async function findOwnMentor(ctx: UserContext): Promise<Mentor | null> {
  const [row] = await ctx.tx.select().from(mentors).where(eq(mentors.userId, ctx.userId));
  if (!row) return null;
  const profiles = await publicProfiles(ctx, [row.userId]);
  return toMentor(row, profiles.get(row.userId));
}
