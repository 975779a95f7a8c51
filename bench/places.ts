/**
 * npm run bench -- places [--places N] [--queries N] [--unindexed N] [--requests N] [--cluster] [--no-doc]
 *
 * Nearby search on PostgreSQL (BENCH_DATABASE_URL, default
 * postgresql://postgres@127.0.0.1:5432/nightchill_bench; created and migrated when missing):
 *   1. makes sure N places exist (1,000,000 by default), generated on the server by one
 *      INSERT … SELECT generate_series: dense clusters in eight cities plus rural points; ANALYZE;
 *   2. times "the 20 nearest within 5 km" at random centres near the cities through findNearby as
 *      the app role (parameterised, one transaction each), and the same SQL as a named prepared
 *      statement;
 *   3. the same queries with the index made unusable (enable_indexscan/bitmapscan off), capped;
 *   4. GET /api/locations on a real server on 127.0.0.1:0, one request at a time;
 * then prints a table and rewrites the places section of docs/performance.md.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { type ServerType, serve } from '@hono/node-server';
import pino from 'pino';
import { z } from 'zod';
import { loadConfig } from '../src/config.ts';
import { ensureAppLogin, urlAs } from '../src/db/app-login.ts';
import { openDatabase } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { createDeps } from '../src/deps.ts';
import { createApp } from '../src/http/app.ts';
import { centres, cities, ensureDatabase, ensurePlaces, log } from './places-data.ts';
import { machine, row, writeDoc } from './places-doc.ts';
import { explain, type Stats, stats, timeFindNearby, timeHttp, timePrepared } from './places-measure.ts';

/** The login the bench's HTTP server carries user traffic on (DATABASE_APP_URL). */
const BENCH_APP_LOGIN = 'nightchill_bench_web';

const env = z
  .object({
    BENCH_DATABASE_URL: z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\/\S+$/)
      .default('postgresql://postgres@127.0.0.1:5432/nightchill_bench'),
  })
  .parse(process.env);

const usage = `Usage: npm run bench -- places [options]

  --places N      places to make sure exist (default 1000000)
  --queries N     timed nearby queries (default 1000)
  --unindexed N   queries without the index, for the ratio (default 50: each scans every row)
  --requests N    timed HTTP requests (default 1000)
  --cluster       first rewrite the table in the order of the GiST index (CLUSTER), so places near
                  each other share pages; the layout is remembered and reported
  --no-doc        do not update docs/performance.md`;

export interface Options {
  places: number;
  queries: number;
  unindexed: number;
  requests: number;
  doc: boolean;
  cluster: boolean;
}

export function parseOptions(argv: string[]): Options {
  const count = (raw: string | undefined, fallback: number, name: string) => {
    if (raw === undefined) return fallback;
    const n = Number(raw.replace(/[_,]/g, ''));
    if (!Number.isSafeInteger(n) || n < 1 || n > 10_000_000) {
      process.stderr.write(`bench places: --${name} must be a whole number from 1 to 10000000\n\n${usage}\n`);
      process.exit(2);
    }
    return n;
  };
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        places: { type: 'string' },
        queries: { type: 'string' },
        unindexed: { type: 'string' },
        requests: { type: 'string' },
        'no-doc': { type: 'boolean' },
        cluster: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    }
    return {
      places: count(values.places, 1_000_000, 'places'),
      queries: count(values.queries, 1_000, 'queries'),
      unindexed: count(values.unindexed, 50, 'unindexed'),
      requests: count(values.requests, 1_000, 'requests'),
      doc: !values['no-doc'],
      cluster: values.cluster === true,
    };
  } catch (err) {
    process.stderr.write(`bench places: ${err instanceof Error ? err.message : String(err)}\n\n${usage}\n`);
    process.exit(2);
  }
}

export interface PlacesFigures {
  places: number;
  query: Stats;
  prepared: Stats;
  http: Stats;
  unindexedRatio: number;
}

