import { eq, sql } from 'drizzle-orm';
import { journeyProgress, users } from '../../db/schema/index.ts';
import { elevated, type Tx } from '../../db/tx.ts';
import type { UserContext } from '../context.ts';
import { notify } from '../notifications/notify.ts';
import { completionPercentage } from './levels.ts';
import { achievedEntry, milestoneTitle, newlyReached } from './milestones.ts';
import { type JourneyView, journeyRow, journeyView, levelOf, statsOf, streakAt } from './state.ts';

export interface JourneyChange {
  journey: JourneyView;
  /** Set when this recompute raised the level (it may jump more than one). */
  levelUp: { from: number; to: number } | null;
  /** Milestones reached by this recompute, in catalogue order. */
  newMilestones: { id: string; title: string }[];
}

/** Runs fn as the journey's owner: the caller's own role for themself, elevated for another user. */
function asOwner<T>(ctx: UserContext, userId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return userId === ctx.userId ? fn(ctx.tx) : elevated(ctx.tx, fn);
}

/**
 * Takes the row lock on the user before anything touches their journey_progress row. The check-in
 * trigger locks users, then journey_progress; a verb whose own trigger writes journey_progress
 * first (a redemption, a completed mentor session) calls this before that write, so two of the
 * user's transactions never wait on each other in opposite orders.
 */
export async function lockJourneyOwner(ctx: UserContext, userId: string = ctx.userId): Promise<void> {
  await asOwner(ctx, userId, (tx) => lockUserRow(tx, userId));
}

const lockUserRow = (tx: Tx, userId: string) =>
  tx.execute(sql`SELECT 1 FROM ${users} WHERE ${users.id} = ${userId} FOR NO KEY UPDATE`);

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

  // The figures are derived here, never taken from a request: the app role may not write them
  // (drizzle/0011), so they are written as the system role, for the signed-in user too.
  const { before, after, streak, reached } = await elevated(ctx.tx, async (tx) => {
    await lockUserRow(tx, userId);
    await tx.insert(journeyProgress).values({ userId, levelStartDate: now }).onConflictDoNothing();
    const before = (await journeyRow(tx, userId, true))!;
    const streak = await streakAt(tx, userId, now);
    const stats = statsOf(before, streak);
    const level = levelOf(before, stats);
    const reached = newlyReached(stats, level, before.milestonesAchieved);
    const [after] = await tx
      .update(journeyProgress)
      .set({
        level,
        currentStreak: stats.currentStreak,
        longestStreak: stats.longestStreak,
        levelCompletionPercentage: completionPercentage(level, stats),
        milestonesAchieved: [...before.milestonesAchieved, ...reached.map((id) => achievedEntry(id, now))],
        ...(level > before.level ? { levelStartDate: now } : {}),
      })
      .where(eq(journeyProgress.userId, userId))
      .returning();
    await tx
      .update(users)
      .set({ currentStreak: stats.currentStreak, longestStreak: stats.longestStreak, journeyLevel: level })
      .where(eq(users.id, userId));
    return { before, after: after!, streak, reached };
  });

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
