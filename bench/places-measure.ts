import { sql } from 'drizzle-orm';
import type pg from 'pg';
import type { Database } from '../src/db/client.ts';
import { asPublic } from '../src/db/tx.ts';
import { findNearby } from '../src/domain/locations/nearby.ts';
import type { Centre } from './places-data.ts';

export interface Stats {
  n: number;
  p50: number;
  p99: number;
  mean: number;
  max: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return {
    n: sorted.length,
    p50: at(0.5),
    p99: at(0.99),
    mean: sorted.reduce((s, v) => s + v, 0) / sorted.length,
    max: sorted.at(-1)!,
  };
}

/** findNearby as the app role: one asPublic transaction per query; the query alone is timed. */
export async function timeFindNearby(db: Database, points: Centre[], unindexed = false) {
  const query: number[] = [];
  const transaction: number[] = [];
  let rows = 0;
  for (const p of points) {
    const t0 = performance.now();
    await asPublic(db, async (tx) => {
      if (unindexed) {
        await tx.execute(sql`SET LOCAL enable_indexscan = off`);
        await tx.execute(sql`SET LOCAL enable_bitmapscan = off`);
      }
      const t1 = performance.now();
      // Without the index: a one-off statement (an extra `where`), planned under the settings
      // above; the named statement's cached plan would keep using the index.
      const found = await findNearby(tx, {
        lat: p.lat,
        lng: p.lng,
        radiusKm: 5,
        limit: 20,
        ...(unindexed ? { where: sql`true` } : {}),
      });
      query.push(performance.now() - t1);
      rows += found.length;
    });
    transaction.push(performance.now() - t0);
  }
  return {
    query: stats(query),
    transaction: stats(transaction),
    meanRows: rows / points.length,
    samples: query,
  };
}

/** The same SQL as findNearby issues, as a named prepared statement on one connection as the app role. */
export async function timePrepared(pool: pg.Pool, points: Centre[]): Promise<Stats> {
  const client = await pool.connect();
  const samples: number[] = [];
  try {
    await client.query('SET ROLE nightchill_app');
    const text = `SELECT *, earth_distance(ll_to_earth(latitude, longitude), ll_to_earth($1::float8, $2::float8)) AS distance_m
      FROM locations
      WHERE earth_box(ll_to_earth($1::float8, $2::float8), $3::float8) @> ll_to_earth(latitude, longitude)
        AND earth_distance(ll_to_earth(latitude, longitude), ll_to_earth($1::float8, $2::float8)) <= $3::float8
      ORDER BY ll_to_earth(latitude, longitude) <-> ll_to_earth($1::float8, $2::float8)
      LIMIT $4`;
    for (const p of points) {
      const t0 = performance.now();
      await client.query({ name: 'bench_knn', text, values: [p.lat, p.lng, 5000, 20] });
      samples.push(performance.now() - t0);
    }
    await client.query('RESET ROLE');
  } finally {
    client.release();
  }
  return stats(samples);
}

export async function timeHttp(
  url: string,
  points: Centre[],
): Promise<{ stats: Stats; meanResults: number }> {
  const samples: number[] = [];
  let results = 0;
  for (const p of points) {
    const t0 = performance.now();
    const res = await fetch(
      `${url}/api/locations?lat=${p.lat.toFixed(6)}&lng=${p.lng.toFixed(6)}&radiusKm=5&limit=20`,
    );
    const body = (await res.json()) as { locations?: unknown[] };
    samples.push(performance.now() - t0);
    if (res.status !== 200)
      throw new Error(`GET /api/locations answered ${res.status}: ${JSON.stringify(body)}`);
    results += body.locations?.length ?? 0;
  }
  return { stats: stats(samples), meanResults: results / points.length };
}

/** The plan of one dense-city query, as the app role: which index answers the box and the ordering. */
export async function explain(db: Database, p: Centre): Promise<string> {
  return asPublic(db, async (tx) => {
    const centre = sql`ll_to_earth(${p.lat}::float8, ${p.lng}::float8)`;
    const { rows } = await tx.execute(sql`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
      SELECT id FROM locations
      WHERE earth_box(${centre}, 5000::float8) @> ll_to_earth(latitude, longitude)
        AND earth_distance(ll_to_earth(latitude, longitude), ${centre}) <= 5000::float8
      ORDER BY ll_to_earth(latitude, longitude) <-> ${centre} LIMIT 20`);
    return rows.map((r) => String(Object.values(r)[0])).join('\n');
  });
}
