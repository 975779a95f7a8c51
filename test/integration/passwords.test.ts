import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { openSocket, waitFor } from '../helpers/sockets.ts';

const fieldsOf = (body: { error: { details?: { field: string }[] } }) =>
  (body.error.details ?? []).map((d) => d.field);

describe.each(backends)('passwords on %s', (backend) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(backend);
  });
  afterAll(() => app?.close());

  const register = (password: string) => {
    const tag = randomUUID().slice(0, 8);
    return app.api('POST', '/api/auth/register', {
      body: { email: `pw-${tag}@example.com`, username: `pw_${tag}`, displayName: 'Robin', password },
    });
  };

  it('refuses guessable passwords at sign-up with zxcvbn’s feedback as the message', async () => {
    for (const weak of ['1234567890', 'password12', ' '.repeat(10), 'robin-robin-robin']) {
      const res = await register(weak);
      expect(res.status, JSON.stringify(weak)).toBe(400);
      expect(res.body.error.code).toBe('weak_password');
      expect(res.body.error.details).toHaveLength(1);
      expect(res.body.error.details[0].field).toBe('password');
      expect(res.body.error.details[0].message).toMatch(/^is too easy to guess: \S/);
    }
    const common = await register('password12');
    expect(common.body.error.message).toMatch(/commonly used password/i);
  });

  it('refuses a password longer than bcrypt reads (72 bytes of UTF-8), counting bytes, not characters', async () => {
    // 37 characters, 74 bytes: under any character limit, over bcrypt's.
    const accented = await register('é'.repeat(37));
    expect(accented.status).toBe(400);
    expect(accented.body.error.details).toEqual([
      { field: 'password', message: expect.stringMatching(/at most 72 bytes.*bcrypt ignores the rest/) },
    ]);
    const long = await register(`${'quiet harbour lantern '.repeat(4)}`.slice(0, 73));
    expect(long.status).toBe(400);
    const exactly72 = await register(`${'quiet harbour lantern '.repeat(4)}`.slice(0, 72));
    expect(exactly72.status).toBe(201);
  });

  it('refuses a NUL in a password (the one text rule) and a password under 10 characters', async () => {
    const nul = await register('quiet\u0000harbour lantern');
    expect(nul.status).toBe(400);
    expect(fieldsOf(nul.body)).toEqual(['password']);
    const short = await register('Zx9#qT4');
    expect(short.status).toBe(400);
    expect(fieldsOf(short.body)).toEqual(['password']);
  });

  it('changes the password with the current one: a fresh token back, every other token and socket signed out', async () => {
    const me = await app.signUp();
    const other = await app.api('POST', '/api/auth/login', {
      body: { login: me.user.username, password: me.password },
    });
    expect(other.status).toBe(200);
    const socket = await openSocket(app.url, me.token);
    let disconnected = false;
    socket.on('disconnect', () => {
      disconnected = true;
    });
    const newPassword = 'amber kettle snowfall';
    const res = await app.api('POST', '/api/me/password', {
      token: me.token,
      body: { currentPassword: me.password, newPassword },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const fresh = res.body.token as string;
    expect((await app.api('GET', '/api/me', { token: fresh })).status).toBe(200);
    for (const stale of [me.token, other.body.token as string])
      expect((await app.api('GET', '/api/me', { token: stale })).status).toBe(401);
    await waitFor(() => disconnected);
    await expect(openSocket(app.url, me.token)).rejects.toThrow();
    (await openSocket(app.url, fresh)).close();
    const oldLogin = await app.api('POST', '/api/auth/login', {
      body: { login: me.user.username, password: me.password },
    });
    expect(oldLogin.status).toBe(401);
    const newLogin = await app.api('POST', '/api/auth/login', {
      body: { login: me.user.username, password: newPassword },
    });
    expect(newLogin.status).toBe(200);
  });

  it('refuses a change without the right current password, to a weak, same or too long one, or with extra fields', async () => {
    const me = await app.signUp();
    const change = (body: unknown, token: string | undefined = me.token) =>
      app.api('POST', '/api/me/password', { ...(token ? { token } : {}), body });
    const noAuth = await change({ currentPassword: me.password, newPassword: 'amber kettle snowfall' }, '');
    expect(noAuth.status).toBe(401);
    const wrong = await change({
      currentPassword: 'not my password at all',
      newPassword: 'amber kettle snowfall',
    });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('invalid_password');
    const weak = await change({ currentPassword: me.password, newPassword: 'password12' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.code).toBe('weak_password');
    expect(fieldsOf(weak.body)).toEqual(['newPassword']);
    const same = await change({ currentPassword: me.password, newPassword: me.password });
    expect(same.status).toBe(400);
    expect(fieldsOf(same.body)).toEqual(['newPassword']);
    const long = await change({ currentPassword: me.password, newPassword: 'ü'.repeat(40) });
    expect(long.status).toBe(400);
    expect(fieldsOf(long.body)).toEqual(['newPassword']);
    const extra = await change({
      currentPassword: me.password,
      newPassword: 'amber kettle snowfall',
      userId: 'x',
    });
    expect(extra.status).toBe(400);
    // None of these changed anything: the first token still works.
    expect((await app.api('GET', '/api/me', { token: me.token })).status).toBe(200);
  });
});
