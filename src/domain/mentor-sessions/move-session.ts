import { eq } from 'drizzle-orm';
import { mentorSessions } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { chargeUser } from '../../ratelimit/budgets.ts';
import type { UserContext } from '../context.ts';
import { parseInput } from '../input.ts';
import { localTime } from '../local-time.ts';
import { publicProfiles } from '../mentors/public-profiles.ts';
import { followSession } from '../notifications/change-reminder.ts';
import { notify } from '../notifications/notify.ts';
import { recipientTimeZone } from '../notifications/recipient.ts';
import { lockSession } from './lock-session.ts';
import { retryOnDeadlock } from './retry.ts';
import { MoveSessionInput, type Session } from './schemas.ts';
import { assertWithinHorizon, lockCalendars, slotError } from './slot-rules.ts';
import { type SessionRow, sessionEventPayload, toSession } from './view.ts';

/** A session and the time it was at before a move, as the caller sees it. */
export interface MovedSession {
  session: Session;
  /** Where it was: the start before the move (ISO). */
  from: string;
}

/**
 * Moves a booked session to another start, in one transaction (PATCH /api/mentor-sessions/:id
 * with `scheduledAt`, and the assistant's reschedule_mentor_session tool). Only the person who
 * booked it moves it, only while it is scheduled and has not started, and only to a start booking
 * would accept: in the future, within the booking horizon, the mentor taking bookings, and the
 * slot free for both sides (the exclusion constraints decide, as for a booking, also between
 * concurrent requests). A move counts against the daily bookings budget: each one alerts the
 * mentor. The session's reminder follows it (its claim is cleared, so the sweep sends it before
 * the new start), and so do the reminders the user set from it (followSession); the mentor is
 * notified in their zone and, after commit, alerted live.
 */
export async function moveSession(
  ctx: UserContext,
  sessionId: string,
  raw: MoveSessionInput,
): Promise<MovedSession> {
  const input = parseInput(MoveSessionInput, raw);
  const now = ctx.clock.now();
  const to = new Date(input.scheduledAt);
  const found = await lockSession(ctx, sessionId);
  const { row, mentorUserId } = found;
  if (row.userId !== ctx.userId) {
    throw new AppError('forbidden', 'Only the person who booked a session can move it.');
  }
  if (row.status !== 'scheduled') {
    throw new AppError('unprocessable', `This session is already ${row.status}.`, {
      details: { status: row.status },
      reason: 'session_not_scheduled',
    });
  }
  if (row.scheduledAt <= now) {
    throw new AppError('unprocessable', 'This session has already started; it can no longer be moved.', {
      reason: 'in_past',
    });
  }
  if (to <= now) {
    throw new AppError('unprocessable', 'The new time has already passed; pick one in the future.', {
      details: [{ field: 'scheduledAt', message: 'must be in the future' }],
      reason: 'in_past',
    });
  }
  assertWithinHorizon(to, now);
  const from = row.scheduledAt.toISOString();
  const profiles = await publicProfiles(ctx, [mentorUserId, row.userId]);
  // The same start again: nothing to move, nobody to alert.
  if (to.getTime() === row.scheduledAt.getTime())
    return { session: toSession(ctx, row, mentorUserId, profiles), from };
  if (!found.available) {
    throw new AppError('unprocessable', 'This mentor is not taking bookings.', {
      reason: 'mentor_unavailable',
    });
  }
  await chargeUser(ctx, 'bookings');
  await lockCalendars(ctx, row.mentorId, row.userId);

  let moved: SessionRow;
  try {
    moved = await retryOnDeadlock(ctx, async (tx) => {
      const [updated] = await tx
        .update(mentorSessions)
        .set({ scheduledAt: to, reminderSentAt: null })
        .where(eq(mentorSessions.id, row.id))
        .returning();
      return updated!;
    });
  } catch (err) {
    throw slotError(err);
  }

  // The reminders the user set from this session ("an hour before") keep their distance to it.
  await followSession(ctx, row.id, to.getTime() - row.scheduledAt.getTime());
  const session = toSession(ctx, moved, mentorUserId, profiles);
  const zone = await recipientTimeZone(ctx, mentorUserId);
  await notify(ctx, {
    userId: mentorUserId,
    type: 'session_moved',
    title: 'Session moved',
    message: `${session.userDisplayName} moved the session on ${localTime(row.scheduledAt, zone)} to ${localTime(to, zone)}.`,
    data: { sessionId: row.id, mentorId: row.mentorId, scheduledAt: session.scheduledAt, from },
  });
  ctx.afterCommit(() =>
    ctx.events.emit('mentor-session', {
      mentorUserId,
      event: 'updated',
      session: sessionEventPayload(moved, {
        mentor: session.mentorDisplayName,
        user: session.userDisplayName,
      }),
    }),
  );
  return { session, from };
}
