import { describe, expect, it } from 'vitest';
import {
  type BackupFile,
  backupFileName,
  expiredBackups,
  parseBackupFileName,
} from '../../src/ops/backup-files.ts';

const day = 86_400_000;
const now = new Date(Date.UTC(2025, 5, 30, 2, 0, 0));
const daysAgo = (n: number, kind: BackupFile['kind'] = 'postgres') =>
  parseBackupFileName(backupFileName(kind, new Date(now.getTime() - n * day)))!;

describe('backup file names and retention', () => {
  it('names backups by UTC time and reads the time back; other files are not backups', () => {
    const name = backupFileName('postgres', new Date(Date.UTC(2025, 0, 2, 3, 4, 5, 678)));
    expect(name).toBe('nightchill-20250102T030405Z.dump');
    expect(parseBackupFileName(name)).toMatchObject({
      kind: 'postgres',
      takenAt: new Date(Date.UTC(2025, 0, 2, 3, 4, 5)),
    });
    expect(parseBackupFileName('nightchill-20250102T030405Z.pglite.tar.gz')?.kind).toBe('pglite');
    for (const other of [
      'notes.txt',
      'nightchill-20251302T000000Z.dump',
      'nightchill-20250102T030405Z.dump.partial',
    ]) {
      expect(parseBackupFileName(other)).toBeUndefined();
    }
  });

  it('keeps at most `keep` backups and none older than maxAgeDays', () => {
    const backups = [0, 1, 2, 3, 4, 40].map((n) => daysAgo(n));
    const expired = expiredBackups(backups, { keep: 3, maxAgeDays: 30 }, now).map((b) => b.name);
    expect(expired).toEqual([daysAgo(3).name, daysAgo(4).name, daysAgo(40).name]);
    expect(expiredBackups(backups, { keep: 100, maxAgeDays: 30 }, now)).toEqual([daysAgo(40)]);
  });

  it('never removes the newest backup of a kind, however old', () => {
    const backups = [daysAgo(400), daysAgo(500), daysAgo(10, 'pglite')];
    const expired = expiredBackups(backups, { keep: 1, maxAgeDays: 30 }, now);
    expect(expired).toEqual([daysAgo(500)]);
  });
});
