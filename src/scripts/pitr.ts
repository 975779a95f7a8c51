/**
 * npm run db:pitr -- --base DIR --wal DIR --to TIME|latest --target-dir DIR [--pg-bin DIR]
 *
 * Prepares a point-in-time restore into a new data directory: the base backup unpacked, then
 * recovery settings that replay the WAL up to TIME (or all of it) and promote. Prints how to start
 * the server.
 * See docs/operations.md ("Point-in-time recovery").
 */
import path from 'node:path';
import { cliOptions, runCli, UsageError } from '../ops/cli.ts';
import { preparePitr } from '../ops/pitr.ts';

const usage = `Usage: npm run db:pitr -- --base DIR --wal DIR --to TIME|latest --target-dir DIR [options]

  --base DIR           a base backup folder (BACKUPS/base/<UTC time>, or its cold copy)
  --wal DIR            the WAL folder (BACKUPS/wal, or its cold copy); the server reads it while recovering
  --to TIME            ISO 8601 with a zone, e.g. 2025-06-30T14:05:00Z: the last moment to keep;
                       latest: every commit the WAL folder holds
  --target-dir DIR     the new data directory, absent or empty (as root: make it first, owned by postgres)
  --pg-bin DIR         folder holding pg_ctl and postgres (checked against the backup's major version)`;

/** A time with its zone: a bare local time would mean whatever the server's TimeZone says. */
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/;

await runCli(usage, async () => {
  const values = cliOptions({
    options: {
      base: { type: 'string' },
      wal: { type: 'string' },
      to: { type: 'string' },
      'target-dir': { type: 'string' },
      'pg-bin': { type: 'string' },
    },
    allowPositionals: false,
  }).values;
  const { base, wal, to } = values;
  const targetDir = values['target-dir'];
  if (!base || !wal || !to || !targetDir)
    throw new UsageError('--base, --wal, --to and --target-dir are required');
  if (to !== 'latest' && (!ISO_WITH_ZONE.test(to) || Number.isNaN(Date.parse(to)))) {
    throw new UsageError(
      `--to must be latest or an ISO 8601 time with a zone (2025-06-30T14:05:00Z), not "${to}"`,
    );
  }
  const result = await preparePitr({
    base: path.resolve(base),
    wal: path.resolve(wal),
    to,
    targetDir: path.resolve(targetDir),
    pgBin: values['pg-bin'],
  });
  return JSON.stringify({ restored: result.targetDir, to, start: result.startCommand });
});
