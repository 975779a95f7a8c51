import pg from 'pg';
import type { Logger } from 'pino';
import { AppError } from '../errors.ts';
import { createDrizzle, type Database } from './client.ts';

/** What /readyz and /metrics say about the read replica. */
export interface ReplicaStatus {
  /** DATABASE_READ_URL is set (and the primary is PostgreSQL). */
  configured: boolean;
  /** The replica answered its last probe. */
  up: boolean;
  /** Replay lag at the last probe, in seconds; undefined when unknown. */
  lagSeconds: number | undefined;
  /** Reads that may go to the replica go there now (up and within the lag limit). */
  serving: boolean;
}

/**
 * Where reads of other people's data run: on the replica while it is up and caught up, else on
 * the primary. Writes, and a user's reads of their own rows, never come here: they use the
 * primary handle directly.
 */
export interface ReadRouter {
  /**
   * Runs fn on the replica when it may serve, else on the primary. A replica attempt that fails
   * for any reason but a domain error (AppError) runs once more on the primary, so a replica going
   * away costs a retry, never an error. fn must only read.
   */
  run<T>(fn: (db: Database) => Promise<T>): Promise<T>;
  status(): ReplicaStatus;
  /** The status after a fresh probe when the last one is stale (readiness checks). */
  check(): Promise<ReplicaStatus>;
  close(): Promise<void>;
}

export interface ReadRouterOptions {
  primary: Database;
  /** The replica's pool and drizzle handle (openReplica); undefined: every read on the primary. */
  replica: { pool: pg.Pool; db: Database } | undefined;
  /** Reads go to the primary while the replica's replay lag exceeds this. */
  maxLagMs: number;
  logger: Logger;
  /** How long one lag measurement is trusted (default 1 s). */
  lagCacheMs?: number;
  /** How often an unreachable replica is probed again (default 5 s). */
  retryMs?: number;
  /** A probe slower than this counts as the replica being down (default 1 s). */
  probeTimeoutMs?: number;
  now?: () => number;
  /** Called after every probe and every failure (metrics). */
  onStatus?: (status: ReplicaStatus) => void;
  /** Called when a replica read fell back to the primary. */
  onFallback?: () => void;
}

/** A pool on the replica: short connect timeout, read-only sessions, connection errors logged. */
export function openReplica(url: string, poolMax: number, logger: Logger): { pool: pg.Pool; db: Database } {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolMax,
    connectionTimeoutMillis: 2_000,
    idleTimeoutMillis: 30_000,
    application_name: 'nightchill-read',
    // A standby refuses writes anyway; this also holds when the URL names a primary by mistake.
    options: '-c default_transaction_read_only=on',
  });
  pool.on('error', (err) => logger.warn({ err: err.message }, 'idle replica connection failed'));
  // As in openDatabase: an error on a checked-out client must not become an unhandled 'error' event.
  pool.on('connect', (client) => {
    client.on('error', (err) => logger.warn({ err: err.message }, 'replica connection lost'));
  });
  return { pool, db: createDrizzle(pool) };
}

/**
 * Replay lag in milliseconds. A standby whose received WAL is all replayed, while its WAL receiver
 * streams, is caught up (0): `now() - pg_last_xact_replay_timestamp()` alone would grow whenever
 * the primary is idle. Otherwise that age is the lag (over-stated if the primary was idle before,
 * which errs towards the primary). Not in recovery: a primary, lag 0.
 */
const LAG_QUERY = `
  SELECT pg_is_in_recovery() AS recovery,
         (pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn()
           AND EXISTS (SELECT 1 FROM pg_stat_wal_receiver)) AS caught_up,
         (EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()) * 1000)::float8 AS replay_age_ms`;

interface LagRow {
  recovery: boolean;
  caught_up: boolean;
  replay_age_ms: number | null;
}

/** The SQLSTATE or errno under drizzle's wrappers. */
function rootCode(err: unknown): string | undefined {
  let e = err as { code?: unknown; cause?: unknown } | undefined;
  for (let i = 0; e && i < 5; i++) {
    if (typeof e.code === 'string') return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}

/** Lost or refused connections (and shutdown, too many clients): the replica is away, not just this query. */
export function isConnectionFailure(err: unknown): boolean {
  const code = rootCode(err);
  if (code === undefined) return true; // "Connection terminated", timeouts: pg gives no code
  if (/^[0-9A-Z]{5}$/.test(code)) return code.startsWith('08') || code.startsWith('57P') || code === '53300';
  return true; // ECONNREFUSED, ECONNRESET, ETIMEDOUT …
}

/** The read router of one instance (see ReadRouter). */
export function createReadRouter(options: ReadRouterOptions): ReadRouter {
  const { primary, replica, maxLagMs, logger } = options;
  const lagCacheMs = options.lagCacheMs ?? 1_000;
  const retryMs = options.retryMs ?? 5_000;
  const probeTimeoutMs = options.probeTimeoutMs ?? 1_000;
  const now = options.now ?? Date.now;

  // up undefined: not probed yet.
  let up: boolean | undefined;
  let lagMs: number | undefined;
  let checkedAt = Number.NEGATIVE_INFINITY;
  let probing: Promise<void> | undefined;

  const status = (): ReplicaStatus => ({
    configured: replica !== undefined,
    up: up === true,
    lagSeconds: lagMs === undefined || !Number.isFinite(lagMs) ? undefined : lagMs / 1000,
    serving: up === true && lagMs !== undefined && lagMs <= maxLagMs,
  });

  const markDown = (err: unknown) => {
    if (up !== false)
      logger.warn({ err: (err as Error).message }, 'read replica unavailable: reading from the primary');
    up = false;
    lagMs = undefined;
    checkedAt = now();
    options.onStatus?.(status());
  };

  const probe = (): Promise<void> => {
    if (!replica) return Promise.resolve();
    probing ??= (async () => {
      let timer: NodeJS.Timeout | undefined;
      try {
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`replica probe took over ${probeTimeoutMs} ms`)),
            probeTimeoutMs,
          );
        });
        const { rows } = await Promise.race([replica.pool.query<LagRow>(LAG_QUERY), timeout]);
        const row = rows[0];
        const lag = !row?.recovery ? 0 : row.caught_up ? 0 : (row.replay_age_ms ?? Number.POSITIVE_INFINITY);
        if (up === false) logger.info('read replica back');
        up = true;
        lagMs = Math.max(0, lag);
        checkedAt = now();
        options.onStatus?.(status());
      } catch (err) {
        markDown(err);
      } finally {
        clearTimeout(timer);
        probing = undefined;
      }
    })();
    return probing;
  };

  /** Whether this read may go to the replica; waits for a probe only when the last one is stale. */
  const useReplica = async (): Promise<boolean> => {
    if (!replica) return false;
    const age = now() - checkedAt;
    if (up === false) {
      // Down: every read goes to the primary at once; a probe now and then looks for its return.
      if (age >= retryMs) void probe();
      return false;
    }
    if (up === undefined || age > lagCacheMs) await probe();
    return status().serving;
  };

  return {
    async run(fn) {
      if (!replica || !(await useReplica())) return fn(primary);
      try {
        return await fn(replica.db);
      } catch (err) {
        if (err instanceof AppError) throw err;
        if (isConnectionFailure(err)) markDown(err);
        else logger.warn({ err: (err as Error).message }, 'replica read failed: retrying on the primary');
        options.onFallback?.();
        return fn(primary);
      }
    },
    status,
    check: async () => {
      if (replica && now() - checkedAt > lagCacheMs) await probe();
      return status();
    },
    close: async () => {
      await probing;
      await replica?.pool.end();
    },
  };
}
