import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { migrationsFolder, runMigrations } from '../../src/db/migrate.ts';

/**
 * A database on a PostgreSQL server with every migration in drizzle/ run, made once per set of
 * migrations and kept on the server: test and drill databases are copies of it (`CREATE DATABASE …
 * TEMPLATE`, about 0.1 s) rather than migrated again (0.5 s on an idle machine, 2 to 3 s under a
 * test run's load, for a hundred databases a run). A copy holds everything a migration makes in a
 * database (tables, partitions, functions, policies, grants, FORCE RLS, the migrations journal);
 * roles are the server's, made by the first migration and by ensureAppLogin. Migrating from empty
 * is tested on its own (migrations.test.ts, partitions.test.ts), and every app instance still runs
 * its migrations at start (on a copy it finds nothing to do).
 */

/**
 * The name: a digest of the migration files, so a changed or added migration makes a new template,
 * and the month, since the partitioning migration makes partitions from the month it runs in on.
 */
function templateName(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else
        hash
          .update(`${path.relative(migrationsFolder, file)}\0`)
          .update(readFileSync(file))
          .update('\0');
    }
  };
  walk(migrationsFolder);
  const month = new Date().toISOString().slice(0, 7).replace('-', '');
  return `nc_template_${hash.digest('hex').slice(0, 16)}_${month}`;
}

function onDatabase(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Any fixed number: one process at a time builds a template on a server. */
const TEMPLATE_LOCK = 7_314_159_266;

const made = new Map<string, Promise<string>>();

/**
 * The template's name on the server at `adminUrl` (a superuser URL), built the first time it is
 * asked for on that server. Processes building at once queue on an advisory lock; a template is
 * built under another name and renamed when complete, so a half-built one is never copied.
 */
export function migratedTemplate(adminUrl: string): Promise<string> {
  let name = made.get(adminUrl);
  if (!name) {
    name = build(adminUrl);
    made.set(adminUrl, name);
    // A failed build (the server away) is tried again by the next caller, not remembered.
    name.catch(() => made.delete(adminUrl));
  }
  return name;
}

async function build(adminUrl: string): Promise<string> {
  const name = templateName();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return name;
    const building = `${name}_building`;
    await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${building}`);
    const pool = new pg.Pool({ connectionString: onDatabase(adminUrl, building), max: 1 });
    try {
      await runMigrations(pool);
    } finally {
      await pool.end();
    }
    await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    // Templates of older migration sets: dropped when nobody is copying them (else left for later).
    const old = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'nc\\_template\\_%' AND datname <> $1`,
      [name],
    );
    for (const { datname } of old.rows)
      await admin.query(`DROP DATABASE IF EXISTS ${datname}`).catch(() => {});
    return name;
  } finally {
    await admin.end();
  }
}
