import type { JourneyStats } from './levels.ts';

/**
 * Milestones: moments on the journey worth marking. Each is reached once and kept, even when what
 * reached it later changes (a streak that lapses, a session reverted).
 */
interface MilestoneRule {
  id: string;
  title: string;
  reached(stats: JourneyStats, level: number): boolean;
}

export const MILESTONES: readonly MilestoneRule[] = [
  { id: 'first_check_in', title: 'First check-in', reached: (s) => s.totalCheckIns >= 1 },
  { id: 'first_gym_visit', title: 'First gym visit', reached: (s) => s.gymVisits >= 1 },
  { id: 'first_coffee_redeemed', title: 'First coffee redeemed', reached: (s) => s.coffeeRedemptions >= 1 },
  { id: 'first_mentor_session', title: 'First mentor session', reached: (s) => s.mentorSessions >= 1 },
  { id: 'streak_3', title: 'A 3-day streak', reached: (s) => s.longestStreak >= 3 },
  { id: 'streak_7', title: 'A 7-day streak', reached: (s) => s.longestStreak >= 7 },
  { id: 'streak_14', title: 'A 14-day streak', reached: (s) => s.longestStreak >= 14 },
  { id: 'check_ins_10', title: '10 check-ins', reached: (s) => s.totalCheckIns >= 10 },
  { id: 'check_ins_25', title: '25 check-ins', reached: (s) => s.totalCheckIns >= 25 },
  { id: 'check_ins_50', title: '50 check-ins', reached: (s) => s.totalCheckIns >= 50 },
  { id: 'level_2', title: 'Reached level 2', reached: (_s, level) => level >= 2 },
  { id: 'level_3', title: 'Reached level 3', reached: (_s, level) => level >= 3 },
  { id: 'level_4', title: 'Reached level 4', reached: (_s, level) => level >= 4 },
  { id: 'level_5', title: 'Reached level 5', reached: (_s, level) => level >= 5 },
];

export interface Milestone {
  id: string;
  title: string;
  achieved: boolean;
  achievedAt?: Date;
}

/**
 * journey_progress.milestones_achieved holds one entry per milestone reached, `<id>@<ISO instant>`,
 * so the moment it was reached is kept without another table. A bare `<id>` (written by hand or by
 * an older version) still counts as reached, without a date.
 */
export function parseAchieved(entries: readonly string[]): Map<string, Date | undefined> {
  const achieved = new Map<string, Date | undefined>();
  for (const entry of entries) {
    const at = entry.indexOf('@');
    const id = at === -1 ? entry : entry.slice(0, at);
    const when = at === -1 ? undefined : new Date(entry.slice(at + 1));
    achieved.set(id, when && !Number.isNaN(when.getTime()) ? when : undefined);
  }
  return achieved;
}

export const achievedEntry = (id: string, at: Date) => `${id}@${at.toISOString()}`;

/** Ids of milestones the stats reach that are not yet recorded. */
export function newlyReached(stats: JourneyStats, level: number, recorded: readonly string[]): string[] {
  const known = parseAchieved(recorded);
  return MILESTONES.filter((m) => !known.has(m.id) && m.reached(stats, level)).map((m) => m.id);
}

/** The whole catalogue, in order, each marked with whether and when it was reached. */
export function milestoneList(stats: JourneyStats, level: number, recorded: readonly string[]): Milestone[] {
  const known = parseAchieved(recorded);
  return MILESTONES.map((m) => {
    const achievedAt = known.get(m.id);
    const achieved = known.has(m.id) || m.reached(stats, level);
    return { id: m.id, title: m.title, achieved, ...(achievedAt ? { achievedAt } : {}) };
  });
}

export const milestoneTitle = (id: string) => MILESTONES.find((m) => m.id === id)?.title ?? id;
