import { eq, sql } from 'drizzle-orm';
import { mentorSessions } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { UserContext } from '../context.ts';
import { parseInput } from '../input.ts';
import { lockJourneyOwner, recomputeJourney } from '../journey/recompute.ts';
import { localTime } from '../local-time.ts';
import { evictMentorAfterCommit } from '../locations/invalidate.ts';
import { publicProfiles } from '../mentors/public-profiles.ts';
import { notify } from '../notifications/notify.ts';
import { recipientTimeZone } from '../notifications/recipient.ts';
import { lockSession } from './lock-session.ts';
import { moveSession } from './move-session.ts';
import { ChangeSessionInput, type Session } from './schemas.ts';
import { endsAt, type SessionRow, sealNotes, sessionEventPayload, toSession } from './view.ts';

type Status = NonNullable<ChangeSessionInput['status']>;

/** The notification the other side gets for each status, worded for them. */
const statusNotice: Record<Status, { type: string; title: string; say(actor: string, at: string): string }> =
  {
    cancelled: {
      type: 'session_cancelled',
      title: 'Session cancelled',
      say: (actor, at) => `${actor} cancelled the session on ${at}.`,
    },
    completed: {
      type: 'session_completed',
      title: 'Session completed',
      say: (actor, at) => `${actor} marked the session on ${at} as completed.`,
    },
    'no-show': {
      type: 'session_no_show',
      title: 'Session missed',
      say: (actor, at) => `${actor} marked the session on ${at} as missed.`,
    },
  };

function checkTransition(row: SessionRow, status: Status, role: 'user' | 'mentor', now: Date): void {
  if (status !== 'cancelled' && role !== 'mentor') {
    throw new AppError('forbidden', 'Only the mentor can mark a session as held or missed.', {
      reason: 'mentor_only',
    });
  }
  if (row.status !== 'scheduled') {
    throw new AppError('unprocessable', `This session is already ${row.status}.`, {
      details: { status: row.status },
      reason: 'session_not_scheduled',
    });
  }
  if (status !== 'cancelled' && row.scheduledAt > now) {
    throw new AppError('unprocessable', 'This session has not started yet.', {
      reason: 'session_not_started',
    });
  }
  // Held means over: a session marked completed two seconds in would let a booker farm verified
  // reviews (issue 17). A no-show is known once it has started.
  if (status === 'completed' && endsAt(row) > now) {
    throw new AppError(
      'unprocessable',
      `This session runs until ${endsAt(row).toISOString()}: complete it after it ends.`,
      {
        details: { endsAt: endsAt(row).toISOString() },
        reason: 'session_not_ended',
      },
    );
  }
}

/**
 * Changes a session as one of its two sides: cancel it (either side, while scheduled), mark it
 * completed or no-show (the mentor, once it has started), set the caller's own notes, or move it
 * to another start (the booker: moveSession). The row
 * is locked first, so a cancellation and a completion arriving together are decided one after the
 * other. Someone else's session is not found. The other side is notified; the mentor's devices
 * get a live update. Completing counts for the mentor and the user's journey (a trigger), and the
 * user's journey is recomputed (level, milestones) in the same transaction.
 */
export async function changeSession(
  ctx: UserContext,
  sessionId: string,
  raw: ChangeSessionInput,
): Promise<Session> {
  const input = parseInput(ChangeSessionInput, raw);
  // A new start is a move, with rules of its own (the booker only, a free slot): move-session.ts.
  if (input.scheduledAt !== undefined) {
    return (await moveSession(ctx, sessionId, { scheduledAt: input.scheduledAt })).session;
  }
  const { row, mentorUserId } = await lockSession(ctx, sessionId);
  const role = row.userId === ctx.userId ? 'user' : 'mentor';
  const now = ctx.clock.now();

  const changes: Partial<typeof mentorSessions.$inferInsert> = {};
  if (input.status) {
    checkTransition(row, input.status, role, now);
    changes.status = input.status;
    if (input.status === 'completed') changes.completedAt = now;
  }
  if (input.notes !== undefined) {
    if (role === 'user') changes.userNotes = sealNotes(ctx, 'user', row.id, input.notes);
    else changes.mentorNotes = sealNotes(ctx, 'mentor', row.id, input.notes);
  }
  // The completion trigger writes the user's journey_progress: take the journey lock first, in the
  // order every other journey write takes it.
  if (input.status === 'completed') await lockJourneyOwner(ctx, row.userId);
  const [updated] = await ctx.tx
    .update(mentorSessions)
    .set(changes)
    .where(eq(mentorSessions.id, row.id))
    .returning();

  // The reminders the booker set from it ("an hour before") go with it, whichever side cancels
  // (drizzle/0023: the mentor cannot see the booker's notifications).
  if (input.status === 'cancelled') {
    await ctx.tx.execute(
      sql`SELECT nc_drop_session_reminders(${row.id}::uuid, ${now.toISOString()}::timestamptz)`,
    );
  }
  const profiles = await publicProfiles(ctx, [mentorUserId, row.userId]);
  const session = toSession(ctx, updated!, mentorUserId, profiles);
  const actor = role === 'user' ? session.userDisplayName : session.mentorDisplayName;
  const otherSide = role === 'user' ? mentorUserId : row.userId;
  const data = { sessionId: row.id, mentorId: row.mentorId, scheduledAt: session.scheduledAt };
  // Times in messages as the recipient reads them (their zone), not as ISO strings.
  const when = localTime(row.scheduledAt, await recipientTimeZone(ctx, otherSide));

  if (input.status) {
    const notice = statusNotice[input.status];
    await notify(ctx, {
      userId: otherSide,
      type: notice.type,
      title: notice.title,
      message: notice.say(actor, when),
      data: { ...data, status: input.status },
    });
  } else if (role === 'user') {
    // The user's notes are shared with the mentor; the mentor's own notes are private to them.
    await notify(ctx, {
      userId: mentorUserId,
      type: 'session_updated',
      title: 'Session notes updated',
      message: `${actor} updated their notes for the session on ${when}.`,
      data,
    });
  }
  if (input.status === 'completed') {
    // Counts toward the user's journey (the mentor is the caller: recomputed for the user, through nc_journey_begin/write).
    await recomputeJourney(ctx, { userId: row.userId });
    evictMentorAfterCommit(ctx, row.mentorId);
  }
  ctx.afterCommit(() =>
    ctx.events.emit('mentor-session', {
      mentorUserId,
      event: input.status === 'cancelled' ? 'cancelled' : 'updated',
      session: sessionEventPayload(updated!, {
        mentor: session.mentorDisplayName,
        user: session.userDisplayName,
      }),
    }),
  );
  return session;
}
