import { randomBytes } from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import { noCache } from '../../src/cache/index.ts';
import { type Clock, systemClock } from '../../src/clock.ts';
import type { FieldCipher } from '../../src/crypto/cipher.ts';
import { ensureAppLogin, urlAs } from '../../src/db/app-login.ts';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.ts';
import { runMigrations } from '../../src/db/migrate.ts';
import { DomainEventBus } from '../../src/events.ts';
import { testCipher } from './config.ts';
import { testEnv } from './env.ts';
import { migratedTemplate } from './pg-template.ts';

export type Backend = 'pglite' | 'postgres';

/** Database suites run on PGlite always, and on PostgreSQL too when TEST_DATABASE_URL is set. */
export const backends: Backend[] = testEnv.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/**
 * Suites of the assistant's behaviour above the database (its tools, dialogue, safety, prompts and
 * failures) run on one database: PostgreSQL where the run has one, else PGlite. Their SQL is the
 * domain's, which the domain suites run on both; the assistant's own reads and writes on PGlite
 * keep both passes in `assistant-offline.test.ts` and `assistant-turn-state.test.ts`. A second pass
 * of the others cost ~110 s of a CPU-bound run that must stay under 15 minutes.
 */
export const assistantBackends: Backend[] = [backends.at(-1)!];

/**
 * Browser suites run on PGlite only: the database `npm start` gives a newcomer, the one the web
 * client is first met on. What differs on PostgreSQL is below the API, which the API suites cover
 * on both; a second browser pass doubled the slowest minute and a half of `npm test`. (Tried on
 * PostgreSQL 2026-12-06: no faster in a full run, and the password-change test then signed its own
 * page out in 1 of 2 runs: a race left to understand, docs/web-client.md.)
 */
export const browserBackends: Backend[] = ['pglite'];

export interface TestDatabase {
  backend: Backend;
  handle: DatabaseHandle;
  /** The URL of this test's own database (PostgreSQL only). */
  url: string | undefined;
  drop(): Promise<void>;
}

const silent = pino({ level: 'silent' });

function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testEnv.TEST_DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The login test databases give user traffic: a member of nightchill_app only, NOINHERIT. */
export const TEST_APP_LOGIN = 'nightchill_test_web';

let migrated: Promise<Blob> | undefined;

/**
 * A PGlite data directory with every migration run, made once per test process: each test
 * database is opened from it (0.1 s) rather than migrated again (2 to 3 s; there were over a
 * hundred of them in a run). The migrations themselves are tested from an empty database
 * (migrations.test.ts, partitions.test.ts).
 */
function migratedPGlite(): Promise<Blob> {
  migrated ??= (async () => {
    const handle = await openDatabase({ url: undefined, poolMax: 1, dataDir: 'memory://', logger: silent });
    try {
      await runMigrations(handle.pool);
      return await handle.dumpDataDir!();
    } finally {
      await handle.close();
    }
  })();
  return migrated;
}

/** A fresh, migrated database of its own for one test file; drop() removes it. */
export async function createTestDatabase(
  backend: Backend,
  options: { poolMax?: number /** false: an empty database, for migration tests. */; migrate?: boolean } = {},
): Promise<TestDatabase> {
  if (backend === 'pglite') {
    const loadDataDir = options.migrate === false ? undefined : await migratedPGlite();
    const handle = await openDatabase({
      url: undefined,
      poolMax: 1,
      dataDir: 'memory://',
      ...(loadDataDir ? { loadDataDir } : {}),
      logger: silent,
    });
    return { backend, handle, url: undefined, drop: () => handle.close() };
  }
  const base = testEnv.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set');
  const name = `nc_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const migrate = options.migrate !== false;
  // Migrated: a copy of the run's migrated template (pg-template.ts), not migrated again.
  const template = migrate ? ` TEMPLATE ${await migratedTemplate(base)}` : '';
  await withAdmin((c) => c.query(`CREATE DATABASE ${name}${template}`));
  const url = databaseUrl(base, name);
  // User traffic connects as the production set-up says (docs/security.md): a login of its own
  // holding only nightchill_app. Every PostgreSQL suite runs that way; migrations and the tests'
  // own queries (handle.db) use the admin URL, as DATABASE_URL does.
  const handle = await openDatabase({
    url,
    appUrl: migrate ? urlAs(url, TEST_APP_LOGIN) : undefined,
    poolMax: options.poolMax ?? 10,
    // The tests' own connections wait for a server the whole run keeps busy: a first connection to
    // a fresh copy once took over the app's 5 s in CI, with a dozen processes starting at once.
    connectTimeoutMs: 30_000,
    dataDir: 'unused',
    logger: silent,
  });
  if (migrate) await withAdmin((c) => ensureAppLogin(c, TEST_APP_LOGIN));
  return {
    backend,
    handle,
    url,
    drop: async () => {
      await handle.close();
      await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/**
 * What domain verbs run on, over a test database: the given cipher (the test keys by default) and
 * clock (the system's by default), a silent logger, a fresh event bus, no cache. Called once per
 * simulated instance, each gets its own bus.
 */
export function contextSource(
  handle: DatabaseHandle,
  cipher: FieldCipher = testCipher,
  clock: Clock = systemClock,
) {
  return {
    database: handle,
    cipher,
    clock,
    logger: silent,
    events: new DomainEventBus(),
    cache: noCache,
  };
}
