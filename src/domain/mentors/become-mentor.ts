import { mentors } from '../../db/schema/index.ts';
import { AppError, violatedConstraint } from '../../errors.ts';
import type { UserContext } from '../context.ts';
import { parseInput } from '../input.ts';
import { publicProfiles } from './public-profiles.ts';
import { CreateMentorInput, type Mentor } from './schemas.ts';
import { normalizeSpecialization, toMentor } from './view.ts';

/** The database's refusals of a mentor profile, in the API's words. */
export function mentorWriteError(err: unknown): unknown {
  switch (violatedConstraint(err)) {
    case 'idx_mentors_user':
      return new AppError('conflict', 'You already have a mentor profile.', { reason: 'mentor_exists' });
    case 'mentors_location_id_locations_id_fk':
      return new AppError('not_found', 'That place does not exist.', { details: { field: 'locationId' } });
    default:
      return err;
  }
}

/**
 * Makes the signed-in user a mentor. One profile per user (mentors.user_id is unique, so two
 * requests at once still make one); verified, rating and counters start at zero and only the
 * server moves them.
 */
export async function becomeMentor(ctx: UserContext, raw: CreateMentorInput): Promise<Mentor> {
  const input = parseInput(CreateMentorInput, raw);
  try {
    const [row] = await ctx.tx
      .insert(mentors)
      .values({
        userId: ctx.userId,
        title: input.title,
        specialization: normalizeSpecialization(input.specialization),
        bio: input.bio,
        scheduleType: input.scheduleType,
        available: input.available ?? true,
        locationId: input.locationId ?? null,
        latitude: input.lat ?? null,
        longitude: input.lng ?? null,
        createdAt: ctx.clock.now(),
      })
      .returning();
    const profiles = await publicProfiles(ctx, [ctx.userId]);
    return toMentor(row!, profiles.get(ctx.userId));
  } catch (err) {
    throw mentorWriteError(err);
  }
}
