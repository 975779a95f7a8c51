import { eq } from 'drizzle-orm';
import { mentors } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { UserContext } from '../context.ts';
import { parseInput } from '../input.ts';
import { evictMentorAfterCommit } from '../locations/invalidate.ts';
import { mentorWriteError } from './become-mentor.ts';
import { publicProfiles } from './public-profiles.ts';
import { type Mentor, UpdateMentorInput } from './schemas.ts';
import { normalizeSpecialization, toMentor } from './view.ts';

/**
 * Changes the signed-in user's own mentor profile (availability, bio, …). Only the columns the
 * app role may update can change here: verified, rating and counters are not among them.
 */
export async function updateOwnMentor(ctx: UserContext, raw: UpdateMentorInput): Promise<Mentor> {
  const input = parseInput(UpdateMentorInput, raw);
  const changes: Partial<typeof mentors.$inferInsert> = {};
  if (input.title !== undefined) changes.title = input.title;
  if (input.specialization !== undefined)
    changes.specialization = normalizeSpecialization(input.specialization);
  if (input.bio !== undefined) changes.bio = input.bio;
  if (input.scheduleType !== undefined) changes.scheduleType = input.scheduleType;
  if (input.available !== undefined) changes.available = input.available;
  if (input.locationId !== undefined) changes.locationId = input.locationId;
  if (input.lat !== undefined) changes.latitude = input.lat;
  if (input.lng !== undefined) changes.longitude = input.lng;

  let row: typeof mentors.$inferSelect | undefined;
  try {
    [row] = await ctx.tx.update(mentors).set(changes).where(eq(mentors.userId, ctx.userId)).returning();
  } catch (err) {
    throw mentorWriteError(err);
  }
  if (!row) throw new AppError('not_found', 'You do not have a mentor profile yet.');
  // Availability, specialization or place may change which searches the mentor matches.
  evictMentorAfterCommit(ctx, row.id, { membership: true });
  const profiles = await publicProfiles(ctx, [ctx.userId]);
  return toMentor(row, profiles.get(ctx.userId));
}
