/**
 * Journey levels 1–5: the one table of what each level asks for, and the pure rules over it.
 * docs/domain-rules.md shows the same table; test/unit/journey-levels.test.ts pins it.
 */

/** What a user has done, as journey_progress counts it (streaks in the user's own days). */
export interface JourneyStats {
  totalCheckIns: number;
  gymVisits: number;
  mentorSessions: number;
  coffeeRedemptions: number;
  currentStreak: number;
  /** The longest run of consecutive days so far: a streak once held still counts toward a level. */
  longestStreak: number;
}

export type RequirementName = 'checkIns' | 'gymVisits' | 'mentorSessions' | 'streakDays';

export interface Requirement {
  name: RequirementName;
  current: number;
  target: number;
}

export const MAX_LEVEL = 5;

/**
 * What reaching each level asks for. Level 1 is where everyone starts. Each row asks at least as
 * much as the one before in every dimension, so meeting a row means meeting all rows below it.
 */
export const LEVEL_REQUIREMENTS: Readonly<Record<2 | 3 | 4 | 5, Partial<Record<RequirementName, number>>>> = {
  2: { checkIns: 3 },
  3: { checkIns: 10, gymVisits: 1, streakDays: 3 },
  4: { checkIns: 25, gymVisits: 3, mentorSessions: 1, streakDays: 7 },
  5: { checkIns: 50, gymVisits: 6, mentorSessions: 3, streakDays: 14 },
};

function measured(name: RequirementName, stats: JourneyStats): number {
  switch (name) {
    case 'checkIns':
      return stats.totalCheckIns;
    case 'gymVisits':
      return stats.gymVisits;
    case 'mentorSessions':
      return stats.mentorSessions;
    case 'streakDays':
      return stats.longestStreak;
  }
}

/** Where the user stands against each requirement of `level` (2–5). */
export function requirementsFor(level: 2 | 3 | 4 | 5, stats: JourneyStats): Requirement[] {
  return Object.entries(LEVEL_REQUIREMENTS[level]).map(([name, target]) => ({
    name: name as RequirementName,
    current: measured(name as RequirementName, stats),
    target: target as number,
  }));
}

/** The highest level whose requirements (and those of every level below) are all met. */
export function levelFor(stats: JourneyStats): number {
  let level = 1;
  for (const next of [2, 3, 4, 5] as const) {
    if (!requirementsFor(next, stats).every((r) => r.current >= r.target)) break;
    level = next;
  }
  return level;
}

/** The level after `level` with where the user stands against it, or null at the top. */
export function nextLevel(
  level: number,
  stats: JourneyStats,
): { level: number; requirements: Requirement[] } | null {
  if (level >= MAX_LEVEL) return null;
  const next = (level + 1) as 2 | 3 | 4 | 5;
  return { level: next, requirements: requirementsFor(next, stats) };
}

/**
 * Progress toward the next level, 0–100: the average of each requirement's fraction done (each
 * capped at 1), rounded down so 100 is only ever shown at the top level. 100 at level 5.
 */
export function completionPercentage(level: number, stats: JourneyStats): number {
  const next = nextLevel(level, stats);
  if (!next) return 100;
  const fractions = next.requirements.map((r) => Math.min(r.current / r.target, 1));
  const average = fractions.reduce((sum, f) => sum + f, 0) / fractions.length;
  return Math.min(Math.floor(average * 100), 99);
}
