import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { parseUtcStamp, utcStamp } from './backup-files.ts';
import { connectionArgs, pgTool, runTool } from './pg-tools.ts';
import { BackupRefused } from './refused.ts';
import { namesIn, pruneSegmentsBefore, walSegmentName } from './wal-files.ts';

/**
 * What db:base-backup records beside pg_basebackup's files (in INFO_FILE). Times are the
 * server's, the clock its commit timestamps (and so recovery_target_time) are read against.
 */
export interface BaseBackupInfo {
  /** The server's time once the backup had ended: the earliest point a restore from it can stop at. */
  finishedAt: string;
  /** The first WAL segment a restore from it reads (the backup's start). */
  startWal: string;
  walSegmentSize: number;
  /** server_version_num: a base backup only starts on a server of the same major version. */
  serverVersion: number;
}

export interface BaseBackup {
  stamp: string;
  path: string;
  takenAt: Date;
  info: BaseBackupInfo;
}

/** Written last: a base backup folder without it is incomplete (a copy under way or cut short). */
export const INFO_FILE = 'nightchill-backup.json';

/** The base backups under DIR/base and the WAL under DIR/wal: the layout every command here shares. */
export const layout = (dir: string) => ({ base: path.join(dir, 'base'), wal: path.join(dir, 'wal') });

/** The complete base backup in folder (one db:base-backup made), else undefined. */
export async function readBaseBackup(folder: string): Promise<BaseBackup | undefined> {
  const stamp = path.basename(folder);
  const takenAt = parseUtcStamp(stamp);
  const infoFile = path.join(folder, INFO_FILE);
  if (!takenAt || !existsSync(infoFile)) return undefined;
  const info = JSON.parse(await readFile(infoFile, 'utf8')) as BaseBackupInfo;
  return { stamp, path: folder, takenAt, info };
}

/** The complete base backups in baseDir (DIR/base), newest first. */
export async function listBaseBackups(baseDir: string): Promise<BaseBackup[]> {
  const found: BaseBackup[] = [];
  for (const name of await namesIn(baseDir)) {
    const backup = await readBaseBackup(path.join(baseDir, name));
    if (backup) found.push(backup);
  }
  return found.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

export interface BaseBackupResult {
  backup: BaseBackup;
  bytes: number;
  seconds: number;
  /** Base backups removed by retention (their stamps), and the WAL segments no kept one needs. */
  removed: string[];
  walRemoved: string[];
}

export interface BaseBackupOptions {
  /** The backup folder: the backup goes to DIR/base/<UTC time>/, beside DIR/wal. */
  dir: string;
  /** Keep the newest N base backups (and the WAL from the oldest of them on). */
  keep: number;
  pgBin?: string;
  now?: Date;
}

/**
 * pg_basebackup of the whole cluster, as gzipped tars, with the WAL it needs to be consistent
 * streamed alongside (-X stream): the backup restores on its own, and the WAL from pg_receivewal
 * (db:wal) carries it forward to any later point. Written under a .partial name and renamed when
 * complete; then retention.
 */
export async function takeBaseBackup(url: string, opts: BaseBackupOptions): Promise<BaseBackupResult> {
  const { base, wal } = layout(opts.dir);
  // Backups hold every account: readable by their owner only.
  await mkdir(base, { recursive: true, mode: 0o700 });
  const stamp = utcStamp(opts.now ?? new Date());
  const final = path.join(base, stamp);
  const tmp = `${final}.partial`;
  if (existsSync(final) || existsSync(tmp)) throw new BackupRefused(`${final} already exists`);
  const started = Date.now();
  const conn = connectionArgs(url);
  try {
    await runTool(
      pgTool('pg_basebackup', opts.pgBin),
      [
        `--pgdata=${tmp}`,
        '--format=tar',
        '--gzip',
        '--wal-method=stream',
        '--checkpoint=fast',
        `--label=nightchill-${stamp}`,
        '--no-password',
        `--dbname=${conn.url}`,
      ],
      conn.env,
    );
    const facts = await serverFacts(url);
    const info: BaseBackupInfo = {
      finishedAt: facts.now.toISOString(),
      startWal: await startSegment(tmp, facts.walSegmentSize),
      walSegmentSize: facts.walSegmentSize,
      serverVersion: facts.serverVersion,
    };
    await writeFile(path.join(tmp, INFO_FILE), `${JSON.stringify(info, null, 2)}\n`);
    for (const name of await readdir(tmp)) await chmod(path.join(tmp, name), 0o600);
    await chmod(tmp, 0o700);
    await rename(tmp, final);
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
  const seconds = (Date.now() - started) / 1000;
  const backup = await readBaseBackup(final);
  if (!backup) throw new Error(`${final} was not written`);
  let bytes = 0;
  for (const name of await readdir(final)) bytes += (await stat(path.join(final, name))).size;
  const { removed, walRemoved } = await pruneBaseBackups(base, wal, opts.keep);
  return { backup, bytes, seconds, removed, walRemoved };
}

/**
 * Keeps the newest `keep` base backups, and the WAL segments from the oldest kept one's start on:
 * older segments can only replay onto backups that are gone.
 */
export async function pruneBaseBackups(baseDir: string, walDir: string, keep: number) {
  const backups = await listBaseBackups(baseDir);
  const expired = backups.slice(keep);
  for (const b of expired) await rm(b.path, { recursive: true, force: true });
  const oldest = backups.slice(0, keep).at(-1);
  const walRemoved = oldest
    ? await pruneSegmentsBefore(walDir, oldest.info.startWal, oldest.info.walSegmentSize)
    : [];
  return { removed: expired.map((b) => b.stamp), walRemoved };
}

/** The server's clock, WAL segment size and version, asked once the backup has ended. */
async function serverFacts(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ now: Date; segment: string; version: string }>(
      // pg_settings gives the segment size in bytes; current_setting() would say "16MB".
      `SELECT now() AS now, current_setting('server_version_num') AS version,
              (SELECT setting FROM pg_settings WHERE name = 'wal_segment_size') AS segment`,
    );
    const row = rows[0];
    if (!row) throw new Error('the server did not answer');
    return { now: row.now, walSegmentSize: Number(row.segment), serverVersion: Number(row.version) };
  } finally {
    await client.end();
  }
}

/**
 * The first WAL segment of the backup, from the manifest pg_basebackup writes beside the tars
 * (its WAL-Ranges give the timeline and the start LSN).
 */
async function startSegment(folder: string, segmentSize: number): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(folder, 'backup_manifest'), 'utf8')) as {
    'WAL-Ranges'?: { Timeline: number; 'Start-LSN': string }[];
  };
  const first = manifest['WAL-Ranges']?.[0];
  if (!first) throw new Error('backup_manifest names no WAL range');
  return walSegmentName(first.Timeline, first['Start-LSN'], segmentSize);
}
