import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/tx.ts';
import { startServer } from '../../src/server.ts';
import { testConfig } from '../helpers/config.ts';
import { createTestDatabase } from '../helpers/db.ts';
import { emitAck, openSocket } from '../helpers/sockets.ts';

describe('unexpected errors and logs', () => {
  it('answers an unexpected failure with 500 and a request id, logs it once, and never logs secrets or chat', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = pino({ level: 'debug' }, sink);
    const t = await createTestDatabase('pglite');
    const server = await startServer(testConfig(), { database: t.handle, logger });
    const url = `http://127.0.0.1:${server.port}`;
    try {
      const password = `very-secret-${randomUUID()}`;
      const res = await fetch(`${url}/api/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: 'logs@example.com',
          username: 'logs_user',
          displayName: 'L',
          password,
        }),
      });
      const { user, token } = (await res.json()) as { user: { id: string }; token: string };
      await asSystem(t.handle.db, (tx) =>
        tx.execute(sql`UPDATE users SET consent_given = true, consent_date = now() WHERE id = ${user.id}`),
      );
      const socket = await openSocket(url, token);
      const secretWords = `my private worry ${randomUUID()}`;
      expect(
        (await emitAck(socket, 'chat:send', { clientMessageId: randomUUID(), content: secretWords })).ok,
      ).toBe(true);
      await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'logs_user', password: 'wrong-password-here' }),
      });
      socket.close();

      // Pull the database out from under the app: the next request fails in a way nobody planned for.
      await t.handle.pool.end();
      const broken = await fetch(`${url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(broken.status).toBe(500);
      const body = (await broken.json()) as {
        error: { code: string; message: string; details: { requestId: string } };
      };
      expect(body.error.code).toBe('internal');
      expect(body.error.details.requestId).toMatch(/\S{8,}/);
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+|pool/i);

      const logged = lines.join('');
      const errorLines = lines.filter((l) => l.includes(body.error.details.requestId));
      expect(errorLines).toHaveLength(1);
      expect(JSON.parse(errorLines[0]!)).toMatchObject({ level: 50, msg: 'unhandled error' });
      for (const secret of [password, token, secretWords, 'wrong-password-here'])
        expect(logged).not.toContain(secret);
    } finally {
      await server.close().catch(() => {});
      await t.drop().catch(() => {});
    }
  });
});

describe('the error vocabulary over HTTP', () => {
  it('puts the request id in every error body, whatever the code, matching X-Request-Id', async () => {
    const t = await createTestDatabase('pglite');
    const server = await startServer(testConfig(), { database: t.handle });
    const url = `http://127.0.0.1:${server.port}`;
    try {
      const answers = await Promise.all([
        fetch(`${url}/api/no-such-route`),
        fetch(`${url}/api/me`),
        fetch(`${url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"login": ',
        }),
        fetch(`${url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ login: 'nobody_here', password: 'nope-nope-nope' }),
        }),
      ]);
      const seen = await Promise.all(
        answers.map(async (res) => ({
          status: res.status,
          header: res.headers.get('x-request-id'),
          error: ((await res.json()) as { error: { code: string; requestId?: string } }).error,
        })),
      );
      expect(seen.map((s) => `${s.status} ${s.error.code}`)).toEqual([
        '404 not_found',
        '401 unauthorized',
        '400 invalid_payload',
        '401 invalid_credentials',
      ]);
      for (const s of seen) {
        expect(s.header).toMatch(/\S{8,}/);
        expect(s.error.requestId).toBe(s.header);
      }
      expect(new Set(seen.map((s) => s.header)).size).toBe(4);
    } finally {
      await server.close();
      await t.drop();
    }
  });
});
