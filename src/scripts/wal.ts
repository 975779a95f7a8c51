/**
 * npm run db:wal -- [--dir DIR] [--slot NAME] [--pg-bin DIR]
 *
 * Streams the cluster's WAL into DIR/wal with pg_receivewal, through a replication slot, until
 * SIGTERM or SIGINT: the continuous "incremental backup" db:pitr replays. Run it as a service.
 * See docs/operations.md ("Point-in-time recovery").
 */
import path from 'node:path';
import { cliOptions, runCli, UsageError } from '../ops/cli.ts';
import { receiveWal, SLOT_NAME } from '../ops/wal.ts';

const usage = `Usage: npm run db:wal -- [options]

  --dir DIR            backup folder: WAL goes to DIR/wal (default: DATA_DIR/backups)
  --slot NAME          replication slot, made when missing (default nightchill_wal)
  --pg-bin DIR         folder holding pg_receivewal (default: pg_receivewal on PATH)`;

await runCli(usage, async (config) => {
  const values = cliOptions({
    options: {
      dir: { type: 'string' },
      slot: { type: 'string' },
      'pg-bin': { type: 'string' },
    },
    allowPositionals: false,
  }).values;
  if (!config.database.url) {
    throw new UsageError('WAL streaming needs DATABASE_URL (the embedded database has no WAL to stream)');
  }
  const slot = values.slot ?? 'nightchill_wal';
  if (!SLOT_NAME.test(slot)) throw new UsageError(`--slot must be 1-63 of a-z, 0-9 and _, not "${slot}"`);
  const result = await receiveWal(config.database.url, {
    dir: path.resolve(values.dir ?? path.join(config.dataDir, 'backups')),
    slot,
    pgBin: values['pg-bin'],
  });
  return JSON.stringify({ wal: result.walDir, slot, stopped: true });
});
