import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';

const HOUR = 60 * 60 * 1000;

describe.each(backends)('sign-up limit and client addresses behind a proxy, on %s', (backend) => {
  const clock = manualClock('2025-05-01T12:00:00.000Z');
  let direct: TestApp;
  let proxied: TestApp;
  beforeAll(async () => {
    // The default limit (10 an hour), and the same behind a proxy on loopback that is trusted.
    direct = await startTestApp(backend, { clock, env: { SIGNUPS_PER_HOUR: '10' } });
    proxied = await startTestApp(backend, {
      clock,
      env: { SIGNUPS_PER_HOUR: '10', TRUSTED_PROXIES: '127.0.0.1/32,::1' },
    });
  });
  afterAll(async () => {
    await direct?.close();
    await proxied?.close();
  });

  const register = (app: TestApp, headers: Record<string, string> = {}) => {
    const tag = randomUUID().slice(0, 8);
    return fetch(`${app.url}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({
        email: `s-${tag}@example.com`,
        username: `s_${tag}`,
        displayName: `S ${tag}`,
        password: `password-${tag}`,
      }),
    });
  };

  it('allows 10 new accounts an hour from one address, then 429 with Retry-After, and again after the hour', async () => {
    clock.advance(2 * HOUR);
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await register(direct)).status);
    expect(statuses).toEqual(Array(10).fill(201));
    const refused = await register(direct);
    expect(refused.status).toBe(429);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toMatch(/new accounts/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    clock.advance(HOUR);
    expect((await register(direct)).status).toBe(201);
  });

  it('ignores X-Forwarded-For from an untrusted peer: a forged header buys no fresh bucket', async () => {
    clock.advance(2 * HOUR);
    for (let i = 0; i < 10; i++) {
      expect((await register(direct, { 'x-forwarded-for': `203.0.113.${i}` })).status).toBe(201);
    }
    expect((await register(direct, { 'x-forwarded-for': '203.0.113.99' })).status).toBe(429);
  });

  it('behind a trusted proxy, limits each client by the address the proxy saw', async () => {
    clock.advance(2 * HOUR);
    for (let i = 0; i < 10; i++) {
      expect((await register(proxied, { 'x-forwarded-for': '198.51.100.7' })).status).toBe(201);
    }
    expect((await register(proxied, { 'x-forwarded-for': '198.51.100.7' })).status).toBe(429);
    // Another client through the same proxy has its own budget.
    expect((await register(proxied, { 'x-forwarded-for': '198.51.100.8' })).status).toBe(201);
    // What the client itself wrote to the left of the proxy's entry proves nothing.
    expect((await register(proxied, { 'x-forwarded-for': '10.9.9.9, 198.51.100.7' })).status).toBe(429);
  });
});
