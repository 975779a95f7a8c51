import { sql } from 'drizzle-orm';
import { rowOf } from '../../db/rows.ts';
import { journeyProgress } from '../../db/schema/index.ts';
import type { UserContext } from '../context.ts';
import { notify } from '../notifications/notify.ts';
import { completionPercentage } from './levels.ts';
import { achievedEntry, milestoneTitle, newlyReached } from './milestones.ts';
import { type JourneyView, journeyView, levelOf, statsOf } from './state.ts';

export interface JourneyChange {
  journey: JourneyView;
  /** Set when this recompute raised the level (it may jump more than one). */
  levelUp: { from: number; to: number } | null;
  /** Milestones reached by this recompute, in catalogue order. */
  newMilestones: { id: string; title: string }[];
}

/**
 * Takes the row lock on the user before anything touches their journey_progress row. The check-in
 * trigger locks users, then journey_progress; a verb whose own trigger writes journey_progress
 * first (a redemption, a completed mentor session) calls this before that write, so two of the
 * user's transactions never wait on each other in opposite orders. Another user's row (the person
 * a mentor met) is locked through nc_lock_journey_owner (drizzle/0014), which allows the caller
 * and the other party of a session they share.
 */
export async function lockJourneyOwner(ctx: UserContext, userId: string = ctx.userId): Promise<void> {
  await ctx.tx.execute(sql`SELECT nc_lock_journey_owner(${userId}::uuid)`);
}

/**
 * Recomputes a user's journey from the counters the triggers keep (check-ins, gym visits, mentor
 * sessions, coffee redemptions) and the streak at ctx.clock.now(), and writes it: streaks, level,
 * completion percentage and milestones on journey_progress, and the copies on users. A level-up
 * starts the new level's date and writes a `level_up` notification. Call it in the transaction
 * that changed the counters. `userId` defaults to the signed-in user; another user's journey (a
 * mentor completing the session of the person they met) is recomputed when the calling verb has
 * decided that it is allowed.
 */
export async function recomputeJourney(
  ctx: UserContext,
  options: { userId?: string } = {},
): Promise<JourneyChange> {
  const userId = options.userId ?? ctx.userId;
  const now = ctx.clock.now();

  // The figures are derived here, never taken from a request. The app role may not write them
  // (drizzle/0011): SECURITY DEFINER functions (drizzle/0014) lock, read and write the row, for the
  // signed-in user and for the other party of a session alike; the rules stay here.
  const { rows } = await ctx.tx.execute<{ journey: Record<string, unknown>; streak: number }>(
    sql`SELECT journey, streak FROM nc_journey_begin(${userId}::uuid, ${now.toISOString()}::timestamptz)`,
  );
  const before = rowOf(journeyProgress, rows[0]!.journey);
  const streak = Number(rows[0]!.streak);
  const stats = statsOf(before, streak);
  const level = levelOf(before, stats);
  const reached = newlyReached(stats, level, before.milestonesAchieved);
  const milestones = [...before.milestonesAchieved, ...reached.map((id) => achievedEntry(id, now))];
  const written = await ctx.tx.execute<{ journey: Record<string, unknown> }>(
    sql`SELECT nc_journey_write(${userId}::uuid, ${level}, ${stats.currentStreak}, ${stats.longestStreak},
      ${completionPercentage(level, stats)}, ${sql.param(milestones)}::text[],
      ${level > before.level ? now.toISOString() : null}::timestamptz) AS journey`,
  );
  const after = rowOf(journeyProgress, written.rows[0]!.journey);

  const journey = journeyView(after, streak, now);
  const levelUp = journey.level > before.level ? { from: before.level, to: journey.level } : null;
  if (levelUp) {
    await notify(ctx, {
      userId,
      type: 'level_up',
      title: `You reached level ${levelUp.to}`,
      message:
        levelUp.to === 5
          ? 'Level 5: the top of the journey. Every visit you made got you here.'
          : `Level ${levelUp.to} of 5. Each calm visit moves you toward the next one.`,
      actionUrl: '/journey',
      data: { level: levelUp.to, previousLevel: levelUp.from },
    });
  }
  return { journey, levelUp, newMilestones: reached.map((id) => ({ id, title: milestoneTitle(id) })) };
}
