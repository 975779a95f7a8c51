import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { mentorSessions } from '../../src/db/schema/index.ts';
import { asSystem } from '../../src/db/tx.ts';
import { withUser } from '../../src/domain/context.ts';
import { recomputeJourney } from '../../src/domain/journey/recompute.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { notificationsOf, rowsOf } from '../helpers/checkins.ts';
import { backends } from '../helpers/db.ts';
import { makeLocation, makeMentor } from '../helpers/factories.ts';

const MINUTE = 60_000;
const DAY = 24 * 3_600_000;
const START = '2026-03-02T08:00:00Z';

type Milestone = { id: string; achieved: boolean; achievedAt?: string };

describe.each(backends)('the journey on %s', (backend) => {
  const clock = manualClock(START);
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(backend, { clock });
  });
  afterAll(() => app?.close());
  beforeEach(() => clock.set(START));

  const db = () => app.deps.database.db;
  const checkIn = async (token: string, type: 'coffee' | 'gym' = 'coffee') => {
    const place = await makeLocation(db(), { type });
    const res = await app.api('POST', '/api/check-ins', { token, body: { locationId: place.id } });
    expect(res.status).toBe(201);
    return res.body;
  };
  const journeyOf = async (token: string) => {
    const res = await app.api('GET', '/api/me/journey', { token });
    expect(res.status).toBe(200);
    return res.body.journey;
  };
  const achieved = (journey: { milestones: Milestone[] }) =>
    journey.milestones.filter((m) => m.achieved).map((m) => m.id);

  it('starts at level 1 with nothing achieved and the first step named', async () => {
    const { token } = await app.signUp();
    const journey = await journeyOf(token);
    expect(journey).toMatchObject({
      level: 1,
      currentStreak: 0,
      longestStreak: 0,
      totalCheckIns: 0,
      completionPercentage: 0,
      lastCheckIn: null,
      nextLevel: { level: 2, requirements: [{ name: 'checkIns', current: 0, target: 3 }] },
    });
    expect(achieved(journey)).toEqual([]);
  });

  it('builds a 7-day streak a day at a time, levelling up to 2 on the third day', async () => {
    const { user, token } = await app.signUp();
    const seen: { streak: number; level: number; pct: number }[] = [];
    for (let day = 0; day < 7; day++) {
      const body = await checkIn(token);
      seen.push({
        streak: body.journey.currentStreak,
        level: body.journey.level,
        pct: body.journey.completionPercentage,
      });
      if (day === 2) {
        expect(body.levelUp).toEqual({ from: 1, to: 2 });
        expect(body.newMilestones.map((m: { id: string }) => m.id)).toEqual(['streak_3', 'level_2']);
        expect(body.journey.levelStartDate).toBe('2026-03-04T08:00:00.000Z');
      } else {
        expect(body.levelUp).toBeNull();
      }
      clock.advance(DAY);
    }
    expect(seen.map((s) => s.streak)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(seen.map((s) => s.level)).toEqual([1, 1, 2, 2, 2, 2, 2]);
    // Level 2 → 3 asks for 10 check-ins, a gym visit and a 3-day streak: (c/10 + 0 + 1) / 3.
    expect(seen.map((s) => s.pct)).toEqual([33, 66, 43, 46, 50, 53, 56]);

    clock.set('2026-03-08T20:00:00Z');
    const journey = await journeyOf(token);
    expect(journey).toMatchObject({ level: 2, currentStreak: 7, longestStreak: 7, totalCheckIns: 7 });
    expect(achieved(journey)).toEqual(['first_check_in', 'streak_3', 'streak_7', 'level_2']);
    expect(journey.milestones.find((m: Milestone) => m.id === 'streak_7').achievedAt).toBe(
      '2026-03-08T08:00:00.000Z',
    );

    const [stored] = await rowsOf(
      app,
      sql`SELECT journey_level, current_streak, longest_streak FROM users WHERE id = ${user.id}`,
    );
    expect(stored).toEqual({ journey_level: 2, current_streak: 7, longest_streak: 7 });
    const levelUps = await notificationsOf(app, user.id, 'level_up');
    expect(levelUps).toHaveLength(1);
    expect(levelUps[0]).toMatchObject({ title: 'You reached level 2', data: { level: 2, previousLevel: 1 } });
  });

  it('reaches level 3 only when the gym visit completes 10 check-ins and a 3-day streak', async () => {
    const { user, token } = await app.signUp();
    for (const perDay of [4, 3, 2]) {
      for (let i = 0; i < perDay; i++) {
        await checkIn(token);
        clock.advance(10 * MINUTE);
      }
      clock.advance(DAY - perDay * 10 * MINUTE);
    }
    clock.advance(-DAY + 2 * 3_600_000); // back to the third day, two hours on
    const before = await journeyOf(token);
    expect(before).toMatchObject({ level: 2, totalCheckIns: 9, currentStreak: 3, gymVisits: 0 });
    expect(before.nextLevel.requirements).toEqual([
      { name: 'checkIns', current: 9, target: 10 },
      { name: 'gymVisits', current: 0, target: 1 },
      { name: 'streakDays', current: 3, target: 3 },
    ]);
    expect(before.completionPercentage).toBe(63);

    const gym = await checkIn(token, 'gym');
    expect(gym.levelUp).toEqual({ from: 2, to: 3 });
    expect(gym.newMilestones.map((m: { id: string }) => m.id)).toEqual([
      'first_gym_visit',
      'check_ins_10',
      'level_3',
    ]);
    expect(gym.journey).toMatchObject({ level: 3, totalCheckIns: 10, gymVisits: 1 });
    expect(gym.journey.nextLevel.level).toBe(4);
    expect((await notificationsOf(app, user.id, 'level_up')).map((n) => n.title)).toEqual([
      'You reached level 2',
      'You reached level 3',
    ]);
  });

  it('resets the streak after a missed day, at read time, and keeps the longest and the level', async () => {
    const { user, token } = await app.signUp();
    for (let day = 0; day < 3; day++) {
      await checkIn(token);
      clock.advance(DAY);
    }
    // The next day (yesterday's check-in still counts) the streak stands.
    expect((await journeyOf(token)).currentStreak).toBe(3);

    clock.advance(DAY); // a whole day without a check-in
    const lapsed = await journeyOf(token);
    expect(lapsed).toMatchObject({ currentStreak: 0, longestStreak: 3, level: 2 });
    const [stored] = await rowsOf(app, sql`SELECT current_streak FROM users WHERE id = ${user.id}`);
    expect(stored?.current_streak).toBe(3); // nothing was written by reading

    const fresh = await checkIn(token);
    expect(fresh.journey).toMatchObject({ currentStreak: 1, longestStreak: 3, level: 2 });
  });

  it("counts streak days in the user's time zone across local midnight", async () => {
    // 23:30 on 2 March and 00:30 on 3 March in New York (EST) are the same UTC day, 3 March.
    const ny = await app.signUp({ timeZone: 'America/New_York' });
    const utc = await app.signUp({ timeZone: 'UTC' });
    for (const { token } of [ny, utc]) {
      clock.set('2026-03-03T04:30:00Z');
      await checkIn(token);
      clock.set('2026-03-03T05:30:00Z');
      await checkIn(token);
    }
    expect((await journeyOf(ny.token)).currentStreak).toBe(2);
    expect((await journeyOf(utc.token)).currentStreak).toBe(1);

    // 22:00 on 4 March in New York is 03:00Z on the 5th: still "yesterday" there, so the streak holds.
    clock.set('2026-03-05T03:00:00Z');
    expect((await journeyOf(ny.token)).currentStreak).toBe(2);
    clock.set('2026-03-05T05:30:00Z'); // 00:30 on 5 March there: 3 March is two days ago
    expect((await journeyOf(ny.token)).currentStreak).toBe(0);
  });

  it("lets a mentor session's completion raise another user's level, with a notification to them", async () => {
    const { user, token } = await app.signUp();
    await checkIn(token);
    // Fast-forward the counters the triggers keep to just short of level 4 (all but a session).
    await asSystem(db(), (tx) =>
      tx.execute(sql`UPDATE journey_progress SET total_check_ins = 25, gym_visits = 3, longest_streak = 7,
                       level = 3 WHERE user_id = ${user.id}`),
    );
    const mentorAccount = await app.signUp();
    const mentor = await makeMentor(db(), mentorAccount.user.id);
    await asSystem(db(), async (tx) => {
      const [session] = await tx
        .insert(mentorSessions)
        .values({ mentorId: mentor.id, userId: user.id, scheduledAt: new Date(START), durationMinutes: 60 })
        .returning();
      await tx
        .update(mentorSessions)
        .set({ status: 'completed', completedAt: new Date(START) })
        .where(sql`id = ${session!.id}`);
    });

    // What the mentor's "complete session" verb does next, in the mentor's own context.
    const change = await withUser(app.deps, mentorAccount.user.id, (ctx) =>
      recomputeJourney(ctx, { userId: user.id }),
    );
    expect(change.levelUp).toEqual({ from: 3, to: 4 });
    expect(change.newMilestones.map((m) => m.id)).toContain('first_mentor_session');

    const journey = await journeyOf(token);
    expect(journey).toMatchObject({ level: 4, mentorSessions: 1 });
    expect(achieved(journey)).toContain('level_4');
    expect(await notificationsOf(app, user.id, 'level_up')).toHaveLength(1);
    expect(await notificationsOf(app, mentorAccount.user.id, 'level_up')).toHaveLength(0);
  });
});
