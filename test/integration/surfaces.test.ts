import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, testPassword } from '../helpers/app.ts';
import { makeLocation } from '../helpers/factories.ts';
import { openSocket } from '../helpers/sockets.ts';

const metricsToken = 'metrics-token-metrics-token-0123456789';

function expectSecurityHeaders(res: Response, what: string): void {
  expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(res.headers.get('x-frame-options'), what).toBe('DENY');
  expect(res.headers.get('referrer-policy'), what).toBe('no-referrer');
  expect(res.headers.get('content-security-policy'), what).toContain("frame-ancestors 'none'");
}

describe('the surfaces an attacker reaches first', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('pglite', {
      env: { METRICS_TOKEN: metricsToken, PUBLIC_ORIGIN: 'https://nightchill.example' },
    });
  });
  afterAll(() => app?.close());

  it('answers /metrics only with the metrics token', async () => {
    const bare = await fetch(`${app.url}/metrics`);
    expect(bare.status).toBe(401);
    expect(await bare.text()).not.toMatch(/nightchill_|# HELP/);
    for (const authorization of [
      `Bearer ${metricsToken}x`,
      `Bearer ${metricsToken.slice(1)}`,
      metricsToken,
    ]) {
      expect((await fetch(`${app.url}/metrics`, { headers: { authorization } })).status).toBe(401);
    }
    const ok = await fetch(`${app.url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('# HELP');
  });

  it('sends the security headers on every response: API, errors, probes, docs and the page', async () => {
    const responses: [string, Response][] = [
      ['/healthz', await fetch(`${app.url}/healthz`)],
      ['/api/me without a token', await fetch(`${app.url}/api/me`)],
      ['an unknown route', await fetch(`${app.url}/api/nothing-here`)],
      [
        'malformed JSON',
        await fetch(`${app.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{',
        }),
      ],
      ['/openapi.json', await fetch(`${app.url}/openapi.json`)],
      ['/docs', await fetch(`${app.url}/docs`)],
      ['/docs asset', await fetch(`${app.url}/docs/assets/swagger-ui.css`)],
      ['/', await fetch(`${app.url}/`)],
      ['/metrics refused', await fetch(`${app.url}/metrics`)],
    ];
    for (const [what, res] of responses) expectSecurityHeaders(res, what);
    const [, api] = responses[1]!;
    expect(api.headers.get('content-security-policy')).toContain("default-src 'none'");
    // An https public origin means TLS in front: browsers are told to stay on https.
    expect(api.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/);
    // The HTML pages keep CSPs of their own that let them run, and nothing from elsewhere.
    const docs = responses.find(([w]) => w === '/docs')![1].headers.get('content-security-policy') ?? '';
    expect(docs).toContain("script-src 'self'");
    expect(docs).not.toMatch(/script-src[^;]*unsafe/);
    const page = responses.find(([w]) => w === '/')![1].headers.get('content-security-policy') ?? '';
    expect(page).toContain("script-src 'self'");
  });

  it('refuses unknown fields in sign-up, sign-in and check-in with 400', async () => {
    const tag = randomUUID().slice(0, 8);
    const signUp = {
      email: `s-${tag}@example.com`,
      username: `s_${tag}`,
      displayName: 'S',
      password: testPassword,
    };
    const extraSignUp = await app.api('POST', '/api/auth/register', {
      body: { ...signUp, role: 'operator' },
    });
    expect(extraSignUp.status).toBe(400);
    expect(extraSignUp.body.error.details[0].message).toMatch(/role/);
    const { user, token } = await app.signUp();
    const extraLogin = await app.api('POST', '/api/auth/login', {
      body: { login: user.username, password: testPassword, remember: true },
    });
    expect(extraLogin.status).toBe(400);
    const place = await makeLocation(app.deps.database.db);
    const extraCheckIn = await app.api('POST', '/api/check-ins', {
      token,
      body: { locationId: place.id, mood: 'calm', pointsEarned: 500 },
    });
    expect(extraCheckIn.status).toBe(400);
    expect(extraCheckIn.body.error.details[0].message).toMatch(/pointsEarned/);
  });

  it('lets sockets in from the public origin only, whatever the Host header says', async () => {
    const own = await openSocket(app.url, undefined, { origin: 'https://nightchill.example' }).catch(
      (err: Error) => err,
    );
    // Past the origin check, refused by authentication (no token): not by the origin.
    expect((own as Error & { data?: { code: string } }).data?.code).toBe('unauthorized');
    const { token } = await app.signUp();
    (await openSocket(app.url, token, { origin: 'https://nightchill.example' })).close();
    (await openSocket(app.url, token)).close(); // no Origin: not a browser
    // The Host header of this request is 127.0.0.1:<port>; an Origin that matches it is still refused.
    for (const origin of [app.url, 'https://evil.example', 'http://nightchill.example']) {
      const err = await openSocket(app.url, token, { origin, transports: ['polling'] }).catch(
        (e: Error) => e,
      );
      expect(err, origin).toBeInstanceOf(Error);
      expect((err as Error & { data?: unknown }).data, origin).toBeUndefined();
    }
  });
});

describe('surfaces without a public origin (development and tests)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('pglite');
  });
  afterAll(() => app?.close());

  it('sends no HSTS, keeps /metrics open, and lets loopback pages open sockets', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expectSecurityHeaders(res, '/healthz');
    expect(res.headers.get('strict-transport-security')).toBeNull();
    expect((await fetch(`${app.url}/metrics`)).status).toBe(200);
    const { token } = await app.signUp();
    const port = new URL(app.url).port;
    for (const origin of [`http://localhost:${port}`, app.url, 'http://localhost:5173'])
      (await openSocket(app.url, token, { origin })).close();
    await expect(openSocket(app.url, token, { origin: 'https://evil.example' })).rejects.toThrow();
  });
});
