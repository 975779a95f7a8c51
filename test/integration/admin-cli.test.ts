import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { runMigrations } from '../../src/db/migrate.ts';
import { asSystem } from '../../src/db/tx.ts';
import { parseCommand, UsageError } from '../../src/scripts/admin.ts';
import { testSecrets } from '../helpers/config.ts';
import { backends, createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { makeLocation, makeUser, scalar } from '../helpers/factories.ts';
import { runScript } from '../helpers/process.ts';

/** Runs `npm run admin -- …` as its own process with exactly this environment (plus PATH). */
function admin(args: string[], env: Record<string, string> = {}) {
  return runScript('admin', args, { SEED_ON_START: 'false', ...env });
}

// Each command is a process of its own that spends most of its time loading code, on one core: the
// tests run at once (and assert with their own expect, as concurrent tests must), none of them
// touching another's rows.
describe('npm run admin: arguments', () => {
  it('refuses bad arguments with a sentence naming what is wrong, before loading a verb', async () => {
    const cases: [string[], RegExp][] = [
      [[], /no command given/],
      [['frobnicate'], /unknown command "frobnicate"/],
      [['make-operator'], /exactly one argument: <email>/],
      [['make-operator', 'not-an-email'], /"not-an-email" is not an e-mail address/],
      [['verify-place', '42'], /the place id must be a UUID, not "42"/],
      [['review-clear'], /exactly one argument/],
      [['partner-add', 'Name', '--level', 'diamond'], /bad partner: partnershipLevel/],
      [['partner-add', 'Name', '--unknown', 'x'], /unknown/i],
      [['staff-add', '00000000-0000-4000-8000-000000000000'], /two arguments: <partner id> <email>/],
      [['staff-add', 'not-a-uuid', 'a@example.com'], /the partner id must be a UUID/],
      [['staff-add', '00000000-0000-4000-8000-000000000000', 'not-an-email'], /not an e-mail address/],
      [['staff-remove', '00000000-0000-4000-8000-000000000000', '42'], /must be a UUID, not "42"/],
    ];
    for (const [args, message] of cases) {
      const refused = await parseCommand(args).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(refused, args.join(' ')).toBeInstanceOf(UsageError);
      expect((refused as Error).message, args.join(' ')).toMatch(message);
    }
    expect(await parseCommand(['help'])).toBe('help');
    expect(typeof (await parseCommand(['make-operator', 'OPS@example.com']))).toBe('function');
  });

  // As a process: what a refusal looks like from the shell. Each command is a process of its own
  // that spends seconds loading code; the cases above are the same parser without that.
  it('answers help with exit code 0, and bad arguments with the usage and exit code 2, before touching any database', async () => {
    // An unreachable database: reaching it would fail differently (exit 1).
    const env = { DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none' };
    const [help, bad, none] = await Promise.all([
      admin(['help'], env),
      admin(['verify-place', '42'], env),
      admin([], env),
    ]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('make-operator <email>');
    for (const res of [bad, none]) {
      expect(res.code, res.stderr).toBe(2);
      expect(res.stderr).toContain('Usage: npm run admin -- <command>');
    }
    expect(bad.stderr).toContain('the place id must be a UUID, not "42"');
  }, 180_000);
});

describe.concurrent.each(backends)('npm run admin on %s', (backend) => {
  // PGlite's files belong to one process at a time: the test opens them only between commands, and
  // each test has a data directory of its own (one migrated directory and a copy of it) so that the
  // two need not wait for each other. On PostgreSQL they share one database.
  let env: Record<string, string>;
  /** The database the exit-3 test runs on. */
  let missingEnv: Record<string, string>;
  let t: TestDatabase | undefined;
  let dataDir: string;
  let copyDir: string | undefined;
  const withDb = async <T>(fn: (db: TestDatabase['handle']['db']) => Promise<T>): Promise<T> => {
    if (t) return fn(t.handle.db);
    const handle = await openDatabase({
      url: undefined,
      poolMax: 1,
      dataDir,
      logger: pino({ level: 'silent' }),
    });
    try {
      await runMigrations(handle.pool);
      return await fn(handle.db);
    } finally {
      await handle.close();
    }
  };

  beforeAll(async () => {
    if (backend === 'postgres') {
      t = await createTestDatabase('postgres');
      env = { DATABASE_URL: t.url!, ...testSecrets };
      missingEnv = env;
    } else {
      dataDir = mkdtempSync(path.join(tmpdir(), 'nightchill-admin-'));
      await withDb(async () => {}); // creates and migrates it
      copyDir = mkdtempSync(path.join(tmpdir(), 'nightchill-admin-'));
      cpSync(path.join(dataDir, 'pgdata'), path.join(copyDir, 'pgdata'), { recursive: true });
      env = { DATA_DIR: dataDir };
      missingEnv = { DATA_DIR: copyDir };
    }
  });
  afterAll(async () => {
    await t?.drop();
    for (const dir of [dataDir, copyDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('makes an operator, verifies a place, adds a partner and clears a review', async ({ expect }) => {
    const { user, place, reviewId } = await withDb(async (db) => {
      const user = await makeUser(db, { email: 'ops@example.com' });
      const place = await makeLocation(db);
      const review = await asSystem(db, (tx) =>
        tx.execute(sql`INSERT INTO reviews (user_id, reviewable_type, reviewable_id, rating, is_flagged)
                       VALUES (${user.id}, 'location', ${place.id}, 4, true) RETURNING id`),
      );
      return { user, place, reviewId: String(review.rows[0]!.id) };
    });

    const made = await admin(['make-operator', 'OPS@example.com'], env);
    expect(made.code, made.stderr).toBe(0);
    expect(JSON.parse(made.stdout)).toEqual({ id: user.id, email: 'ops@example.com' });
    const verified = await admin(['verify-place', place.id], env);
    expect(verified.code, verified.stderr).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ id: place.id, isVerified: true });
    const partner = await admin(['partner-add', 'Quiet Beans', '--level', 'gold'], env);
    expect(partner.code, partner.stderr).toBe(0);
    expect(JSON.parse(partner.stdout)).toMatchObject({
      name: 'Quiet Beans',
      partnershipLevel: 'gold',
      active: true,
    });
    const cleared = await admin(['review-clear', reviewId], env);
    expect(cleared.code, cleared.stderr).toBe(0);
    const partnerId = JSON.parse(partner.stdout).id as string;
    const staff = await admin(['staff-add', partnerId, 'ops@example.com'], env);
    expect(staff.code, staff.stderr).toBe(0);
    expect(JSON.parse(staff.stdout)).toMatchObject({ userId: user.id, partnerId });

    const state = await withDb(async (db) => ({
      role: await scalar<string>(db, sql`SELECT role FROM users WHERE id = ${user.id}`),
      verified: await scalar<boolean>(db, sql`SELECT is_verified FROM locations WHERE id = ${place.id}`),
      flagged: await scalar<boolean>(db, sql`SELECT is_flagged FROM reviews WHERE id = ${reviewId}`),
      partners: await scalar<number>(db, sql`SELECT count(*)::int FROM partners WHERE name = 'Quiet Beans'`),
      staff: await scalar<number>(
        db,
        sql`SELECT count(*)::int FROM partner_staff WHERE user_id = ${user.id}`,
      ),
    }));
    expect(state).toEqual({ role: 'operator', verified: true, flagged: false, partners: 1, staff: 1 });
  }, 180_000);

  it('exits 3 naming what does not exist', async ({ expect }) => {
    const res = await admin(['make-operator', 'nobody@example.com'], missingEnv);
    expect(res.code).toBe(3);
    expect(res.stderr).toContain('nobody@example.com');
    const place = await admin(['verify-place', '00000000-0000-4000-8000-000000000000'], missingEnv);
    expect(place.code).toBe(3);
  });
});
