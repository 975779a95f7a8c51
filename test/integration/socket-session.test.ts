import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { type RunningServer, startServer } from '../../src/server.ts';
import { apiClient, testPassword } from '../helpers/app.ts';
import { testConfig } from '../helpers/config.ts';
import { backends, createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { emitAck, openSocket } from '../helpers/sockets.ts';

/**
 * A socket is good for as long as its token: past the token's expiry, or once its session has
 * ended (signed out everywhere) even where the revocation event never arrived, its events are
 * refused as unauthorized and the socket is closed.
 */
describe.each(backends)('an open socket after its session ends, on %s', (backend) => {
  const clock = manualClock('2026-09-01T08:00:00Z');
  let database: TestDatabase;
  // Two instances over one database and no Redis: nothing carries revocations between them.
  let a: RunningServer;
  let b: RunningServer;
  beforeAll(async () => {
    database = await createTestDatabase(backend);
    a = await startServer(testConfig(), { database: database.handle, clock });
    b = await startServer(testConfig(), { database: database.handle, clock });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
  });
  const api = () => apiClient(`http://127.0.0.1:${a.port}`);

  async function member() {
    const tag = randomUUID().slice(0, 8);
    const res = await api()('POST', '/api/auth/register', {
      body: {
        email: `s-${tag}@example.com`,
        username: `s_${tag}`,
        displayName: 'S',
        password: testPassword,
      },
    });
    const token = res.body.token as string;
    expect((await api()('POST', '/api/me/consent', { token, body: { consent: true } })).status).toBe(200);
    return token;
  }
  const send = (socket: Awaited<ReturnType<typeof openSocket>>) =>
    emitAck(socket, 'chat:send', { clientMessageId: randomUUID(), content: 'hello' });

  it('refuses a signed-out session’s chat:send on another instance and closes that socket', async () => {
    const token = await member();
    const onB = await openSocket(`http://127.0.0.1:${b.port}`, token);
    expect((await send(onB)).ok).toBe(true);
    const closed = new Promise<string>((resolve) => onB.once('disconnect', resolve));
    expect((await api()('POST', '/api/auth/logout', { token })).status).toBe(204);
    // Instance B never heard of the sign-out; the write itself checks the token's version.
    const refused = await send(onB);
    expect(refused).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await closed).toBe('io server disconnect');
  });

  it('refuses every event once the token has expired, and closes the socket', async () => {
    const token = await member();
    const socket = await openSocket(`http://127.0.0.1:${a.port}`, token);
    expect((await emitAck(socket, 'chat:history', {})).ok).toBe(true);
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    clock.advance(8 * 24 * 3600 * 1000);
    expect(await emitAck(socket, 'chat:history', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthorized', message: expect.stringMatching(/expired/) },
    });
    expect(await closed).toBe('io server disconnect');
  });
});
