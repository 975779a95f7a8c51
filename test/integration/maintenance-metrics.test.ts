import type pg from 'pg';
import pino from 'pino';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerMaintenanceMetrics } from '../../src/ops/bloat.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { backends, createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { makeUser } from '../helpers/factories.ts';

const silent = pino({ level: 'silent' });
const sample = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe.each(backends)('table and index bloat on /metrics, %s', (backend) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(backend);
  });
  afterAll(() => app?.close());

  it('shows dead tuples, sizes and index scans per table on PostgreSQL, nothing on PGlite', async () => {
    const db = app.deps.database.db;
    const users = await Promise.all([1, 2, 3].map(() => makeUser(db)));
    // One connection deletes and asks for its statistics to be flushed when it goes idle (else
    // they reach pg_stat_user_tables up to a second later).
    const client = await app.deps.database.pool.connect();
    try {
      await client.query('DELETE FROM users WHERE id = $1', [users[0]!.id]);
      if (backend === 'postgres') await client.query('SELECT pg_stat_force_next_flush()');
    } finally {
      client.release();
    }
    const res = await app.api('GET', '/metrics');
    expect(res.status).toBe(200);
    const text = res.body as string;
    if (backend === 'pglite') {
      expect(text).not.toContain('nightchill_db_table_dead_tuples');
      return;
    }
    expect(text).toContain('nightchill_db_table_dead_tuple_ratio{schema="public",table="users"}');
    // A registry of its own that reads on every scrape (the app's reads at most every 30 s).
    const registry = new Registry();
    registerMaintenanceMetrics(registry, app.deps.database.pool, { logger: silent, refreshMs: 0 });
    const dead = 'nightchill_db_table_dead_tuples{schema="public",table="users"}';
    let fresh = await registry.metrics();
    for (let i = 0; i < 50 && !(Number(sample(fresh, dead)) >= 1); i++) {
      await new Promise((r) => setTimeout(r, 100));
      fresh = await registry.metrics();
    }
    expect(sample(fresh, dead)).toBeGreaterThanOrEqual(1);
    expect(sample(fresh, 'nightchill_db_table_live_tuples{schema="public",table="users"}')).toBeDefined();
    expect(sample(fresh, 'nightchill_db_table_size_bytes{schema="public",table="users"}')).toBeGreaterThan(0);
    expect(fresh).toMatch(
      /^nightchill_db_index_size_bytes\{schema="public",table="users",index="users_pkey"\} \d+$/m,
    );
    expect(fresh).toMatch(
      /^nightchill_db_index_scans\{schema="public",table="users",index="users_pkey"\} \d+$/m,
    );
  });
});

describe('bloat metrics when the database is slow', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
  });
  afterAll(() => database?.drop());

  it('answers within its wait with the last values, and reads again at most once per interval', async () => {
    let mode: 'real' | 'hang' | 'fail' = 'real';
    let connects = 0;
    const pool = {
      connect: () => {
        connects++;
        if (mode === 'hang') return new Promise<pg.PoolClient>(() => undefined);
        if (mode === 'fail') return Promise.reject(new Error('connection refused'));
        return database.handle.pool.connect();
      },
    } as Pick<pg.Pool, 'connect'>;
    let clock = 0;
    const registry = new Registry();
    registerMaintenanceMetrics(registry, pool, {
      logger: silent,
      refreshMs: 30_000,
      waitMs: 200,
      now: () => clock,
    });

    const first = await registry.metrics();
    expect(sample(first, 'nightchill_db_maintenance_stats_age_seconds')).toBe(0);
    expect(connects).toBe(1);
    // Within the interval: no new read.
    clock = 10_000;
    await registry.metrics();
    expect(connects).toBe(1);

    // The database stops answering: the scrape still returns quickly, with the last values, older.
    mode = 'hang';
    clock = 40_000;
    const started = performance.now();
    const slow = await registry.metrics();
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(connects).toBe(2);
    expect(sample(slow, 'nightchill_db_maintenance_stats_age_seconds')).toBe(40);
    // The hung read is not piled on by later scrapes.
    clock = 80_000;
    await registry.metrics();
    expect(connects).toBe(2);
  });

  it('shows nothing rather than failing when the first read fails', async () => {
    const pool = { connect: () => Promise.reject(new Error('refused')) } as unknown as Pick<
      pg.Pool,
      'connect'
    >;
    const registry = new Registry();
    registerMaintenanceMetrics(registry, pool, { logger: silent });
    const text = await registry.metrics();
    expect(text).not.toMatch(/^nightchill_db_table_dead_tuples\{/m);
  });
});
