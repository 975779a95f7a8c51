import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { notifications } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { UserContext } from '../context.ts';
import { parseInput } from '../input.ts';
import { reminderTime } from './schedule-reminder.ts';
import { openNotice } from './sealed.ts';

/** A reminder the user set for later that has not gone off yet. */
export interface PendingReminder {
  id: string;
  title: string;
  deliverAt: Date;
}

/** A new time for a reminder: `at` or `inMinutes` from now, by the rule reminders are set with. */
export const newTimeFields = {
  at: z.iso.datetime({ offset: true }).optional().describe("ISO 8601 with the user's UTC offset"),
  inMinutes: z.number().int().min(1).max(527_040).optional(),
};

/** Exactly one of `at` and `inMinutes`. */
export const oneNewTime: [
  check: (v: { at?: string | undefined; inMinutes?: number | undefined }) => boolean,
  params: { message: string; path: string[] },
] = [
  (v) => (v.at === undefined) !== (v.inMinutes === undefined),
  { message: 'give either at or inMinutes', path: ['at'] },
];

export const MoveReminderInput = z.strictObject(newTimeFields).refine(...oneNewTime);
export type MoveReminderInput = z.infer<typeof MoveReminderInput>;

/**
 * Still waiting: the caller's own reminder, its time ahead and not yet claimed by the sweep
 * (scheduler/deferred.ts sets pushed_at under FOR UPDATE SKIP LOCKED). Row-level security holds
 * it to the caller as well.
 */
const waiting = (ctx: UserContext, now: Date) =>
  and(
    eq(notifications.userId, ctx.userId),
    eq(notifications.type, 'reminder'),
    isNull(notifications.pushedAt),
    gt(notifications.deliverAt, now),
  );

const pending = (ctx: UserContext, row: typeof notifications.$inferSelect): PendingReminder => ({
  id: row.id,
  title: openNotice(ctx.cipher, row).title,
  deliverAt: row.deliverAt!,
});

/** The user's reminders still to go off, soonest first. */
export async function listPendingReminders(ctx: UserContext, limit = 10): Promise<PendingReminder[]> {
  const rows = await ctx.tx
    .select()
    .from(notifications)
    .where(waiting(ctx, ctx.clock.now()))
    .orderBy(asc(notifications.deliverAt))
    .limit(Math.min(Math.max(limit, 1), 20));
  return rows.map((row) => pending(ctx, row));
}

/** A reminder's id as the verbs take it: anything else is refused before the database sees it. */
const ReminderId = z.uuid();

/** Why a reminder cannot change: gone off already (or being sent right now), or not the user's. */
async function refusal(ctx: UserContext, id: string): Promise<AppError> {
  const [row] = await ctx.tx
    .select({ id: notifications.id })
    .from(notifications)
    .where(
      and(eq(notifications.id, id), eq(notifications.userId, ctx.userId), eq(notifications.type, 'reminder')),
    );
  return row
    ? new AppError('unprocessable', 'That reminder has already gone off.')
    : new AppError('not_found', 'No such reminder.');
}

/**
 * Moves one of the user's waiting reminders to a new time. The update is conditional on the row
 * still waiting, so against a sweep on any instance exactly one wins: moved first, the sweep finds
 * it not due (or skips it while locked) and it goes off at the new time only; claimed first, this
 * finds nothing to move and says it has gone off.
 */
export async function moveReminder(
  ctx: UserContext,
  id: string,
  raw: MoveReminderInput,
): Promise<{ reminder: PendingReminder; from: Date }> {
  parseInput(ReminderId, id);
  const input = parseInput(MoveReminderInput, raw);
  const now = ctx.clock.now();
  // A time a few seconds gone (a slow sentence) is "now": the next sweep sends it.
  const to = reminderTime(now, input) ?? now;
  const [before] = await ctx.tx
    .select({ deliverAt: notifications.deliverAt })
    .from(notifications)
    .where(and(eq(notifications.id, id), waiting(ctx, now)))
    .for('update');
  if (!before) throw await refusal(ctx, id);
  const [row] = await ctx.tx
    .update(notifications)
    .set({ deliverAt: to })
    .where(and(eq(notifications.id, id), waiting(ctx, now)))
    .returning();
  if (!row) throw await refusal(ctx, id);
  return { reminder: pending(ctx, row), from: before.deliverAt! };
}

/** Cancels one of the user's waiting reminders: it is deleted and never goes off (same race rule). */
export async function cancelReminder(ctx: UserContext, id: string): Promise<PendingReminder> {
  parseInput(ReminderId, id);
  const [row] = await ctx.tx
    .delete(notifications)
    .where(and(eq(notifications.id, id), waiting(ctx, ctx.clock.now())))
    .returning();
  if (!row) throw await refusal(ctx, id);
  return pending(ctx, row);
}

/**
 * Moves the user's waiting reminders timed from a session (set with its `sessionId`) by as much as
 * the session moved, in the caller's transaction: "an hour before" stays an hour before. One that
 * lands in the past goes off at the next sweep. Returns how many moved.
 */
export async function followSession(ctx: UserContext, sessionId: string, byMs: number): Promise<number> {
  const moved = await ctx.tx
    .update(notifications)
    .set({ deliverAt: sql`${notifications.deliverAt} + make_interval(secs => ${byMs / 1000})` })
    .where(and(waiting(ctx, ctx.clock.now()), sql`${notifications.data}->>'sessionId' = ${sessionId}`))
    .returning({ id: notifications.id });
  return moved.length;
}
