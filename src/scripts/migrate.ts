import { ConfigError, loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { runMigrations } from '../db/migrate.ts';
import { createLogger } from '../logger.ts';

/** `npm run db:migrate`: applies pending migrations and exits. The server also does this at start-up. */
const config = (() => {
  try {
    return loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
})();
const logger = createLogger(config.logLevel);
const database = await openDatabase({
  url: config.database.url,
  poolMax: 2,
  dataDir: config.dataDir,
  logger,
});
try {
  await runMigrations(database.pool);
  logger.info({ database: database.kind }, 'migrations applied');
} finally {
  await database.close();
}
