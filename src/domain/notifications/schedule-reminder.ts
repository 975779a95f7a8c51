import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { mentorSessions } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { chargeUser } from '../../ratelimit/budgets.ts';
import type { UserContext } from '../context.ts';
import { parseInput } from '../input.ts';
import { type NotificationRow, notify } from './notify.ts';

/** How far ahead a reminder may be set: a year (and a leap day). */
const MAX_AHEAD_MINUTES = 527_040;

/** A reminder the user asks for: now, at a time, or in so many minutes. */
export const ScheduleReminderInput = z.strictObject({
  title: z.string().trim().min(1).max(100).describe('Short, e.g. "Drink some water"'),
  message: z.string().trim().min(1).max(300).optional(),
  at: z.iso.datetime({ offset: true }).optional().describe("ISO 8601 with the user's UTC offset"),
  inMinutes: z.number().int().min(0).max(MAX_AHEAD_MINUTES).optional(),
  sessionId: z
    .uuid()
    .optional()
    .describe('The booked mentor session this reminder is timed from ("an hour before"): it moves with it'),
});
export type ScheduleReminderInput = z.infer<typeof ScheduleReminderInput>;

/**
 * When a reminder asked for `at` a time or `inMinutes` goes off (undefined: now). A time already
 * past (beyond a minute's slack for a slow sentence) or more than a year ahead is refused; the
 * same rule holds for a reminder set and for one moved (change-reminder.ts).
 */
export function reminderTime(now: Date, input: { at?: string; inMinutes?: number }): Date | undefined {
  const ms = now.getTime();
  const when =
    input.at !== undefined
      ? new Date(input.at)
      : input.inMinutes
        ? new Date(ms + input.inMinutes * 60_000)
        : undefined;
  if (when && when.getTime() < ms - 60_000) {
    throw new AppError('invalid_payload', 'That time has already passed.', {
      details: [{ field: 'at', message: 'must be in the future' }],
    });
  }
  if (when && when.getTime() > ms + MAX_AHEAD_MINUTES * 60_000) {
    throw new AppError('invalid_payload', 'Reminders can be set up to a year ahead.', {
      details: [{ field: 'at', message: 'too far ahead' }],
    });
  }
  return when;
}

/**
 * Sends the signed-in user a reminder (it only ever reaches them), now or later: `at` or
 * `inMinutes`, neither meaning now. A time already past (beyond a minute's slack for a slow
 * sentence) or more than a year ahead is refused. With `sessionId` (one of the user's own
 * bookings) the reminder is timed from that session and moves when it does (moveSession). Returns
 * the notification and, when later, its time.
 */
export async function scheduleReminder(
  ctx: UserContext,
  raw: ScheduleReminderInput,
): Promise<{ notification: NotificationRow; later: Date | undefined }> {
  const input = parseInput(ScheduleReminderInput, raw);
  const now = ctx.clock.now();
  const when = reminderTime(now, input);
  const later = when && when > now ? when : undefined;
  // Timed from a session: one the user booked and that is still to come (a cancellation takes its
  // reminders along, drizzle/0023; one already over has nothing left to remind of).
  if (input.sessionId) {
    const [own] = await ctx.tx
      .select({ status: mentorSessions.status })
      .from(mentorSessions)
      .where(and(eq(mentorSessions.id, input.sessionId), eq(mentorSessions.userId, ctx.userId)));
    if (!own) throw new AppError('not_found', 'No session of yours with that id.');
    if (own.status !== 'scheduled') {
      throw new AppError(
        'unprocessable',
        `That session is ${own.status}; there is nothing to remind you of.`,
        {
          details: { status: own.status },
          reason: 'session_not_scheduled',
        },
      );
    }
  }
  // Once the request is known to be good: the daily reminders budget (docs/security.md, "Limits").
  await chargeUser(ctx, 'reminders');
  const notification = await notify(ctx, {
    userId: ctx.userId,
    type: 'reminder',
    title: input.title,
    message: input.message ?? input.title,
    data: { source: 'assistant', ...(input.sessionId ? { sessionId: input.sessionId } : {}) },
    ...(later ? { deliverAt: later } : {}),
  });
  return { notification, later };
}
