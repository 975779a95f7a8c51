import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, startupWarnings } from '../../src/config.ts';

function problemsOf(env: Record<string, string>): { variable: string; message: string }[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

const key = Buffer.alloc(32, 9).toString('base64');

describe('config', () => {
  it('runs on the embedded default with nothing set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      dataDir: './data',
      database: { url: undefined, poolMax: 10 },
      redis: { url: undefined },
      openai: { apiKey: undefined, model: 'gpt-4o-mini' },
      seedOnStart: true,
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ OPENAI_MODEL: '', DATABASE_URL: ' ', LOG_LEVEL: '' })).toMatchObject({
      openai: { model: 'gpt-4o-mini' },
      database: { url: undefined },
      logLevel: 'info',
    });
  });

  it('names each malformed variable', () => {
    expect(problemsOf({ PORT: 'eighty' }).map((p) => p.variable)).toEqual(['PORT']);
    expect(problemsOf({ DATABASE_URL: 'mysql://localhost/db' })).toEqual([
      { variable: 'DATABASE_URL', message: 'must be a postgres:// or postgresql:// URL' },
    ]);
    expect(problemsOf({ REDIS_URL: 'localhost:6379' })[0]?.variable).toBe('REDIS_URL');
    expect(problemsOf({ JWT_SECRET: 'short' })[0]).toEqual({
      variable: 'JWT_SECRET',
      message: 'must be at least 32 characters',
    });
    expect(problemsOf({ ENCRYPTION_KEYS: 'k1:dG9vLXNob3J0' })[0]?.variable).toBe('ENCRYPTION_KEYS');
    expect(
      problemsOf({ NODE_ENV: 'staging', PORT: '70000' })
        .map((p) => p.variable)
        .sort(),
    ).toEqual(['NODE_ENV', 'PORT']);
  });

  it('requires JWT_SECRET, ENCRYPTION_KEYS, METRICS_TOKEN and PUBLIC_ORIGIN in production', () => {
    expect(problemsOf({ NODE_ENV: 'production' }).map((p) => p.variable)).toEqual([
      'JWT_SECRET',
      'ENCRYPTION_KEYS',
      'METRICS_TOKEN',
      'PUBLIC_ORIGIN',
    ]);
    const config = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      ENCRYPTION_KEYS: `k2:${key},k1:${key}`,
      DATABASE_URL: 'postgresql://app@db:5432/nightchill?sslmode=verify-full',
      DATABASE_APP_URL: 'postgresql://web@db:5432/nightchill?sslmode=verify-full',
      METRICS_TOKEN: 'm'.repeat(32),
      PUBLIC_ORIGIN: 'https://NightChill.example/',
    });
    expect(config.publicOrigin).toBe('https://nightchill.example');
    expect(config.metricsToken).toBe('m'.repeat(32));
    expect(config.encryptionKeys?.map((k) => k.id)).toEqual(['k2', 'k1']);
    expect(config.seedOnStart).toBe(false);
  });

  it('refuses a short metrics token and a public origin with a path or another scheme', () => {
    expect(problemsOf({ METRICS_TOKEN: 'short' })[0]?.variable).toBe('METRICS_TOKEN');
    for (const origin of ['https://nightchill.example/app', 'ftp://nightchill.example', 'nightchill.example'])
      expect(problemsOf({ PUBLIC_ORIGIN: origin })[0]?.variable, origin).toBe('PUBLIC_ORIGIN');
    expect(loadConfig({ PUBLIC_ORIGIN: 'http://localhost:3000' }).publicOrigin).toBe('http://localhost:3000');
  });

  it('the error message lists every problem by name', () => {
    expect(() => loadConfig({ PORT: '-1', DATABASE_POOL_MAX: '0' })).toThrow(
      /Invalid environment:\n {2}PORT: .+\n {2}DATABASE_POOL_MAX: /,
    );
  });
});

