import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { type Backend, backends } from '../helpers/db.ts';
import { testEnv } from '../helpers/env.ts';

type Store = 'memory' | 'redis';
const cases: [Backend, Store][] = backends.map((b) => [b, 'memory']);
if (testEnv.TEST_REDIS_URL) cases.push(['pglite', 'redis']);

const QUARTER_HOUR = 15 * 60 * 1000;

describe.each(cases)('sign-in rate limits on %s with the %s store', (backend, store) => {
  const clock = manualClock('2025-04-01T12:00:00.000Z');
  let app: TestApp;
  beforeAll(async () => {
    const env: Record<string, string> =
      store === 'redis'
        ? { REDIS_URL: testEnv.TEST_REDIS_URL!, REDIS_KEY_PREFIX: `nc-test-${randomUUID().slice(0, 8)}:` }
        : {};
    app = await startTestApp(backend, { clock, env });
    expect(Boolean(app.deps.redis)).toBe(store === 'redis');
  });
  afterAll(() => app?.close());
  /** Every test starts with the address's bucket drained. */
  const nextQuarter = () => clock.advance(QUARTER_HOUR);
  const login = (login: string, password: string) =>
    app.api('POST', '/api/auth/login', { body: { login, password } });

  it('locks an account after 5 wrong passwords with 429 and Retry-After, even for the right one, until it drains', async () => {
    nextQuarter();
    const { user, password } = await app.signUp();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await login(user.username, `wrong-${i}-password`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);

    const locked = await login(user.email, password);
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('rate_limited');
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(locked.body.error.details).toEqual({ retryAfterSeconds: retryAfter });

    clock.advance(retryAfter * 1000);
    const back = await login(user.email, password);
    expect(back.status).toBe(200);
    // A successful sign-in clears the account's count: five more mistakes are allowed.
    for (let i = 0; i < 5; i++) expect((await login(user.username, `again-${i}-wrong`)).status).toBe(401);
  });

  it('counts e-mail and username as one account, and limits unknown logins alike', async () => {
    nextQuarter();
    const { user } = await app.signUp();
    const tries = [user.email, user.username.toUpperCase(), user.email, user.username, user.email];
    for (const l of tries) expect((await login(l, 'wrong-password-x')).status).toBe(401);
    expect((await login(user.username, 'wrong-password-x')).status).toBe(429);

    const ghost = `ghost_${randomUUID().slice(0, 8)}`;
    for (let i = 0; i < 5; i++) expect((await login(ghost, 'wrong-password-x')).status).toBe(401);
    expect((await login(ghost, 'wrong-password-x')).status).toBe(429);
  });

  it('lets 50 simultaneous guesses at one account reach the password check only 5 times', async () => {
    nextQuarter();
    const { user } = await app.signUp();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => login(user.username, `parallel-guess-${i}`)),
    );
    const count = (s: number) => results.filter((r) => r.status === s).length;
    expect(count(401)).toBe(5);
    expect(count(429)).toBe(45);
  });

  it('limits one address to 20 attempts across accounts; a success does not clear it', async () => {
    nextQuarter();
    const { user, password } = await app.signUp();
    for (let i = 0; i < 19; i++) {
      expect((await login(`nobody_${i}_${randomUUID().slice(0, 6)}`, 'wrong-password-x')).status).toBe(401);
    }
    expect((await login(user.username, password)).status).toBe(200);
    const blocked = await login(user.username, password);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);

    clock.advance(Number(blocked.headers.get('retry-after')) * 1000);
    expect((await login(user.username, password)).status).toBe(200);
  });

  it('answers malformed sign-ins with 400 before counting them', async () => {
    nextQuarter();
    for (let i = 0; i < 25; i++) {
      const res = await app.api('POST', '/api/auth/login', { body: { login: '', password: 'x' } });
      expect(res.status).toBe(400);
    }
    const { user, password } = await app.signUp();
    expect((await login(user.username, password)).status).toBe(200);
  });
});
