import { execFile } from 'node:child_process';
import { appendFileSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
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
  const base = mkdtempSync(path.join(tmpdir(), 'nightchill-pgcluster-'));
  const primaryDir = path.join(base, 'primary');
  const replicaDir = path.join(base, 'replica');
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(base, Number(stdout.trim()), Number(gid.trim()));
  }
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const settings = (port: number) =>
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
  const started: string[] = [];
  const ctl = (dir: string, action: 'start' | 'stop', extra: string[] = []) =>
    pgProgram('pg_ctl', ['-D', dir, '-l', `${dir}.log`, '-w', '-t', '60', action, ...extra]);

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
  const query = async (url: string, sql: string) => {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    await client.connect();
    try {
      return await client.query(sql);
    } finally {
      await client.end();
    }
  };
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
