import { randomUUID } from 'node:crypto';
import { and, count, eq, gt, min } from 'drizzle-orm';
import { mentorSessions, mentors } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { chargeUser, overBudget } from '../../ratelimit/budgets.ts';
import type { UserContext } from '../context.ts';
import { parseInput } from '../input.ts';
import { localTime } from '../local-time.ts';
import { publicProfiles } from '../mentors/public-profiles.ts';
import { notify } from '../notifications/notify.ts';
import { recipientTimeZone } from '../notifications/recipient.ts';
import { retryOnDeadlock } from './retry.ts';
import { BookSessionInput, type Session } from './schemas.ts';
import { assertWithinHorizon, badTime, lockCalendars, slotError } from './slot-rules.ts';
import { type SessionRow, sealNotes, sessionEventPayload, toSession } from './view.ts';

/**
 * The cap on sessions one user holds with one mentor that are still ahead and not cancelled
 * (bookings_open_per_mentor): otherwise one account could fill a mentor's calendar for months.
 * Counted under the calendar locks (lockCalendars), so simultaneous bookings take turns and
 * exactly the cap gets through. Retry-After: when the soonest of them starts (it stops counting).
 */
async function assertOpenBookingsUnderCap(ctx: UserContext, mentorId: string, now: Date): Promise<void> {
  const cap = ctx.budgets?.cap('bookings_open_per_mentor');
  if (cap === undefined) return;
  const [open] = await ctx.tx
    .select({ n: count(), soonest: min(mentorSessions.scheduledAt) })
    .from(mentorSessions)
    .where(
      and(
        eq(mentorSessions.userId, ctx.userId),
        eq(mentorSessions.mentorId, mentorId),
        eq(mentorSessions.status, 'scheduled'),
        gt(mentorSessions.scheduledAt, now),
      ),
    );
  if (open && open.n >= cap) {
    const soonest = open.soonest ? new Date(open.soonest).getTime() : now.getTime();
    throw overBudget(
      'bookings_open_per_mentor',
      (soonest - now.getTime()) / 1000,
      `You already have ${open.n} upcoming sessions with this mentor; cancel one or wait until the next has taken place.`,
    );
  }
}

/**
 * Books a session with a mentor for the signed-in user (the route, and the assistant's
 * book_mentor_session tool once the user has confirmed). The rules in code are the ones that
 * need the clock or the mentor's profile; overlaps are refused by the exclusion constraints,
 * which decide even between concurrent requests. Bookings count against the user's daily budget
 * and the cap on open sessions per mentor (docs/security.md, "Limits"). The mentor is notified
 * and, after commit, alerted live.
 */
export async function bookSession(ctx: UserContext, raw: BookSessionInput): Promise<Session> {
  const input = parseInput(BookSessionInput, raw);
  const now = ctx.clock.now();
  const scheduledAt = new Date(input.scheduledAt);
  if (scheduledAt <= now) throw badTime('must be in the future');
  assertWithinHorizon(scheduledAt, now);

  await chargeUser(ctx, 'bookings');

  const [mentor] = await ctx.tx.select().from(mentors).where(eq(mentors.id, input.mentorId));
  if (!mentor) throw new AppError('not_found', 'No such mentor.', { details: { field: 'mentorId' } });
  if (mentor.userId === ctx.userId) {
    throw new AppError('unprocessable', 'You cannot book a session with yourself.', {
      reason: 'cannot_book_self',
    });
  }
  if (!mentor.available) {
    throw new AppError('unprocessable', 'This mentor is not taking bookings.', {
      reason: 'mentor_unavailable',
    });
  }
  const offered = mentor.scheduleType ?? 'both';
  if (offered !== 'both' && offered !== input.sessionType) {
    throw new AppError('unprocessable', `This mentor meets ${offered} only.`, {
      details: { field: 'sessionType', offered },
      reason: 'session_type_not_offered',
    });
  }

  await lockCalendars(ctx, mentor.id, ctx.userId);
  await assertOpenBookingsUnderCap(ctx, mentor.id, now);

  const id = randomUUID();
  const values: typeof mentorSessions.$inferInsert = {
    id,
    mentorId: mentor.id,
    userId: ctx.userId,
    scheduledAt,
    durationMinutes: input.durationMinutes,
    sessionType: input.sessionType,
    locationId: input.locationId ?? (input.sessionType === 'in-person' ? mentor.locationId : null),
    userNotes: sealNotes(ctx, 'user', id, input.notes ?? null),
    createdAt: now,
  };
  let row: SessionRow;
  try {
    row = await retryOnDeadlock(ctx, async (tx) => {
      const [inserted] = await tx.insert(mentorSessions).values(values).returning();
      return inserted!;
    });
  } catch (err) {
    throw slotError(err);
  }

  const profiles = await publicProfiles(ctx, [mentor.userId, ctx.userId]);
  const session = toSession(ctx, row, mentor.userId, profiles);
  await notify(ctx, {
    userId: mentor.userId,
    type: 'session_booked',
    title: 'New session booked',
    message: `${session.userDisplayName} booked a ${row.durationMinutes}-minute ${row.sessionType} session for ${localTime(row.scheduledAt, await recipientTimeZone(ctx, mentor.userId))}.`,
    data: { sessionId: row.id, mentorId: mentor.id, scheduledAt: session.scheduledAt },
  });
  ctx.afterCommit(() =>
    ctx.events.emit('mentor-session', {
      mentorUserId: mentor.userId,
      event: 'booked',
      session: sessionEventPayload(row, { mentor: session.mentorDisplayName, user: session.userDisplayName }),
    }),
  );
  return session;
}
