import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journeyProgress, locations, mentorSessions, reviews, users } from '../../src/db/schema/index.ts';
import { asSystem } from '../../src/db/tx.ts';
import { backends, createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { expectPgError, makeLocation, makeMentor, makeUser } from '../helpers/factories.ts';

describe.each(backends)('schema constraints on %s', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(backend);
  });
  afterAll(() => t?.drop());
  const db = () => t.handle.db;
  const run = (query: ReturnType<typeof sql>) => asSystem(db(), (tx) => tx.execute(query));

  it('refuses a malformed e-mail with the email_format constraint', async () => {
    const err = await expectPgError(makeUser(db(), { email: 'not-an-email' }));
    expect(err.code).toBe('23514');
    expect(err.constraint).toBe('email_format');
  });

  it('refuses journey level 6 on users and on journey_progress', async () => {
    const err = await expectPgError(makeUser(db(), { journeyLevel: 6 }));
    expect(err.constraint).toBe('users_journey_level_check');
    const u = await makeUser(db());
    const err2 = await expectPgError(
      asSystem(db(), (tx) => tx.insert(journeyProgress).values({ userId: u.id, level: 6 })),
    );
    expect(err2.constraint).toBe('journey_progress_level_check');
  });

  it('refuses a review rating of 5.5 and of 0', async () => {
    const u = await makeUser(db());
    const place = await makeLocation(db());
    const err = await expectPgError(
      run(sql`INSERT INTO reviews (user_id, reviewable_type, reviewable_id, rating)
              VALUES (${u.id}, 'location', ${place.id}, 5.5)`),
    );
    expect(err.constraint).toBe('reviews_rating_check');
    const err0 = await expectPgError(
      asSystem(db(), (tx) =>
        tx
          .insert(reviews)
          .values({ userId: u.id, reviewableType: 'location', reviewableId: place.id, rating: 0 }),
      ),
    );
    expect(err0.constraint).toBe('reviews_rating_check');
  });

  it('refuses unknown enum values, each with its own constraint name', async () => {
    const u = await makeUser(db());
    const place = await makeLocation(db());
    const cases: [ReturnType<typeof sql>, string][] = [
      [sql`UPDATE users SET theme_mode = 'sepia' WHERE id = ${u.id}`, 'users_theme_mode_check'],
      [sql`UPDATE locations SET type = 'bar' WHERE id = ${place.id}`, 'locations_type_check'],
      [
        sql`UPDATE locations SET anxiety_level = 'extreme' WHERE id = ${place.id}`,
        'locations_anxiety_level_check',
      ],
      [
        sql`INSERT INTO check_ins (user_id, location_id, mood) VALUES (${u.id}, ${place.id}, 'furious')`,
        'check_ins_mood_check',
      ],
      [sql`UPDATE users SET time_zone = 'Mars/Olympus_Mons' WHERE id = ${u.id}`, 'users_time_zone_check'],
      [sql`UPDATE locations SET rating = 5.01 WHERE id = ${place.id}`, 'locations_rating_check'],
      [sql`UPDATE locations SET latitude = 91 WHERE id = ${place.id}`, 'locations_latitude_check'],
      [
        sql`INSERT INTO rewards (user_id, type, title) VALUES (${u.id}, 'voucher', 'x')`,
        'rewards_type_check',
      ],
      [
        sql`INSERT INTO partners (name, partnership_level) VALUES ('P', 'diamond')`,
        'partners_partnership_level_check',
      ],
      [
        sql`INSERT INTO chat_messages (user_id, role, content) VALUES (${u.id}, 'robot', 'x')`,
        'chat_messages_role_check',
      ],
    ];
    for (const [query, constraint] of cases) {
      const err = await expectPgError(run(query));
      expect(err.constraint, String(query.queryChunks[0])).toBe(constraint);
    }
  });

  it('refuses an unknown session status and a duration outside 15..180 minutes', async () => {
    const u = await makeUser(db());
    const m = await makeMentor(db(), (await makeUser(db())).id);
    const base = { mentorId: m.id, userId: u.id, scheduledAt: new Date(Date.now() + 86_400_000) };
    const err = await expectPgError(
      run(sql`INSERT INTO mentor_sessions (mentor_id, user_id, scheduled_at, duration_minutes, status)
              VALUES (${m.id}, ${u.id}, now() + interval '1 day', 30, 'maybe')`),
    );
    expect(err.constraint).toBe('mentor_sessions_status_check');
    const err2 = await expectPgError(
      asSystem(db(), (tx) => tx.insert(mentorSessions).values({ ...base, durationMinutes: 5 })),
    );
    expect(err2.constraint).toBe('mentor_sessions_duration_check');
  });

  it('keeps e-mails and usernames unique (usernames case-insensitively)', async () => {
    const u = await makeUser(db());
    const dupEmail = await expectPgError(makeUser(db(), { email: u.email }));
    expect(dupEmail.constraint).toBe('idx_users_email');
    const dupName = await expectPgError(makeUser(db(), { username: u.username.toUpperCase() }));
    expect(dupName.constraint).toBe('idx_users_username');
  });

  it('rejects a review of a place that does not exist, and one review per user per place', async () => {
    const u = await makeUser(db());
    const ghost = await expectPgError(
      asSystem(db(), (tx) =>
        tx.insert(reviews).values({
          userId: u.id,
          reviewableType: 'location',
          reviewableId: '00000000-0000-4000-8000-000000000000',
          rating: 4,
        }),
      ),
    );
    expect(ghost.constraint).toBe('reviews_reviewable_fk');
    const place = await makeLocation(db());
    const review = { userId: u.id, reviewableType: 'location' as const, reviewableId: place.id, rating: 4 };
    await asSystem(db(), (tx) => tx.insert(reviews).values(review));
    const dup = await expectPgError(asSystem(db(), (tx) => tx.insert(reviews).values(review)));
    expect(dup.constraint).toBe('idx_reviews_one_per_user');
  });

  it('keeps a place rating and review count exact as reviews come, change, are flagged and go', async () => {
    const place = await makeLocation(db());
    const [a, b, c] = [await makeUser(db()), await makeUser(db()), await makeUser(db())];
    const add = (userId: string, rating: number) =>
      asSystem(db(), (tx) =>
        tx
          .insert(reviews)
          .values({ userId, reviewableType: 'location', reviewableId: place.id, rating })
          .returning(),
      );
    await add(a.id, 5);
    await add(b.id, 4);
    const [rc] = await add(c.id, 2);
    const stats = async () =>
      (await asSystem(db(), (tx) => tx.select().from(locations).where(eq(locations.id, place.id))))[0]!;
    expect(await stats()).toMatchObject({ rating: 3.67, reviewCount: 3 });
    await asSystem(db(), (tx) => tx.update(reviews).set({ isFlagged: true }).where(eq(reviews.id, rc!.id)));
    expect(await stats()).toMatchObject({ rating: 4.5, reviewCount: 2 });
    await asSystem(db(), (tx) => tx.delete(reviews).where(eq(reviews.userId, a.id)));
    expect(await stats()).toMatchObject({ rating: 4, reviewCount: 1 });
  });

  it('sets updated_at on update', async () => {
    const u = await makeUser(db());
    await new Promise((r) => setTimeout(r, 20));
    const [after] = await asSystem(db(), (tx) =>
      tx.update(users).set({ bio: 'hello' }).where(eq(users.id, u.id)).returning(),
    );
    expect(after!.updatedAt.getTime()).toBeGreaterThan(u.updatedAt.getTime());
    expect(after!.createdAt.getTime()).toBe(u.createdAt.getTime());
  });

  it('has an updated_at trigger on every table with an updated_at column', async () => {
    const { rows } = await run(sql`
      SELECT c.table_name FROM information_schema.columns c
      WHERE c.table_schema = 'public' AND c.column_name = 'updated_at'
        AND NOT EXISTS (SELECT 1 FROM information_schema.triggers t
                        WHERE t.event_object_table = c.table_name AND t.action_statement LIKE '%update_updated_at_column%')`);
    expect(rows).toEqual([]);
  });
});