describe('config: Redis Cluster (REDIS_CLUSTER_NODES)', () => {
  it('takes seed nodes as host:port, [v6]:port or redis:// URLs, and the sharded adapter by default', () => {
    const config = loadConfig({ REDIS_CLUSTER_NODES: ' 10.0.0.1:7000, redis-b:7001 ,[::1]:7002 ' });
    expect(config.redis).toEqual({
      url: undefined,
      cluster: {
        nodes: [
          { host: '10.0.0.1', port: 7000 },
          { host: 'redis-b', port: 7001 },
          { host: '::1', port: 7002 },
        ],
        username: undefined,
        password: undefined,
        tls: false,
      },
      keyPrefix: 'nc:',
      adapter: 'sharded',
    });
    const secured = loadConfig({
      REDIS_CLUSTER_NODES: 'rediss://app:s%40cret@a.example:6380,rediss://app:s%40cret@b.example',
      REDIS_ADAPTER: 'classic',
    });
    expect(secured.redis.cluster).toEqual({
      nodes: [
        { host: 'a.example', port: 6380 },
        { host: 'b.example', port: 6379 },
      ],
      username: 'app',
      password: 's@cret',
      tls: true,
    });
    expect(secured.redis.adapter).toBe('classic');
    // One Redis keeps the classic adapter unless told otherwise.
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).redis).toMatchObject({
      cluster: undefined,
      adapter: 'classic',
    });
  });

  it('refuses malformed seed lists at start, naming the variable and the entry', () => {
    for (const [value, detail] of [
      ['10.0.0.1', /"10\.0\.0\.1" is not host:port/],
      ['10.0.0.1:7000,10.0.0.2', /"10\.0\.0\.2" is not host:port/],
      ['a:0', /port must be 1–65535/],
      ['a:70000', /port must be 1–65535/],
      ['http://a:7000', /is not host:port/],
      ['redis://a:7000/2', /takes no database number/],
      [',', /seed nodes of a Redis Cluster/],
      ['redis://a:7000,rediss://b:7000', /same scheme .* and credentials/],
      ['redis://u:p@a:7000,redis://b:7000', /same scheme .* and credentials/],
    ] as const) {
      const problems = problemsOf({ REDIS_CLUSTER_NODES: value });
      expect(
        problems.map((p) => p.variable),
        value,
      ).toEqual(['REDIS_CLUSTER_NODES']);
      expect(problems[0]!.message, value).toMatch(detail);
    }
  });

  it('refuses REDIS_URL beside it, and a key prefix with a hash tag of its own', () => {
    expect(
      problemsOf({ REDIS_URL: 'redis://127.0.0.1:6379', REDIS_CLUSTER_NODES: '127.0.0.1:7000' }),
    ).toEqual([
      {
        variable: 'REDIS_CLUSTER_NODES',
        message: 'set REDIS_URL (one Redis) or REDIS_CLUSTER_NODES (a Redis Cluster), not both',
      },
    ]);
    const problems = problemsOf({ REDIS_CLUSTER_NODES: '127.0.0.1:7000', REDIS_KEY_PREFIX: '{nc}:' });
    expect(problems.map((p) => p.variable)).toEqual(['REDIS_KEY_PREFIX']);
    expect(problems[0]!.message).toMatch(/every key would land in one slot/);
    // On one Redis a brace in the prefix is harmless.
    expect(
      loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: '{nc}:' }).redis.keyPrefix,
    ).toBe('{nc}:');
  });
});

