/**
 * npm run db:cold-copy -- --from DIR --to COLD [--max-age-days D]
 *
 * Copies the newest base backup and the WAL from its start on into the cold store, skipping what is
 * already there, and removes cold backups older than D days (default 365). Safe to run again.
 * See docs/operations.md ("Point-in-time recovery").
 */
import path from 'node:path';
import { cliOptions, positiveInt, runCli, UsageError } from '../ops/cli.ts';
import { coldCopy } from '../ops/cold-copy.ts';

const usage = `Usage: npm run db:cold-copy -- --from DIR --to COLD [options]

  --from DIR           the backup folder db:base-backup and db:wal write (DIR/base, DIR/wal)
  --to COLD            the cold store folder (an object-store mount, or one a sync job uploads)
  --max-age-days D     remove cold base backups older than D days (default 365); the newest always stays`;

await runCli(usage, async () => {
  const values = cliOptions({
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      'max-age-days': { type: 'string' },
    },
    allowPositionals: false,
  }).values;
  if (!values.from || !values.to) throw new UsageError('--from and --to are required');
  const result = await coldCopy({
    from: path.resolve(values.from),
    to: path.resolve(values.to),
    maxAgeDays: positiveInt(values['max-age-days'], '--max-age-days', 365),
  });
  return JSON.stringify(result);
});
