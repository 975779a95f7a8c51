import { availableParallelism } from 'node:os';
import { sql } from 'drizzle-orm';
import type { Deps } from '../../deps.ts';
import { asSystem } from '../tx.ts';
import { bulkPlace, bulkPlaceId, type PlaceRow } from './places.ts';
import { insertPlaces } from './write.ts';

/** Rows per INSERT statement (and per transaction). */
export const BULK_BATCH = 5_000;
/**
 * Batches in flight at once on PostgreSQL (PGlite has one connection): the time goes into the
 * server's GiST index inserts, so a few connections help and more than the cores do not.
 */
const MAX_BULK_WORKERS = 4;

/**
 * The large benchmark set: places 0..total-1 of bulkPlace(), spread over the seed's cities by
 * weight, mostly in dense neighbourhood clusters, so the nearby search is measured against
 * realistic densities. Batches are generated here and inserted as one JSON parameter each, a few
 * at a time on PostgreSQL, each its own transaction (synchronous_commit off: a crash loses at most
 * the last batches, which a rerun puts back). Fixed ids: a rerun, or a larger total later, adds
 * only what is missing. ANALYZE at the end so the planner sees the new rows at once.
 */
export async function seedBulkPlaces(
  deps: Deps,
  total: number,
  options: { batchSize?: number; onProgress?: ((done: number, total: number) => void) | undefined } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? BULK_BATCH;
  const workers =
    deps.database.kind === 'pglite'
      ? 1
      : Math.min(deps.config.database.poolMax, MAX_BULK_WORKERS, Math.max(2, availableParallelism()));
  let next = 0;
  let done = 0;
  let inserted = 0;
  let failed = false;

  const worker = async () => {
    while (!failed && next < total) {
      const start = next;
      const end = Math.min(total, start + batchSize);
      next = end;
      let added: number;
      try {
        added = await asSystem(deps.database.db, async (tx) => {
          // A rerun finds the whole batch present and skips generating and sending it.
          const ids: string[] = [];
          for (let n = start; n < end; n++) ids.push(bulkPlaceId(n));
          const present = await tx.execute<{ count: number }>(
            sql`SELECT count(*)::int AS count FROM locations WHERE id = ANY(${`{${ids.join(',')}}`}::uuid[])`,
          );
          if (present.rows[0]?.count === ids.length) return 0;
          const rows: PlaceRow[] = [];
          for (let n = start; n < end; n++) rows.push(bulkPlace(n));
          await tx.execute(sql`SET LOCAL synchronous_commit = off`);
          return insertPlaces(tx, rows);
        });
      } catch (err) {
        failed = true;
        throw err;
      }
      // Never `inserted += await …`: that reads `inserted` before the await and loses other workers' adds.
      inserted += added;
      done += end - start;
      options.onProgress?.(done, total);
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));

  // Maintenance, not data access: run as the connecting user (the tables' owner), since ANALYZE
  // needs ownership and nightchill_system owns nothing. Elsewhere it warns and skips.
  await deps.database.pool.query('ANALYZE locations');
  return inserted;
}
