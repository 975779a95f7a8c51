import { io as connect } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { type ClientSocket, emitAck, nextEvent, openSocket, waitFor } from '../helpers/sockets.ts';

type Refusal = Error & { data?: { code: string; details?: { budget?: string; retryAfterSeconds?: number } } };

/** Opens a socket from a client the proxy in front says is `forwardedFor`. */
function openVia(url: string, token: string, forwardedFor: string): Promise<ClientSocket> {
  const socket = connect(url, {
    auth: { token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: { 'x-forwarded-for': forwardedFor },
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (err: Refusal) => err,
  );

/**
 * Sockets per user (a cap: the oldest is told and closed, the new one kept) and per client address
 * (a new one refused), on one instance without Redis: the counts are this process's own.
 */
describe('socket caps on one instance', () => {
  let app: TestApp;
  let proxied: TestApp;
  const sockets: ClientSocket[] = [];
  const track = async (p: Promise<ClientSocket>) => {
    const s = await p;
    sockets.push(s);
    return s;
  };

  beforeAll(async () => {
    app = await startTestApp(backends.at(-1)!, {
      env: { LIMITS: 'sockets_per_user=3,sockets_per_address=6' },
    });
    proxied = await startTestApp(backends.at(-1)!, {
      env: { LIMITS: 'sockets_per_address=2', TRUSTED_PROXIES: '127.0.0.1/32,::1' },
    });
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.close();
    // The server sees the closes a moment later: the next test starts from no sockets.
    await waitFor(
      () => app.server.hub.io.of('/').sockets.size === 0 && proxied.server.hub.io.of('/').sockets.size === 0,
    );
  });
  afterAll(async () => {
    await app?.close();
    await proxied?.close();
  });

  it('closes the oldest socket of a user past the cap, telling it why, and keeps the new one', async () => {
    const { token } = await app.signUp();
    const first = await track(openSocket(app.url, token));
    const told = nextEvent(first, 'connection:closed');
    const dropped = new Promise<string>((resolve) => first.once('disconnect', resolve));
    const rest = [];
    for (let i = 0; i < 3; i++) rest.push(await track(openSocket(app.url, token)));
    expect(await told).toEqual({ reason: 'too_many_connections', limit: 3 });
    // Closed by the server: a socket.io client does not reconnect by itself after this.
    expect(await dropped).toBe('io server disconnect');
    expect(rest.every((s) => s.connected)).toBe(true);
    const newest = rest.at(-1)!;
    expect((await emitAck(newest, 'chat:sync', {})).ok).toBe(true);
  });

  it('closes as many of the oldest as a burst of new sockets passes the cap by, never a newer one', async () => {
    const { token } = await app.signUp();
    const old: ClientSocket[] = [];
    for (let i = 0; i < 2; i++) old.push(await track(openSocket(app.url, token)));
    const burst = await Promise.all(Array.from({ length: 4 }, () => track(openSocket(app.url, token))));
    await waitFor(() => old.every((s) => !s.connected));
    await waitFor(() => burst.filter((s) => s.connected).length === 3);
    expect(burst.filter((s) => s.connected)).toHaveLength(3);
  });

  it("refuses a new socket from an address past its cap with connect_error rate_limited, whoever's token", async () => {
    const people = await Promise.all([1, 2, 3].map(() => app.signUp()));
    for (const p of people) for (let i = 0; i < 2; i++) await track(openSocket(app.url, p.token));
    const stranger = await app.signUp();
    const err = await refusal(openSocket(app.url, stranger.token));
    expect(err?.data).toMatchObject({
      code: 'rate_limited',
      details: { budget: 'sockets_per_address', retryAfterSeconds: 30 },
    });
    // One closed, one more may come.
    sockets.shift()!.close();
    await waitFor(() => app.server.hub.io.of('/').sockets.size === 5);
    await track(openSocket(app.url, stranger.token));
  });

  it('counts a simultaneous burst from one address exactly: only the cap gets in', async () => {
    const people = await Promise.all([1, 2, 3, 4].map(() => app.signUp()));
    const results = await Promise.allSettled(
      people.flatMap((p) => [1, 2, 3].map(() => track(openSocket(app.url, p.token)))),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(6);
    for (const r of results.filter((r) => r.status === 'rejected')) {
      expect((r as PromiseRejectedResult).reason.data.code).toBe('rate_limited');
    }
  });

  it('behind a trusted proxy, counts each client the proxy names on its own; a forged header buys nothing', async () => {
    const { token } = await proxied.signUp();
    await track(openVia(proxied.url, token, '198.51.100.7'));
    await track(openVia(proxied.url, token, '198.51.100.7'));
    expect((await refusal(openVia(proxied.url, token, '198.51.100.7')))?.data?.code).toBe('rate_limited');
    // What the client wrote left of the proxy's entry proves nothing.
    expect((await refusal(openVia(proxied.url, token, '10.9.9.9, 198.51.100.7')))?.data?.code).toBe(
      'rate_limited',
    );
    await track(openVia(proxied.url, token, '198.51.100.8'));
    // Without a trusted proxy the header is not read: the direct app counts the peer.
    const people = await Promise.all([1, 2, 3].map(() => app.signUp()));
    for (let i = 0; i < 6; i++) await track(openVia(app.url, people[i % 3]!.token, `203.0.113.${i}`));
    expect((await refusal(openVia(app.url, (await app.signUp()).token, '203.0.113.99')))?.data?.code).toBe(
      'rate_limited',
    );
  });
});

describe('sockets opened per minute (socket_connects)', () => {
  let app: TestApp;
  const sockets: ClientSocket[] = [];
  beforeAll(async () => {
    app = await startTestApp(backends.at(-1)!, {
      env: { LIMITS: 'socket_connects=3/1m,sockets_per_user=2' },
    });
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await app?.close();
  });

  it("refuses an account's handshakes past the budget with connect_error rate_limited, and only that account's", async () => {
    const { token } = await app.signUp();
    for (let i = 0; i < 3; i++) sockets.push(await openSocket(app.url, token));
    // The cap closed the oldest of the three; opening again is what the budget counts.
    const err = await refusal(openSocket(app.url, token));
    expect(err?.data).toMatchObject({ code: 'rate_limited', details: { budget: 'socket_connects' } });
    expect(err?.data?.details?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    // Refused before the caps: the two kept are still open, nobody was closed for it.
    await waitFor(() => sockets.filter((s) => s.connected).length === 2);
    expect(sockets.filter((s) => s.connected)).toHaveLength(2);
    // Another account is not touched, and a bad token is still told it is unauthorized.
    const other = await app.signUp();
    sockets.push(await openSocket(app.url, other.token));
    expect((await refusal(openSocket(app.url, 'not-a-token')))?.data?.code).toBe('unauthorized');
  });
});
