import { sql } from 'drizzle-orm';
import { AppError, violatedConstraint } from '../../errors.ts';
import type { UserContext } from '../context.ts';
import { MAX_BOOKING_DAYS } from './schemas.ts';

const DAY_MS = 24 * 3600 * 1000;

export function badTime(message: string): AppError {
  return new AppError('invalid_payload', `Invalid scheduledAt: ${message}.`, {
    details: [{ field: 'scheduledAt', message }],
  });
}

/** A start more than MAX_BOOKING_DAYS ahead of now is refused, for a booking and for a move alike. */
export function assertWithinHorizon(scheduledAt: Date, now: Date): void {
  if (scheduledAt.getTime() > now.getTime() + MAX_BOOKING_DAYS * DAY_MS) {
    throw badTime(`must be at most ${MAX_BOOKING_DAYS} days ahead`);
  }
}

/**
 * Locks the two calendars a session write can collide in, the mentor's and the user's, until
 * commit, always in the same order (by key) so two writers never hold one each and wait for the
 * other. Every booking and move takes them before it writes, so two writes that could overlap take
 * turns: the exclusion constraints then meet committed rows only and answer at once. Without the
 * locks, concurrent inserts into one slot each wait for the others' rows, and PostgreSQL untangles
 * the cycles one deadlock_timeout (1 s) at a time: 50 bookings of one slot stalled past 30 s in CI.
 */
export async function lockCalendars(ctx: UserContext, mentorId: string, userId: string): Promise<void> {
  const [first, second] = [`calendar:mentor:${mentorId}`, `calendar:user:${userId}`].sort();
  await ctx.tx.execute(
    sql`SELECT pg_advisory_xact_lock(hashtextextended(${first}, 0)), pg_advisory_xact_lock(hashtextextended(${second}, 0))`,
  );
}

/**
 * A session write refused by the database, in the domain's words: the exclusion constraints decide
 * whether a slot is free (for an insert and for a move alike), the foreign keys whether what it
 * names exists. Anything else is returned as it is.
 */
export function slotError(err: unknown): unknown {
  switch (violatedConstraint(err)) {
    case 'mentor_sessions_no_mentor_overlap':
      return new AppError('conflict', 'The mentor already has a session then.', { reason: 'slot_taken' });
    case 'mentor_sessions_no_user_overlap':
      return new AppError('conflict', 'You already have a session then.', { reason: 'user_busy' });
    case 'mentor_sessions_location_id_locations_id_fk':
      return new AppError('not_found', 'That place does not exist.', { details: { field: 'locationId' } });
    case 'mentor_sessions_mentor_id_mentors_id_fk':
      return new AppError('not_found', 'No such mentor.', { details: { field: 'mentorId' } });
    default:
      return err;
  }
}
