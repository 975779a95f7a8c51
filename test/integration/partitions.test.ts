import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noCache } from '../../src/cache/index.ts';
import { manualClock } from '../../src/clock.ts';
import { createFieldCipher } from '../../src/crypto/cipher.ts';
import { createDrizzle, type DatabaseHandle, openDatabase } from '../../src/db/client.ts';
import { migrationsFolder, runMigrations } from '../../src/db/migrate.ts';
import { asSystem, asUser } from '../../src/db/tx.ts';
import { createChatWriter } from '../../src/domain/chat/writer.ts';
import { checkIn } from '../../src/domain/checkins/check-in.ts';
import { withUser } from '../../src/domain/context.ts';
import { DomainEventBus } from '../../src/events.ts';
import { detachPartitionsBefore, ensurePartitionsNow, listPartitions } from '../../src/ops/partitions.ts';
import { ensurePartitions } from '../../src/scheduler/partitions.ts';
import { backends, createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { expectPgError, makeLocation, makeUser, scalar } from '../helpers/factories.ts';

const silent = pino({ level: 'silent' });

/** The partition a row landed in. */
async function partitionOf(db: DatabaseHandle['db'], table: string, id: string): Promise<string> {
  const { rows } = await asSystem(db, (tx) =>
    tx.execute(sql`SELECT tableoid::regclass::text AS part FROM ${sql.identifier(table)} WHERE id = ${id}`),
  );
  return String(rows[0]?.part);
}

describe.each(backends)('partitioned check_ins, chat_messages and notifications on %s', (backend) => {
  let t: TestDatabase;
  const clock = manualClock('2026-03-31T23:50:00Z');
  const source = () => ({
    database: t.handle,
    cipher: createFieldCipher([{ id: 'k', key: Buffer.alloc(32, 5) }]),
    clock,
    logger: silent,
    events: new DomainEventBus(),
    cache: noCache,
  });
  beforeAll(async () => {
    t = await createTestDatabase(backend);
  });
  afterAll(() => t?.drop());

  it('has partitions ahead of time, each forcing row-level security, and a default one per table', async () => {
    await ensurePartitions(source());
    const parts = await listPartitions(t.handle.pool);
    for (const parent of ['check_ins', 'chat_messages', 'notifications']) {
      const mine = parts.filter((p) => p.parent === parent);
      expect(mine.some((p) => p.partition === `${parent}_default` && p.from === null)).toBe(true);
    }
    // The clock's month and three ahead; its quarter and two ahead.
    const names = parts.map((p) => p.partition);
    expect(names).toEqual(
      expect.arrayContaining([
        'check_ins_2026_03',
        'check_ins_2026_04',
        'check_ins_2026_06',
        'chat_messages_2026q1',
        'chat_messages_2026q3',
        'notifications_2026q2',
      ]),
    );
    const { rows } = await asSystem(t.handle.db, (tx) =>
      tx.execute(sql`SELECT count(*)::int AS n FROM pg_class c
        WHERE c.relispartition AND c.relkind IN ('r', 'p') AND c.relnamespace = 'public'::regnamespace
          AND NOT (c.relrowsecurity AND c.relforcerowsecurity)`),
    );
    expect(rows[0]!.n).toBe(0);
  });

  it('makes each partition once when several instances ensure them at the same moment', async () => {
    const at = new Date('2033-05-05T00:00:00Z');
    const counts = await Promise.all([1, 2, 3].map(() => ensurePartitionsNow(t.handle.pool, at)));
    // 4 months and 3 quarters of two tables are new; whoever came first made them all.
    expect(counts.reduce((a, b) => a + b, 0)).toBe(4 + 3 * 2);
    const names = (await listPartitions(t.handle.pool)).map((p) => p.partition);
    expect(names.filter((n) => n === 'check_ins_2033_05')).toHaveLength(1);
    expect(names.filter((n) => n === 'chat_messages_2033q2')).toHaveLength(1);
  });

  it('writes a check-in to next month’s partition the minute it starts, and refuses a second within the hour across the boundary', async () => {
    const u = await makeUser(t.handle.db);
    const place = await makeLocation(t.handle.db);
    const first = await withUser(source(), u.id, (ctx) => checkIn(ctx, { locationId: place.id }));
    expect(await partitionOf(t.handle.db, 'check_ins', first.checkIn.id)).toBe('check_ins_2026_03');
    clock.set('2026-04-01T00:20:00Z');
    const again = await withUser(source(), u.id, (ctx) => checkIn(ctx, { locationId: place.id }));
    expect(again.duplicate).toBe(true);
    expect(again.checkIn.id).toBe(first.checkIn.id);
    clock.set('2026-04-01T01:00:00Z');
    const next = await withUser(source(), u.id, (ctx) => checkIn(ctx, { locationId: place.id }));
    expect(next.duplicate).toBe(false);
    expect(await partitionOf(t.handle.db, 'check_ins', next.checkIn.id)).toBe('check_ins_2026_04');
    expect(await scalar<number>(t.handle.db, sql`SELECT total_check_ins FROM users WHERE id = ${u.id}`)).toBe(
      2,
    );
  });

  it('keeps chat:send idempotent across a quarter boundary (a retry lands in the next partition)', async () => {
    const u = await makeUser(t.handle.db, { consentGiven: true, consentDate: new Date('2026-01-01') });
    const clientMessageId = randomUUID();
    clock.set('2026-06-30T23:59:59Z');
    const writer = createChatWriter(source());
    const sent = await writer.send(u.id, { clientMessageId, content: 'end of June' });
    clock.set('2026-07-01T00:00:05Z');
    const retried = await writer.send(u.id, { clientMessageId, content: 'end of June' });
    await writer.close();
    expect(retried).toMatchObject({ created: false, message: { id: sent.message.id } });
    expect(await partitionOf(t.handle.db, 'chat_messages', sent.message.id)).toBe('chat_messages_2026q2');
    expect(
      await scalar<number>(t.handle.db, sql`SELECT count(*)::int FROM chat_messages WHERE user_id = ${u.id}`),
    ).toBe(1);
  });

  it('keeps a write beyond every partition in the default one, then moves it when its partition is made', async () => {
    const u = await makeUser(t.handle.db);
    const far = new Date('2031-02-03T10:00:00Z');
    const [row] = await asSystem(t.handle.db, (tx) =>
      tx.execute(sql`INSERT INTO notifications (user_id, type, title, message, created_at)
        VALUES (${u.id}, 'note', 'from the future', 'x', ${far.toISOString()}::timestamptz) RETURNING id`),
    ).then((r) => r.rows);
    expect(await partitionOf(t.handle.db, 'notifications', String(row!.id))).toBe('notifications_default');
    expect(await ensurePartitionsNow(t.handle.pool, far)).toBeGreaterThan(0);
    expect(await partitionOf(t.handle.db, 'notifications', String(row!.id))).toBe('notifications_2031q1');
    // Still the user's, through the parent and its policy.
    const mine = await asUser(t.handle.db, u.id, (tx) =>
      tx.execute(sql`SELECT count(*)::int AS n FROM notifications`),
    );
    expect(mine.rows[0]!.n).toBe(1);
  });

  it('keeps one check-in per place per hour in the default partition and in one made later for that month', async () => {
    const u = await makeUser(t.handle.db);
    const place = await makeLocation(t.handle.db);
    const insertAt = (at: string) =>
      asUser(t.handle.db, u.id, (tx) =>
        tx.execute(sql`INSERT INTO check_ins (user_id, location_id, "timestamp")
          VALUES (${u.id}, ${place.id}, ${at}::timestamptz) RETURNING id`),
      ).then((r) => String(r.rows[0]!.id));
    // No partition covers May 2030 yet: the default one keeps the row, and the rule.
    const first = await insertAt('2030-05-10T10:00:00Z');
    expect(await partitionOf(t.handle.db, 'check_ins', first)).toBe('check_ins_default');
    const inDefault = await expectPgError(insertAt('2030-05-10T10:10:00Z'));
    expect(inDefault).toMatchObject({
      code: '23P01',
      constraint: 'check_ins_default_one_per_place_per_hour',
    });

    // The partition made for that month the way the scheduler makes it: the row moves in, and the
    // new partition has the constraint too.
    expect(await ensurePartitionsNow(t.handle.pool, new Date('2030-05-01T00:00:00Z'))).toBeGreaterThan(0);
    expect(await partitionOf(t.handle.db, 'check_ins', first)).toBe('check_ins_2030_05');
    const inPartition = await expectPgError(insertAt('2030-05-10T10:10:00Z'));
    expect(inPartition).toMatchObject({
      code: '23P01',
      constraint: 'check_ins_2030_05_one_per_place_per_hour',
    });
    expect(await partitionOf(t.handle.db, 'check_ins', await insertAt('2030-05-10T11:00:00Z'))).toBe(
      'check_ins_2030_05',
    );

    // Every partition of check_ins, whoever made it, has its own.
    const { rows } = await t.handle.pool.query<{ partition: string; constraint: string | null }>(`
      SELECT c.relname AS partition, k.conname AS constraint
      FROM pg_inherits i
      JOIN pg_class c ON c.oid = i.inhrelid
      LEFT JOIN pg_constraint k ON k.conrelid = c.oid AND k.contype = 'x'
      WHERE i.inhparent = 'check_ins'::regclass`);
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows)
      expect(row.constraint, row.partition).toBe(`${row.partition}_one_per_place_per_hour`);
  });

  it('detaches partitions older than a date for archive: their rows leave the live table and stay in their own', async () => {
    const u = await makeUser(t.handle.db);
    await asSystem(t.handle.db, (tx) =>
      tx.execute(sql`INSERT INTO notifications (user_id, type, title, message, created_at)
        VALUES (${u.id}, 'note', 'old', 'x', '2026-02-10T00:00:00Z'), (${u.id}, 'note', 'new', 'x', '2026-05-10T00:00:00Z')`),
    );
    const detached = await detachPartitionsBefore(t.handle.pool, new Date('2026-04-01T00:00:00Z'));
    expect(detached.map((d) => d.partition)).toEqual(
      expect.arrayContaining(['notifications_2026q1', 'chat_messages_2026q1', 'check_ins_2026_03']),
    );
    expect(detached.map((d) => d.partition)).not.toContain('notifications_2026q2');
    const live = await asSystem(t.handle.db, (tx) =>
      tx.execute(sql`SELECT title FROM notifications WHERE user_id = ${u.id} ORDER BY created_at`),
    );
    expect(live.rows.map((r) => r.title)).toEqual(['new']);
    const archived = await t.handle.pool.query(
      `SELECT count(*)::int AS n FROM notifications_2026q1 WHERE user_id = $1`,
      [u.id],
    );
    expect(archived.rows[0].n).toBe(1);
  });
});

