import { and, eq, isNull, lte, sql } from 'drizzle-orm';
import { mentorSessions, mentors, users } from '../../db/schema/index.ts';
import { type ContextSource, withSystem } from '../context.ts';
import { FORMER_USER } from '../mentors/public-profiles.ts';
import { notify } from '../notifications/notify.ts';
import { sessionEventPayload } from './view.ts';

/** How long before a session both sides hear about it. */
export const REMINDER_LEAD_MINUTES = 30;

/**
 * Sends due session reminders, each exactly once however many instances run this: the UPDATE
 * claims rows (reminder_sent_at set, row-locked; a concurrent claim skips locked rows), and the
 * notifications are written in the same transaction, so a crash before commit leaves the
 * reminder unclaimed for the next tick, and a restart resends nothing.
 */
export async function sendDueReminders(source: ContextSource, batchSize = 100): Promise<number> {
  return withSystem(source, async (ctx) => {
    const now = ctx.clock.now();
    const horizon = new Date(now.getTime() + REMINDER_LEAD_MINUTES * 60_000);
    const due = ctx.tx
      .select({ id: mentorSessions.id })
      .from(mentorSessions)
      .where(
        and(
          eq(mentorSessions.status, 'scheduled'),
          isNull(mentorSessions.reminderSentAt),
          lte(mentorSessions.scheduledAt, horizon),
          sql`${mentorSessions.scheduledAt} > ${now}`,
        ),
      )
      .limit(batchSize)
      .for('update', { skipLocked: true });
    const claimed = await ctx.tx
      .update(mentorSessions)
      .set({ reminderSentAt: now })
      .where(sql`${mentorSessions.id} IN (${due})`)
      .returning();

    for (const session of claimed) {
      const [mentor] = await ctx.tx
        .select({ userId: mentors.userId, title: mentors.title, displayName: users.displayName })
        .from(mentors)
        .innerJoin(users, eq(users.id, mentors.userId))
        .where(eq(mentors.id, session.mentorId));
      const minutes = Math.max(1, Math.round((session.scheduledAt.getTime() - now.getTime()) / 60_000));
      const data = { sessionId: session.id, scheduledAt: session.scheduledAt.toISOString() };
      await notify(ctx, {
        userId: session.userId,
        type: 'session_reminder',
        title: 'Your session is coming up',
        message: `Your mentor session starts in ${minutes} minutes. Take your time; you can do this.`,
        actionUrl: `/sessions/${session.id}`,
        data,
      });
      if (mentor) {
        await notify(ctx, {
          userId: mentor.userId,
          type: 'session_reminder',
          title: 'A session is coming up',
          message: `A mentee session starts in ${minutes} minutes.`,
          actionUrl: `/sessions/${session.id}`,
          data,
        });
        const mentorUserId = mentor.userId;
        const [booker] = await ctx.tx
          .select({ displayName: users.displayName })
          .from(users)
          .where(eq(users.id, session.userId));
        const payload = sessionEventPayload(session, {
          mentor: mentor.displayName,
          user: booker?.displayName ?? FORMER_USER.displayName,
        });
        ctx.afterCommit(() =>
          ctx.events.emit('mentor-session', { mentorUserId, event: 'reminder', session: payload }),
        );
      }
    }
    return claimed.length;
  });
}
