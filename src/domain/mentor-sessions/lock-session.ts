import { eq } from 'drizzle-orm';
import { mentorSessions, mentors } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { UserContext } from '../context.ts';

/**
 * A session row locked for the rest of the transaction (FOR UPDATE of the session only), with its
 * mentor's user id and whether the mentor takes bookings: what a change or a move of it starts
 * from. not_found when there is no such session (RLS hides other people's).
 */
export async function lockSession(ctx: UserContext, sessionId: string) {
  const [found] = await ctx.tx
    .select({ row: mentorSessions, mentorUserId: mentors.userId, available: mentors.available })
    .from(mentorSessions)
    .innerJoin(mentors, eq(mentors.id, mentorSessions.mentorId))
    .where(eq(mentorSessions.id, sessionId))
    .for('update', { of: mentorSessions });
  if (!found) throw new AppError('not_found', 'No such session.');
  return found;
}
