import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lastRiskResponse, recentMessages } from '../../src/assistant/memory/store.ts';
import { manualClock } from '../../src/clock.ts';
import { createFieldCipher } from '../../src/crypto/cipher.ts';
import { sealLegacyRows } from '../../src/crypto/seal-legacy.ts';
import { asSystem } from '../../src/db/tx.ts';
import { appendAssistantMessage } from '../../src/domain/chat/messages.ts';
import { withUser } from '../../src/domain/context.ts';
import { connectionArgs, runTool } from '../../src/ops/pg-tools.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { type ChatUser, chatUser, repliesOf, say } from '../helpers/assistant.ts';
import { testCipher } from '../helpers/config.ts';
import { backends, contextSource, createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { makeLocation, makeUser } from '../helpers/factories.ts';
import { makeTestMentor } from '../helpers/mentors.ts';

/**
 * Issue 15, point 3: everything a user writes, and what describes their health, mood, whereabouts
 * or sessions, is sealed at rest. A realistic afternoon with a marker word in every field a user
 * can write privately, then every column of every table (partitions included) is searched for it.
 */
describe.each(backends)('health details sealed at rest, on %s', (backend) => {
  let app: TestApp;
  const users: ChatUser[] = [];
  const clock = manualClock(new Date('2030-05-06T09:00:00Z'));

  beforeAll(async () => {
    app = await startTestApp(backend, { clock });
  });
  afterEach(() => {
    for (const u of users.splice(0)) u.socket.close();
  });
  afterAll(() => app?.close());

  /** Every table.column whose text holds `needle`, read as the system role. */
  async function columnsHolding(needle: string): Promise<string[]> {
    return asSystem(app.deps.database.db, async (tx) => {
      const { rows } = await tx.execute<{ table: string; column: string }>(sql`
        SELECT c.table_name AS "table", c.column_name AS "column" FROM information_schema.columns c
        JOIN information_schema.tables t USING (table_schema, table_name)
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' ORDER BY 1, 2`);
      const found: string[] = [];
      for (const { table, column } of rows) {
        const { rows: hit } = await tx.execute<{ n: number }>(
          sql`SELECT count(*)::int AS n FROM ONLY ${sql.identifier(table)} WHERE ${sql.identifier(column)}::text ILIKE ${`%${needle}%`}`,
        );
        if (hit[0]!.n > 0) found.push(`${table}.${column}`);
      }
      return found;
    });
  }

  it('finds the marker nowhere but the display name, while each owner reads every word back', async () => {
    const marker = `Zorblax${randomUUID().slice(0, 8)}`;
    const mentor = await makeTestMentor(app);
    const me = await chatUser(app, { displayName: `Mara ${marker}`, timeZone: 'Europe/London' });
    users.push(me);
    const cafe = await makeLocation(app.deps.database.db, { name: 'The Quiet Cup', hasQrReward: true });

    // Chat: a message, a reminder the assistant sets (its title in a notification, its arguments
    // in the reply context), a place looked up by name.
    await say(app, me, `my ${marker} medication makes me dizzy in crowds`);
    const reminder = await say(app, me, `remind me to take my ${marker} pills in 20 minutes`);
    expect(reminder.tools.map((t) => `${t.name}:${t.status}`)).toContain('create_reminder:done');
    // A check-in with a mood and a private note.
    const checkIn = await app.api('POST', '/api/check-ins', {
      token: me.token,
      body: { locationId: cafe.id, mood: 'anxious', note: `${marker} helped a bit` },
    });
    expect(checkIn.status, JSON.stringify(checkIn.body)).toBe(201);
    // A booking with notes: the mentor's notification names the booker; the mentor's own notes.
    const booked = await app.api('POST', '/api/mentor-sessions', {
      token: me.token,
      body: {
        mentorId: mentor.mentor.id,
        scheduledAt: new Date(clock.now().getTime() + 26 * 3_600_000).toISOString(),
        durationMinutes: 30,
        sessionType: 'virtual',
        notes: `talk about ${marker} and sleep`,
      },
    });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    const noted = await app.api('PATCH', `/api/mentor-sessions/${booked.body.session.id}`, {
      token: mentor.token,
      body: { notes: `${marker}: start with breathing` },
    });
    expect(noted.status, JSON.stringify(noted.body)).toBe(200);

    // Stored: only the display name, which is how the person is shown to their mentor.
    expect(await columnsHolding(marker)).toEqual(['users.display_name']);
    const moods = await asSystem(app.deps.database.db, (tx) =>
      tx.execute<{ mood: string }>(sql`SELECT mood FROM check_ins WHERE user_id = ${me.userId}`),
    );
    expect(moods.rows.map((r) => r.mood)).toEqual([expect.stringMatching(/^enc:v1:/)]);
    expect(await columnsHolding('dizzy')).toEqual([]);

    // Read back by their owners through the real interfaces.
    const inbox = await app.api('GET', '/api/me/notifications', { token: mentor.token });
    expect(JSON.stringify(inbox.body)).toContain(`Mara ${marker} booked`);
    const mine = await app.api('GET', '/api/me/check-ins', { token: me.token });
    expect(mine.body.checkIns[0]).toMatchObject({ mood: 'anxious', note: `${marker} helped a bit` });
    const history = await app.api('GET', '/api/me/messages', { token: me.token });
    expect(JSON.stringify(history.body)).toContain(`my ${marker} medication`);
    const [, second] = await repliesOf(app, me.userId);
    expect(JSON.stringify(second!.context).toLowerCase()).toContain(`${marker} pills`.toLowerCase());
    const exported = await app.api('GET', '/api/me/export', { token: me.token });
    expect(exported.body.checkIns[0].mood).toBe('anxious');
    expect(JSON.stringify(exported.body.notifications).toLowerCase()).toContain(
      `${marker} pills`.toLowerCase(),
    );
    expect(exported.body.undecryptableValues).toBe(0);
  });
});

// pg_dump reads PostgreSQL only; this runs wherever TEST_DATABASE_URL is set (always in CI).
describe.each(backends.filter((b) => b === 'postgres'))('a pg_dump of the database, on %s', (backend) => {
  let app: TestApp;
  const users: ChatUser[] = [];
  beforeAll(async () => {
    app = await startTestApp(backend);
  });
  afterAll(async () => {
    for (const u of users) u.socket.close();
    await app?.close();
  });

  it('leaves the marker out of a pg_dump of the database but for the display name', async () => {
    const marker = `Quaffle${randomUUID().slice(0, 8)}`;
    const me = await chatUser(app, { displayName: `Nell ${marker}` });
    users.push(me);
    await say(app, me, `remind me to call ${marker} clinic in 20 minutes`);
    const { url, env } = connectionArgs(app.database.url!);
    const { stdout } = await runTool('pg_dump', ['--data-only', '--dbname', url], env);
    const lines = stdout.split('\n').filter((line) => line.includes(marker));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(me.userId);
    expect(lines[0]).toContain(`Nell ${marker}`);
  });
});

describe.each(backends)('rows written before the columns were sealed, on %s', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(backend);
  });
  afterAll(() => t?.drop());

  it('are sealed once at start-up, in batches, and still read as written', async () => {
    const db = t.handle.db;
    const cafe = await makeLocation(db);
    const { rows } = await asSystem(db, (tx) =>
      tx.execute<{ id: string }>(sql`INSERT INTO users (email, username, display_name, password_hash)
        VALUES ('legacy@example.com', 'legacy', 'Legacy', 'x') RETURNING id`),
    );
    const userId = rows[0]!.id;
    // As drizzle/0013 found them: plain text (the mood check is NOT VALID for exactly these rows).
    // The schema change as the migrating role; the rows as the system role.
    await t.handle.pool.query('ALTER TABLE check_ins DROP CONSTRAINT check_ins_mood_check');
    await asSystem(db, async (tx) => {
      for (let i = 0; i < 3; i++) {
        await tx.execute(sql`INSERT INTO notifications (user_id, type, title, message)
          VALUES (${userId}, 'reminder', ${`Take sertraline ${i}`}, 'at nine')`);
      }
      await tx.execute(
        sql`INSERT INTO check_ins (user_id, location_id, mood) VALUES (${userId}, ${cafe.id}, 'anxious')`,
      );
      await tx.execute(sql`INSERT INTO chat_messages (id, user_id, role, content, context)
        VALUES (${randomUUID()}, ${userId}, 'assistant', 'x', ${JSON.stringify({ turnId: 't1', result: 'crisis' })}::jsonb)`);
      await tx.execute(sql`UPDATE data_migrations SET done_at = NULL WHERE name = 'seal-health-details'`);
    });
    await t.handle.pool.query(
      "ALTER TABLE check_ins ADD CONSTRAINT check_ins_mood_check CHECK (mood LIKE 'enc:v1:%') NOT VALID",
    );

    expect(await sealLegacyRows(db, testCipher, 2)).toBe(5);
    // Done once: a second start finds nothing to do.
    expect(await sealLegacyRows(db, testCipher, 2)).toBe(0);

    const raw = await asSystem(db, (tx) =>
      tx.execute<{ v: string }>(sql`SELECT title || message AS v FROM notifications WHERE user_id = ${userId}
        UNION ALL SELECT mood FROM check_ins WHERE user_id = ${userId}
        UNION ALL SELECT context::text FROM chat_messages WHERE user_id = ${userId}`),
    );
    expect(raw.rows.map((r) => r.v).join(' ')).not.toMatch(/sertraline|anxious|crisis|nine/);
    // A key this database does not know cannot have sealed them: each opens under the test keys.
    const { rows: notes } = await asSystem(db, (tx) =>
      tx.execute<{ title: string }>(
        sql`SELECT title FROM notifications WHERE user_id = ${userId} ORDER BY title`,
      ),
    );
    const titles = notes.map((n) => testCipher.decrypt(n.title, `notifications.title:${userId}`)).sort();
    expect(titles).toEqual(['Take sertraline 0', 'Take sertraline 1', 'Take sertraline 2']);
    expect(() =>
      createFieldCipher([{ id: 'k2', key: Buffer.alloc(32, 9) }]).decrypt(
        notes[0]!.title,
        `notifications.title:${userId}`,
      ),
    ).toThrow();
  });
});

