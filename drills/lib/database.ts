import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ensureAppLogin, urlAs } from '../../src/db/app-login.ts';
import { migratedTemplate } from '../../test/helpers/pg-template.ts';
import { trackDatabase, untrackDatabase } from './cleanup.ts';

/** The PostgreSQL server drills create their databases on (a superuser URL). */
export function adminUrl(): string {
  return (
    process.env.DRILL_DATABASE_URL?.trim() ||
    process.env.TEST_DATABASE_URL?.trim() ||
    'postgresql://postgres@127.0.0.1:5432/postgres'
  );
}

export function withDatabase(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The login drill instances carry user traffic on (DATABASE_APP_URL), as production does. */
export const DRILL_APP_LOGIN = 'nightchill_drill_web';

export interface DrillDatabase {
  name: string;
  url: string;
  /** The same database as DRILL_APP_LOGIN: a member of nightchill_app only (src/db/app-login.ts). */
  appUrl: string;
  /** A superuser pool on the drill's database, for checking what was stored (bypasses RLS). */
  admin: pg.Pool;
  drop(): Promise<void>;
}

/**
 * A fresh database, a copy of the migrated template (test/helpers/pg-template.ts); the app
 * instances still run their migrations when they start, and find nothing to do.
 */
export async function createDrillDatabase(): Promise<DrillDatabase> {
  const base = adminUrl();
  const name = `nc_drill_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const template = await migratedTemplate(base);
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    await ensureAppLogin(client, DRILL_APP_LOGIN);
  } finally {
    await client.end();
  }
  trackDatabase(name, base);
  const url = withDatabase(base, name);
  const admin = new pg.Pool({ connectionString: url, max: 3 });
  admin.on('error', () => {});
  return {
    name,
    url,
    appUrl: urlAs(url, DRILL_APP_LOGIN),
    admin,
    drop: async () => {
      await admin.end().catch(() => {});
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
      untrackDatabase(name);
    },
  };
}
