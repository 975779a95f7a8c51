import type { Logger } from 'pino';
import { type Cache, createCache } from './cache/index.ts';
import { type Clock, systemClock } from './clock.ts';
import type { Config } from './config.ts';
import { createFieldCipher, type FieldCipher } from './crypto/cipher.ts';
import { checkKeys } from './crypto/key-check.ts';
import { sealLegacyRows } from './crypto/seal-legacy.ts';
import { checkAppLogin } from './db/app-login.ts';
import { type DatabaseHandle, openDatabase } from './db/client.ts';
import { runMigrations } from './db/migrate.ts';
import { createReadRouter, openReplica, type ReadRouter } from './db/replica.ts';
import { createTokenService, type TokenService } from './domain/accounts/tokens.ts';
import { DomainEventBus } from './events.ts';
import { createLogger } from './logger.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { registerMaintenanceMetrics } from './ops/bloat.ts';
import {
  type Budgets,
  createBudgets,
  createLeases,
  createRateLimiter,
  type RateLimiter,
} from './ratelimit/index.ts';
import { createRedisClient, type RedisClient } from './redis/client.ts';
import { resolveSecrets, type Secrets } from './secrets.ts';

/** Everything the transports and domain verbs need, built once from config and passed down. */
export interface Deps {
  config: Config;
  logger: Logger;
  clock: Clock;
  database: DatabaseHandle;
  /** Reads of public and other people's data: the replica (DATABASE_READ_URL) when it may serve. */
  reads: ReadRouter;
  cipher: FieldCipher;
  secrets: Secrets;
  events: DomainEventBus;
  tokens: TokenService;
  bcryptCost: number;
  /**
   * Present when REDIS_URL or REDIS_CLUSTER_NODES is set: caching, rate limits across instances,
   * the socket adapter, turn coordination. Every other Redis connection is a duplicate of it.
   */
  redis: RedisClient | undefined;
  cache: Cache;
  metrics: Metrics;
  /** Rate limits (sign-in, chat): in Redis when present, so they hold across instances. */
  rateLimiter: RateLimiter;
  /** The cost budgets (src/ratelimit/budgets.ts) over rateLimiter and leases, with LIMITS applied. */
  budgets: Budgets;
  close(): Promise<void>;
}

export interface DepsOverrides {
  logger?: Logger;
  clock?: Clock;
  cache?: Cache;
  /** Benchmarks measure the hub without the per-user chat budget. */
  rateLimiter?: RateLimiter;
  /** Use an already open database (tests share one per file). */
  database?: DatabaseHandle;
}

/** Opens the database, applies migrations, resolves secrets and proves the keys are the database's. */
export async function createDeps(config: Config, overrides: DepsOverrides = {}): Promise<Deps> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const secrets = resolveSecrets(config);
  const database =
    overrides.database ??
    (await openDatabase({
      url: config.database.url,
      appUrl: config.database.appUrl,
      poolMax: config.database.poolMax,
      dataDir: config.dataDir,
      logger,
    }));
  const ownsDatabase = overrides.database === undefined;
  const metrics = createMetrics();
  const cipher = createFieldCipher(secrets.encryptionKeys, (err) => {
    metrics.unreadableValues.inc();
    logger.warn({ reason: err.message }, 'a stored value could not be decrypted');
  });
  try {
    await runMigrations(database.pool);
    if (database.appPool) await checkAppLogin(database.appPool);
    await checkKeys(database.db, secrets.encryptionKeys);
    const sealed = await sealLegacyRows(database.db, cipher);
    if (sealed > 0) logger.info({ rows: sealed }, 'sealed health details stored before they were encrypted');
  } catch (err) {
    if (ownsDatabase) await database.close();
    throw err;
  }
  const redis = createRedisClient(config.redis, {
    keyPrefix: config.redis.keyPrefix,
    maxRetriesPerRequest: 2,
    enableOfflineQueue: true,
  });
  // Without Redis or a replica their _up gauges have no series: nothing to be down (docs/operations.md).
  metrics.redisConfigured.set(redis ? 1 : 0);
  if (redis) {
    metrics.redisUp.set(redis.status === 'ready' ? 1 : 0);
    redis.on('ready', () => metrics.redisUp.set(1));
    redis.on('close', () => metrics.redisUp.set(0));
  }
  redis?.on('error', (err) => logger.warn({ err: err.message }, 'redis connection problem'));
  // Table and index bloat signals on /metrics (PGlite keeps no statistics worth alerting on).
  if (database.kind === 'postgres') registerMaintenanceMetrics(metrics.registry, database.pool, { logger });
  const readUrl = database.kind === 'postgres' ? config.database.readUrl : undefined;
  metrics.replicaConfigured.set(readUrl ? 1 : 0);
  const reads = createReadRouter({
    primary: database.app,
    replica: readUrl ? openReplica(readUrl, config.database.poolMax, logger) : undefined,
    maxLagMs: config.database.readMaxLagMs,
    logger,
    onStatus: (s) => {
      metrics.replicaUp.set(s.up ? 1 : 0);
      if (s.lagSeconds === undefined) metrics.replicaLag.clear();
      else metrics.replicaLag.set(s.lagSeconds);
    },
    onFallback: () => metrics.replicaFallbacks.inc(),
  });
  const clock = overrides.clock ?? systemClock;
  const rateLimiter = overrides.rateLimiter ?? createRateLimiter(redis, { clock, logger });
  const budgets = createBudgets({
    limiter: rateLimiter,
    leases: createLeases(redis, { clock, logger }),
    settings: config.limits,
  });
  return {
    config,
    logger,
    clock,
    database,
    reads,
    cipher,
    secrets,
    events: new DomainEventBus(),
    tokens: createTokenService(secrets.jwtSecret),
    bcryptCost: config.bcryptCost,
    redis,
    cache: overrides.cache ?? createCache(redis, logger),
    metrics,
    rateLimiter,
    budgets,
    close: async () => {
      if (redis) await redis.quit().catch(() => redis.disconnect());
      await reads.close();
      if (ownsDatabase) await database.close();
    },
  };
}
