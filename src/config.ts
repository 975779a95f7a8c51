import { createECDH } from 'node:crypto';
import { isIP } from 'node:net';
import { z } from 'zod';
import { type LimitSettings, parseLimits } from './ratelimit/budgets.ts';

/** 10.0.0.1, ::1, 10.0.0.0/8 or fd00::/8. */
function isAddressOrCidr(value: string): boolean {
  const [address = '', bits, extra] = value.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n <= (family === 4 ? 32 : 128);
}

/**
 * The environment NightChill reads, parsed once at start-up. Nothing else in the code base reads
 * process.env: every other module receives what it needs from this object.
 */

const boolFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const postgresUrl = z
  .string()
  .trim()
  .refine((v) => /^postgres(ql)?:\/\/[^\s]+$/.test(v) && URL.canParse(v), {
    message: 'must be a postgres:// or postgresql:// URL',
  });

/**
 * True when a postgres URL makes the client verify the server it reaches: sslmode=verify-full, or
 * verify-ca with the CA to verify against (sslrootcert). Anything less (no sslmode, prefer,
 * require) lets whoever sits on the path read and change every query.
 */
export function verifiesDatabaseServer(url: string): boolean {
  const params = new URL(url).searchParams;
  const mode = params.get('sslmode');
  return mode === 'verify-full' || (mode === 'verify-ca' && Boolean(params.get('sslrootcert')));
}

const redisUrl = z
  .string()
  .trim()
  .refine((v) => /^rediss?:\/\/[^\s]+$/.test(v) && URL.canParse(v), {
    message: 'must be a redis:// or rediss:// URL',
  });

/** A Redis Cluster to connect to (REDIS_CLUSTER_NODES): its seed nodes and how to reach them. */
export interface RedisClusterConfig {
  /** Seed nodes: the client asks them for the cluster's map, then reaches every master and replica. */
  nodes: { host: string; port: number }[];
  username: string | undefined;
  password: string | undefined;
  /** rediss:// seeds: TLS to every node. */
  tls: boolean;
}

const CLUSTER_NODES_HINT =
  'must be the seed nodes of a Redis Cluster, comma-separated host:port (10.0.0.1:7000,10.0.0.2:7000) or redis:// and rediss:// URLs';

/** One seed node: `host:port`, `[v6]:port`, or a redis:// / rediss:// URL (credentials, TLS). */
function parseSeedNode(
  entry: string,
): { host: string; port: number; tls: boolean; username: string; password: string } | string {
  let host: string;
  let port: number;
  let tls = false;
  let username = '';
  let password = '';
  if (/^rediss?:\/\//i.test(entry)) {
    if (!URL.canParse(entry)) return `"${entry}" is not a URL`;
    const url = new URL(entry);
    if ((url.pathname !== '' && url.pathname !== '/') || url.search || url.hash) {
      return `"${entry}": a cluster node takes no database number, path or query`;
    }
    tls = url.protocol === 'rediss:';
    host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    port = url.port ? Number(url.port) : 6379;
    username = decodeURIComponent(url.username);
    password = decodeURIComponent(url.password);
  } else {
    const match = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.-]+):(\d{1,5})$/.exec(entry);
    if (!match) return `"${entry}" is not host:port`;
    host = match[1]!.replace(/^\[(.*)\]$/, '$1');
    port = Number(match[2]);
  }
  if (!host) return `"${entry}" names no host`;
  if (!Number.isInteger(port) || port < 1 || port > 65535) return `"${entry}": the port must be 1–65535`;
  return { host, port, tls, username, password };
}

