import { existsSync } from 'node:fs';
import { chmod, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createPGlite } from '../db/pglite.ts';
import {
  type BackupFile,
  backupFileName,
  parseBackupFileName,
  pruneBackups,
  type Retention,
} from './backup-files.ts';
import { connectionArgs, pgTool, runTool } from './pg-tools.ts';
import { BackupRefused } from './refused.ts';

/** Where the embedded database keeps its files (src/db/client.ts opens the same folder). */
export const pgliteDataDir = (dataDir: string) => path.resolve(dataDir, 'pgdata');

// Defined on its own (refused.ts) so that commands without PGlite can throw it; still offered here.
export { BackupRefused };

/**
 * An open PGlite writes postmaster.pid into its folder and removes it on close: its presence means
 * a server is running on it (or one crashed; the operator then says --force). Two processes on one
 * PGlite folder corrupt it, so backup and restore refuse while it is there.
 */
export function assertEmbeddedIdle(pgdata: string, force: boolean): void {
  if (!force && existsSync(path.join(pgdata, 'postmaster.pid'))) {
    throw new BackupRefused(
      `${pgdata} is in use (postmaster.pid present): stop the server first, or pass --force if it crashed`,
    );
  }
}

export interface BackupResult {
  file: BackupFile;
  bytes: number;
  removed: BackupFile[];
}

export interface BackupOptions {
  /** Folder the backup is written to (created when absent). */
  dir: string;
  retention: Retention;
  now?: Date;
}

/** Writes to a temporary name and renames, so a half-written file never looks like a backup. */
async function finish(dir: string, name: string, write: (tmp: string) => Promise<void>, opts: BackupOptions) {
  // Backups hold every account: readable by their owner only.
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const final = path.join(dir, name);
  const tmp = `${final}.partial`;
  try {
    await write(tmp);
    await chmod(tmp, 0o600);
    await rename(tmp, final);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  const file = parseBackupFileName(name, dir);
  if (!file) throw new Error(`unexpected backup name ${name}`);
  const removed = await pruneBackups(dir, opts.retention, opts.now ?? new Date());
  return { file, bytes: (await stat(final)).size, removed };
}

/**
 * pg_dump in custom format (-Fc: compressed, restorable table by table with pg_restore): schema,
 * rows, row-level security policies and grants. Roles are cluster-wide and not in it (see
 * docs/operations.md: pg_dumpall --roles-only).
 */
export async function backupPostgres(
  url: string,
  opts: BackupOptions & { pgBin?: string },
): Promise<BackupResult> {
  const now = opts.now ?? new Date();
  const conn = connectionArgs(url);
  return finish(
    opts.dir,
    backupFileName('postgres', now),
    async (tmp) => {
      await runTool(
        pgTool('pg_dump', opts.pgBin),
        ['--format=custom', '--compress=6', `--file=${tmp}`, `--dbname=${conn.url}`],
        conn.env,
      );
    },
    { ...opts, now },
  );
}

/**
 * A tarball of the embedded database's data directory, made by PGlite itself (dumpDataDir) so it
 * is consistent. Needs the server stopped (see assertEmbeddedIdle).
 */
export async function backupEmbedded(
  dataDir: string,
  opts: BackupOptions & { force?: boolean },
): Promise<BackupResult> {
  const now = opts.now ?? new Date();
  const pgdata = pgliteDataDir(dataDir);
  if (!existsSync(path.join(pgdata, 'PG_VERSION'))) {
    throw new BackupRefused(`no embedded database at ${pgdata}`);
  }
  assertEmbeddedIdle(pgdata, opts.force ?? false);
  return finish(
    opts.dir,
    backupFileName('pglite', now),
    async (tmp) => {
      const lite = await createPGlite(pgdata);
      try {
        const tarball = await lite.dumpDataDir('gzip');
        await writeFile(tmp, Buffer.from(await tarball.arrayBuffer()));
      } finally {
        await lite.close();
      }
    },
    { ...opts, now },
  );
}
