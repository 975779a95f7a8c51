import { describe, expect, it } from 'vitest';
import {
  completionPercentage,
  type JourneyStats,
  LEVEL_REQUIREMENTS,
  levelFor,
  nextLevel,
} from '../../src/domain/journey/levels.ts';
import {
  achievedEntry,
  MILESTONES,
  milestoneList,
  newlyReached,
  parseAchieved,
} from '../../src/domain/journey/milestones.ts';

const stats = (s: Partial<JourneyStats> = {}): JourneyStats => ({
  totalCheckIns: 0,
  gymVisits: 0,
  mentorSessions: 0,
  coffeeRedemptions: 0,
  currentStreak: 0,
  longestStreak: 0,
  ...s,
});

describe('journey levels', () => {
  it('pins the level table documented in docs/domain-rules.md', () => {
    expect(LEVEL_REQUIREMENTS).toEqual({
      2: { checkIns: 3 },
      3: { checkIns: 10, gymVisits: 1, streakDays: 3 },
      4: { checkIns: 25, gymVisits: 3, mentorSessions: 1, streakDays: 7 },
      5: { checkIns: 50, gymVisits: 6, mentorSessions: 3, streakDays: 14 },
    });
  });

  it('starts everyone at level 1', () => {
    expect(levelFor(stats())).toBe(1);
    expect(levelFor(stats({ totalCheckIns: 2, gymVisits: 5, longestStreak: 30 }))).toBe(1);
  });

  it('reaches each level exactly when all of its requirements are met', () => {
    expect(levelFor(stats({ totalCheckIns: 3 }))).toBe(2);
    expect(levelFor(stats({ totalCheckIns: 10, gymVisits: 1, longestStreak: 2 }))).toBe(2);
    expect(levelFor(stats({ totalCheckIns: 10, gymVisits: 1, longestStreak: 3 }))).toBe(3);
    expect(levelFor(stats({ totalCheckIns: 25, gymVisits: 3, longestStreak: 7 }))).toBe(3);
    expect(levelFor(stats({ totalCheckIns: 25, gymVisits: 3, mentorSessions: 1, longestStreak: 7 }))).toBe(4);
    expect(levelFor(stats({ totalCheckIns: 50, gymVisits: 6, mentorSessions: 3, longestStreak: 13 }))).toBe(
      4,
    );
    expect(levelFor(stats({ totalCheckIns: 50, gymVisits: 6, mentorSessions: 3, longestStreak: 14 }))).toBe(
      5,
    );
  });

  it('counts the longest streak held, so a lapsed streak keeps what it earned', () => {
    expect(levelFor(stats({ totalCheckIns: 10, gymVisits: 1, currentStreak: 0, longestStreak: 3 }))).toBe(3);
  });

  it('names what the next level asks for and where the user stands', () => {
    expect(nextLevel(2, stats({ totalCheckIns: 4, longestStreak: 2 }))).toEqual({
      level: 3,
      requirements: [
        { name: 'checkIns', current: 4, target: 10 },
        { name: 'gymVisits', current: 0, target: 1 },
        { name: 'streakDays', current: 2, target: 3 },
      ],
    });
    expect(nextLevel(5, stats())).toBeNull();
  });

  it('gives completion as the average fraction of the next level, each capped, rounded down', () => {
    expect(completionPercentage(1, stats())).toBe(0);
    expect(completionPercentage(1, stats({ totalCheckIns: 1 }))).toBe(33);
    expect(completionPercentage(1, stats({ totalCheckIns: 2 }))).toBe(66);
    // (3/10 + 0/1 + 3/3) / 3 = 43.3…
    expect(completionPercentage(2, stats({ totalCheckIns: 3, longestStreak: 3 }))).toBe(43);
    // An over-achieved requirement counts as done, not more: (1 + 0 + 1) / 3.
    expect(completionPercentage(2, stats({ totalCheckIns: 40, longestStreak: 9 }))).toBe(66);
    expect(completionPercentage(5, stats())).toBe(100);
  });
});

describe('journey milestones', () => {
  it('reaches first check-in, gym, coffee and session milestones, streaks, counts and levels', () => {
    const s = stats({ totalCheckIns: 10, gymVisits: 1, coffeeRedemptions: 1, longestStreak: 7 });
    expect(newlyReached(s, 3, [])).toEqual([
      'first_check_in',
      'first_gym_visit',
      'first_coffee_redeemed',
      'streak_3',
      'streak_7',
      'check_ins_10',
      'level_2',
      'level_3',
    ]);
    expect(newlyReached(stats({ mentorSessions: 1 }), 1, [])).toEqual(['first_mentor_session']);
  });

  it('reports only milestones not yet recorded', () => {
    const at = new Date('2026-03-02T10:00:00Z');
    const recorded = [achievedEntry('first_check_in', at), 'streak_3'];
    expect(newlyReached(stats({ totalCheckIns: 1, longestStreak: 3 }), 1, recorded)).toEqual([]);
  });

  it('keeps when each milestone was reached, and accepts a bare id without a date', () => {
    const at = new Date('2026-03-02T10:00:00Z');
    const parsed = parseAchieved([achievedEntry('first_check_in', at), 'streak_3', 'level_2@garbage']);
    expect(parsed.get('first_check_in')).toEqual(at);
    expect(parsed.has('streak_3')).toBe(true);
    expect(parsed.get('streak_3')).toBeUndefined();
    expect(parsed.has('level_2')).toBe(true);
  });

  it('lists the whole catalogue, each marked achieved or not', () => {
    const at = new Date('2026-03-02T10:00:00Z');
    const list = milestoneList(stats({ totalCheckIns: 1 }), 1, [achievedEntry('first_check_in', at)]);
    expect(list).toHaveLength(MILESTONES.length);
    expect(list[0]).toEqual({
      id: 'first_check_in',
      title: 'First check-in',
      achieved: true,
      achievedAt: at,
    });
    expect(list.find((m) => m.id === 'streak_7')).toEqual({
      id: 'streak_7',
      title: 'A 7-day streak',
      achieved: false,
    });
  });

  it('has unique ids', () => {
    expect(new Set(MILESTONES.map((m) => m.id)).size).toBe(MILESTONES.length);
  });
});