export async function runPlacesBench(argv: string[]): Promise<PlacesFigures> {
  const options = parseOptions(argv);
  const url = env.BENCH_DATABASE_URL;
  await ensureDatabase(url);
  const silent = pino({ level: 'silent' });
  const handle = await openDatabase({ url, poolMax: 4, dataDir: 'unused', logger: silent });
  try {
    await runMigrations(handle.pool);
    const generated = await ensurePlaces(handle.pool, options.places);
    if (options.cluster) {
      log('CLUSTER locations USING idx_locations_point (minutes)');
      await handle.pool.query('CLUSTER locations USING idx_locations_point');
      await handle.pool.query('ANALYZE locations');
    }
    const { rows: layoutRows } = await handle.pool.query<{ clustered: boolean }>(
      "SELECT indisclustered AS clustered FROM pg_index WHERE indexrelid = 'idx_locations_point'::regclass",
    );
    const layout = layoutRows[0]?.clustered
      ? 'clustered: the table was rewritten in the order of idx_locations_point (CLUSTER)'
      : 'as inserted (rows in generation order, no CLUSTER)';
    const { rows } = await handle.pool.query<{ n: string }>('SELECT count(*) AS n FROM locations');
    const placeCount = Number(rows[0]!.n);
    if (generated.added)
      log(`added ${generated.added.toLocaleString('en')} places in ${generated.seconds.toFixed(0)} s`);
    log(`${placeCount.toLocaleString('en')} places; warming up`);

    const loadBefore = loadavg()[0]!;
    const points = centres(options.queries, 20_250_101);
    await timeFindNearby(handle.db, centres(200, 7));
    log(`${options.queries} queries through findNearby`);
    const knn = await timeFindNearby(handle.db, points);
    log(`${options.queries} queries as a named prepared statement`);
    const prepared = await timePrepared(handle.db, handle.pool, points);
    const capped = points.slice(0, Math.min(options.unindexed, points.length));
    log(`${capped.length} queries without the index`);
    const noIndex = await timeFindNearby(handle.db, capped, true);
    const indexedSame = stats(knn.samples.slice(0, capped.length));
    const plan = await explain(handle.db, handle.pool, { lat: cities[0]!.lat, lng: cities[0]!.lng });

    log(`${options.requests} HTTP requests`);
    // User traffic as production carries it: a login holding only nightchill_app (RLS applies),
    // which production's configuration requires (DATABASE_APP_URL).
    await ensureAppLogin(handle.pool, BENCH_APP_LOGIN);
    const config = loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: url,
      DATABASE_APP_URL: urlAs(url, BENCH_APP_LOGIN),
      // The bench's PostgreSQL is local: production's verified-TLS rule is waived, as it says.
      DATABASE_TLS: 'off-private-network',
      SEED_ON_START: 'false',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-00',
      ENCRYPTION_KEYS: `b1:${Buffer.alloc(32, 1).toString('base64')}`,
      METRICS_TOKEN: 'bench-metrics-token-bench-metrics-token',
      PUBLIC_ORIGIN: 'http://127.0.0.1',
      DATA_DIR: 'data/bench',
    });
    const deps = await createDeps(config, { logger: silent });
    const server = await new Promise<ServerType>((resolve, reject) => {
      const s = serve({ fetch: createApp(deps).fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
      s.once('error', reject);
    });
    const address = server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    await timeHttp(base, centres(200, 11));
    const http = await timeHttp(base, centres(options.requests, 20_250_102));
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await deps.close();

    const m = { ...(await machine(handle.pool)), load: [loadBefore, loadavg()[0]!] as const };
    const ratio = noIndex.query.p50 / indexedSame.p50;
    const table = [
      '| measurement | n | p50 ms | p99 ms | mean ms | max ms |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      row('findNearby, GiST KNN (query only)', knn.query),
      row('findNearby incl. BEGIN, SET role, COMMIT', knn.transaction),
      row('same SQL, named prepared statement', prepared),
      row(`findNearby without the index (first ${capped.length})`, noIndex.query),
      row(`findNearby with the index (same ${capped.length})`, indexedSame),
      row('HTTP GET /api/locations (20 nearest, 5 km)', http.stats),
    ].join('\n');
    const summary = `${placeCount.toLocaleString('en')} places, table layout ${layout}; on average ${knn.meanRows.toFixed(1)} rows per query (HTTP ${http.meanResults.toFixed(1)}); without the index ${ratio.toFixed(0)}× slower at p50 over the same ${capped.length} centres.`;
    process.stdout.write(
      `\n${table}\n\n${summary}\nLoad average ${m.load[0].toFixed(1)} → ${m.load[1].toFixed(1)}\n\nPlan (London centre):\n${plan}\n`,
    );
    if (options.doc) writeDoc({ table, summary, plan, machine: m, options, generated });
    return { places: placeCount, query: knn.query, prepared, http: http.stats, unindexedRatio: ratio };
  } finally {
    await handle.close();
  }
}
