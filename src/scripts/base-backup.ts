/**
 * npm run db:base-backup -- [--dir DIR] [--keep N] [--pg-bin DIR]
 *
 * A physical base backup of the PostgreSQL cluster (pg_basebackup, gzipped tars) into
 * DIR/base/<UTC time>/, the starting point db:pitr replays the WAL of db:wal onto; then retention.
 * See docs/operations.md ("Point-in-time recovery").
 */
import path from 'node:path';
import { takeBaseBackup } from '../ops/base-backup.ts';
import { cliOptions, positiveInt, runCli, UsageError } from '../ops/cli.ts';

const usage = `Usage: npm run db:base-backup -- [options]

  --dir DIR            backup folder: base backups in DIR/base, WAL in DIR/wal (default: DATA_DIR/backups)
  --keep N             keep the newest N base backups, and the WAL from the oldest on (default 30)
  --pg-bin DIR         folder holding pg_basebackup (default: pg_basebackup on PATH)`;

await runCli(usage, async (config) => {
  const values = cliOptions({
    options: {
      dir: { type: 'string' },
      keep: { type: 'string' },
      'pg-bin': { type: 'string' },
    },
    allowPositionals: false,
  }).values;
  if (!config.database.url) {
    throw new UsageError(
      'a base backup needs DATABASE_URL (the embedded database has no WAL: use db:backup)',
    );
  }
  const result = await takeBaseBackup(config.database.url, {
    dir: path.resolve(values.dir ?? path.join(config.dataDir, 'backups')),
    keep: positiveInt(values.keep, '--keep', 30),
    pgBin: values['pg-bin'],
  });
  return JSON.stringify({
    backup: result.backup.path,
    bytes: result.bytes,
    seconds: result.seconds,
    startWal: result.backup.info.startWal,
    removed: result.removed,
    walRemoved: result.walRemoved.length,
  });
});
