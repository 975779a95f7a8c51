import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkIns,
  journeyProgress,
  locations,
  mentorSessions,
  rewards,
  users,
} from '../../src/db/schema/index.ts';
import { asSystem, asUser } from '../../src/db/tx.ts';
import { backends, createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import {
  expectPgError,
  makeCheckIn,
  makeLocation,
  makeMentor,
  makeUser,
  scalar,
} from '../helpers/factories.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe.each(backends)('triggers and functions on %s', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(backend);
  });
  afterAll(() => t?.drop());
  const db = () => t.handle.db;

  it('keeps check-in counters exact under 50 concurrent check-ins', async () => {
    const people = await Promise.all(Array.from({ length: 10 }, () => makeUser(db())));
    const places = await Promise.all([
      makeLocation(db(), { type: 'gym' }),
      ...Array.from({ length: 4 }, () => makeLocation(db())),
    ]);
    const results = await Promise.allSettled(
      people.flatMap((p) =>
        places.map((place) =>
          asUser(db(), p.id, (tx) => tx.insert(checkIns).values({ userId: p.id, locationId: place.id })),
        ),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);

    const userRows = await asSystem(db(), (tx) => tx.select().from(users));
    for (const p of people) expect(userRows.find((u) => u.id === p.id)?.totalCheckIns).toBe(5);
    const placeRows = await asSystem(db(), (tx) => tx.select().from(locations));
    for (const place of places) expect(placeRows.find((l) => l.id === place.id)?.checkInCount).toBe(10);
    const journeys = await asSystem(db(), (tx) => tx.select().from(journeyProgress));
    for (const p of people) {
      expect(journeys.find((j) => j.userId === p.id)).toMatchObject({ totalCheckIns: 5, gymVisits: 1 });
    }
  });

  it('counts repeated check-ins at one place within an hour once', async () => {
    const u = await makeUser(db());
    const place = await makeLocation(db());
    const at = Date.now() - 5 * HOUR;
    await makeCheckIn(db(), u.id, place.id, new Date(at));
    const again = await expectPgError(makeCheckIn(db(), u.id, place.id, new Date(at + 30 * 60_000)));
    // One constraint per monthly partition (drizzle/0005).
    expect(again.constraint).toMatch(/^check_ins_\d{4}_\d{2}_one_per_place_per_hour$/);
    await makeCheckIn(db(), u.id, place.id, new Date(at + 61 * 60_000));
    const other = await makeLocation(db());
    await makeCheckIn(db(), u.id, other.id, new Date(at + 10 * 60_000));
    expect(await scalar(db(), sql`SELECT total_check_ins FROM users WHERE id = ${u.id}`)).toBe(3);
  });

  it('never double-books a mentor or a user, and a cancelled session frees its slot', async () => {
    const mentorA = await makeMentor(db(), (await makeUser(db())).id);
    const mentorB = await makeMentor(db(), (await makeUser(db())).id);
    const [u1, u2] = [await makeUser(db()), await makeUser(db())];
    const start = new Date(Date.now() + 2 * DAY);
    const book = (mentorId: string, userId: string, at: Date, durationMinutes = 60) =>
      asSystem(db(), (tx) =>
        tx.insert(mentorSessions).values({ mentorId, userId, scheduledAt: at, durationMinutes }).returning(),
      );
    const [first] = await book(mentorA.id, u1.id, start);
    const mentorClash = await expectPgError(book(mentorA.id, u2.id, new Date(start.getTime() + 30 * 60_000)));
    expect(mentorClash.constraint).toBe('mentor_sessions_no_mentor_overlap');
    const userClash = await expectPgError(book(mentorB.id, u1.id, new Date(start.getTime() + 59 * 60_000)));
    expect(userClash.constraint).toBe('mentor_sessions_no_user_overlap');
    // Back to back is fine: ranges are half-open.
    await book(mentorA.id, u2.id, new Date(start.getTime() + HOUR));
    await asSystem(db(), (tx) =>
      tx.update(mentorSessions).set({ status: 'cancelled' }).where(eq(mentorSessions.id, first!.id)),
    );
    await book(mentorB.id, u1.id, new Date(start.getTime() + 15 * 60_000), 30);
  });

  it('lets exactly one of 20 concurrent bookings of one slot through', async () => {
    const mentor = await makeMentor(db(), (await makeUser(db())).id);
    const people = await Promise.all(Array.from({ length: 20 }, () => makeUser(db())));
    const at = new Date(Date.now() + 3 * DAY);
    const results = await Promise.allSettled(
      people.map((p) =>
        asUser(db(), p.id, (tx) =>
          tx
            .insert(mentorSessions)
            .values({ mentorId: mentor.id, userId: p.id, scheduledAt: at, durationMinutes: 45 }),
        ),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('counts a completed session for the mentor and the user, and a redeemed coffee for the journey', async () => {
    const mentor = await makeMentor(db(), (await makeUser(db())).id);
    const u = await makeUser(db());
    const [s] = await asSystem(db(), (tx) =>
      tx
        .insert(mentorSessions)
        .values({
          mentorId: mentor.id,
          userId: u.id,
          scheduledAt: new Date(Date.now() - DAY),
          durationMinutes: 30,
        })
        .returning(),
    );
    await asSystem(db(), (tx) =>
      tx.update(mentorSessions).set({ status: 'completed' }).where(eq(mentorSessions.id, s!.id)),
    );
    expect(await scalar(db(), sql`SELECT total_sessions FROM mentors WHERE id = ${mentor.id}`)).toBe(1);
    expect(
      await scalar(db(), sql`SELECT mentor_sessions FROM journey_progress WHERE user_id = ${u.id}`),
    ).toBe(1);

    const [r] = await asSystem(db(), (tx) =>
      tx.insert(rewards).values({ userId: u.id, type: 'coffee', title: 'Coffee' }).returning(),
    );
    await asSystem(db(), (tx) =>
      tx.update(rewards).set({ redeemed: true, redeemedAt: new Date() }).where(eq(rewards.id, r!.id)),
    );
    expect(
      await scalar(db(), sql`SELECT coffee_redemptions FROM journey_progress WHERE user_id = ${u.id}`),
    ).toBe(1);
  });

  describe('calculate_user_streak', () => {
    const now = new Date('2026-06-10T12:00:00Z');
    const streak = (userId: string, at = now) =>
      scalar<number>(
        db(),
        sql`SELECT calculate_user_streak(${userId}::uuid, ${at.toISOString()}::timestamptz)`,
      );
    const daysAgo = (n: number, hourUtc = 9) =>
      new Date(Date.UTC(2026, 5, 10 - n, hourUtc, 0, 0)).toISOString();

    async function userWith(days: number[], timeZone = 'UTC') {
      const u = await makeUser(db(), { timeZone });
      const place = await makeLocation(db());
      for (const d of days) await makeCheckIn(db(), u.id, place.id, daysAgo(d));
      return u;
    }

    it('is 0 with no check-ins', async () => {
      expect(await streak((await makeUser(db())).id)).toBe(0);
    });
    it('is 1 with a check-in today only', async () => {
      expect(await streak((await userWith([0])).id)).toBe(1);
    });
    it('counts 5 consecutive days ending today', async () => {
      expect(await streak((await userWith([0, 1, 2, 3, 4])).id)).toBe(5);
    });
    it('stops at a gap', async () => {
      expect(await streak((await userWith([0, 1, 3, 4, 5])).id)).toBe(2);
    });
    it('still counts when the last check-in was yesterday', async () => {
      expect(await streak((await userWith([1, 2, 3])).id)).toBe(3);
    });
    it('is 0 when the last check-in was two days ago', async () => {
      expect(await streak((await userWith([2, 3, 4])).id)).toBe(0);
    });
    it('counts two check-ins on one day once', async () => {
      const u = await userWith([0, 1]);
      const other = await makeLocation(db());
      await makeCheckIn(db(), u.id, other.id, daysAgo(0, 11));
      expect(await streak(u.id)).toBe(2);
    });
    it("counts days in the user's time zone, not UTC", async () => {
      // 02:00Z and 16:00Z on 9 June are one UTC day but two Tokyo days (11:00 on the 9th, 01:00 on the 10th).
      const checkInsAt = ['2026-06-09T02:00:00Z', '2026-06-09T16:00:00Z'];
      const make = async (timeZone: string) => {
        const u = await makeUser(db(), { timeZone });
        const place = await makeLocation(db());
        for (const at of checkInsAt) await makeCheckIn(db(), u.id, place.id, at);
        return u;
      };
      expect(await streak((await make('Asia/Tokyo')).id)).toBe(2);
      expect(await streak((await make('UTC')).id)).toBe(1);
      // Late evening in New York is already tomorrow in UTC: today's streak must still count.
      const ny = await makeUser(db(), { timeZone: 'America/New_York' });
      const place = await makeLocation(db());
      await makeCheckIn(db(), ny.id, place.id, '2026-06-10T01:30:00Z'); // 21:30 on 9 June in New York
      expect(await streak(ny.id, new Date('2026-06-10T03:00:00Z'))).toBe(1); // 23:00 the same day there
      expect(await streak(ny.id, new Date('2026-06-12T03:00:00Z'))).toBe(0);
    });
  });
});
