import { eq, sql } from 'drizzle-orm';
import { journeyProgress } from '../../db/schema/index.ts';
import type { Tx } from '../../db/tx.ts';
import { completionPercentage, type JourneyStats, levelFor, nextLevel, type Requirement } from './levels.ts';
import { type Milestone, milestoneList } from './milestones.ts';

export type JourneyRow = typeof journeyProgress.$inferSelect;

/** The journey as clients see it (GET /api/me/journey, and inside a check-in's response). */
export interface JourneyView {
  level: number;
  currentStreak: number;
  longestStreak: number;
  totalCheckIns: number;
  gymVisits: number;
  mentorSessions: number;
  coffeeRedemptions: number;
  completionPercentage: number;
  milestones: Milestone[];
  nextLevel: { level: number; requirements: Requirement[] } | null;
  levelStartDate: Date;
  lastCheckIn: Date | null;
}

/** The streak in the user's own days, ending today or yesterday at `now` (drizzle/0002). */
export async function streakAt(tx: Tx, userId: string, now: Date): Promise<number> {
  const { rows } = await tx.execute<{ streak: number }>(
    sql`SELECT calculate_user_streak(${userId}::uuid, ${now.toISOString()}::timestamptz) AS streak`,
  );
  return Number(rows[0]?.streak ?? 0);
}

/** The user's journey row, or undefined before their first one exists. */
export async function journeyRow(tx: Tx, userId: string, lock = false): Promise<JourneyRow | undefined> {
  const query = tx.select().from(journeyProgress).where(eq(journeyProgress.userId, userId));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export function statsOf(row: JourneyRow | undefined, currentStreak: number): JourneyStats {
  return {
    totalCheckIns: row?.totalCheckIns ?? 0,
    gymVisits: row?.gymVisits ?? 0,
    mentorSessions: row?.mentorSessions ?? 0,
    coffeeRedemptions: row?.coffeeRedemptions ?? 0,
    currentStreak,
    longestStreak: Math.max(row?.longestStreak ?? 0, currentStreak),
  };
}

/** Levels never go down: a lapsed streak or a reverted session keeps the level once reached. */
export const levelOf = (row: JourneyRow | undefined, stats: JourneyStats) =>
  Math.max(row?.level ?? 1, levelFor(stats));

/** Everything derived from the counters and the streak now, the way every reader shows it. */
export function journeyView(row: JourneyRow | undefined, currentStreak: number, now: Date): JourneyView {
  const stats = statsOf(row, currentStreak);
  const level = levelOf(row, stats);
  return {
    level,
    currentStreak: stats.currentStreak,
    longestStreak: stats.longestStreak,
    totalCheckIns: stats.totalCheckIns,
    gymVisits: stats.gymVisits,
    mentorSessions: stats.mentorSessions,
    coffeeRedemptions: stats.coffeeRedemptions,
    completionPercentage: completionPercentage(level, stats),
    milestones: milestoneList(stats, level, row?.milestonesAchieved ?? []),
    nextLevel: nextLevel(level, stats),
    levelStartDate: row?.levelStartDate ?? now,
    lastCheckIn: row?.lastCheckIn ?? null,
  };
}