const redisClusterNodes = z
  .string()
  .trim()
  .transform((raw, ctx): RedisClusterConfig => {
    const entries = raw
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    const seeds = [];
    for (const entry of entries) {
      const seed = parseSeedNode(entry);
      if (typeof seed === 'string') {
        ctx.addIssue({ code: 'custom', message: `${CLUSTER_NODES_HINT}; ${seed}` });
        return z.NEVER;
      }
      seeds.push(seed);
    }
    const [first] = seeds;
    if (!first) {
      ctx.addIssue({ code: 'custom', message: CLUSTER_NODES_HINT });
      return z.NEVER;
    }
    // One client reaches every node the same way: a mix would leave some nodes unreachable.
    if (
      seeds.some((s) => s.tls !== first.tls || s.username !== first.username || s.password !== first.password)
    ) {
      ctx.addIssue({
        code: 'custom',
        message: 'every seed node must use the same scheme (redis:// or rediss://) and credentials',
      });
      return z.NEVER;
    }
    return {
      nodes: seeds.map(({ host, port }) => ({ host, port })),
      username: first.username || undefined,
      password: first.password || undefined,
      tls: first.tls,
    };
  });

/** ENCRYPTION_KEYS: comma-separated `keyId:base64key` pairs; the first one encrypts new values. */
const encryptionKeys = z
  .string()
  .trim()
  .transform((raw, ctx) => {
    const keys: { id: string; key: Buffer }[] = [];
    for (const part of raw.split(',')) {
      const [id, b64, ...rest] = part.trim().split(':');
      const key = b64 ? Buffer.from(b64, 'base64') : Buffer.alloc(0);
      if (!id || !/^[A-Za-z0-9_-]{1,32}$/.test(id) || rest.length > 0 || key.length !== 32) {
        ctx.addIssue({
          code: 'custom',
          message: 'must be comma-separated keyId:base64 pairs, each key 32 bytes (openssl rand -base64 32)',
        });
        return z.NEVER;
      }
      keys.push({ id, key });
    }
    return keys;
  });

/** PUBLIC_ORIGIN: scheme, host and port only (https://nightchill.example), kept in the form browsers send. */
function isOrigin(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return /^https?:$/.test(url.protocol) && url.pathname === '/' && !url.search && !url.hash && !url.username;
}

const publicOrigin = z
  .string()
  .trim()
  .refine(isOrigin, {
    message: 'must be an http(s) origin without a path, such as https://nightchill.example',
  })
  .transform((v) => new URL(v).origin);

/** A VAPID key as `npx web-push generate-vapid-keys` prints it: URL-safe base64 of `bytes` bytes. */
const vapidKey = (bytes: number, what: string) =>
  z
    .string()
    .trim()
    .refine((v) => /^[A-Za-z0-9_-]+$/.test(v) && Buffer.from(v, 'base64url').length === bytes, {
      message: `must be the ${what} (URL-safe base64 of ${bytes} bytes), as npx web-push generate-vapid-keys prints it`,
    });

/** VAPID_SUBJECT: whom a push service contacts about this sender (RFC 8292): mailto: or https:. */
const vapidSubject = z
  .string()
  .trim()
  .refine((v) => URL.canParse(v) && /^(mailto|https):$/.test(new URL(v).protocol), {
    message: 'must be a mailto: address or an https: URL (whom push services contact about this server)',
  });

