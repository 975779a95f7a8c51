import { existsSync, openAsBlob } from 'node:fs';
import { mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createPGlite } from '../db/pglite.ts';
import { assertEmbeddedIdle, BackupRefused, pgliteDataDir } from './backup.ts';
import { parseBackupFileName } from './backup-files.ts';
import { connectionArgs, pgTool, runTool } from './pg-tools.ts';

/** Tables, views and sequences outside the system schemas: a fresh database has none. */
async function userRelationCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
          AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'`,
    );
    return rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

export interface RestorePostgresOptions {
  /**
   * Empty the target first (every schema but the system ones is dropped, public is made again as
   * PostgreSQL 15 makes it); without it a non-empty target is refused.
   */
  clean?: boolean;
  /** Skip ALTER … OWNER (restoring as a different user on another cluster). */
  noOwner?: boolean;
  pgBin?: string;
}

/**
 * pg_restore of a pg_dump custom archive into targetUrl, in one transaction: it all arrives or
 * nothing does. The roles the policies name (nightchill_app, nightchill_system) must exist on the
 * target cluster first.
 */
export async function restorePostgres(
  file: string,
  targetUrl: string,
  opts: RestorePostgresOptions = {},
): Promise<void> {
  if (!existsSync(file)) throw new BackupRefused(`no such backup: ${file}`);
  if (parseBackupFileName(file.split('/').pop() ?? '')?.kind === 'pglite') {
    throw new BackupRefused(`${file} is an embedded (PGlite) backup: restore it without DATABASE_URL`);
  }
  if ((await userRelationCount(targetUrl)) > 0) {
    if (!opts.clean) {
      throw new BackupRefused('the target database is not empty: restore into a fresh one, or pass --clean');
    }
    await emptyDatabase(targetUrl);
  }
  const conn = connectionArgs(targetUrl);
  const bin = pgTool('pg_restore', opts.pgBin);
  const deferred = await searchPathUnsafeIndexes(bin, file);
  const workDir = await mkdtemp(path.join(tmpdir(), 'nightchill-restore-'));
  try {
    const args = ['--exit-on-error', '--single-transaction', `--dbname=${conn.url}`];
    if (opts.noOwner) args.push('--no-owner');
    if (deferred.length > 0) {
      const list = path.join(workDir, 'toc.list');
      await writeFile(
        list,
        withoutIndexes((await runTool(bin, ['--list', '--file=-', file])).stdout, deferred),
      );
      args.push(`--use-list=${list}`);
    }
    await runTool(bin, [...args, file], conn.env);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  if (deferred.length > 0) await createIndexes(targetUrl, deferred);
}

/**
 * Drops every non-system schema of the database and makes public again. Not pg_restore --clean:
 * that drops the archive's objects one by one and fails on partitioned tables ("cannot drop
 * inherited constraint" on a partition's primary key).
 */
async function emptyDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ name: string }>(
      `SELECT quote_ident(nspname) AS name FROM pg_namespace
        WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_%'`,
    );
    for (const { name } of rows) await client.query(`DROP SCHEMA ${name} CASCADE`);
    await client.query('CREATE SCHEMA public AUTHORIZATION pg_database_owner');
    await client.query('GRANT USAGE ON SCHEMA public TO PUBLIC');
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}

interface DeferredIndex {
  schema: string;
  name: string;
  statement: string;
}

/**
 * Indexes on expressions pg_restore cannot build. pg_restore runs with an empty search_path, and
 * earthdistance's ll_to_earth() names cube's earth() and type without a schema: building an index
 * on it there fails with `type "earth" does not exist` (the seed's idx_locations_coords, dropped
 * by drizzle/0007 but still in older dumps). These indexes are left out of pg_restore's list and
 * built afterwards with the extensions' schemas on the search_path.
 */
async function searchPathUnsafeIndexes(bin: string, file: string): Promise<DeferredIndex[]> {
  const { stdout } = await runTool(bin, ['--section=post-data', '--file=-', file]);
  const found: DeferredIndex[] = [];
  const block =
    /^-- Name: ([^;\n]+); Type: INDEX; Schema: ([^;\n]+); Owner: [^\n]*\n--\n\n(CREATE [^\n]+;)$/gm;
  for (const m of stdout.matchAll(block)) {
    const [, name, schema, statement] = m;
    if (name && schema && statement && /\bll_to_earth\(/.test(statement))
      found.push({ schema, name, statement });
  }
  return found;
}

/** pg_restore's table of contents with these indexes commented out (`;` starts a comment there). */
function withoutIndexes(toc: string, indexes: readonly DeferredIndex[]): string {
  const skip = new Set(indexes.map((i) => `${i.schema} ${i.name}`));
  return toc
    .split('\n')
    .map((line) => {
      const m = /^\d+; \d+ \d+ INDEX (\S+) (\S+) /.exec(line);
      return m && skip.has(`${m[1]} ${m[2]}`) ? `;${line}` : line;
    })
    .join('\n');
}

async function createIndexes(url: string, indexes: readonly DeferredIndex[]): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ schemas: string }>(
      `SELECT string_agg(DISTINCT quote_ident(n.nspname), ', ') AS schemas
         FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace`,
    );
    await client.query(`SELECT set_config('search_path', $1, true)`, [rows[0]?.schemas ?? 'public']);
    for (const index of indexes) await client.query(index.statement);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}

export interface RestoreEmbeddedResult {
  /** Where the data directory that was replaced now lives (undefined when there was none). */
  previous: string | undefined;
}

/**
 * Replaces the embedded database under dataDir with a backup tarball. The tarball is unpacked and
 * opened beside the live folder first, then swapped in; the old folder is kept (renamed) for the
 * operator to delete. Refused while a server runs on it, and over an existing database without clean.
 */
export async function restoreEmbedded(
  file: string,
  dataDir: string,
  opts: { clean?: boolean; force?: boolean; now?: Date } = {},
): Promise<RestoreEmbeddedResult> {
  if (!existsSync(file)) throw new BackupRefused(`no such backup: ${file}`);
  if (parseBackupFileName(file.split('/').pop() ?? '')?.kind === 'postgres') {
    throw new BackupRefused(`${file} is a PostgreSQL (pg_dump) backup: restore it with --target-url`);
  }
  const pgdata = pgliteDataDir(dataDir);
  const occupied = existsSync(pgdata) && (await readdir(pgdata)).length > 0;
  if (occupied) {
    assertEmbeddedIdle(pgdata, opts.force ?? false);
    if (!opts.clean) {
      throw new BackupRefused(`${pgdata} already holds a database: pass --clean to replace it`);
    }
  }
  const staging = `${pgdata}.restoring`;
  await rm(staging, { recursive: true, force: true });
  try {
    const lite = await createPGlite(staging, { loadDataDir: await openAsBlob(file) });
    try {
      await lite.query('SELECT 1');
    } finally {
      await lite.close();
    }
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  }
  let previous: string | undefined;
  if (!occupied) await rm(pgdata, { recursive: true, force: true });
  else {
    const stamp = (opts.now ?? new Date()).toISOString().replace(/[-:.]/g, '');
    previous = `${pgdata}.replaced-${stamp}`;
    await rename(pgdata, previous);
  }
  await rename(staging, pgdata);
  return { previous };
}
