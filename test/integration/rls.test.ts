import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDrizzle } from '../../src/db/client.ts';
import {
  chatMessages,
  checkIns,
  journeyProgress,
  locations,
  mentorSessions,
  notifications,
  partners,
  reviews,
  rewards,
  users,
} from '../../src/db/schema/index.ts';
import { asPublic, asSystem, asUser } from '../../src/db/tx.ts';
import { backends, createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import {
  expectPgError,
  makeCheckIn,
  makeLocation,
  makeMentor,
  makeUser,
  pgError,
} from '../helpers/factories.ts';

/** Every table that holds one user's things, with the column naming the owner. */
const perUser = [
  { name: 'users', table: users, owner: users.id },
  { name: 'check_ins', table: checkIns, owner: checkIns.userId },
  { name: 'rewards', table: rewards, owner: rewards.userId },
  { name: 'chat_messages', table: chatMessages, owner: chatMessages.userId },
  { name: 'notifications', table: notifications, owner: notifications.userId },
  { name: 'journey_progress', table: journeyProgress, owner: journeyProgress.userId },
  { name: 'mentor_sessions', table: mentorSessions, owner: mentorSessions.userId },
] as const;

describe.each(backends)('row-level security on %s', (backend) => {
  let t: TestDatabase;
  let a: { id: string };
  let b: { id: string };
  let mentorUser: { id: string };
  beforeAll(async () => {
    t = await createTestDatabase(backend);
    const db = t.handle.db;
    a = await makeUser(db);
    b = await makeUser(db);
    mentorUser = await makeUser(db);
    const mentor = await makeMentor(db, mentorUser.id);
    const place = await makeLocation(db);
    await asSystem(db, async (tx) => {
      await tx.insert(partners).values({ name: 'Calm Beans Co.' });
    });
    for (const who of [a, b]) {
      const checkIn = await makeCheckIn(db, who.id, place.id, new Date());
      await asSystem(db, async (tx) => {
        await tx.insert(rewards).values({ userId: who.id, type: 'coffee', title: 'Coffee' });
        await tx.insert(chatMessages).values({ userId: who.id, role: 'user', content: 'enc:v1:x:y' });
        await tx.insert(notifications).values({ userId: who.id, type: 't', title: 't', message: 'm' });
        await tx.insert(mentorSessions).values({
          mentorId: mentor.id,
          userId: who.id,
          scheduledAt: new Date(Date.now() + (who === a ? 1 : 2) * 86_400_000),
          durationMinutes: 30,
        });
        await tx.insert(reviews).values({
          userId: who.id,
          reviewableType: 'location',
          reviewableId: place.id,
          rating: 4,
          isFlagged: who === b,
        });
      });
      expect(checkIn.userId).toBe(who.id);
    }
  });
  afterAll(() => t?.drop());
  const db = () => t.handle.db;

  it("shows user A none of user B's rows in any per-user table", async () => {
    for (const { name, table, owner } of perUser) {
      const mine = await asUser(db(), a.id, (tx) => tx.select().from(table));
      expect(mine.length, name).toBeGreaterThan(0);
      const theirs = await asUser(db(), a.id, (tx) => tx.select().from(table).where(eq(owner, b.id)));
      expect(theirs, name).toEqual([]);
    }
  });

  it("lets user A change or delete none of user B's rows", async () => {
    for (const { name, table, owner } of perUser) {
      // Either no row matches, or (sessions are cancelled, never deleted) the privilege is missing.
      const deleted = await asUser(db(), a.id, (tx) =>
        tx.delete(table).where(eq(owner, b.id)).returning(),
      ).catch((err) => pgError(err).code);
      expect([[], '42501'], name).toContainEqual(deleted);
    }
    const renamed = await asUser(db(), a.id, (tx) =>
      tx.update(users).set({ displayName: 'pwned' }).where(eq(users.id, b.id)).returning(),
    );
    expect(renamed).toEqual([]);
    const still = await asSystem(db(), (tx) =>
      tx.select().from(chatMessages).where(eq(chatMessages.userId, b.id)),
    );
    expect(still).toHaveLength(1);
    const sessions = await asSystem(db(), (tx) =>
      tx.select().from(mentorSessions).where(eq(mentorSessions.userId, b.id)),
    );
    expect(sessions).toHaveLength(1);
  });

  it("refuses rows written in user B's name by user A", async () => {
    const err = await expectPgError(
      asUser(db(), a.id, (tx) =>
        tx.insert(chatMessages).values({ userId: b.id, role: 'user', content: 'enc:v1:x:y' }),
      ),
    );
    expect(err.code).toBe('42501');
    expect(err.message).toMatch(/row-level security/);
    const notify = await expectPgError(
      asUser(db(), a.id, (tx) =>
        tx.insert(notifications).values({ userId: b.id, type: 't', title: 't', message: 'm' }),
      ),
    );
    expect(notify.code).toBe('42501');
  });

  it('hides a flagged review from others but not from its author; unflagged ones are public', async () => {
    const seenByA = await asUser(db(), a.id, (tx) => tx.select().from(reviews));
    expect(seenByA.map((r) => r.userId)).toEqual([a.id]);
    const seenByB = await asUser(db(), b.id, (tx) => tx.select().from(reviews));
    expect(seenByB.map((r) => r.userId).sort()).toEqual([a.id, b.id].sort());
  });

  it("shows a mentor the sessions booked with them, and nobody else's", async () => {
    const seen = await asUser(db(), mentorUser.id, (tx) => tx.select().from(mentorSessions));
    expect(seen.map((s) => s.userId).sort()).toEqual([a.id, b.id].sort());
    const byA = await asUser(db(), a.id, (tx) => tx.select().from(mentorSessions));
    expect(byA.map((s) => s.userId)).toEqual([a.id]);
  });

  it('shows nothing per-user without a user id, while places, partners and mentors stay public', async () => {
    for (const { name, table } of perUser) {
      expect(await asPublic(db(), (tx) => tx.select().from(table)), name).toEqual([]);
    }
    expect((await asPublic(db(), (tx) => tx.select().from(locations))).length).toBeGreaterThan(0);
    expect((await asPublic(db(), (tx) => tx.select().from(partners))).length).toBeGreaterThan(0);
    expect((await asPublic(db(), (tx) => tx.execute(sql`SELECT id FROM mentors`))).rows.length).toBe(1);
  });

  it('does not let a user make themself an operator or verify their own place', async () => {
    const err = await expectPgError(
      asUser(db(), a.id, (tx) => tx.update(users).set({ role: 'operator' }).where(eq(users.id, a.id))),
    );
    expect(err.code).toBe('42501');
    const verified = await expectPgError(
      asUser(db(), a.id, (tx) =>
        tx.insert(locations).values({
          name: 'Mine',
          type: 'coffee',
          latitude: 1,
          longitude: 1,
          address: 'a',
          city: 'c',
          country: 'x',
          createdBy: a.id,
          isVerified: true,
        }),
      ),
    );
    expect(verified.code).toBe('42501');
  });

  it('does not let a user write their own journey figures: counters, streaks and level', async () => {
    const journeyColumns = {
      total_check_ins: 99,
      gym_visits: 99,
      mentor_sessions: 99,
      coffee_redemptions: 99,
      level: 5,
      current_streak: 99,
      longest_streak: 99,
      level_completion_percentage: 100,
      last_check_in: sql`now()`,
      level_start_date: sql`now()`,
      milestones_achieved: sql`ARRAY['check_ins_50@2026-01-01T00:00:00.000Z']`,
    };
    for (const [column, value] of Object.entries(journeyColumns)) {
      const err = await expectPgError(
        asUser(db(), a.id, (tx) =>
          tx.execute(
            sql`UPDATE journey_progress SET ${sql.identifier(column)} = ${value} WHERE user_id = ${a.id}`,
          ),
        ),
      );
      expect(err.code, `journey_progress.${column}`).toBe('42501');
    }
    for (const column of ['current_streak', 'longest_streak', 'journey_level', 'total_check_ins']) {
      const err = await expectPgError(
        asUser(db(), a.id, (tx) =>
          tx.execute(sql`UPDATE users SET ${sql.identifier(column)} = 5 WHERE id = ${a.id}`),
        ),
      );
      expect(err.code, `users.${column}`).toBe('42501');
    }
    // Deleting the row and inserting one with made-up figures is closed too.
    const deleted = await expectPgError(
      asUser(db(), a.id, (tx) => tx.execute(sql`DELETE FROM journey_progress WHERE user_id = ${a.id}`)),
    );
    expect(deleted.code).toBe('42501');
    // What a user does change on their own row still works.
    const [renamed] = await asUser(db(), a.id, (tx) =>
      tx.update(users).set({ displayName: 'A again' }).where(eq(users.id, a.id)).returning(),
    );
    expect(renamed?.displayName).toBe('A again');
    // And the catalogue agrees, column by column.
    const { rows } = await asSystem(db(), (tx) =>
      tx.execute(sql`
        SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public'
          AND (table_name = 'journey_progress'
               OR (table_name = 'users'
                   AND column_name IN ('current_streak', 'longest_streak', 'journey_level', 'total_check_ins')))
          AND has_column_privilege('nightchill_app', format('%I', table_name), column_name, 'UPDATE')`),
    );
    expect(rows).toEqual([]);
  });

  it('runs as a role that is no superuser, has no BYPASSRLS and owns no table; every table forces RLS', async () => {
    const { rows: roles } = await asUser(db(), a.id, (tx) =>
      tx.execute(
        sql`SELECT current_user AS name, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
      ),
    );
    expect(roles).toEqual([{ name: 'nightchill_app', rolsuper: false, rolbypassrls: false }]);
    const { rows } = await asSystem(db(), (tx) =>
      tx.execute(sql`
        SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, pg_get_userbyid(c.relowner) AS owner,
          c.relispartition
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`),
    );
    // The 18 tables (partner_staff since drizzle/0018, push_subscriptions since 0020), and the partitions of check_ins, chat_messages
    // and notifications: all forced.
    expect(rows.filter((r) => !r.relispartition)).toHaveLength(18);
    expect(rows.filter((r) => r.relispartition).length).toBeGreaterThanOrEqual(3 * 3);
    for (const row of rows) {
      expect(row, String(row.relname)).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
      expect(row.owner).not.toMatch(/^nightchill_/);
    }
  });

  it('leaves no user id or role on a pooled connection after the work, even when it failed', async () => {
    // One connection (PGlite's pool is one already): the next unit of work gets the same session.
    const client = await t.handle.pool.connect();
    try {
      const conn = createDrizzle(client);
      await asUser(conn, a.id, (tx) => tx.select().from(users));
      await expect(
        asUser(conn, b.id, async (tx) => {
          await tx.select().from(users);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      await expect(asUser(conn, b.id, (tx) => tx.execute(sql`SELECT 1/0`))).rejects.toThrow();
      const { rows } = await client.query(
        "SELECT current_user AS role, coalesce(current_setting('app.user_id', true), '') AS uid",
      );
      expect(rows[0].role).not.toMatch(/^nightchill_/);
      expect(rows[0].uid).toBe('');
      const visible = await asPublic(conn, (tx) => tx.select().from(users));
      expect(visible).toEqual([]);
    } finally {
      client.release();
    }
  });
});