/** The problem with a VAPID key pair, or undefined when the public key is the private key's. */
function vapidPairProblem(
  publicKey: string,
  privateKey: string,
): { variable: string; message: string } | undefined {
  const ecdh = createECDH('prime256v1');
  try {
    ecdh.setPrivateKey(Buffer.from(privateKey, 'base64url'));
  } catch {
    return { variable: 'VAPID_PRIVATE_KEY', message: 'is not a P-256 private key' };
  }
  if (!ecdh.getPublicKey().equals(Buffer.from(publicKey, 'base64url'))) {
    return { variable: 'VAPID_PUBLIC_KEY', message: 'is not the public half of VAPID_PRIVATE_KEY' };
  }
  return undefined;
}

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().trim().min(1).default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATA_DIR: z.string().trim().min(1).default('./data'),
    DATABASE_URL: postgresUrl.optional(),
    // User traffic's own login, holding only nightchill_app's grants (docs/security.md). Required in
    // production with DATABASE_URL, which then carries system work and migrations only.
    DATABASE_APP_URL: postgresUrl.optional(),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    DATABASE_READ_URL: postgresUrl.optional(),
    DATABASE_READ_MAX_LAG_MS: z.coerce.number().int().min(0).max(3_600_000).default(1000),
    // The one, explicit way to run production without verified TLS to PostgreSQL (logged at start).
    DATABASE_TLS: z.enum(['off-private-network']).optional(),
    REDIS_URL: redisUrl.optional(),
    // A Redis Cluster instead of one Redis: its seed nodes (docs/scaling.md#redis-cluster).
    REDIS_CLUSTER_NODES: redisClusterNodes.optional(),
    REDIS_KEY_PREFIX: z.string().trim().max(64).default('nc:'),
    // Unset: classic on one Redis, sharded on a cluster.
    REDIS_ADAPTER: z.enum(['classic', 'sharded']).optional(),
    OPENAI_API_KEY: z.string().trim().optional(),
    OPENAI_BASE_URL: z.url().optional(),
    OPENAI_MODEL: z.string().trim().min(1).default('gpt-4o-mini'),
    // The moderation model asked as a second opinion on risk; "off" for servers without /moderations.
    OPENAI_MODERATION_MODEL: z.string().trim().min(1).default('omni-moderation-latest'),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    ENCRYPTION_KEYS: encryptionKeys.optional(),
    SEED_ON_START: boolFromEnv.optional(),
    ALLOWED_ORIGINS: z
      .string()
      .trim()
      .transform((v) =>
        v
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.union([z.literal('*'), z.url()])))
      .optional(),
    BCRYPT_COST: z.coerce.number().int().min(4).max(15).default(12),
    SIGNUPS_PER_HOUR: z.coerce.number().int().min(0).max(1_000_000).default(10),
    // Overrides of the cost budgets' defaults (src/ratelimit/budgets.ts; docs/security.md, "Limits").
    LIMITS: z
      .string()
      .trim()
      .transform((raw, ctx): LimitSettings => {
        try {
          return parseLimits(raw);
        } catch (err) {
          ctx.addIssue({ code: 'custom', message: (err as Error).message });
          return z.NEVER;
        }
      })
      .optional(),
    TRUSTED_PROXIES: z
      .string()
      .trim()
      .transform((v) =>
        v
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(z.string().refine(isAddressOrCidr, 'must be IP addresses or CIDR ranges, comma-separated')),
      )
      .optional(),
    // /metrics answers only `Authorization: Bearer <METRICS_TOKEN>` when set; required in production.
    METRICS_TOKEN: z.string().trim().min(32, 'must be at least 32 characters').optional(),
    // Where browsers load the web client from: sockets opened by pages elsewhere are refused, and
    // an https:// origin (TLS in front) turns on Strict-Transport-Security. Required in production.
    PUBLIC_ORIGIN: publicOrigin.optional(),
    // Web Push (docs/web-client.md, "Push"): unset, the embedded default generates a pair once into
    // DATA_DIR; anywhere else push is off.
    VAPID_PUBLIC_KEY: vapidKey(65, 'public key').optional(),
    VAPID_PRIVATE_KEY: vapidKey(32, 'private key').optional(),
    VAPID_SUBJECT: vapidSubject.optional(),
  })
  .superRefine((env, ctx) => {
    // Keys are generated only for the embedded database, into its DATA_DIR. An instance with keys
    // of its own on a database others share writes what no other instance can read.
    const sharedDatabase = /^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? '');
    if (sharedDatabase && env.NODE_ENV !== 'production') {
      for (const name of ['JWT_SECRET', 'ENCRYPTION_KEYS'] as const) {
        if (env[name] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [name],
            message: 'is required with DATABASE_URL (every instance on one database needs the same keys)',
          });
        }
      }
    }
    if (env.REDIS_CLUSTER_NODES !== undefined && env.REDIS_URL !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['REDIS_CLUSTER_NODES'],
        message: 'set REDIS_URL (one Redis) or REDIS_CLUSTER_NODES (a Redis Cluster), not both',
      });
    }
    if (env.REDIS_CLUSTER_NODES !== undefined && /[{}]/.test(env.REDIS_KEY_PREFIX)) {
      ctx.addIssue({
        code: 'custom',
        path: ['REDIS_KEY_PREFIX'],
        message:
          'must not contain { or } with REDIS_CLUSTER_NODES: Redis hashes the first {…} of a key, so every key would land in one slot',
      });
    }
    if (env.DATABASE_APP_URL !== undefined && !sharedDatabase) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_APP_URL'],
        message: 'needs DATABASE_URL (the system login)',
      });
    }
    pushProblems(env, ctx);
    if (env.NODE_ENV !== 'production') return;
    requireDatabaseTls(env, ctx);
    if (sharedDatabase && env.DATABASE_APP_URL === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_APP_URL'],
        message:
          'is required with DATABASE_URL in production: user traffic connects as a login holding only nightchill_app (docs/security.md)',
      });
    }
    if (env.BCRYPT_COST < 12) {
      ctx.addIssue({ code: 'custom', path: ['BCRYPT_COST'], message: 'must be at least 12 in production' });
    }
    for (const name of ['JWT_SECRET', 'ENCRYPTION_KEYS'] as const) {
      if (env[name] === undefined) {
        ctx.addIssue({ code: 'custom', path: [name], message: 'is required when NODE_ENV=production' });
      }
    }
    for (const name of ['METRICS_TOKEN', 'PUBLIC_ORIGIN'] as const) {
      if (env[name] === undefined) {
        ctx.addIssue({ code: 'custom', path: [name], message: 'is required when NODE_ENV=production' });
      }
    }
  });

