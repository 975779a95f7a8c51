import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INFO_FILE, pruneBaseBackups } from '../../src/ops/base-backup.ts';
import { testSecrets } from '../helpers/config.ts';
import { giveToServerUser, PG_BIN, type PgPrimary, startPgPrimary } from '../helpers/pg-cluster.ts';
import { runScript, startScript } from '../helpers/process.ts';

const SLOT = 'nightchill_wal';

/** Polls check until it returns true, for at most timeoutMs (bounded: no test waits forever). */
async function eventually(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** An empty folder the server user owns, under the test server's folder: a restore's data directory. */
async function emptyDataDir(primary: PgPrimary, name: string): Promise<string> {
  const dir = path.join(primary.base, name);
  mkdirSync(dir, { mode: 0o700 });
  await giveToServerUser(dir);
  return dir;
}

/** The server's clock now, as ISO 8601 UTC to the microsecond (the precision commit times have). */
async function serverTime(primary: PgPrimary): Promise<string> {
  const { rows } = await primary.query(
    `SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS t`,
  );
  return rows[0].t as string;
}

async function labels(query: PgPrimary['query']): Promise<string[]> {
  const { rows } = await query('SELECT DISTINCT label FROM drill ORDER BY label');
  return rows.map((r) => r.label as string);
}

describe('db:wal + db:base-backup → db:cold-copy → db:pitr, against a real PostgreSQL 15', () => {
  let primary: PgPrimary;
  let env: Record<string, string>;
  let backups: string;
  let cold: string;
  let baseBackup: string;
  let beforeBackup: string;
  // After the "before" rows, before the "after" ones (their segment then completed by pg_switch_wal).
  let t1: string;

  beforeAll(async () => {
    primary = await startPgPrimary();
    env = { DATABASE_URL: primary.url, ...testSecrets };
    backups = path.join(primary.base, 'backups');
    cold = path.join(primary.base, 'cold');
    // Each commit flushed before it returns: the test knows which WAL position holds its rows.
    await primary.query('ALTER DATABASE postgres SET synchronous_commit = on');
    await primary.query('CREATE TABLE drill (label text NOT NULL, n int NOT NULL)');
  }, 60_000);

  afterAll(async () => {
    await primary?.close();
  });

  const insert = async (label: string) => {
    await primary.query(`INSERT INTO drill SELECT $1, g FROM generate_series(1, 100) g`, [label]);
    const { rows } = await primary.query('SELECT pg_current_wal_flush_lsn()::text AS lsn');
    return rows[0].lsn as string;
  };
  const receivedUpTo = async (lsn: string) => {
    const { rows } = await primary.query(
      `SELECT r.flush_lsn >= $1::pg_lsn AS done FROM pg_replication_slots s
         JOIN pg_stat_replication r ON r.pid = s.active_pid WHERE s.slot_name = $2`,
      [lsn, SLOT],
    );
    return rows[0]?.done === true;
  };

  it('streams WAL through a slot while a base backup is taken and rows are written', async () => {
    beforeBackup = await serverTime(primary);
    const receiver = startScript('wal', ['--dir', backups, '--pg-bin', PG_BIN], env);
    try {
      await eventually(
        async () =>
          (await primary.query('SELECT active FROM pg_replication_slots WHERE slot_name = $1', [SLOT]))
            .rows[0]?.active === true,
        20_000,
        'db:wal to stream through its slot',
      );

      const made = await runScript('base-backup', ['--dir', backups, '--pg-bin', PG_BIN, '--keep', '3'], env);
      expect(made.code, made.stderr).toBe(0);
      const report = JSON.parse(made.stdout) as { backup: string; bytes: number; startWal: string };
      baseBackup = report.backup;
      expect(path.dirname(baseBackup)).toBe(path.join(backups, 'base'));
      expect(readdirSync(baseBackup).sort()).toEqual(
        ['backup_manifest', 'base.tar.gz', INFO_FILE, 'pg_wal.tar.gz'].sort(),
      );
      expect(statSync(baseBackup).mode & 0o777).toBe(0o700);
      for (const f of readdirSync(baseBackup))
        expect(statSync(path.join(baseBackup, f)).mode & 0o777).toBe(0o600);
      expect(readdirSync(path.join(backups, 'base'))).toEqual([path.basename(baseBackup)]);
      // The first segment named from the manifest's start LSN is the one the server names.
      const manifest = JSON.parse(readFileSync(path.join(baseBackup, 'backup_manifest'), 'utf8'));
      const { rows } = await primary.query('SELECT pg_walfile_name($1::pg_lsn) AS name', [
        manifest['WAL-Ranges'][0]['Start-LSN'],
      ]);
      expect(report.startWal).toBe(rows[0].name);

      await insert('before');
      t1 = await serverTime(primary);
      const afterLsn = await insert('after');
      const { rows: seg } = await primary.query('SELECT pg_walfile_name($1::pg_lsn) AS name', [afterLsn]);
      await primary.query('SELECT pg_switch_wal()');
      const completed = path.join(backups, 'wal', seg[0].name as string);
      await eventually(() => existsSync(completed), 20_000, `the receiver to complete ${completed}`);

      const latestLsn = await insert('latest');
      await eventually(() => receivedUpTo(latestLsn), 20_000, `the receiver to flush ${latestLsn}`);
    } finally {
      receiver.child.kill('SIGTERM');
    }
    const [code] = await Promise.race([
      receiver.exited,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('db:wal did not stop')), 10_000)),
    ]);
    expect(code, receiver.output().stderr).toBe(0);
    expect(JSON.parse(receiver.output().stdout)).toMatchObject({ slot: SLOT, stopped: true });
    // Stopped mid-segment: the newest rows are in a segment pg_receivewal never completed.
    expect(readdirSync(path.join(backups, 'wal')).some((n) => n.endsWith('.partial'))).toBe(true);
    // The slot stays: the server keeps the WAL for the receiver's return.
    const slot = await primary.query('SELECT active FROM pg_replication_slots WHERE slot_name = $1', [SLOT]);
    expect(slot.rows).toEqual([{ active: false }]);
    // The restored servers run as the server user and read the WAL folder through restore_command.
    await giveToServerUser(backups);
  }, 60_000);

  it('restores every commit received, the last ones from the .partial segment (--to latest)', async () => {
    const target = await emptyDataDir(primary, 'restored-hot');
    const res = await runScript(
      'pitr',
      [
        ...['--base', baseBackup, '--wal', path.join(backups, 'wal'), '--to', 'latest'],
        ...['--target-dir', target, '--pg-bin', PG_BIN],
      ],
      {},
    );
    expect(res.code, res.stderr).toBe(0);
    const out = JSON.parse(res.stdout) as { restored: string; start: string };
    expect(out.restored).toBe(target);
    expect(out.start).toContain(`-D '${target}'`);
    expect(existsSync(path.join(target, 'recovery.signal'))).toBe(true);

    const restored = await primary.startOn(target);
    await eventually(
      async () => (await restored.query('SELECT pg_is_in_recovery() AS r')).rows[0].r === false,
      20_000,
      'the restored server to replay all the WAL and promote',
    );
    expect(await labels(restored.query)).toEqual(['after', 'before', 'latest']);
  }, 60_000);

  it('copies the newest base backup and its WAL to the cold store once, prunes the expired, and restores from it', async () => {
    // A cold backup from 2020 and a segment only it needed: past the 365 days.
    const old = path.join(cold, 'base', '20200101T000000Z');
    mkdirSync(old, { recursive: true });
    writeFileSync(
      path.join(old, INFO_FILE),
      JSON.stringify({
        finishedAt: '2020-01-01T00:00:00.000Z',
        startWal: '000000010000000000000001',
        walSegmentSize: 16 * 1024 * 1024,
        serverVersion: 150000,
      }),
    );
    mkdirSync(path.join(cold, 'wal'));
    writeFileSync(path.join(cold, 'wal', '000000010000000000000001'), 'old');

    const first = await runScript('cold-copy', ['--from', backups, '--to', cold], {});
    expect(first.code, first.stderr).toBe(0);
    const copied = JSON.parse(first.stdout);
    expect(copied).toMatchObject({
      base: path.basename(baseBackup),
      skipped: 0,
      pruned: ['20200101T000000Z'],
    });
    expect(copied.walPruned).toBe(1);
    expect(copied.copied).toBeGreaterThanOrEqual(6); // 4 base backup files and at least two segments
    expect(readdirSync(path.join(cold, 'base'))).toEqual([path.basename(baseBackup)]);
    expect(readdirSync(path.join(cold, 'wal')).some((n) => n.includes('.partial'))).toBe(false);

    const second = await runScript(
      'cold-copy',
      ['--from', backups, '--to', cold, '--max-age-days', '365'],
      {},
    );
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({
      copied: 0,
      bytes: 0,
      skipped: copied.copied,
      pruned: [],
    });

    await giveToServerUser(cold);
    const target = await emptyDataDir(primary, 'restored-cold');
    const res = await runScript(
      'pitr',
      ['--base', path.join(cold, 'base', path.basename(baseBackup)), '--wal', path.join(cold, 'wal')].concat([
        '--to',
        t1,
        '--target-dir',
        target,
      ]),
      {},
    );
    expect(res.code, res.stderr).toBe(0);
    const restored = await primary.startOn(target);
    await eventually(
      async () => (await restored.query('SELECT pg_is_in_recovery() AS r')).rows[0].r === false,
      20_000,
      'the restored server to reach its target and promote',
    );
    expect(await labels(restored.query)).toEqual(['before']);
  }, 60_000);

  it('refuses a non-empty target and a time before the base backup (3), bad arguments (2)', async () => {
    const full = path.join(primary.base, 'occupied');
    mkdirSync(full);
    writeFileSync(path.join(full, 'keep.txt'), 'mine');
    const fresh = path.join(primary.base, 'too-early');
    const pitr = (to: string, targetDir: string) =>
      runScript('pitr', [
        '--base',
        baseBackup,
        '--wal',
        path.join(backups, 'wal'),
        '--to',
        to,
        '--target-dir',
        targetDir,
      ]);
    // Independent processes: run side by side.
    const [occupied, early, noZone, noTo, nothing, badSlot, embedded] = await Promise.all([
      pitr(t1, full),
      pitr(beforeBackup, fresh),
      pitr('2025-06-30 14:00', fresh),
      runScript('cold-copy', ['--from', backups]),
      runScript('cold-copy', ['--from', path.join(primary.base, 'none'), '--to', cold]),
      runScript('wal', ['--slot', 'Not-A-Slot'], env),
      runScript('base-backup', ['--dir', backups], {}),
    ]);
    expect(occupied.code).toBe(3);
    expect(occupied.stderr).toContain('not empty');
    expect(readdirSync(full)).toEqual(['keep.txt']);
    expect(early.code).toBe(3);
    expect(early.stderr).toContain('before this base backup ended');
    expect(existsSync(fresh)).toBe(false);
    expect(noZone.code).toBe(2);
    expect(noZone.stderr).toContain('Usage: npm run db:pitr');
    expect(noTo.code).toBe(2);
    expect(nothing.code).toBe(3);
    expect(nothing.stderr).toContain('no complete base backup');
    expect(badSlot.code).toBe(2);
    // Without DATABASE_URL (the embedded database) there is no WAL to back up.
    expect(embedded.code).toBe(2);
    expect(embedded.stderr).toContain('needs DATABASE_URL');
  }, 60_000);
});

