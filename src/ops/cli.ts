import { type Config, ConfigError, loadConfig } from '../config.ts';
import { type DatabaseHandle, openDatabase } from '../db/client.ts';
import { runMigrations } from '../db/migrate.ts';
import { createLogger } from '../logger.ts';
import { BackupRefused } from './backup.ts';
import { ToolError } from './pg-tools.ts';

/** Exit codes of these commands: 0 done, 1 failed, 2 bad arguments or environment, 3 refused. */
export class UsageError extends Error {}

export function positiveInt(raw: string | undefined, flag: string, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 100_000) {
    throw new UsageError(`${flag} must be a whole number from 1 to 100000, not "${raw}"`);
  }
  return Number(raw);
}

/** Runs a command line (db:migrate, db:partitions, db:backup, db:restore): config from the environment, errors as one line and an exit code. */
export async function runCli(usage: string, main: (config: Config) => Promise<string>): Promise<never> {
  let code = 0;
  try {
    const message = await main(loadConfig());
    process.stdout.write(`${message}\n`);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n\n${usage}\n`);
      code = 2;
    } else if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      code = 2;
    } else if (err instanceof BackupRefused) {
      process.stderr.write(`refused: ${err.message}\n`);
      code = 3;
    } else if (err instanceof ToolError) {
      process.stderr.write(`${err.message}\n`);
      code = 1;
    } else {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      code = 1;
    }
  }
  process.exit(code);
}

/**
 * Opens the configured database (PGlite under DATA_DIR without DATABASE_URL), applies pending
 * migrations, runs fn and closes it: what every command that works on the schema needs first.
 */
export async function withMigratedDatabase<T>(
  config: Config,
  fn: (database: DatabaseHandle) => Promise<T>,
): Promise<T> {
  const database = await openDatabase({
    url: config.database.url,
    poolMax: 2,
    dataDir: config.dataDir,
    logger: createLogger(config.logLevel),
  });
  try {
    await runMigrations(database.pool);
    return await fn(database);
  } finally {
    await database.close();
  }
}
