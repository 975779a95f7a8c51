/**
 * npm run db:restore -- <backup file> [--target-url URL] [--clean] [--no-owner] [--pg-bin DIR] [--force]
 *
 * A .dump (pg_dump) goes into --target-url, else DATABASE_URL; a target that already holds tables
 * is refused unless --clean. A .pglite.tar.gz replaces the embedded database in DATA_DIR (the
 * server must be stopped; the old folder is kept beside it). See docs/operations.md.
 */
import path from 'node:path';
import { parseBackupFileName } from '../ops/backup-files.ts';
import { cliOptions, runCli, UsageError } from '../ops/cli.ts';
import { restoreEmbedded, restorePostgres } from '../ops/restore.ts';

const usage = `Usage: npm run db:restore -- <backup file> [options]

  --target-url URL     PostgreSQL database to restore a .dump into (default: DATABASE_URL)
  --clean              replace what the target holds (default: refuse a non-empty target)
  --no-owner           do not restore object owners (restoring as another user)
  --pg-bin DIR         folder holding pg_restore (default: pg_restore on PATH)
  --force              embedded only: restore although postmaster.pid says a server is running`;

await runCli(usage, async (config) => {
  const parsed = cliOptions({
    options: {
      'target-url': { type: 'string' },
      clean: { type: 'boolean', default: false },
      'no-owner': { type: 'boolean', default: false },
      'pg-bin': { type: 'string' },
      force: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || !positionals[0]) throw new UsageError('expected exactly one backup file');
  const file = path.resolve(positionals[0]);
  const kind =
    parseBackupFileName(path.basename(file))?.kind ?? (file.endsWith('.tar.gz') ? 'pglite' : 'postgres');
  if (kind === 'postgres') {
    const target = values['target-url'] ?? config.database.url;
    if (!target) throw new UsageError('a .dump needs --target-url or DATABASE_URL');
    if (!/^postgres(ql)?:\/\//.test(target) || !URL.canParse(target)) {
      throw new UsageError('--target-url must be a postgres:// or postgresql:// URL');
    }
    await restorePostgres(file, target, {
      clean: values.clean,
      noOwner: values['no-owner'],
      pgBin: values['pg-bin'],
    });
    return JSON.stringify({ restored: file, into: new URL(target).pathname.slice(1) });
  }
  if (values['target-url']) throw new UsageError('--target-url is for .dump backups, not embedded ones');
  const result = await restoreEmbedded(file, config.dataDir, { clean: values.clean, force: values.force });
  return JSON.stringify({
    restored: file,
    into: path.resolve(config.dataDir),
    previous: result.previous ?? null,
  });
});