describe.each(backends)('migrating a database with data to partitioned tables, on %s', (backend) => {
  it('keeps every row, every counter and each user’s view', async () => {
    // A database migrated only up to 0004 (before partitioning), from a copy of the folder.
    const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8'));
    const before = journal.entries.filter((e: { tag: string }) => e.tag < '0005');
    const folder = mkdtempSync(path.join(tmpdir(), 'nc-migrations-'));
    mkdirSync(path.join(folder, 'meta'));
    writeFileSync(
      path.join(folder, 'meta', '_journal.json'),
      JSON.stringify({ ...journal, entries: before }),
    );
    for (const e of before)
      copyFileSync(path.join(migrationsFolder, `${e.tag}.sql`), path.join(folder, `${e.tag}.sql`));

    const t = await createTestDatabase(backend, { migrate: false });
    try {
      const client = await t.handle.pool.connect();
      try {
        await migrate(createDrizzle(client), { migrationsFolder: folder });
      } finally {
        client.release();
      }
      const db = t.handle.db;
      // Written with the columns 0004 has (the schema in src/ is the latest one's).
      const users = await asSystem(db, (tx) =>
        tx.execute<{ id: string }>(sql`INSERT INTO users (email, username, display_name, password_hash)
          VALUES ('old-a@example.com', 'old_a', 'Old A', 'x'), ('old-b@example.com', 'old_b', 'Old B', 'x')
          RETURNING id`),
      ).then((r) => r.rows);
      const place = await asSystem(db, (tx) =>
        tx.execute<{ id: string }>(sql`INSERT INTO locations
          (name, type, latitude, longitude, address, city, country) VALUES ('Old Place', 'coffee', 51.5074, -0.1278, '1 Test Street', 'London', 'UK') RETURNING id`),
      ).then((r) => r.rows[0]!);
      // Rows over several months and quarters, written as the old tables took them.
      await asSystem(db, async (tx) => {
        for (const [i, u] of users.entries()) {
          for (let m = 0; m < 7; m++) {
            const at = new Date(Date.UTC(2025, 5 + m, 3 + i, 9));
            await tx.execute(sql`INSERT INTO check_ins (user_id, location_id, "timestamp", created_at)
              VALUES (${u.id}, ${place.id}, ${at.toISOString()}::timestamptz, ${at.toISOString()}::timestamptz)`);
            await tx.execute(sql`INSERT INTO chat_messages (id, user_id, role, content, client_message_id, created_at)
              VALUES (${randomUUID()}, ${u.id}, 'user', 'enc', ${randomUUID()}, ${at.toISOString()}::timestamptz)`);
            await tx.execute(sql`INSERT INTO notifications (user_id, type, title, message, created_at)
              VALUES (${u.id}, 'note', ${`n${m}`}, 'x', ${at.toISOString()}::timestamptz)`);
          }
        }
      });
      const count = (table: string) =>
        scalar<number>(db, sql`SELECT count(*)::int FROM ${sql.identifier(table)}`);
      const totals = async () => ({
        checkIns: await count('check_ins'),
        chat: await count('chat_messages'),
        notifications: await count('notifications'),
        userCounters: await scalar<number>(db, sql`SELECT sum(total_check_ins)::int FROM users`),
        placeCounter: await scalar<number>(
          db,
          sql`SELECT check_in_count FROM locations WHERE id = ${place.id}`,
        ),
      });
      const was = await totals();
      expect(was).toEqual({ checkIns: 14, chat: 14, notifications: 14, userCounters: 14, placeCounter: 14 });

      await runMigrations(t.handle.pool);

      expect(await totals()).toEqual(was);
      const kinds = await asSystem(db, (tx) =>
        tx.execute(sql`SELECT relname, relkind FROM pg_class
          WHERE relname IN ('check_ins', 'chat_messages', 'notifications') ORDER BY relname`),
      );
      expect(kinds.rows.map((r) => r.relkind)).toEqual(['p', 'p', 'p']);
      // Rows sit in their months' and quarters' partitions, none in the defaults. (Read as the
      // owner: the app's roles have no grants on partitions, only on the parents.)
      const raw = async (table: string) =>
        (await t.handle.pool.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
      expect(await raw('check_ins_2025_06')).toBe(2);
      expect(await raw('chat_messages_2025q3')).toBe(6);
      expect(await raw('check_ins_default')).toBe(0);
      expect(await raw('notifications_default')).toBe(0);
      await expect(count('check_ins_2025_06')).rejects.toThrow();
      // Each user still sees exactly their own rows.
      for (const u of users) {
        const mine = await asUser(db, u.id, (tx) =>
          tx.execute(sql`SELECT (SELECT count(*) FROM check_ins)::int AS c, (SELECT count(*) FROM chat_messages)::int AS m,
            (SELECT count(*) FROM notifications)::int AS n`),
        );
        expect(mine.rows[0]).toEqual({ c: 7, m: 7, n: 7 });
      }
    } finally {
      await t.drop();
    }
  });
});

describe('db:partitions on a fresh embedded database', () => {
  it('lists, ensures and detaches through the same functions', async () => {
    const handle = await openDatabase({ url: undefined, poolMax: 1, dataDir: 'memory://', logger: silent });
    try {
      await runMigrations(handle.pool);
      expect((await listPartitions(handle.pool)).length).toBeGreaterThanOrEqual(3 * 4);
      expect(await ensurePartitionsNow(handle.pool)).toBe(0); // the migration made them already
    } finally {
      await handle.close();
    }
  });
});