describe('config: TLS to PostgreSQL in production', () => {
  /** Everything else production requires, so only the database settings decide. */
  const production = {
    NODE_ENV: 'production',
    JWT_SECRET: 'x'.repeat(40),
    ENCRYPTION_KEYS: `k1:${key}`,
    METRICS_TOKEN: 'm'.repeat(40),
    PUBLIC_ORIGIN: 'https://nightchill.example',
  };
  /** User traffic's own login, which production requires beside DATABASE_URL. */
  const appLogin = {
    DATABASE_APP_URL: 'postgresql://web:secret@db.internal:5432/nightchill?sslmode=verify-full',
  };
  const databaseProblems = (env: Record<string, string>) => {
    try {
      loadConfig({ ...production, ...(env.DATABASE_URL ? appLogin : {}), ...env });
      return [];
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      return err.problems.filter((p) => p.variable.startsWith('DATABASE'));
    }
  };
  const db = 'postgresql://app:secret@db.internal:5432/nightchill';

  it('accepts sslmode=verify-full, and verify-ca with the CA to verify against', () => {
    for (const url of [
      `${db}?sslmode=verify-full`,
      `${db}?sslrootcert=/etc/ssl/db-ca.pem&sslmode=verify-ca`,
    ]) {
      const config = loadConfig({ ...production, ...appLogin, DATABASE_URL: url });
      expect(config.database.url).toBe(url);
      expect(config.databaseTlsOptOut).toBe(false);
      expect(startupWarnings(config)).toEqual([]);
    }
  });

  it('refuses a DATABASE_URL that does not verify the server, naming the variable and the ways out', () => {
    for (const url of [
      db,
      `${db}?sslmode=disable`,
      `${db}?sslmode=prefer`,
      `${db}?sslmode=require`,
      `${db}?sslmode=verify-ca`, // no CA: anyone a public CA signed for would pass
      `${db}?sslmode=no-verify`,
    ]) {
      const problems = databaseProblems({ DATABASE_URL: url });
      expect(
        problems.map((p) => p.variable),
        url,
      ).toEqual(['DATABASE_URL']);
      expect(problems[0]?.message).toMatch(/sslmode=verify-full.*DATABASE_TLS=off-private-network/);
    }
    expect(() => loadConfig({ ...production, ...appLogin, DATABASE_URL: db })).toThrow(
      /DATABASE_URL: must verify the server/,
    );
  });

  it('holds the read replica to the same rule', () => {
    const problems = databaseProblems({
      DATABASE_URL: `${db}?sslmode=verify-full`,
      DATABASE_READ_URL: 'postgresql://app:secret@replica.internal:5432/nightchill?sslmode=require',
    });
    expect(problems.map((p) => p.variable)).toEqual(['DATABASE_READ_URL']);
  });

  it('takes DATABASE_TLS=off-private-network as an explicit opt-out, and start-up warns about it', () => {
    const config = loadConfig({
      ...production,
      ...appLogin,
      DATABASE_URL: db,
      DATABASE_TLS: 'off-private-network',
    });
    expect(config.databaseTlsOptOut).toBe(true);
    expect(startupWarnings(config)).toEqual([expect.stringMatching(/^DATABASE_TLS=off-private-network: /)]);
    // Only that value: a typo is not an opt-out.
    expect(databaseProblems({ DATABASE_URL: db, DATABASE_TLS: 'off' }).map((p) => p.variable)).toEqual([
      'DATABASE_TLS',
    ]);
  });

  it('requires user traffic on its own login (DATABASE_APP_URL) beside DATABASE_URL, held to the same TLS rule', () => {
    const url = `${db}?sslmode=verify-full`;
    const missing = databaseProblems({ DATABASE_URL: url, DATABASE_APP_URL: '' });
    expect(missing.map((p) => p.variable)).toEqual(['DATABASE_APP_URL']);
    expect(
      databaseProblems({
        DATABASE_URL: url,
        DATABASE_APP_URL: 'postgresql://web@db.internal:5432/nightchill',
      }).map((p) => p.message),
    ).toEqual([expect.stringMatching(/must verify the server/)]);
    const config = loadConfig({ ...production, ...appLogin, DATABASE_URL: url });
    expect(config.database.appUrl).toBe(appLogin.DATABASE_APP_URL);
    // Outside production it is optional, and it needs the system login beside it.
    expect(
      loadConfig({ DATABASE_URL: url, JWT_SECRET: 'x'.repeat(40), ENCRYPTION_KEYS: `k1:${key}` }).database
        .appUrl,
    ).toBe(undefined);
    expect(problemsOf({ DATABASE_APP_URL: appLogin.DATABASE_APP_URL }).map((p) => p.variable)).toEqual([
      'DATABASE_APP_URL',
    ]);
    // Not a PostgreSQL URL at all: named, like DATABASE_URL.
    const notPostgres = problemsOf({
      DATABASE_URL: url,
      DATABASE_APP_URL: 'mysql://web@db/nightchill',
      JWT_SECRET: 'x'.repeat(40),
      ENCRYPTION_KEYS: `k1:${key}`,
    });
    expect(notPostgres.map((p) => p.variable)).toEqual(['DATABASE_APP_URL']);
  });

  it('asks nothing of the embedded database, nor outside production', () => {
    expect(databaseProblems({})).toEqual([]);
    const dev = loadConfig({ DATABASE_URL: db, JWT_SECRET: 'x'.repeat(40), ENCRYPTION_KEYS: `k1:${key}` });
    expect(dev.databaseTlsOptOut).toBe(false);
    expect(startupWarnings(dev)).toEqual([]);
  });

  it('generates keys only for the embedded database: with DATABASE_URL they must be set, in every environment', () => {
    const url = 'postgresql://postgres@127.0.0.1:5432/nightchill';
    for (const env of [{}, { NODE_ENV: 'test' }] as Record<string, string>[]) {
      expect(problemsOf({ ...env, DATABASE_URL: url })).toEqual([
        {
          variable: 'JWT_SECRET',
          message: 'is required with DATABASE_URL (every instance on one database needs the same keys)',
        },
        {
          variable: 'ENCRYPTION_KEYS',
          message: 'is required with DATABASE_URL (every instance on one database needs the same keys)',
        },
      ]);
    }
    expect(problemsOf({ DATABASE_URL: url, JWT_SECRET: 'x'.repeat(40) }).map((p) => p.variable)).toEqual([
      'ENCRYPTION_KEYS',
    ]);
    expect(loadConfig({ DATA_DIR: '/tmp/x' }).jwtSecret).toBeUndefined();
  });
});
