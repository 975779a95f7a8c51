import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from '../../src/http/app.ts';
import { registerWebRoutes } from '../../src/http/routes/web.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

describe('the web client route', () => {
  let dir: string;
  const app = new OpenAPIHono<AppEnv>();

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'nightchill-web-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>NightChill</title>');
    await writeFile(path.join(dir, 'assets', 'main-ABC123.js'), 'console.log(1)');
    await writeFile(path.join(dir, 'assets', 'main-ABC123.js.map'), '{"version":3}');
    await writeFile(path.join(dir, 'secret.json'), '{}');
    registerWebRoutes(app, { dir, sourceMaps: true });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('serves the page with a strict content security policy and no caching', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>NightChill</title>');
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('serves hashed assets for good, and nothing outside assets/', async () => {
    const res = await app.request('/assets/main-ABC123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toContain('immutable');
    for (const bad of [
      '/assets/missing-1.js',
      '/assets/..%2Fsecret.json',
      '/assets/%2E%2E%2Fsecret.json',
      '/assets/.hidden.js',
      '/assets/main-ABC123.exe',
      '/secret.json',
    ]) {
      expect((await app.request(bad)).status, bad).toBe(404);
    }
  });

  it('serves source maps only where asked (never in production: createApp turns them off there)', async () => {
    expect((await app.request('/assets/main-ABC123.js.map')).status).toBe(200);
    const production = new OpenAPIHono<AppEnv>();
    registerWebRoutes(production, { dir, sourceMaps: false });
    expect((await production.request('/assets/main-ABC123.js.map')).status).toBe(404);
    expect((await production.request('/assets/main-ABC123.js')).status).toBe(200);
  });

  it('says plainly when the client is not built', async () => {
    const bare = new OpenAPIHono<AppEnv>();
    registerWebRoutes(bare, { dir: path.join(dir, 'nowhere') });
    const res = await bare.request('/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build:web');
  });
});

describe('the web client beside the API', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('pglite');
  });
  afterAll(() => app?.close());

  it('shadows none of the API, docs, probes or metrics', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    expect((await fetch(`${app.url}/metrics`)).status).toBe(200);
    expect((await fetch(`${app.url}/openapi.json`)).status).toBe(200);
    expect((await fetch(`${app.url}/docs`)).status).toBe(200);
    const missing = await app.api('GET', '/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: { code: 'not_found' } });
    const page = await fetch(`${app.url}/`);
    expect([200, 503]).toContain(page.status);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  });
});
