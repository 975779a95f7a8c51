/**
 * What `npm run bench -- simulate` reads from the system under load: each instance's /metrics
 * (prom-client), the database's counters (pg_stat_database, pg_stat_user_tables) and the Redis
 * server's command counters (INFO commandstats). Snapshots; the bench subtracts them.
 */
import type { Redis } from 'ioredis';
import type pg from 'pg';

export interface InstanceSample {
  at: number;
  sockets: number;
  cpuSeconds: number;
  assistantTurns: number;
  /** Room emits (chat:message, chat:delta, chat:tool, notification, mentor:session). */
  emits: number;
  batches: number;
  batchRows: number;
  rssBytes: number;
}

/** Sum of every series of a metric (all label sets) in Prometheus text format. */
export function metricSum(text: string, name: string): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const rest = line.slice(name.length);
    if (rest[0] !== ' ' && rest[0] !== '{') continue;
    const value = Number(line.slice(line.lastIndexOf(' ') + 1));
    if (Number.isFinite(value)) sum += value;
  }
  return sum;
}

export async function sampleInstance(url: string): Promise<InstanceSample> {
  const res = await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(5_000) });
  const text = await res.text();
  return {
    at: Date.now(),
    sockets: metricSum(text, 'nightchill_sockets_connected'),
    cpuSeconds: metricSum(text, 'nightchill_process_cpu_seconds_total'),
    assistantTurns: metricSum(text, 'nightchill_assistant_turns_total'),
    emits: metricSum(text, 'nightchill_socket_events_out_total'),
    batches: metricSum(text, 'nightchill_chat_batch_rows_count'),
    batchRows: metricSum(text, 'nightchill_chat_batch_rows_sum'),
    rssBytes: metricSum(text, 'nightchill_process_resident_memory_bytes'),
  };
}

export interface DatabaseCounters {
  xactCommit: number;
  inserted: number;
  updated: number;
  deleted: number;
  /** Rows inserted per table, partitions folded into their parent (chat_messages_2026_q4 → chat_messages). */
  insertsByTable: Record<string, number>;
}

export async function sampleDatabase(admin: pg.Pool, name: string): Promise<DatabaseCounters> {
  const { rows } = await admin.query<{ c: string; i: string; u: string; d: string }>(
    `SELECT xact_commit AS c, tup_inserted AS i, tup_updated AS u, tup_deleted AS d
       FROM pg_stat_database WHERE datname = $1`,
    [name],
  );
  const tables = await admin.query<{ parent: string; n: string }>(
    `SELECT coalesce(p.relname, s.relname) AS parent, sum(s.n_tup_ins)::text AS n
       FROM pg_stat_user_tables s
       LEFT JOIN pg_inherits i ON i.inhrelid = s.relid
       LEFT JOIN pg_class p ON p.oid = i.inhparent
      GROUP BY 1`,
  );
  const r = rows[0]!;
  return {
    xactCommit: Number(r.c),
    inserted: Number(r.i),
    updated: Number(r.u),
    deleted: Number(r.d),
    insertsByTable: Object.fromEntries(tables.rows.map((t) => [t.parent, Number(t.n)])),
  };
}

/** Bytes on disk (heap + indexes + TOAST) per row of a partitioned table, over all its partitions. */
export async function bytesPerRow(admin: pg.Pool, table: string): Promise<{ rows: number; bytes: number }> {
  const { rows } = await admin.query<{ n: string; b: string }>(
    `SELECT (SELECT count(*) FROM ${table})::text AS n,
            (SELECT coalesce(sum(pg_total_relation_size(inhrelid)), 0) FROM pg_inherits
              WHERE inhparent = $1::regclass)::text AS b`,
    [table],
  );
  return { rows: Number(rows[0]!.n), bytes: Number(rows[0]!.b) };
}

export interface RedisCounters {
  commands: number;
  /** calls per command name (publish, spublish, evalsha…). */
  calls: Record<string, number>;
  netOutputBytes: number;
}

export async function sampleRedis(redis: Redis): Promise<RedisCounters> {
  const [stats, commandstats] = await Promise.all([redis.info('stats'), redis.info('commandstats')]);
  const calls: Record<string, number> = {};
  for (const m of commandstats.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) calls[m[1]!] = Number(m[2]);
  return {
    commands: Number(/total_commands_processed:(\d+)/.exec(stats)?.[1] ?? 0),
    calls,
    netOutputBytes: Number(/total_net_output_bytes:(\d+)/.exec(stats)?.[1] ?? 0),
  };
}

export function diffCalls(after: RedisCounters, before: RedisCounters): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(after.calls)) {
    const d = v - (before.calls[k] ?? 0);
    if (d > 0) out[k] = d;
  }
  return out;
}
