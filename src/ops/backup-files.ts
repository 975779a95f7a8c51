import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/** What a backup file holds: a pg_dump custom-format archive, or a tarball of PGlite's data directory. */
export type BackupKind = 'postgres' | 'pglite';

const EXTENSIONS: Record<BackupKind, string> = { postgres: '.dump', pglite: '.pglite.tar.gz' };
const NAME = /^nightchill-(\d{8}T\d{6}Z)(\.dump|\.pglite\.tar\.gz)$/;

export interface BackupFile {
  name: string;
  path: string;
  kind: BackupKind;
  takenAt: Date;
}

/** 20250101T020000Z: a UTC time to the second, sortable as text (backup and base backup names). */
export function utcStamp(at: Date): string {
  return at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** The time a utcStamp names, or undefined for any other text. */
export function parseUtcStamp(stamp: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  const at = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
  return Number.isNaN(at.getTime()) ? undefined : at;
}

/** nightchill-20250101T020000Z.dump: the UTC time it was taken, sortable as text. */
export function backupFileName(kind: BackupKind, at: Date): string {
  return `nightchill-${utcStamp(at)}${EXTENSIONS[kind]}`;
}

/** The backup a file name describes, or undefined for any other file (never touched by retention). */
export function parseBackupFileName(name: string, dir = '.'): BackupFile | undefined {
  const m = NAME.exec(name);
  const takenAt = m?.[1] ? parseUtcStamp(m[1]) : undefined;
  if (!m || !takenAt) return undefined;
  const ext = m[2];
  return { name, path: path.join(dir, name), kind: ext === '.dump' ? 'postgres' : 'pglite', takenAt };
}

/** The backups in dir, newest first (an absent folder has none). */
export async function listBackups(dir: string): Promise<BackupFile[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  return names
    .map((n) => parseBackupFileName(n, dir))
    .filter((b): b is BackupFile => b !== undefined)
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.name.localeCompare(a.name));
}

export interface Retention {
  /** Keep at most this many backups (of each kind). */
  keep: number;
  /** Remove backups older than this many days. */
  maxAgeDays: number;
}

/**
 * Which backups retention removes: those beyond the newest `keep` of their kind, and those older
 * than maxAgeDays. The newest backup of each kind always stays, so a month without successful
 * backups never leaves the folder empty.
 */
export function expiredBackups(
  backups: readonly BackupFile[],
  retention: Retention,
  now: Date,
): BackupFile[] {
  const cutoff = now.getTime() - retention.maxAgeDays * 86_400_000;
  const seen: Record<BackupKind, number> = { postgres: 0, pglite: 0 };
  const expired: BackupFile[] = [];
  for (const b of [...backups].sort((x, y) => y.takenAt.getTime() - x.takenAt.getTime())) {
    const rank = seen[b.kind]++;
    if (rank === 0) continue;
    if (rank >= retention.keep || b.takenAt.getTime() < cutoff) expired.push(b);
  }
  return expired;
}

/** Applies retention to dir; returns the files removed. */
export async function pruneBackups(dir: string, retention: Retention, now: Date): Promise<BackupFile[]> {
  const expired = expiredBackups(await listBackups(dir), retention, now);
  for (const b of expired) await rm(b.path, { force: true });
  return expired;
}
