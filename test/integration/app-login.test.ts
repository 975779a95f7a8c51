import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { urlAs } from '../../src/db/app-login.ts';
import { createDeps } from '../../src/deps.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { testConfig } from '../helpers/config.ts';
import { backends, TEST_APP_LOGIN } from '../helpers/db.ts';
import { testEnv } from '../helpers/env.ts';
import { makeUser, pgError } from '../helpers/factories.ts';

/**
 * Issue 15, point 8: user traffic connects as a login holding only nightchill_app
 * (DATABASE_APP_URL), so a statement injected into a user's transaction cannot leave row-level
 * security by RESET ROLE or SET ROLE nightchill_system. Every PostgreSQL suite runs user traffic
 * on such a login (test/helpers/db.ts); this file attacks it directly.
 */
describe.runIf(backends.includes('postgres'))('the app login (DATABASE_APP_URL) on PostgreSQL', () => {
  let app: TestApp;
  let admin: pg.Client;
  let alice: { id: string };
  let bob: { id: string };
  const extraLogins: string[] = [];

  /** A client as `login`, inside a transaction set up the way asUser sets one up for userId. */
  async function asInjected(login: string, userId: string, fn: (c: pg.Client) => Promise<void>) {
    const client = new pg.Client({ connectionString: urlAs(app.database.url!, login) });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        `SELECT set_config('role', 'nightchill_app', true), set_config('app.user_id', $1, true)`,
        [userId],
      );
      await fn(client);
    } finally {
      await client.query('ROLLBACK').catch(() => {});
      await client.end();
    }
  }

  const failure = async (client: pg.Client, text: string) => {
    await client.query('SAVEPOINT attempt');
    try {
      await client.query(text);
      return 'succeeded';
    } catch (err) {
      return pgError(err).code;
    } finally {
      await client.query('ROLLBACK TO SAVEPOINT attempt');
    }
  };

  beforeAll(async () => {
    app = await startTestApp('postgres');
    admin = new pg.Client({ connectionString: app.database.url });
    await admin.connect();
    alice = await makeUser(app.deps.database.db);
    bob = await makeUser(app.deps.database.db);
  });

  afterAll(async () => {
    await admin?.end();
    await app?.close();
    for (const login of extraLogins) {
      const client = new pg.Client({ connectionString: testEnv.TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP ROLE IF EXISTS ${login}`).finally(() => client.end());
    }
  });

  it('serves user traffic on the app login, and system work on DATABASE_URL', async () => {
    const signedUp = await app.signUp();
    const me = await app.api('GET', '/api/me', { token: signedUp.token });
    expect(me.status).toBe(200);
    const { rows } = await admin.query<{ usename: string }>(
      `SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'nightchill'`,
    );
    expect(rows.map((r) => r.usename)).toContain(TEST_APP_LOGIN);
    const [who] = (await app.deps.database.app.execute<{ login: string }>(sql`SELECT session_user AS login`))
      .rows;
    expect(who!.login).toBe(TEST_APP_LOGIN);
  });

  it('an injected RESET ROLE or SET ROLE nightchill_system gains nothing', async () => {
    await asInjected(TEST_APP_LOGIN, alice.id, async (c) => {
      // Under the app role: the user's own row only.
      const own = await c.query('SELECT id FROM users');
      expect(own.rows.map((r) => r.id)).toEqual([alice.id]);
      expect(await failure(c, 'SET ROLE nightchill_system')).toBe('42501');
      expect(await failure(c, 'SET LOCAL ROLE nightchill_system')).toBe('42501');
      await c.query('RESET ROLE');
      // Back on the login itself: it holds no privilege of its own (NOINHERIT), so no table at all.
      expect(await failure(c, 'SELECT password_hash FROM users')).toBe('42501');
      expect(await failure(c, 'SELECT count(*) FROM key_checks')).toBe('42501');
      expect(await failure(c, 'SET ROLE nightchill_system')).toBe('42501');
    });
  });

  it('the same injection on the old single login reaches every row (what the split prevents)', async () => {
    const login = `nc_test_both_${process.pid}`;
    extraLogins.push(login);
    await admin.query(`CREATE ROLE ${login} LOGIN`);
    await admin.query(`GRANT nightchill_app, nightchill_system TO ${login}`);
    await asInjected(login, alice.id, async (c) => {
      await c.query('SET ROLE nightchill_system');
      const all = await c.query('SELECT id FROM users');
      expect(all.rows.map((r) => r.id)).toEqual(expect.arrayContaining([alice.id, bob.id]));
    });
    // And such a login is refused as DATABASE_APP_URL at start.
    await expect(
      createDeps(
        testConfig({ DATABASE_URL: app.database.url, DATABASE_APP_URL: urlAs(app.database.url!, login) }),
      ),
    ).rejects.toThrow(/DATABASE_APP_URL: the login nc_test_both_\d+ is a member of nightchill_system/);
  });

  it('refuses a superuser as DATABASE_APP_URL at start', async () => {
    await expect(
      createDeps(testConfig({ DATABASE_URL: app.database.url, DATABASE_APP_URL: app.database.url })),
    ).rejects.toThrow(/DATABASE_APP_URL: the login \w+ is a superuser/);
  });

  it('the narrow functions reach only the caller and the other party of their sessions', async () => {
    await asInjected(TEST_APP_LOGIN, alice.id, async (c) => {
      // A stranger's time zone, inbox and journey are out of reach.
      expect(await failure(c, `SELECT nc_time_zone('${bob.id}')`)).toBe('42501');
      expect(
        await failure(
          c,
          `SELECT * FROM nc_notify('${bob.id}', 'x', 'enc:v1:x', 'enc:v1:x', NULL, NULL, NULL, NULL, now())`,
        ),
      ).toBe('42501');
      expect(await failure(c, `SELECT nc_journey_write('${bob.id}', 5, 0, 0, 0, '{}', now())`)).toBe('42501');
      expect(await failure(c, `SELECT * FROM nc_journey_begin('${bob.id}', now())`)).toBe('42501');
      // Their own: allowed.
      expect(await failure(c, `SELECT nc_time_zone('${alice.id}')`)).toBe('succeeded');
      // Erasure's finders see nothing of anyone else's when nothing names the caller.
      const notices = await c.query('SELECT * FROM nc_notices_naming_caller()');
      expect(notices.rows).toEqual([]);
    });
  });
});
