import { runCli, withMigratedDatabase } from '../ops/cli.ts';

/** `npm run db:migrate`: applies pending migrations and exits. The server also does this at start-up. */
await runCli('Usage: npm run db:migrate', (config) =>
  withMigratedDatabase(config, async (database) => `migrations applied (${database.kind})`),
);
