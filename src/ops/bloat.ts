import type pg from 'pg';
import type { Logger } from 'pino';
import { Gauge, type Registry } from 'prom-client';

/**
 * Table and index bloat signals on /metrics, for alerting on what docs/operations.md's maintenance
 * tasks fix: dead tuples piling up (autovacuum falling behind), tables not analyzed for long
 * (stale plans), indexes growing out of proportion to their table (REINDEX), indexes never used.
 */

interface TableRow {
  schema: string;
  table: string;
  live: string;
  dead: string;
  vacuum_age: number | null;
  analyze_age: number | null;
  table_bytes: string;
  index_bytes: string;
}

interface IndexRow {
  schema: string;
  table: string;
  index: string;
  bytes: string;
  scans: string;
}

interface Snapshot {
  tables: TableRow[];
  indexes: IndexRow[];
  takenAt: number;
}

const TABLES = `
  SELECT schemaname AS schema, relname AS table, n_live_tup AS live, n_dead_tup AS dead,
         EXTRACT(EPOCH FROM now() - GREATEST(last_vacuum, last_autovacuum))::float8 AS vacuum_age,
         EXTRACT(EPOCH FROM now() - GREATEST(last_analyze, last_autoanalyze))::float8 AS analyze_age,
         pg_relation_size(relid) AS table_bytes, pg_indexes_size(relid) AS index_bytes
    FROM pg_stat_user_tables`;

const INDEXES = `
  SELECT schemaname AS schema, relname AS table, indexrelname AS index,
         pg_relation_size(indexrelid) AS bytes, idx_scan AS scans
    FROM pg_stat_user_indexes`;

export interface MaintenanceMetricsOptions {
  logger: Logger;
  /** Statistics are read at most this often; scrapes in between reuse them (default 30 s). */
  refreshMs?: number;
  /** A scrape waits at most this long for fresh statistics, then shows the last ones (default 2 s). */
  waitMs?: number;
  now?: () => number;
}

/**
 * Registers the bloat gauges on registry, read from pool (PostgreSQL only: PGlite keeps no
 * statistics worth alerting on). A scrape never fails or hangs because the database is slow: it
 * waits briefly for a refresh and otherwise serves the last values, with their age.
 */
export function registerMaintenanceMetrics(
  registry: Registry,
  pool: Pick<pg.Pool, 'connect'>,
  options: MaintenanceMetricsOptions,
) {
  const refreshMs = options.refreshMs ?? 30_000;
  const waitMs = options.waitMs ?? 2_000;
  const now = options.now ?? Date.now;
  let snapshot: Snapshot | undefined;
  let attemptedAt = Number.NEGATIVE_INFINITY;
  let loading: Promise<void> | undefined;

  const read = async (): Promise<Snapshot> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN READ ONLY');
      // The statement itself gives up too, so a stuck catalog never holds a connection for long.
      await client.query("SET LOCAL statement_timeout = '10s'");
      const tables = await client.query<TableRow>(TABLES);
      const indexes = await client.query<IndexRow>(INDEXES);
      await client.query('COMMIT');
      return { tables: tables.rows, indexes: indexes.rows, takenAt: now() };
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  };

  /** Starts at most one read per refreshMs; a scrape waits for it up to waitMs. */
  const fresh = async (): Promise<Snapshot | undefined> => {
    if (!loading && now() - attemptedAt >= refreshMs) {
      attemptedAt = now();
      loading = read()
        .then((s) => {
          snapshot = s;
        })
        .catch((err: Error) =>
          options.logger.warn({ err: err.message }, 'maintenance statistics unavailable'),
        )
        .finally(() => {
          loading = undefined;
        });
    }
    if (loading) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([loading, new Promise((r) => (timer = setTimeout(r, waitMs)))]);
      clearTimeout(timer);
    }
    return snapshot;
  };

  const tableLabels = ['schema', 'table'] as const;
  const indexLabels = ['schema', 'table', 'index'] as const;
  type TableLabels = Record<(typeof tableLabels)[number], string>;
  type IndexLabels = Record<(typeof indexLabels)[number], string>;

  const tableGauge = (name: string, help: string, value: (row: TableRow) => number | null) =>
    new Gauge<(typeof tableLabels)[number]>({
      name,
      help,
      labelNames: tableLabels,
      registers: [registry],
      async collect() {
        const s = await fresh();
        this.reset();
        for (const row of s?.tables ?? []) {
          const v = value(row);
          const labels: TableLabels = { schema: row.schema, table: row.table };
          if (v !== null && Number.isFinite(v)) this.set(labels, v);
        }
      },
    });

  const indexGauge = (name: string, help: string, value: (row: IndexRow) => number) =>
    new Gauge<(typeof indexLabels)[number]>({
      name,
      help,
      labelNames: indexLabels,
      registers: [registry],
      async collect() {
        const s = await fresh();
        this.reset();
        for (const row of s?.indexes ?? []) {
          const labels: IndexLabels = { schema: row.schema, table: row.table, index: row.index };
          this.set(labels, value(row));
        }
      },
    });

  tableGauge('nightchill_db_table_live_tuples', 'Estimated live rows per table (pg_stat_user_tables)', (r) =>
    Number(r.live),
  );
  tableGauge('nightchill_db_table_dead_tuples', 'Dead rows waiting for VACUUM per table', (r) =>
    Number(r.dead),
  );
  tableGauge(
    'nightchill_db_table_dead_tuple_ratio',
    'Dead rows / (live + dead rows): above ~0.2 on a large table, autovacuum is not keeping up',
    (r) => {
      const total = Number(r.live) + Number(r.dead);
      return total === 0 ? 0 : Number(r.dead) / total;
    },
  );
  tableGauge(
    'nightchill_db_table_seconds_since_vacuum',
    'Seconds since the last VACUUM or autovacuum of the table (absent: never vacuumed)',
    (r) => r.vacuum_age,
  );
  tableGauge(
    'nightchill_db_table_seconds_since_analyze',
    'Seconds since the last ANALYZE or autoanalyze of the table (absent: never analyzed)',
    (r) => r.analyze_age,
  );
  tableGauge(
    'nightchill_db_table_size_bytes',
    'Size of the table itself (heap, without indexes or TOAST)',
    (r) => Number(r.table_bytes),
  );
  tableGauge('nightchill_db_table_index_size_bytes', 'Size of all indexes of the table', (r) =>
    Number(r.index_bytes),
  );
  indexGauge(
    'nightchill_db_index_size_bytes',
    'Size of each index: one growing while its table does not is bloated',
    (r) => Number(r.bytes),
  );
  indexGauge(
    'nightchill_db_index_scans',
    'Scans of each index since statistics were reset (0 for long: unused)',
    (r) => Number(r.scans),
  );
  new Gauge({
    name: 'nightchill_db_maintenance_stats_age_seconds',
    help: 'Age of the table and index statistics above (they are read at most every 30 s; grows while the database does not answer)',
    registers: [registry],
    async collect() {
      const s = await fresh();
      if (s) this.set((now() - s.takenAt) / 1000);
      else this.reset();
    },
  });
}
