import { existsSync, statSync } from 'node:fs';
import { appendFile, chmod, lchown, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type BaseBackup, readBaseBackup } from './base-backup.ts';
import { pgTool, runTool } from './pg-tools.ts';
import { BackupRefused } from './refused.ts';

export interface PitrOptions {
  /** A base backup folder (DIR/base/<UTC time>, or its cold copy). */
  base: string;
  /** The WAL folder (DIR/wal, or its cold copy); the restored server reads it while it recovers. */
  wal: string;
  /**
   * The target time, ISO 8601 with a zone: recovery stops before the first commit after it. Or
   * 'latest': every commit the WAL folder holds (the disaster case: the primary is gone).
   */
  to: string;
  /** The new data directory: absent or empty. */
  targetDir: string;
  /** Where pg_ctl and postgres live; when given, their major version must be the backup's. */
  pgBin?: string;
  now?: Date;
}

export interface PitrResult {
  targetDir: string;
  /** The command that starts a server on it (recovery, then promotion, happen as it starts). */
  startCommand: string;
}

/**
 * Prepares a point-in-time restore: unpacks the base backup into an empty data directory and
 * writes recovery.signal plus the recovery settings (restore_command reading the WAL folder,
 * recovery_target_time, promote). Starting the server is left to the operator (the command is
 * returned): which port and which config it runs with is theirs to choose.
 */
export async function preparePitr(opts: PitrOptions): Promise<PitrResult> {
  const backup = await readBaseBackup(path.resolve(opts.base));
  if (!backup) {
    throw new BackupRefused(`${opts.base} is not a complete base backup made by db:base-backup`);
  }
  if (opts.to !== 'latest' && Date.parse(opts.to) < Date.parse(backup.info.finishedAt)) {
    throw new BackupRefused(
      `--to ${opts.to} is before this base backup ended (${backup.info.finishedAt}): restore from an older one`,
    );
  }
  const wal = path.resolve(opts.wal);
  if (!existsSync(wal) || !statSync(wal).isDirectory()) throw new BackupRefused(`no WAL folder at ${wal}`);
  const archives = await tarballs(backup);
  if (opts.pgBin) await assertSameMajor(opts.pgBin, backup);
  const target = path.resolve(opts.targetDir);
  if (existsSync(target) && (await readdir(target)).length > 0) {
    throw new BackupRefused(`${target} is not empty: restore into a new, empty folder`);
  }
  // PostgreSQL refuses a data directory others may read.
  await mkdir(target, { recursive: true, mode: 0o700 });
  await chmod(target, 0o700);
  try {
    await unpack(archives.base, target);
    await mkdir(path.join(target, 'pg_wal'), { recursive: true, mode: 0o700 });
    await unpack(archives.wal, path.join(target, 'pg_wal'));
    await writeFile(path.join(target, 'recovery.signal'), '', { mode: 0o600 });
    await appendFile(path.join(target, 'postgresql.auto.conf'), recoverySettings(wal, opts, backup));
    await giveToOwnerOf(target);
  } catch (err) {
    // Leave the folder as it was found: empty.
    for (const name of await readdir(target))
      await rm(path.join(target, name), { recursive: true, force: true });
    throw err;
  }
  const pgCtl = pgTool('pg_ctl', opts.pgBin);
  return {
    targetDir: target,
    startCommand: `${shellQuote(pgCtl)} -D ${shellQuote(target)} -l ${shellQuote(`${target}.log`)} start`,
  };
}

/** base.tar.gz and pg_wal.tar.gz; any other tarball is a tablespace, which this restore does not place. */
async function tarballs(backup: BaseBackup) {
  const names = (await readdir(backup.path)).filter((n) => n.endsWith('.tar.gz'));
  const others = names.filter((n) => n !== 'base.tar.gz' && n !== 'pg_wal.tar.gz');
  if (others.length > 0) {
    throw new BackupRefused(`${backup.path} holds tablespaces (${others.join(', ')}): restore them by hand`);
  }
  if (names.length !== 2) throw new BackupRefused(`${backup.path} lacks base.tar.gz or pg_wal.tar.gz`);
  return { base: path.join(backup.path, 'base.tar.gz'), wal: path.join(backup.path, 'pg_wal.tar.gz') };
}

/** A server of another major version cannot start on the files. */
async function assertSameMajor(pgBin: string, backup: BaseBackup) {
  const { stdout } = await runTool(pgTool('postgres', pgBin), ['--version']);
  const major = Number(/\) (\d+)/.exec(stdout)?.[1]);
  const wanted = Math.floor(backup.info.serverVersion / 10_000);
  if (major !== wanted) {
    throw new BackupRefused(
      `${pgBin}/postgres is PostgreSQL ${major}; the backup is of PostgreSQL ${wanted}`,
    );
  }
}

/** The files get the current user, not the archive's owner (whose uid may differ on this host). */
const unpack = (tarball: string, into: string) =>
  runTool('tar', ['--extract', '--gzip', `--file=${tarball}`, `--directory=${into}`, '--no-same-owner']);

/**
 * restore_command copies a segment from the WAL folder, or its .partial twin: the segment
 * pg_receivewal was writing when it stopped holds the last commits and is never renamed. A
 * missing file is a quiet exit 1 (the server asks for files past the end, and for history files).
 */
function recoverySettings(wal: string, opts: PitrOptions, backup: BaseBackup): string {
  // Without a target the server replays all there is, and promotes itself at its end.
  const target =
    opts.to === 'latest'
      ? ['# replayed to the end of the WAL there, then promoted to a primary on a new timeline.']
      : [
          '# replayed up to the target time, then promoted to a primary on a new timeline.',
          `recovery_target_time = ${confQuote(targetTime(opts.to))}`,
          `recovery_target_action = 'promote'`,
        ];
  // PostgreSQL replaces %f and %p itself: a % in the folder's name is written %%.
  const dir = wal.replaceAll('%', '%%');
  const file = shellQuote(`${dir}/%f`);
  const partial = shellQuote(`${dir}/%f.partial`);
  const restore = `if [ -f ${file} ]; then cp ${file} "%p"; elif [ -f ${partial} ]; then cp ${partial} "%p"; else exit 1; fi`;
  return [
    '',
    `# db:pitr ${(opts.now ?? new Date()).toISOString()}: base backup ${backup.stamp}, WAL from ${wal},`,
    `restore_command = ${confQuote(restore)}`,
    ...target,
    '',
  ].join('\n');
}

/**
 * Run as root (tar then made every file root's), gives the files to the target folder's owner:
 * the postgres user must own its data directory. Make the folder first, owned by that user.
 */
async function giveToOwnerOf(target: string) {
  if (process.getuid?.() !== 0) return;
  const { uid, gid } = await stat(target);
  if (uid === 0) return;
  for (const name of await readdir(target, { recursive: true }))
    await lchown(path.join(target, name), uid, gid);
}

/**
 * The time as the server reads it at start-up, when zone abbreviations are not yet loaded: "Z"
 * would be refused there ("invalid value for parameter"), "+00" is not. The digits are kept as
 * given (microseconds included).
 */
const targetTime = (iso: string) => iso.replace('T', ' ').replace(/Z$/, '+00');

const shellQuote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;
const confQuote = (s: string) => `'${s.replaceAll("'", "''")}'`;