describe('base backup retention', () => {
  it('keeps the newest N base backups and the WAL from the oldest kept one on', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nightchill-retention-'));
    const base = path.join(dir, 'base');
    const wal = path.join(dir, 'wal');
    mkdirSync(wal, { recursive: true });
    const info = (startWal: string) =>
      JSON.stringify({
        finishedAt: '2025-01-01T00:00:00Z',
        startWal,
        walSegmentSize: 16 * 1024 * 1024,
        serverVersion: 150000,
      });
    for (const [stamp, startWal] of [
      ['20250101T020000Z', '000000010000000000000003'],
      ['20250102T020000Z', '000000010000000000000007'],
      ['20250103T020000Z', '00000002000000000000000A'],
    ] as const) {
      mkdirSync(path.join(base, stamp), { recursive: true });
      writeFileSync(path.join(base, stamp, INFO_FILE), info(startWal));
    }
    mkdirSync(path.join(base, '20250104T020000Z.partial'));
    const segments = ['000000010000000000000003', '000000010000000000000006', '000000010000000000000007'];
    for (const n of [...segments, '00000002.history', '00000002000000000000000A.partial']) {
      writeFileSync(path.join(wal, n), '');
    }
    try {
      const pruned = await pruneBaseBackups(base, wal, 2);
      expect(pruned).toEqual({
        removed: ['20250101T020000Z'],
        walRemoved: ['000000010000000000000003', '000000010000000000000006'],
      });
      expect(readdirSync(base).sort()).toEqual([
        '20250102T020000Z',
        '20250103T020000Z',
        '20250104T020000Z.partial',
      ]);
      expect(readdirSync(wal).sort()).toEqual([
        '000000010000000000000007',
        '00000002.history',
        '00000002000000000000000A.partial',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
