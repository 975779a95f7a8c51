import type pg from 'pg';

export interface PartitionInfo {
  parent: string;
  partition: string;
  /** The range, or null for the default partition. */
  from: string | null;
  to: string | null;
  rows: number;
}

/** Partitions of check_ins, chat_messages and notifications, oldest first, with estimated rows. */
export async function listPartitions(pool: pg.Pool): Promise<PartitionInfo[]> {
  const { rows } = await pool.query<{ parent: string; partition: string; bound: string; rows: string }>(`
    SELECT p.relname AS parent, c.relname AS partition, pg_get_expr(c.relpartbound, c.oid) AS bound,
      greatest(c.reltuples, 0)::bigint AS rows
    FROM pg_inherits i
    JOIN pg_class c ON c.oid = i.inhrelid
    JOIN pg_class p ON p.oid = i.inhparent
    WHERE p.relnamespace = 'public'::regnamespace
      AND p.relname IN ('check_ins', 'chat_messages', 'notifications')
    ORDER BY p.relname, c.relname`);
  return rows.map((r) => {
    const range = /FROM \('([^']+)'\) TO \('([^']+)'\)/.exec(r.bound);
    return {
      parent: r.parent,
      partition: r.partition,
      from: range ? new Date(range[1]!).toISOString() : null,
      to: range ? new Date(range[2]!).toISOString() : null,
      rows: Number(r.rows),
    };
  });
}

/** Creates the coming partitions now (the scheduler does this hourly); returns how many were made. */
export async function ensurePartitionsNow(pool: pg.Pool, now = new Date()): Promise<number> {
  const { rows } = await pool.query<{ n: number }>('SELECT ensure_partitions($1::timestamptz) AS n', [
    now.toISOString(),
  ]);
  return Number(rows[0]?.n ?? 0);
}

/**
 * Detaches every partition whose range ends on or before `before`: its rows leave the live tables
 * (and every query) but stay in a table of their own, for `pg_dump -t <partition>` and then DROP.
 */
export async function detachPartitionsBefore(
  pool: pg.Pool,
  before: Date,
): Promise<{ parent: string; partition: string; ends: Date }[]> {
  const { rows } = await pool.query<{ parent: string; partition: string; ends: Date }>(
    'SELECT parent, partition, ends FROM detach_partitions_before($1::timestamptz)',
    [before.toISOString()],
  );
  return rows;
}
