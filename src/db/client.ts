import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Logger } from 'pino';
import { createPGlite } from './pglite.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/**
 * The one database type: drizzle over a node-postgres pool (or one connection of it), whichever
 * server is behind it. `$client` is that pool or connection (db/tx.ts opens transactions on it).
 */
export type Database = NodePgDatabase<Schema> & { $client: pg.Pool | pg.PoolClient };

export interface DatabaseHandle {
  kind: 'pglite' | 'postgres';
  /** The system login: migrations, system work, operators. */
  pool: pg.Pool;
  db: Database;
  /**
   * User traffic: its own login holding only nightchill_app (DATABASE_APP_URL) when configured,
   * otherwise the same as db.
   */
  app: Database;
  /** Set when user traffic has its own login (appPool behind app). */
  appPool?: pg.Pool;
  /** PGlite only: its whole data directory as a tarball (PGlite's dumpDataDir), to open a copy from. */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres:// URL; when absent an embedded PGlite keeps its files under dataDir. */
  url: string | undefined;
  /** User traffic's own login (DATABASE_APP_URL); only with url. */
  appUrl?: string | undefined;
  poolMax: number;
  /** Where PGlite keeps its data; 'memory://' for a throwaway database. */
  dataDir: string;
  /**
   * PGlite only: start from this dump of a data directory (dumpDataDir) instead of an empty one.
   * Tests open each throwaway database from one migrated dump: 0.1 s rather than 2 s of migrations.
   */
  loadDataDir?: Blob;
  /**
   * How long a new PostgreSQL connection may take before the pool gives up (default 5 s: a request
   * fails fast rather than queueing behind an overwhelmed server). Operator commands and tests,
   * which would rather wait for a busy server than fail, give more.
   */
  connectTimeoutMs?: number;
  logger: Logger;
}

export function createDrizzle(client: pg.Pool | pg.PoolClient): Database {
  return drizzle({ client, schema, casing: 'snake_case' });
}

/**
 * Opens the database. With a URL it is a node-postgres Pool (TLS as the URL's sslmode says);
 * without one, PGlite with the cube, earthdistance and btree_gist extensions, reached through
 * PGlite's node-postgres adapter, so every query above this line takes the same path.
 */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const pool = openPool(options.url, options);
    const appPool = options.appUrl ? openPool(options.appUrl, options) : undefined;
    const db = createDrizzle(pool);
    return {
      kind: 'postgres',
      pool,
      db,
      app: appPool ? createDrizzle(appPool) : db,
      appPool,
      close: async () => {
        await Promise.all([pool.end(), appPool?.end()]);
      },
    };
  }

  const dataDir = options.dataDir === 'memory://' ? 'memory://' : path.resolve(options.dataDir, 'pgdata');
  if (dataDir !== 'memory://') mkdirSync(dataDir, { recursive: true });
  // PGlite's code is loaded only here (see createPGlite): PostgreSQL never needs it.
  const [lite, { createPgConfig }] = await Promise.all([
    createPGlite(dataDir, options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    import('@electric-sql/pglite/node-postgres'),
  ]);
  // PGlite is one single-threaded backend: a pool of one queues work instead of interleaving it.
  const pgConfig = createPgConfig(lite);
  // node-postgres hands a query's `types` (drizzle passes its type parsers there) on to the
  // protocol's Parse message, where only an array of parameter type OIDs belongs. pg's own
  // serializer ignores a non-array; PGlite's adapter calls types.forEach and throws, wedging the
  // connection. Keep only a real array.
  const connection = pgConfig.connection;
  const parse = connection.parse.bind(connection);
  connection.parse = (query: { types?: unknown }) =>
    parse(Array.isArray(query.types) ? query : { ...query, types: undefined });
  const pool = new pg.Pool(pgConfig as pg.PoolConfig);
  pool.on('error', (err) => options.logger.warn({ err }, 'embedded database connection failed'));
  const db = createDrizzle(pool);
  return {
    kind: 'pglite',
    pool,
    db,
    app: db,
    dumpDataDir: async () => {
      const dump = await lite.dumpDataDir('none');
      return dump;
    },
    close: async () => {
      await pool.end();
      await lite.close();
    },
  };
}

/** A node-postgres pool for a postgres:// URL (TLS as the URL's sslmode says). */
function openPool(
  url: string,
  {
    poolMax,
    connectTimeoutMs = 5_000,
    logger,
  }: Pick<DatabaseOptions, 'poolMax' | 'connectTimeoutMs' | 'logger'>,
): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolMax,
    connectionTimeoutMillis: connectTimeoutMs,
    idleTimeoutMillis: 30_000,
    application_name: 'nightchill',
  });
  pool.on('error', (err) => logger.warn({ err }, 'idle database connection failed'));
  // The pool listens for errors only on idle clients. A connection reset while a client is checked
  // out (inside a transaction) is emitted on the client itself, and an 'error' event nobody
  // listens to ends the process: every instance went down when PostgreSQL restarted (npm run
  // drill -- database). The query in flight still fails, and the pool drops the dead client
  // when it is released.
  pool.on('connect', (client) => {
    client.on('error', (err) => logger.warn({ err: err.message }, 'database connection lost'));
  });
  return pool;
}
