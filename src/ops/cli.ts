import { type ParseArgsConfig, parseArgs } from 'node:util';
import { type Config, ConfigError, loadConfig } from '../config.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { ToolError } from './pg-tools.ts';
import { BackupRefused } from './refused.ts';

/** Exit codes of these commands: 0 done, 1 failed, 2 bad arguments or environment, 3 refused. */
export class UsageError extends Error {}

/** parseArgs, its complaints (an unknown or valueless flag) as usage errors (exit 2). */
export function cliOptions<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

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
  // Loaded here, not at the top: the commands that never open the app's database handle
  // (db:base-backup, db:wal, db:cold-copy, db:pitr) then start in a third of the time; PGlite and
  // drizzle take seconds to load on a busy host.
  const [{ openDatabase }, { runMigrations }, { createLogger }] = await Promise.all([
    import('../db/client.ts'),
    import('../db/migrate.ts'),
    import('../logger.ts'),
  ]);
  const database = await openDatabase({
    url: config.database.url,
    poolMax: 2,
    // An operator's command waits for a busy server rather than failing at the app's 5 s.
    connectTimeoutMs: 30_000,
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
