import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXT_RULE_MESSAGE } from '../../src/domain/text.ts';
import { startTestApp, type TestApp, testPassword } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { emitAck, openSocket } from '../helpers/sockets.ts';

const fieldsOf = (body: { error: { details?: { field: string }[] } }) =>
  (body.error.details ?? []).map((d) => d.field);

describe.each(backends)('NUL and lone surrogates in any input, on %s', (backend) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(backend);
  });
  afterAll(() => app?.close());

  it('refuses a sign-up whose display name holds a NUL with 400 naming displayName, and stores nothing', async () => {
    const tag = randomUUID().slice(0, 8);
    const res = await app.api('POST', '/api/auth/register', {
      body: {
        email: `nul-${tag}@example.com`,
        username: `nul_${tag}`,
        displayName: 'x\u0000',
        password: testPassword,
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_payload');
    expect(res.body.error.details).toEqual([{ field: 'displayName', message: TEXT_RULE_MESSAGE }]);
    const login = await app.api('POST', '/api/auth/login', {
      body: { login: `nul_${tag}`, password: testPassword },
    });
    expect(login.status).toBe(401);
  });

  it('refuses the same in sign-in, a password, a profile change and a lone surrogate anywhere in a body', async () => {
    const { token } = await app.signUp();
    const cases: [string, string, unknown, string][] = [
      ['POST', '/api/auth/login', { login: 'someone\u0000', password: 'whatever-it-is' }, 'login'],
      ['POST', '/api/auth/login', { login: 'someone', password: 'pass\u0000word-long' }, 'password'],
      ['PATCH', '/api/me', { displayName: 'x\u0000' }, 'displayName'],
      ['PATCH', '/api/me', { bio: 'calm \uD83D' }, 'bio'],
      ['PATCH', '/api/me', { bio: '\uDE42 calm' }, 'bio'],
    ];
    for (const [method, path, body, field] of cases) {
      const res = await app.api(method, path, { token, body });
      expect(res.status, `${path} ${field}`).toBe(400);
      expect(res.body.error.code).toBe('invalid_payload');
      expect(fieldsOf(res.body)).toContain(field);
    }
    const emoji = await app.api('PATCH', '/api/me', { token, body: { bio: 'calm 🙂 and well' } });
    expect(emoji.status).toBe(200);
    expect(emoji.body.user.bio).toBe('calm 🙂 and well');
  });

  it('refuses NUL in a query string: mentors by specialization, places by amenity (no sign-in needed)', async () => {
    const { token } = await app.signUp();
    for (const [path, field] of [
      ['/api/mentors?specialization=%00', 'specialization'],
      ['/api/mentors?specialization=calm%00', 'specialization'],
      ['/api/locations?lat=51.5&lng=-0.12&amenity=%00', 'amenity'],
      ['/api/locations?lat=51.5&lng=-0.12&amenity=wifi%00', 'amenity'],
    ] as const) {
      const res = await app.api('GET', path, path.startsWith('/api/mentors') ? { token } : {});
      expect(res.status, path).toBe(400);
      expect(res.body.error.code).toBe('invalid_payload');
      expect(fieldsOf(res.body), path).toEqual([field]);
    }
    expect((await app.api('GET', '/api/locations?lat=51.5&lng=-0.12&amenity=wifi')).status).toBe(200);
  });

  it('acks a chat:send holding a lone surrogate or a NUL with invalid_payload naming content', async () => {
    const { token } = await app.signUp();
    const socket = await openSocket(app.url, token);
    try {
      for (const content of ['hello \uD800', 'hello \u0000 there']) {
        const ack = await emitAck(socket, 'chat:send', { clientMessageId: randomUUID(), content });
        expect(ack.ok).toBe(false);
        expect(ack.error.code).toBe('invalid_payload');
        expect(fieldsOf(ack)).toContain('content');
      }
    } finally {
      socket.close();
    }
  });
});
