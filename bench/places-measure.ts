import { sql } from 'drizzle-orm';
import type pg from 'pg';
import type { Database } from '../src/db/client.ts';
import { asPublic } from '../src/db/tx.ts';
import { findNearby, knnStatement } from '../src/domain/locations/nearby.ts';
import { candidatesFor, reachOf } from '../src/domain/locations/nearby-bounds.ts';
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

/**
 * The statement findNearby sends for a search (step 1 of findNearby: knnStatement's text), as a
 * named prepared statement on one connection as the app role: the bare figure, without drizzle's
 * mapping or the transaction.
 */
export async function timePrepared(db: Database, pool: pg.Pool, points: Centre[]): Promise<Stats> {
  const client = await pool.connect();
  const samples: number[] = [];
  try {
    await client.query('SET ROLE nightchill_app');
    for (const p of points) {
      const { text, params } = bareStatement(db, p);
      const t0 = performance.now();
      await client.query({ name: 'bench_nearby', text, values: params });
      samples.push(performance.now() - t0);
    }
    await client.query('RESET ROLE');
  } finally {
    client.release();
  }
  return stats(samples);
}

/** Step 1 of the search at p (20 nearest within 5 km), its values as parameters. */
function bareStatement(db: Database, p: Centre) {
  const q = { lat: p.lat, lng: p.lng, radiusKm: 5, limit: 20, where: sql`true` };
  const { boxes } = reachOf(q.lat, q.lng, 5000);
  const { sql: text, params } = knnStatement(db, q, boxes[0], candidatesFor(q.lat, q.limit)).query.toSQL();
  return { text, params };
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

/** The plan of one dense-city search, as the app role: the KNN scan of idx_locations_point. */
export async function explain(db: Database, pool: pg.Pool, p: Centre): Promise<string> {
  const { text, params } = bareStatement(db, p);
  const client = await pool.connect();
  try {
    await client.query('SET ROLE nightchill_app');
    const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${text}`, params);
    await client.query('RESET ROLE');
    return rows.map((r: Record<string, unknown>) => String(Object.values(r)[0])).join('\n');
  } finally {
    client.release();
  }
}
