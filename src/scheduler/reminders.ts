import { sql } from 'drizzle-orm';
import { type ContextSource, withSystem } from '../domain/context.ts';
import { REMINDER_LEAD_MINUTES } from '../domain/mentor-sessions/send-due-reminders.ts';

/**
 * When the next reminder falls due (a session's REMINDER_LEAD_MINUTES before it starts, or one set
 * for later), or undefined when none waits. Two index lookups (idx_mentor_sessions_reminder_due,
 * idx_notifications_deferred): cheap enough to ask every few seconds.
 */
export async function nextReminderDue(source: ContextSource): Promise<Date | undefined> {
  return withSystem(source, async (ctx) => {
    const now = ctx.clock.now().toISOString();
    const { rows } = await ctx.tx.execute<{ next: Date | string | null }>(sql`
      SELECT least(
        (SELECT min(deliver_at) FROM notifications WHERE deliver_at IS NOT NULL AND pushed_at IS NULL),
        (SELECT min(scheduled_at) - make_interval(mins => ${REMINDER_LEAD_MINUTES}) FROM mentor_sessions
          WHERE status = 'scheduled' AND reminder_sent_at IS NULL AND scheduled_at > ${now}::timestamptz)
      ) AS next`);
    const next = rows[0]?.next;
    return next === null || next === undefined ? undefined : new Date(next);
  });
}
