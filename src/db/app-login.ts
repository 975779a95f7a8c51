import type pg from 'pg';

/**
 * The login user traffic connects as (DATABASE_APP_URL, docs/security.md): a member of
 * nightchill_app only, NOINHERIT, so it holds nothing until a unit of work sets the app role, and
 * an injected RESET ROLE or SET ROLE nightchill_system gains nothing.
 */

/**
 * Refuses a user-traffic login that could leave row-level security: one that is a superuser, may
 * bypass RLS, or can become nightchill_system (SET ROLE, or RESET ROLE to privileges it inherits).
 * It must be able to become nightchill_app. Run after migrations (they create the roles).
 */
export async function checkAppLogin(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query<{
    login: string;
    superuser: boolean;
    bypass: boolean;
    system: boolean;
    app: boolean;
  }>(
    `SELECT r.rolname AS login, r.rolsuper AS superuser, r.rolbypassrls AS bypass,
            pg_has_role(current_user, 'nightchill_system', 'MEMBER') AS system,
            pg_has_role(current_user, 'nightchill_app', 'MEMBER') AS app
     FROM pg_roles r WHERE r.rolname = current_user`,
  );
  const role = rows[0]!;
  const problems = [
    role.superuser && 'is a superuser',
    role.bypass && 'may bypass row-level security',
    role.system && 'is a member of nightchill_system',
    !role.app && 'is not a member of nightchill_app',
  ].filter(Boolean);
  if (problems.length > 0) {
    throw new Error(
      `DATABASE_APP_URL: the login ${role.login} ${problems.join(', ')}; user traffic needs a login holding only nightchill_app (docs/security.md)`,
    );
  }
}

/** url with another login (and no password). */
export function urlAs(url: string, login: string): string {
  const u = new URL(url);
  u.username = login;
  u.password = '';
  return u.toString();
}

/**
 * Creates such a login (without a password: for servers that authenticate otherwise, as the test
 * and drill servers do) and the app role it joins, if missing. Roles are cluster-wide and many
 * databases may ask at once: an advisory lock lets one do it. deploy/postgres-app-login.sh does
 * the same for the compose set-up, with a password.
 */
export async function ensureAppLogin(admin: pg.Client | pg.Pool, login: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(login)) throw new Error(`not a plain role name: ${login}`);
  await admin.query('SELECT pg_advisory_lock(hashtext($1))', [login]);
  try {
    await admin.query(`DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'nightchill_app') THEN
          BEGIN -- a migration elsewhere may be creating it right now (drizzle/0000 tolerates it too)
            CREATE ROLE nightchill_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
          EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
          END;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${login}') THEN
          CREATE ROLE ${login} LOGIN NOINHERIT NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF;
      END
      $$`);
    await admin.query(`GRANT nightchill_app TO ${login}`);
  } finally {
    await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [login]);
  }
}
