import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/tx.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';

describe.each(backends)('sign-up and sign-in on %s', (backend) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(backend);
  });
  afterAll(() => app?.close());

  it('registers, then signs in by e-mail or username (any case)', async () => {
    const { user, password } = await app.signUp({
      email: 'Calm.Sam@Example.com',
      username: 'Calm_Sam',
      timeZone: 'Europe/Dublin',
    });
    expect(user).toMatchObject({
      email: 'calm.sam@example.com',
      username: 'Calm_Sam',
      timeZone: 'Europe/Dublin',
      consentGiven: false,
    });
    expect(user).not.toHaveProperty('passwordHash');
    for (const login of ['calm.sam@example.com', 'CALM_SAM']) {
      const res = await app.api('POST', '/api/auth/login', { body: { login, password } });
      expect(res.status).toBe(200);
      expect(res.body.user.id).toBe(user.id);
      expect(res.body.user.lastLogin).not.toBeNull();
      expect(res.body.token.split('.')).toHaveLength(3);
    }
  });

  it('refuses a wrong password and an unknown login alike', async () => {
    const { user } = await app.signUp();
    const wrong = await app.api('POST', '/api/auth/login', {
      body: { login: user.username, password: 'nope-nope-nope' },
    });
    const unknown = await app.api('POST', '/api/auth/login', {
      body: { login: 'nobody_here', password: 'nope-nope-nope' },
    });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      // Alike but for the request id each error carries.
      expect(res.body).toEqual({
        error: {
          code: 'invalid_credentials',
          message: 'The login or password is wrong.',
          requestId: res.headers.get('x-request-id'),
        },
      });
    }
  });

  it('refuses a taken e-mail or username with 409 naming the field', async () => {
    const { user } = await app.signUp();
    const sameEmail = await app.api('POST', '/api/auth/register', {
      body: {
        email: user.email.toUpperCase(),
        username: 'someone_else',
        displayName: 'X',
        password: 'long enough pw',
      },
    });
    expect(sameEmail.status).toBe(409);
    expect(sameEmail.body.error).toMatchObject({ code: 'email_taken', details: { field: 'email' } });
    const sameName = await app.api('POST', '/api/auth/register', {
      body: {
        email: 'fresh@example.com',
        username: user.username,
        displayName: 'X',
        password: 'long enough pw',
      },
    });
    expect(sameName.status).toBe(409);
    expect(sameName.body.error.code).toBe('username_taken');
  });

  it('answers bad bodies with 400 naming the fields', async () => {
    const cases: [unknown, string[]][] = [
      [{}, ['email', 'username', 'displayName', 'password']],
      [
        { email: 'x', username: 'ab', displayName: '', password: 'short' },
        ['email', 'username', 'displayName', 'password'],
      ],
      [
        {
          email: 'a@b.co',
          username: 'okay_name',
          displayName: 'A',
          password: 'long enough pw',
          timeZone: 'Mars/Base',
        },
        ['timeZone'],
      ],
      [
        { email: 42, username: ['x'], displayName: { a: 1 }, password: null },
        ['email', 'username', 'displayName', 'password'],
      ],
      [
        {
          email: `${'a'.repeat(300)}@b.co`,
          username: 'okay_name',
          displayName: 'A',
          password: 'long enough pw',
        },
        ['email'],
      ],
    ];
    for (const [body, fields] of cases) {
      const res = await app.api('POST', '/api/auth/register', { body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('invalid_payload');
      expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(
        [...fields].sort(),
      );
    }
  });

  it('answers malformed JSON, a wrong content type and a huge body with 400', async () => {
    const malformed = await app.api('POST', '/api/auth/login', { body: '{"login": "x", ' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('invalid_payload');
    const huge = await app.api('POST', '/api/auth/login', {
      body: { login: 'x'.repeat(100_000), password: 'y' },
    });
    expect(huge.status).toBe(400);
    expect(huge.body.error.code).toBe('invalid_payload');
    const res = await fetch(`${app.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hi',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_payload');
  });

  it('stores bcrypt hashes with the configured cost (12 unless a test lowers it)', async () => {
    const { user } = await app.signUp();
    const { rows } = await asSystem(app.deps.database.db, (tx) =>
      tx.execute(sql`SELECT password_hash FROM users WHERE id = ${user.id}`),
    );
    expect(String(rows[0]?.password_hash)).toMatch(/^\$2[aby]\$04\$/);
  });
});
