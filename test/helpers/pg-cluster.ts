import { execFile } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
export const PG_BIN = '/usr/lib/postgresql/15/bin';

/** A free TCP port on 127.0.0.1 (asked of the kernel, then released for the server to take). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * initdb refuses to run as root: as root, the server programs run as the `postgres` user
 * (runuser), in a folder that user owns.
 */
const asRoot = process.getuid?.() === 0;
async function pgProgram(name: string, args: string[], timeoutMs = 60_000): Promise<string> {
  const bin = path.join(PG_BIN, name);
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  try {
    const { stdout } = await run(cmd, argv, { timeout: timeoutMs });
    return stdout;
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`${name} ${args.join(' ')} failed: ${e.stderr || e.message}`);
  }
}

/** A temporary folder the server programs may write (as root: given to the `postgres` user). */
async function serverOwnedFolder(prefix: string): Promise<string> {
  const base = mkdtempSync(path.join(tmpdir(), prefix));
  if (asRoot) await giveToServerUser(base);
  return base;
}

/** Makes target and all under it the server user's (as root; otherwise they are already). */
export async function giveToServerUser(target: string): Promise<void> {
  if (asRoot) await run('chown', ['-R', 'postgres:postgres', target]);
}

/** postgresql.conf lines for a test server: its port, sockets in base, no fsync. */
const serverSettings = (port: number, base: string) =>
  [
    `port = ${port}`,
    `listen_addresses = '127.0.0.1'`,
    `unix_socket_directories = '${base}'`,
    'fsync = off',
    'synchronous_commit = off',
    'full_page_writes = off',
    'max_connections = 40',
    'shared_buffers = 16MB',
    'wal_level = replica',
    'max_wal_senders = 4',
    'hot_standby = on',
    `log_min_messages = warning`,
    '',
  ].join('\n');

/** pg_ctl start/stop on dir, waiting (bounded) for it; the server log goes to <dir>.log. */
const pgCtl = (dir: string, action: 'start' | 'stop', extra: string[] = []) =>
  pgProgram('pg_ctl', ['-D', dir, '-l', `${dir}.log`, '-w', '-t', '60', action, ...extra]);

async function queryOnce(url: string, sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

export interface PgPrimary {
  url: string;
  /** The temporary folder it lives in, the server user's: put data directories for startOn here. */
  base: string;
  query(sql: string, params?: unknown[]): Promise<pg.QueryResult>;
  /**
   * Starts a server on a data directory made from its backups (a restore), on a spare port; its
   * settings are the primary's but for the port. close() stops it.
   */
  startOn(dataDir: string): Promise<{ query: PgPrimary['query'] }>;
  close(): Promise<void>;
}

/**
 * A PostgreSQL 15 server alone (wal_level replica, replication allowed from 127.0.0.1) on a
 * spare port under a temporary folder: what backup tests stream from and restore beside.
 */
export async function startPgPrimary(): Promise<PgPrimary> {
  const base = await serverOwnedFolder('nightchill-pgprimary-');
  const primaryDir = path.join(base, 'primary');
  const started: string[] = [];
  const close = async () => {
    for (const dir of started.reverse()) await pgCtl(dir, 'stop', ['-m', 'immediate']).catch(() => undefined);
    rmSync(base, { recursive: true, force: true });
  };
  const port = await freePort();
  try {
    await pgProgram('initdb', ['-D', primaryDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
    appendFileSync(path.join(primaryDir, 'postgresql.conf'), serverSettings(port, base));
    await pgCtl(primaryDir, 'start');
    started.push(primaryDir);
  } catch (err) {
    await close();
    throw err;
  }
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    base,
    query: (sql, params) => queryOnce(url, sql, params),
    startOn: async (dataDir) => {
      const restoredPort = await freePort();
      try {
        await pgCtl(dataDir, 'start', ['-o', `-p ${restoredPort}`]);
      } catch (err) {
        // Why a restore did not start is in its server log, not in pg_ctl's output.
        const log = readFileSync(`${dataDir}.log`, 'utf8').slice(-3000);
        throw new Error(`${(err as Error).message}\n${log}`);
      }
      started.push(dataDir);
      const restoredUrl = `postgresql://postgres@127.0.0.1:${restoredPort}/postgres`;
      return { query: (sql, params) => queryOnce(restoredUrl, sql, params) };
    },
    close,
  };
}

export interface PgCluster {
  primaryUrl: string;
  replicaUrl: string;
  /** A superuser query on the replica itself (to pause replay, read its state). */
  replicaQuery(sql: string): Promise<pg.QueryResult>;
  /** Stop replaying WAL (the replica falls behind while the primary takes writes). */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** Kill the replica at once (immediate shutdown), as a crash or a lost host would. */
  stopReplica(): Promise<void>;
  startReplica(): Promise<void>;
  /** Waits until the replica has replayed everything the primary has written. */
  waitCaughtUp(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A PostgreSQL 15 primary and a streaming replica of it (pg_basebackup -R), each on a spare port
 * under a temporary folder, made from the installed binaries. fsync is off: a test's data need not
 * survive a power cut.
 */
export async function startPgCluster(): Promise<PgCluster> {
  const base = await serverOwnedFolder('nightchill-pgcluster-');
  const primaryDir = path.join(base, 'primary');
  const replicaDir = path.join(base, 'replica');
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const settings = (port: number) => serverSettings(port, base);
  const started: string[] = [];
  const ctl = pgCtl;

  const close = async () => {
    for (const dir of started.reverse()) await ctl(dir, 'stop', ['-m', 'immediate']).catch(() => undefined);
    rmSync(base, { recursive: true, force: true });
  };
  try {
    await pgProgram('initdb', ['-D', primaryDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
    appendFileSync(path.join(primaryDir, 'postgresql.conf'), settings(primaryPort));
    await ctl(primaryDir, 'start');
    started.push(primaryDir);
    await pgProgram('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      replicaDir,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
      '--no-sync',
    ]);
    appendFileSync(path.join(replicaDir, 'postgresql.conf'), settings(replicaPort));
    await ctl(replicaDir, 'start');
    started.push(replicaDir);
  } catch (err) {
    await close();
    throw err;
  }

  const primaryUrl = `postgresql://postgres@127.0.0.1:${primaryPort}/postgres`;
  const replicaUrl = `postgresql://postgres@127.0.0.1:${replicaPort}/postgres`;
  const query = (url: string, sql: string) => queryOnce(url, sql);
  let replicaRunning = true;
  return {
    primaryUrl,
    replicaUrl,
    replicaQuery: (sql) => query(replicaUrl, sql),
    pauseReplay: async () => {
      await query(replicaUrl, 'SELECT pg_wal_replay_pause()');
    },
    resumeReplay: async () => {
      await query(replicaUrl, 'SELECT pg_wal_replay_resume()');
    },
    stopReplica: async () => {
      await ctl(replicaDir, 'stop', ['-m', 'immediate']);
      replicaRunning = false;
    },
    startReplica: async () => {
      if (replicaRunning) return;
      await ctl(replicaDir, 'start');
      replicaRunning = true;
    },
    waitCaughtUp: async (timeoutMs = 20_000) => {
      const target = (await query(primaryUrl, 'SELECT pg_current_wal_insert_lsn()::text AS lsn')).rows[0]
        .lsn as string;
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const { rows } = await query(
          replicaUrl,
          `SELECT pg_last_wal_replay_lsn() >= '${target}'::pg_lsn AS done`,
        );
        if (rows[0]?.done) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`replica did not replay up to ${target} within ${timeoutMs} ms`);
    },
    close,
  };
}