export type Env = z.infer<typeof schema>;

/**
 * VAPID keys come as a pair that belongs together (a mismatch would have every push refused), and
 * in production with a subject push services can use: VAPID_SUBJECT, or an https:// PUBLIC_ORIGIN.
 */
function pushProblems(
  env: {
    NODE_ENV: string;
    VAPID_PUBLIC_KEY?: string;
    VAPID_PRIVATE_KEY?: string;
    VAPID_SUBJECT?: string;
    PUBLIC_ORIGIN?: string;
  },
  ctx: z.RefinementCtx,
): void {
  const { VAPID_PUBLIC_KEY: pub, VAPID_PRIVATE_KEY: priv } = env;
  if ((pub === undefined) !== (priv === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: [pub === undefined ? 'VAPID_PUBLIC_KEY' : 'VAPID_PRIVATE_KEY'],
      message: 'is required with the other VAPID key (set both, or neither)',
    });
    return;
  }
  if (pub === undefined || priv === undefined) return;
  const problem = vapidPairProblem(pub, priv);
  if (problem) ctx.addIssue({ code: 'custom', path: [problem.variable], message: problem.message });
  if (env.NODE_ENV === 'production' && !env.VAPID_SUBJECT && !env.PUBLIC_ORIGIN?.startsWith('https://')) {
    ctx.addIssue({
      code: 'custom',
      path: ['VAPID_SUBJECT'],
      message:
        'is required with VAPID keys in production unless PUBLIC_ORIGIN is https:// (mailto:you@example.org)',
    });
  }
}

/**
 * Production talks to PostgreSQL over TLS that verifies the server (DATABASE_URL, DATABASE_APP_URL
 * and, when set, DATABASE_READ_URL), unless DATABASE_TLS=off-private-network says, on purpose, that the database
 * sits on a private network.
 */
