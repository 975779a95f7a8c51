/**
 * npm run seed [-- --locations N]
 *
 * Seeds the configured database (DATABASE_URL, or the embedded one in DATA_DIR) with the sample
 * data; --locations N also makes a large generated set of N places for benchmarks. Idempotent:
 * a second run adds nothing. Exit codes: 0 done, 1 failed, 2 bad arguments or environment.
 */
import { parseArgs } from 'node:util';
import { type Config, ConfigError, loadConfig } from '../config.ts';
import { MAX_BULK_LOCATIONS, seed } from '../db/seed/index.ts';
import { createDeps } from '../deps.ts';

const usage = `Usage: npm run seed [-- --locations N]

  --locations N   also generate N places (0 to ${MAX_BULK_LOCATIONS.toLocaleString('en')}) spread over the
                  sample cities, for benchmarks; underscores and commas are allowed (1_000_000)
  --help          show this help`;

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function parseCount(raw: string | undefined): number {
  if (raw === undefined) return 0;
  const digits = raw.trim().replace(/[_,]/g, '');
  const value = /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
  if (!Number.isSafeInteger(value) || value > MAX_BULK_LOCATIONS) {
    fail(
      `seed: --locations must be a whole number from 0 to ${MAX_BULK_LOCATIONS}, not "${raw}"\n\n${usage}`,
      2,
    );
  }
  return value;
}

function parseCli(argv: string[]): { locations: number } {
  let values: { locations?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { locations: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    fail(`seed: ${err instanceof Error ? err.message : String(err)}\n\n${usage}`, 2);
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return { locations: parseCount(values.locations) };
}

async function main(): Promise<void> {
  const { locations } = parseCli(process.argv.slice(2));
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message, 2);
    throw err;
  }

  const started = performance.now();
  const deps = await createDeps(config);
  let lastReport = 0;
  try {
    const summary = await seed(deps, {
      locations,
      onProgress: (done, total) => {
        const now = performance.now();
        if (done === total || now - lastReport >= 5_000) {
          lastReport = now;
          const seconds = ((now - started) / 1000).toFixed(0);
          process.stderr.write(
            `seed: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} places (${seconds} s)\n`,
          );
        }
      },
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const bulk = locations > 0 ? `, ${summary.bulkPlaces} of ${locations} generated places` : '';
    process.stdout.write(
      `Seeded ${deps.database.kind} in ${seconds} s: added ${summary.places} sample places, ${summary.partners} partners, ` +
        `${summary.accounts} accounts, ${summary.mentors} mentors${bulk} (rows already present were kept).\n`,
    );
  } finally {
    await deps.close();
  }
}

main().catch((err) => {
  process.stderr.write(`seed failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
