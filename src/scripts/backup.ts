/**
 * npm run db:backup -- [--dir DIR] [--keep N] [--max-age-days D] [--pg-bin DIR] [--force]
 *
 * One full backup of the configured database, then retention on the folder. With DATABASE_URL:
 * pg_dump custom format (nightchill-<UTC time>.dump). Without: a tarball of the embedded PGlite
 * data directory (nightchill-<UTC time>.pglite.tar.gz), which needs the server stopped.
 * See docs/operations.md for the schedule.
 */
import path from 'node:path';
import { backupEmbedded, backupPostgres } from '../ops/backup.ts';
import { cliOptions, positiveInt, runCli } from '../ops/cli.ts';

const usage = `Usage: npm run db:backup -- [options]

  --dir DIR            where backups go (default: DATA_DIR/backups)
  --keep N             keep at most N backups (default 30)
  --max-age-days D     remove backups older than D days (default 30); the newest always stays
  --pg-bin DIR         folder holding pg_dump (default: pg_dump on PATH)
  --force              embedded only: back up although postmaster.pid says a server is running`;

await runCli(usage, async (config) => {
  const values = cliOptions({
    options: {
      dir: { type: 'string' },
      keep: { type: 'string' },
      'max-age-days': { type: 'string' },
      'pg-bin': { type: 'string' },
      force: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  }).values;
  const dir = path.resolve(values.dir ?? path.join(config.dataDir, 'backups'));
  const retention = {
    keep: positiveInt(values.keep, '--keep', 30),
    maxAgeDays: positiveInt(values['max-age-days'], '--max-age-days', 30),
  };
  const result = config.database.url
    ? await backupPostgres(config.database.url, { dir, retention, pgBin: values['pg-bin'] })
    : await backupEmbedded(config.dataDir, { dir, retention, force: values.force });
  return JSON.stringify({
    backup: result.file.path,
    bytes: result.bytes,
    removed: result.removed.map((b) => b.name),
  });
});
