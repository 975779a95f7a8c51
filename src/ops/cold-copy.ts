import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { INFO_FILE, layout, listBaseBackups } from './base-backup.ts';
import { BackupRefused } from './refused.ts';
import { isHistoryFile, namesIn, pruneSegmentsBefore, segmentsFrom } from './wal-files.ts';

export interface ColdCopyOptions {
  /** The hot backup folder (db:base-backup's and db:wal's --dir). */
  from: string;
  /** The cold store: a folder (an object-store mount, or one a sync job uploads). */
  to: string;
  maxAgeDays: number;
  now?: Date;
}

export interface ColdCopyResult {
  /** The base backup copied (its stamp). */
  base: string;
  copied: number;
  skipped: number;
  bytes: number;
  /** Cold base backups removed for age (stamps), and the cold WAL segments no kept one needs. */
  pruned: string[];
  walPruned: number;
}

/**
 * Copies the newest base backup and the WAL from its start on into the cold store, skipping files
 * already there, then removes cold base backups older than maxAgeDays (the newest always stays)
 * and the WAL older than the oldest one kept. Run twice, the second run copies nothing.
 */
export async function coldCopy(opts: ColdCopyOptions): Promise<ColdCopyResult> {
  const hot = layout(opts.from);
  const cold = layout(opts.to);
  const newest = (await listBaseBackups(hot.base))[0];
  if (!newest) throw new BackupRefused(`no complete base backup in ${hot.base}: run db:base-backup first`);
  const { startWal, walSegmentSize } = newest.info;

  const baseFiles = (await readdir(newest.path)).filter((n) => n !== INFO_FILE);
  // The info file last: a cold folder holding it is a complete backup.
  const copies = [...baseFiles, INFO_FILE].map((n) => ({
    from: path.join(newest.path, n),
    to: path.join(cold.base, newest.stamp, n),
  }));
  // The segment being written (.partial) is left for the next run, once complete.
  const walNames = [
    ...(await segmentsFrom(hot.wal, startWal, walSegmentSize)),
    ...(await namesIn(hot.wal)).filter(isHistoryFile),
  ];
  for (const n of walNames) copies.push({ from: path.join(hot.wal, n), to: path.join(cold.wal, n) });

  let copied = 0;
  let bytes = 0;
  for (const c of copies) {
    const size = await copyIfMissing(c.from, c.to);
    if (size === undefined) continue;
    copied++;
    bytes += size;
  }
  const { pruned, walPruned } = await pruneCold(cold, opts.maxAgeDays, opts.now ?? new Date());
  return { base: newest.stamp, copied, skipped: copies.length - copied, bytes, pruned, walPruned };
}

/**
 * Copies src to dest unless dest already holds a file of its size (backup files never change once
 * written). The copy goes to a temporary name first, so a cut-off copy is redone next time.
 * Returns the bytes copied, or undefined when skipped.
 */
async function copyIfMissing(src: string, dest: string): Promise<number | undefined> {
  const { size } = await stat(src);
  if (existsSync(dest) && (await stat(dest)).size === size) return undefined;
  await mkdir(path.dirname(dest), { recursive: true, mode: 0o700 });
  const tmp = `${dest}.copying`;
  await copyFile(src, tmp);
  await chmod(tmp, 0o600);
  await rename(tmp, dest);
  return size;
}

async function pruneCold(cold: { base: string; wal: string }, maxAgeDays: number, now: Date) {
  const cutoff = now.getTime() - maxAgeDays * 86_400_000;
  const backups = await listBaseBackups(cold.base);
  // The newest stays whatever its age: a year without cold copies never empties the store.
  const expired = backups.slice(1).filter((b) => b.takenAt.getTime() < cutoff);
  for (const b of expired) await rm(b.path, { recursive: true, force: true });
  const oldest = backups.filter((b) => !expired.includes(b)).at(-1);
  const walPruned = oldest
    ? (await pruneSegmentsBefore(cold.wal, oldest.info.startWal, oldest.info.walSegmentSize)).length
    : 0;
  return { pruned: expired.map((b) => b.stamp), walPruned };
}