function requireDatabaseTls(
  env: {
    DATABASE_URL?: string;
    DATABASE_APP_URL?: string;
    DATABASE_READ_URL?: string;
    DATABASE_TLS?: 'off-private-network';
  },
  ctx: z.RefinementCtx,
): void {
  if (env.DATABASE_TLS === 'off-private-network') return;
  for (const name of ['DATABASE_URL', 'DATABASE_APP_URL', 'DATABASE_READ_URL'] as const) {
    const url = env[name];
    if (url === undefined || verifiesDatabaseServer(url)) continue;
    ctx.addIssue({
      code: 'custom',
      path: [name],
      message:
        'must verify the server in production: add sslmode=verify-full (or sslmode=verify-ca&sslrootcert=<CA file>), or set DATABASE_TLS=off-private-network for a database on a private network',
    });
  }
}

export interface Config {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  dataDir: string;
  /**
   * readUrl (DATABASE_READ_URL): a streaming replica for reads of public and other people's data
   * (place search, mentor search and profiles), used while its replay lag stays within readMaxLagMs
   * (DATABASE_READ_MAX_LAG_MS, default 1000); otherwise, and whenever it is unreachable, those reads
   * go to the primary. Ignored without DATABASE_URL (the embedded database has no replicas).
   */
  database: {
    url: string | undefined;
    /**
     * appUrl (DATABASE_APP_URL): user traffic's login, a member of nightchill_app only, so that no
     * statement in a user's transaction can SET ROLE out of row-level security. Without it user
     * traffic shares the system login (url), as the embedded database always does.
     */
    appUrl: string | undefined;
    poolMax: number;
    readUrl: string | undefined;
    readMaxLagMs: number;
  };
  /**
   * DATABASE_TLS=off-private-network with DATABASE_URL: production without verified TLS to
   * PostgreSQL, chosen on purpose; start-up logs it as a warning (startupWarnings).
   */
  databaseTlsOptOut: boolean;
  /**
   * One Redis (url, REDIS_URL) or a Redis Cluster (cluster, REDIS_CLUSTER_NODES), never both;
   * neither: one instance, nothing shared. adapter: 'sharded' uses Redis 7 sharded pub/sub
   * (SPUBLISH), the default on a cluster; 'classic' the default on one Redis.
   */
  redis: {
    url: string | undefined;
    cluster: RedisClusterConfig | undefined;
    keyPrefix: string;
    adapter: 'classic' | 'sharded';
  };
  /** moderationModel: undefined when OPENAI_MODERATION_MODEL is "off" (the local check decides alone). */
  openai: {
    apiKey: string | undefined;
    baseURL: string | undefined;
    model: string;
    moderationModel: string | undefined;
  };
  /** Undefined on the embedded default: generated once and kept in DATA_DIR (see src/secrets.ts). */
  jwtSecret: string | undefined;
  encryptionKeys: { id: string; key: Buffer }[] | undefined;
  /** Seed sample data into an empty database at start-up. Defaults to on for the embedded database. */
  seedOnStart: boolean;
  /** bcrypt work factor: 12 (the seed's choice) unless a test lowers it; never below 12 in production. */
  bcryptCost: number;
  /** Browser origins allowed to open sockets besides this server's own (ALLOWED_ORIGINS, comma-separated). */
  allowedOrigins: readonly string[];
  /**
   * Proxies (addresses or CIDR ranges) whose X-Forwarded-For is believed (TRUSTED_PROXIES). Empty:
   * the TCP peer is the client, whatever headers say.
   */
  trustedProxies: readonly string[];
  /**
   * New accounts one client address may create per hour (SIGNUPS_PER_HOUR, default 10: enough for
   * a family or a class behind one address; each sign-up costs a bcrypt hash, about a quarter of a
   * core-second at cost 12, so an unlimited endpoint is an account farm and a CPU sink). 0 turns
   * the limit off (a private deployment; the test suite, whose clocks jump).
   */
  signupsPerHour: number;
  /**
   * Overrides of the cost budgets (LIMITS: `chat_reads=500/1m,sockets_per_user=5,exports=off`);
   * every budget not named keeps its default (src/ratelimit/budgets.ts, docs/security.md "Limits").
   */
  limits: LimitSettings;
  /** The bearer token /metrics asks for (METRICS_TOKEN); undefined: /metrics is open (never in production). */
  metricsToken: string | undefined;
  /**
   * The web client's origin (PUBLIC_ORIGIN), the one browser origin besides ALLOWED_ORIGINS that
   * may open sockets; https:// means TLS in front, so responses carry HSTS. Undefined (never in
   * production): pages on a loopback address (localhost, 127.0.0.1, ::1) may open sockets.
   */
  publicOrigin: string | undefined;
  /**
   * Web Push. vapidKeys (VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY): undefined when unset; the embedded
   * default then generates a pair once into DATA_DIR (src/secrets.ts), anywhere else push is off
   * (instances sharing a database must send with the key browsers subscribed with). subject:
   * VAPID_SUBJECT, else an https:// PUBLIC_ORIGIN, else a placeholder (development only).
   */
  push: {
    vapidKeys: { publicKey: string; privateKey: string } | undefined;
    subject: string;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`Invalid environment:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment (process.env by default) into a Config, or throws a ConfigError naming each bad variable. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  // An empty variable means unset (docker-compose's `${NAME:-}` yields ''), so defaults apply.
  const present = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? 'environment'),
        message: issue.message,
      })),
    );
  }
  const env = parsed.data;
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    dataDir: env.DATA_DIR,
    database: {
      url: env.DATABASE_URL,
      appUrl: env.DATABASE_URL ? env.DATABASE_APP_URL : undefined,
      poolMax: env.DATABASE_POOL_MAX,
      readUrl: env.DATABASE_URL ? env.DATABASE_READ_URL : undefined,
      readMaxLagMs: env.DATABASE_READ_MAX_LAG_MS,
    },
    databaseTlsOptOut: env.DATABASE_TLS === 'off-private-network' && env.DATABASE_URL !== undefined,
    redis: {
      url: env.REDIS_URL,
      cluster: env.REDIS_CLUSTER_NODES,
      keyPrefix: env.REDIS_KEY_PREFIX,
      adapter: env.REDIS_ADAPTER ?? (env.REDIS_CLUSTER_NODES ? 'sharded' : 'classic'),
    },
    openai: {
      apiKey: env.OPENAI_API_KEY,
      baseURL: env.OPENAI_BASE_URL,
      model: env.OPENAI_MODEL,
      moderationModel: env.OPENAI_MODERATION_MODEL === 'off' ? undefined : env.OPENAI_MODERATION_MODEL,
    },
    jwtSecret: env.JWT_SECRET,
    encryptionKeys: env.ENCRYPTION_KEYS,
    seedOnStart: env.SEED_ON_START ?? env.DATABASE_URL === undefined,
    bcryptCost: env.BCRYPT_COST,
    allowedOrigins: env.ALLOWED_ORIGINS ?? [],
    trustedProxies: env.TRUSTED_PROXIES ?? [],
    signupsPerHour: env.SIGNUPS_PER_HOUR,
    limits: env.LIMITS ?? {},
    metricsToken: env.METRICS_TOKEN,
    publicOrigin: env.PUBLIC_ORIGIN,
    push: {
      vapidKeys:
        env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY
          ? { publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY }
          : undefined,
      subject:
        env.VAPID_SUBJECT ??
        (env.PUBLIC_ORIGIN?.startsWith('https://') ? env.PUBLIC_ORIGIN : 'mailto:push@nightchill.invalid'),
    },
  };
}

/** What start-up logs as warnings about a configuration: choices an operator should see in the log. */
export function startupWarnings(config: Config): string[] {
  const warnings: string[] = [];
  const urls = [config.database.url, config.database.readUrl];
  if (config.databaseTlsOptOut && urls.some((url) => url !== undefined && !verifiesDatabaseServer(url))) {
    warnings.push(
      'DATABASE_TLS=off-private-network: PostgreSQL is reached without verified TLS; keep it on a private network',
    );
  }
  return warnings;
}

/** The variable names the config schema knows: docker-compose.yml is checked against them. */
export const configVariables: readonly string[] = Object.keys(schema.shape);
