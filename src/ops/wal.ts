import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { layout } from './base-backup.ts';
import { connectionArgs, pgTool, runTool, ToolError } from './pg-tools.ts';

/** PostgreSQL's rule for replication slot names. */
export const SLOT_NAME = /^[a-z0-9_]{1,63}$/;

export interface ReceiveWalOptions {
  /** The backup folder: WAL goes to DIR/wal, beside the base backups in DIR/base. */
  dir: string;
  slot: string;
  pgBin?: string;
}

/**
 * Streams WAL into DIR/wal with pg_receivewal until SIGTERM or SIGINT. The replication slot
 * (made on first run) makes the server keep every segment the receiver has not yet confirmed,
 * so while it is down nothing is lost: on restart it resumes where it stopped.
 */
export async function receiveWal(url: string, opts: ReceiveWalOptions): Promise<{ walDir: string }> {
  const walDir = layout(opts.dir).wal;
  // WAL holds every row written: readable by its owner only.
  await mkdir(walDir, { recursive: true, mode: 0o700 });
  const conn = connectionArgs(url);
  const bin = pgTool('pg_receivewal', opts.pgBin);
  const common = [`--slot=${opts.slot}`, '--no-password', `--dbname=${conn.url}`];
  await runTool(bin, [...common, '--create-slot', '--if-not-exists'], conn.env);
  // --synchronous: each piece of WAL is flushed to disk as it arrives, and the server told at once,
  // so what the receiver holds survives its own crash and the slot releases WAL promptly.
  await streamUntilSignal(bin, [...common, `--directory=${walDir}`, '--synchronous', '--verbose'], conn.env);
  return { walDir };
}

/**
 * Runs pg_receivewal with its log on our stderr, and turns our SIGTERM (systemd's stop) or SIGINT
 * into its SIGINT: PostgreSQL 15's pg_receivewal ends cleanly (flushing what it holds, exit 0)
 * only on SIGINT, and dies at once on SIGTERM. It exits 0 only when so stopped; any other end
 * (it could not start, it was killed) is a failure for the service manager to restart.
 */
function streamUntilSignal(bin: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const forward = () => child.kill('SIGINT');
    const signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];
    for (const s of signals) process.on(s, forward);
    const done = () => {
      for (const s of signals) process.off(s, forward);
    };
    child.once('error', (e: NodeJS.ErrnoException) => {
      done();
      reject(
        e.code === 'ENOENT' ? new ToolError(path.basename(bin), null, `${bin} not found: pass --pg-bin`) : e,
      );
    });
    child.once('close', (code) => {
      done();
      if (code === 0) resolve();
      else reject(new ToolError('pg_receivewal', code, 'stopped without being asked to (its log is above)'));
    });
  });
}