describe.each(backends)('the supportive-mode look-up over sealed replies, on %s', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(backend);
  });
  afterAll(() => t?.drop());
  const source = () => contextSource(t.handle);

  it('finds the crisis reply among the messages the turn read, and beyond them in older sealed replies', async () => {
    const u = await makeUser(t.handle.db, { consentGiven: true, consentDate: new Date() });
    const reply = (result: string) =>
      withUser(source(), u.id, (ctx) =>
        appendAssistantMessage(ctx, { content: 'a reply', context: { turnId: randomUUID(), result } }),
      );
    const crisis = await reply('crisis');
    for (let i = 0; i < 4; i++) await reply('ok');
    const lookUp = (since: Date, recentLimit: number) =>
      withUser(source(), u.id, async (ctx) =>
        lastRiskResponse(ctx, since, await recentMessages(ctx, recentLimit), recentLimit),
      );
    const hourAgo = new Date(Date.now() - 3_600_000);
    // Among the ten newest (the whole conversation here), then past the two newest.
    expect(await lookUp(hourAgo, 10)).toEqual(crisis.createdAt);
    expect(await lookUp(hourAgo, 2)).toEqual(crisis.createdAt);
    // Outside the window: not supportive any more.
    expect(await lookUp(new Date(Date.now() + 60_000), 2)).toBeUndefined();
  });
});
