import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import journal from '../../drizzle/meta/_journal.json' with { type: 'json' };
import { openDatabase } from '../../src/db/client.ts';
import { runMigrations } from '../../src/db/migrate.ts';
import { asPublic, asSystem } from '../../src/db/tx.ts';
import { boxStatement, findNearby, knnStatement } from '../../src/domain/locations/nearby.ts';
import { candidatesFor, reachOf } from '../../src/domain/locations/nearby-bounds.ts';
import { backends, createTestDatabase, type TestDatabase } from '../helpers/db.ts';

describe.each(backends)('migrations and the nearby index on %s', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(backend);
    // A dense grid around London plus a far-away city, so the planner has a real choice.
    await asSystem(t.handle.db, (tx) =>
      tx.execute(sql`
        INSERT INTO locations (name, type, latitude, longitude, address, city, country, amenities, is_verified)
        SELECT 'P' || g, (ARRAY['coffee','gym','mentor','nutrition','partner'])[1 + g % 5],
               51.40 + (g % 100) * 0.002, -0.25 + (g / 100) * 0.003, 'x', 'London', 'UK',
               CASE WHEN g % 7 = 0 THEN ARRAY['quiet-zone'] ELSE ARRAY['wifi'] END, g % 2 = 0
        FROM generate_series(0, 4999) g
        UNION ALL
        SELECT 'NY' || g, 'coffee', 40.7 + g * 0.001, -74.0, 'x', 'New York', 'US', ARRAY['wifi'], true
        FROM generate_series(0, 99) g`),
    );
    await asSystem(t.handle.db, (tx) => tx.execute(sql`ANALYZE locations`));
  });
  afterAll(() => t?.drop());

  it('applies every migration once, and a second run changes nothing', async () => {
    await runMigrations(t.handle.pool);
    const { rows } = await t.handle.pool.query('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations');
    expect(rows[0].n).toBe(journal.entries.length);
  });

  it('finds the nearest places within the radius, nearest first, with filters', async () => {
    const found = await asPublic(t.handle.db, (tx) =>
      findNearby(tx, { lat: 51.5, lng: -0.1, radiusKm: 2, limit: 20 }),
    );
    expect(found).toHaveLength(20);
    const distances = found.map((l) => l.distanceKm);
    expect(distances).toEqual([...distances].sort((x, y) => x - y));
    expect(Math.max(...distances)).toBeLessThanOrEqual(2);
    const quietGyms = await asPublic(t.handle.db, (tx) =>
      findNearby(tx, {
        lat: 51.5,
        lng: -0.1,
        radiusKm: 5,
        limit: 50,
        type: 'gym',
        amenity: 'quiet-zone',
        verified: true,
      }),
    );
    expect(quietGyms.length).toBeGreaterThan(0);
    for (const l of quietGyms) {
      expect(l).toMatchObject({ type: 'gym', isVerified: true });
      expect(l.amenities).toContain('quiet-zone');
    }
    const nothing = await asPublic(t.handle.db, (tx) =>
      findNearby(tx, { lat: 0, lng: 0, radiusKm: 50, limit: 20 }),
    );
    expect(nothing).toEqual([]);
  });

  it('keeps the look-ups of the chat writer on indexes whatever the statistics said when their plans were cached (drizzle/0008)', async () => {
    const { rows } = await t.handle.pool.query<{ proconfig: string[] }>(
      "SELECT proconfig FROM pg_proc WHERE proname = 'chat_batch_lookup'",
    );
    expect(rows[0]?.proconfig).toEqual(
      expect.arrayContaining(['enable_seqscan=off', 'enable_hashjoin=off', 'enable_mergejoin=off']),
    );
  });

  it('answers both statements of the search from the GiST point index, never a scan of the table (EXPLAIN)', async () => {
    const q = { lat: 51.5, lng: -0.1, radiusKm: 2, limit: 20, where: sql`true` };
    const statements = [
      knnStatement(t.handle.db, q, reachOf(q.lat, q.lng, 2000).boxes[0], candidatesFor(q.lat, q.limit)),
      boxStatement(t.handle.db, q, 2000),
    ].map((s) => s.query.toSQL());
    const client = await t.handle.pool.connect();
    const plans: string[] = [];
    try {
      await client.query('BEGIN; SET LOCAL ROLE nightchill_app');
      for (const { sql: text, params } of statements)
        plans.push(JSON.stringify((await client.query(`EXPLAIN (FORMAT JSON) ${text}`, params)).rows));
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
    for (const plan of plans) {
      expect(plan).toContain('idx_locations_point');
      expect(plan).not.toContain('"Seq Scan"');
    }
  });
});

// Only PostgreSQL has several instances on one database (PGlite's data dir belongs to one process).
if (backends.includes('postgres')) {
  describe('migrations on PostgreSQL', () => {
    it('connects over TLS when the URL asks for it (sslmode=require)', async () => {
      const plain = await createTestDatabase('postgres');
      try {
        const { rows } = await plain.handle.pool.query('SHOW ssl');
        const url = new URL(plain.url!);
        url.searchParams.set('sslmode', 'require');
        const silent = pino({ level: 'silent' });
        const tls = await openDatabase({ url: url.toString(), poolMax: 1, dataDir: '', logger: silent });
        try {
          const query = tls.pool.query('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()');
          if (rows[0].ssl === 'on') {
            expect((await query).rows[0].ssl).toBe(true);
          } else {
            // This server has no TLS: the client must refuse rather than fall back to plain text.
            await expect(query).rejects.toThrow(/does not support SSL/);
          }
        } finally {
          await tls.close();
        }
      } finally {
        await plain.drop();
      }
    });

    it('lets two instances start at once: one migrates, the other waits', async () => {
      const fresh = await createTestDatabase('postgres');
      try {
        // createTestDatabase migrated already; wipe the journal's schema and race two fresh starts.
        await fresh.handle.pool.query(
          'DROP SCHEMA public CASCADE; CREATE SCHEMA public; DROP SCHEMA drizzle CASCADE',
        );
        const silent = pino({ level: 'silent' });
        const a = await openDatabase({ url: fresh.url, poolMax: 2, dataDir: '', logger: silent });
        const b = await openDatabase({ url: fresh.url, poolMax: 2, dataDir: '', logger: silent });
        try {
          await Promise.all([runMigrations(a.pool), runMigrations(b.pool)]);
          const { rows } = await a.pool.query('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations');
          expect(rows[0].n).toBe(journal.entries.length);
          const { rows: tables } = await a.pool.query(
            "SELECT count(*)::int AS n FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition",
          );
          expect(tables[0].n).toBe(18); // partner_staff since drizzle/0018, push_subscriptions since 0020
        } finally {
          await a.close();
          await b.close();
        }
      } finally {
        await fresh.drop();
      }
    });
  });
}
