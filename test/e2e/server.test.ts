import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type AppProcess, spawnApp, startAppProcess } from '../helpers/process.ts';

const dataDir = () => mkdtempSync(path.join(tmpdir(), 'nightchill-e2e-'));

describe('the server process', () => {
  let app: AppProcess | undefined;
  afterAll(async () => {
    await app?.stop('SIGKILL');
  });

  it('starts on the embedded default, answers /healthz and /readyz, and stops cleanly on SIGTERM', async () => {
    const dir = dataDir();
    app = await startAppProcess({ DATA_DIR: dir, SEED_ON_START: 'false', LOG_LEVEL: 'info' });
    const base = `http://127.0.0.1:${app.port}`;
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ok',
      checks: { database: 'up' },
      database: { kind: 'pglite' },
    });
    const missing = await fetch(`${base}/no-such-route`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: { code: 'not_found', message: 'No such route.', requestId: missing.headers.get('x-request-id') },
    });

    expect(await app.stop('SIGTERM')).toBe(0);
    const logs = app.stdout();
    expect(logs).toContain('"msg":"shutting down"');
    for (const line of logs.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
    app = undefined;
  });

  it('refuses to start with a malformed variable, naming it', async () => {
    const { child, err } = spawnApp({ PORT: 'eighty', DATABASE_URL: 'mysql://nope', DATA_DIR: dataDir() });
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    const message = err.join('');
    expect(message).toContain('Invalid environment');
    expect(message).toMatch(/PORT: /);
    expect(message).toMatch(/DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/);
  });

  it('refuses to start in production without secrets', async () => {
    const { child, err } = spawnApp({ NODE_ENV: 'production', DATA_DIR: dataDir() });
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(err.join('')).toMatch(/JWT_SECRET: is required when NODE_ENV=production/);
  });
});
