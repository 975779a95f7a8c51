import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

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

  it('requires JWT_SECRET and ENCRYPTION_KEYS in production', () => {
    expect(problemsOf({ NODE_ENV: 'production' }).map((p) => p.variable)).toEqual([
      'JWT_SECRET',
      'ENCRYPTION_KEYS',
    ]);
    const config = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      ENCRYPTION_KEYS: `k2:${key},k1:${key}`,
      DATABASE_URL: 'postgresql://app@db:5432/nightchill?sslmode=require',
    });
    expect(config.encryptionKeys?.map((k) => k.id)).toEqual(['k2', 'k1']);
    expect(config.seedOnStart).toBe(false);
  });

  it('the error message lists every problem by name', () => {
    expect(() => loadConfig({ PORT: '-1', DATABASE_POOL_MAX: '0' })).toThrow(
      /Invalid environment:\n {2}PORT: .+\n {2}DATABASE_POOL_MAX: /,
    );
  });
});
