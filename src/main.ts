import { type Config, ConfigError, loadConfig } from './config.ts';

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  // The server's modules only once the environment is known to be good: a mistyped variable is
  // named at once, not after seconds of loading everything it would have run.
  const { startServer } = await import('./server.ts');
  const running = await startServer(config);
  // Last line of defence: a stray rejection (a library dropping a promise) is logged and counted,
  // not allowed to take every user's connection down with the process.
  process.on('unhandledRejection', (err) => {
    running.deps.metrics.errors.inc({ surface: 'unhandled_rejection' });
    running.deps.logger.error({ err }, 'unhandled rejection');
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      running.deps.logger.info({ signal }, 'shutting down');
      const force = setTimeout(() => process.exit(1), 10_000);
      force.unref();
      running.close().then(
        () => process.exit(0),
        (err) => {
          running.deps.logger.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}

main().catch((err) => {
  process.stderr.write(`NightChill failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
