import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.ts';
import { runMigrations } from '../../src/db/migrate.ts';
import { chatMessages, mentorSessions, notifications } from '../../src/db/schema/index.ts';
import { asSystem } from '../../src/db/tx.ts';
import { BackupRefused, backupEmbedded } from '../../src/ops/backup.ts';
import { backupFileName } from '../../src/ops/backup-files.ts';
import { testSecrets } from '../helpers/config.ts';
import { backends, createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { testEnv } from '../helpers/env.ts';
import { makeCheckIn, makeLocation, makeMentor, makeUser } from '../helpers/factories.ts';
import { runScript } from '../helpers/process.ts';

const silent = pino({ level: 'silent' });

/** Users, places, mentors, sessions, check-ins, chat and notifications: every kind of row a user makes. */
async function seedRows(db: DatabaseHandle['db']) {
  const place = await makeLocation(db);
  for (let i = 0; i < 3; i++) {
    const user = await makeUser(db);
    const mentorUser = await makeUser(db);
    const mentor = await makeMentor(db, mentorUser.id);
    await makeCheckIn(db, user.id, place.id, new Date(Date.UTC(2025, 0, 1 + i)));
    await asSystem(db, async (tx) => {
      await tx.insert(chatMessages).values([
        { userId: user.id, role: 'user', content: `hello ${i}`, clientMessageId: randomUUID() },
        { userId: user.id, role: 'assistant', content: `hi ${i}` },
      ]);
      await tx.insert(mentorSessions).values({
        mentorId: mentor.id,
        userId: user.id,
        scheduledAt: new Date(Date.UTC(2030, 0, 1 + i, 10)),
        durationMinutes: 60,
        sessionType: 'virtual',
      });
      await tx
        .insert(notifications)
        .values({ userId: user.id, type: 'test', title: 'Hello', message: `message ${i}` });
    });
  }
}

interface Snapshot {
  rows: Record<string, number>;
  policies: unknown[];
  rls: { table: string; enabled: boolean; forced: boolean }[];
  indexes: unknown[];
  triggers: unknown[];
}

/** Every table's row count, every policy and every table's RLS flags (read as a superuser). */
async function snapshot(pool: pg.Pool): Promise<Snapshot> {
  const tables = await pool.query<{ schemaname: string; tablename: string }>(
    `SELECT schemaname, tablename FROM pg_tables
      WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
  );
  const rows: Record<string, number> = {};
  for (const t of tables.rows) {
    const name = `"${t.schemaname}"."${t.tablename}"`;
    const r = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${name}`);
    rows[`${t.schemaname}.${t.tablename}`] = r.rows[0]!.n;
  }
  const policies = await pool.query(
    `SELECT schemaname, tablename, policyname, permissive, roles::text, cmd, qual, with_check
       FROM pg_policies ORDER BY schemaname, tablename, policyname`,
  );
  const rls = await pool.query<{ table: string; enabled: boolean; forced: boolean }>(
    `SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
  );
  const indexes = await pool.query(
    `SELECT schemaname, tablename, indexname, indexdef FROM pg_indexes
      WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2, 3`,
  );
  const triggers = await pool.query(
    `SELECT c.relname AS table, t.tgname AS trigger, pg_get_triggerdef(t.oid) AS def
       FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      WHERE NOT t.tgisinternal ORDER BY 1, 2`,
  );
  return { rows, policies: policies.rows, rls: rls.rows, indexes: indexes.rows, triggers: triggers.rows };
}

function expectUsefulSnapshot(s: Snapshot) {
  expect(s.rows['public.users']).toBe(6);
  expect(s.rows['public.chat_messages']).toBe(6);
  expect(s.rows['public.mentor_sessions']).toBe(3);
  expect(s.rows['public.check_ins']).toBe(3);
  expect(s.rows['public.notifications']).toBeGreaterThanOrEqual(3);
  expect(s.policies.length).toBeGreaterThan(10);
  expect(s.rls.find((t) => t.table === 'chat_messages')).toMatchObject({ enabled: true, forced: true });
  // The nearby search's GiST index is there after a restore.
  expect(s.indexes).toContainEqual(expect.objectContaining({ indexname: 'idx_locations_point' }));
}

async function adminQuery(text: string) {
  const client = new pg.Client({ connectionString: testEnv.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

describe.each(backends)('db:backup → db:restore on %s', (backend) => {
  let source: { handle: DatabaseHandle; close(): Promise<void>; env: Record<string, string> };
  let dataDir: string;
  let backupDir: string;
  const cleanups: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'nightchill-backup-'));
    backupDir = path.join(dataDir, 'backups');
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    if (backend === 'postgres') {
      const db: TestDatabase = await createTestDatabase('postgres');
      source = { handle: db.handle, close: () => db.drop(), env: { DATABASE_URL: db.url!, ...testSecrets } };
    } else {
      // A file-backed PGlite like the embedded default (src/db/client.ts uses DATA_DIR/pgdata).
      const handle = await openDatabase({ url: undefined, poolMax: 1, dataDir, logger: silent });
      await runMigrations(handle.pool);
      source = { handle, close: () => handle.close(), env: { DATA_DIR: dataDir } };
    }
    await seedRows(source.handle.db);
    if (backend === 'postgres') {
      // A database from before drizzle/0007 may still hold an index on ll_to_earth(), which
      // pg_restore cannot build under its empty search_path: the restore builds it afterwards.
      await source.handle.pool.query(
        'CREATE INDEX idx_locations_earth_legacy ON locations USING gist (ll_to_earth(latitude, longitude))',
      );
    }
  }, 120_000);

  afterAll(async () => {
    await source?.close().catch(() => undefined);
    for (const f of cleanups.reverse()) await f().catch(() => undefined);
  });

  it('restores into a fresh database with every row, every policy and FORCE RLS', async () => {
    const before = await snapshot(source.handle.pool);
    expectUsefulSnapshot(before);
    if (backend === 'postgres') {
      expect(before.indexes).toContainEqual(
        expect.objectContaining({ indexname: 'idx_locations_earth_legacy' }),
      );
    }

    // Backups older than the retention window, and a file retention must never touch.
    const old = backupFileName(backend, new Date(Date.UTC(2020, 0, 1)));
    mkdirSync(backupDir, { recursive: true });
    writeFileSync(path.join(backupDir, old), 'stale');
    writeFileSync(path.join(backupDir, 'notes.txt'), 'operator notes');

    // The embedded backup needs the server stopped: the source closes first and opens again after.
    if (backend === 'pglite') await source.handle.close();
    const made = await runScript(
      'backup',
      ['--dir', backupDir, '--keep', '5', '--max-age-days', '30'],
      source.env,
    );
    expect(made.code, made.stderr).toBe(0);
    const report = JSON.parse(made.stdout) as { backup: string; bytes: number; removed: string[] };
    expect(report.bytes).toBeGreaterThan(1000);
    expect(report.removed).toEqual([old]);
    expect(statSync(report.backup).mode & 0o777).toBe(0o600);
    expect(readdirSync(backupDir).sort()).toEqual([path.basename(report.backup), 'notes.txt'].sort());

    let restored: DatabaseHandle;
    if (backend === 'postgres') {
      const name = `nc_restore_${randomBytes(4).toString('hex')}`;
      await adminQuery(`CREATE DATABASE ${name}`);
      cleanups.push(() => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      const url = new URL(testEnv.TEST_DATABASE_URL!);
      url.pathname = `/${name}`;
      const res = await runScript('restore', [report.backup, '--target-url', url.toString()], source.env);
      expect(res.code, res.stderr).toBe(0);
      // A second restore into the now non-empty database is refused, and changes nothing.
      const again = await runScript('restore', [report.backup, '--target-url', url.toString()], source.env);
      expect(again.code).toBe(3);
      expect(again.stderr).toContain('not empty');
      // With --clean it replaces what is there (the deferred GiST index included).
      const clean = await runScript(
        'restore',
        [report.backup, '--target-url', url.toString(), '--clean'],
        source.env,
      );
      expect(clean.code, clean.stderr).toBe(0);
      restored = await openDatabase({ url: url.toString(), poolMax: 2, dataDir: 'unused', logger: silent });
    } else {
      const target = mkdtempSync(path.join(tmpdir(), 'nightchill-restore-'));
      cleanups.push(() => rm(target, { recursive: true, force: true }));
      const res = await runScript('restore', [report.backup], { DATA_DIR: target });
      expect(res.code, res.stderr).toBe(0);
      // Over an existing database: refused without --clean; with it the old folder is kept aside.
      const again = await runScript('restore', [report.backup], { DATA_DIR: target });
      expect(again.code).toBe(3);
      const clean = await runScript('restore', [report.backup, '--clean'], { DATA_DIR: target });
      expect(clean.code, clean.stderr).toBe(0);
      const previous = (JSON.parse(clean.stdout) as { previous: string }).previous;
      expect(existsSync(path.join(previous, 'PG_VERSION'))).toBe(true);
      restored = await openDatabase({ url: undefined, poolMax: 1, dataDir: target, logger: silent });
      source.handle = await openDatabase({ url: undefined, poolMax: 1, dataDir, logger: silent });
    }
    try {
      // The restored database is current: migrating it again finds nothing to do.
      await runMigrations(restored.pool);
      expect(await snapshot(restored.pool)).toEqual(before);
    } finally {
      await restored.close();
    }
  }, 180_000);
});

// Arguments are read before any database is opened: checked once, not once per backend.
describe('db:backup and db:restore arguments', () => {
  it('answers bad arguments with exit code 2 and a missing file with 3', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'nightchill-backup-args-'));
    try {
      const noArgs = await runScript('restore', [], { DATA_DIR: dataDir });
      expect(noArgs.code).toBe(2);
      expect(noArgs.stderr).toContain('Usage: npm run db:restore');
      const badKeep = await runScript('backup', ['--keep', 'many'], { DATA_DIR: dataDir });
      expect(badKeep.code).toBe(2);
      const missing = await runScript(
        'restore',
        [path.join(dataDir, 'nope.dump'), '--target-url', 'postgresql://x@127.0.0.1:1/x'],
        {},
      );
      expect(missing.code).toBe(3);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('embedded backup', () => {
  it('refuses to copy a PGlite folder a server has open, and copies it once closed', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'nightchill-backup-open-'));
    const dir = path.join(dataDir, 'backups');
    const retention = { keep: 5, maxAgeDays: 30 };
    try {
      const handle = await openDatabase({ url: undefined, poolMax: 1, dataDir, logger: silent });
      try {
        await expect(backupEmbedded(dataDir, { dir, retention })).rejects.toBeInstanceOf(BackupRefused);
      } finally {
        await handle.close();
      }
      const made = await backupEmbedded(dataDir, { dir, retention });
      expect(made.file.kind).toBe('pglite');
      expect(readdirSync(dir)).toEqual([made.file.name]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
