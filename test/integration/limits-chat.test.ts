import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { appendUserMessage } from '../../src/domain/chat/messages.ts';
import { withUser } from '../../src/domain/context.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { type ClientSocket, emitAck, openSocket } from '../helpers/sockets.ts';

/**
 * chat_reads: rows returned by chat:sync, chat:history and GET /api/me/messages, one budget per
 * user (here 100 a minute). The attack it answers: one user looping chat:sync {limit: 500} from
 * three sockets slowed everyone.
 */
describe.each(backends)('the chat reads budget on %s', (backend) => {
  let app: TestApp;
  const clock = manualClock(new Date());
  const sockets: ClientSocket[] = [];
  const open = async (token: string) => {
    const s = await openSocket(app.url, token);
    sockets.push(s);
    return s;
  };
  /** A consenting user with `count` stored messages. */
  const withHistory = async (count: number) => {
    const who = await app.signUp();
    await app.api('POST', '/api/me/consent', { token: who.token, body: { consent: true } });
    for (let i = 0; i < count; i++) {
      await withUser(app.deps, who.user.id, (ctx) =>
        appendUserMessage(ctx, { clientMessageId: randomUUID(), content: `message ${i}` }),
      );
    }
    return who;
  };

  beforeAll(async () => {
    app = await startTestApp(backend, { clock, env: { LIMITS: 'chat_reads=100/1m,chat_send=3/1m' } });
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });
  afterAll(() => app?.close());

  it('counts the rows a read returns, not the limit it asks for, and refuses a read it cannot afford', async () => {
    const { token } = await withHistory(30);
    const s = await open(token);
    // Each read must afford its limit up front; what it does not return is given back.
    for (const limit of [100, 70, 40]) {
      const ack = await emitAck(s, 'chat:sync', { limit });
      expect(ack.ok, JSON.stringify(ack)).toBe(true);
      expect(ack.messages).toHaveLength(30);
    }
    // 90 of 100 rows used: a read asking for more than the 10 left is refused before any query
    // (40 rows short, at 100 a minute: 24 s)…
    const refused = await emitAck(s, 'chat:sync', { limit: 50 });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'rate_limited', details: { budget: 'chat_reads', retryAfterSeconds: 24 } },
    });
    // …one within them is served.
    const small = await emitAck(s, 'chat:history', { limit: 10 });
    expect(small.ok).toBe(true);
    expect(small.messages).toHaveLength(10);
    expect((await emitAck(s, 'chat:history', { limit: 1 })).ok).toBe(false);
    clock.advance(60_000);
    expect((await emitAck(s, 'chat:sync', { limit: 100 })).ok).toBe(true);
  });

  it('shares one budget between sync, history and GET /api/me/messages, which answers 429 with Retry-After', async () => {
    const { token } = await withHistory(40);
    const s = await open(token);
    expect((await emitAck(s, 'chat:history', { limit: 40 })).messages).toHaveLength(40);
    expect((await emitAck(s, 'chat:sync', { limit: 40 })).messages).toHaveLength(40);
    const rest = await app.api('GET', '/api/me/messages?limit=30', { token });
    expect(rest.status).toBe(429);
    expect(rest.body.error).toMatchObject({ code: 'rate_limited', details: { budget: 'chat_reads' } });
    expect(Number(rest.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const fits = await app.api('GET', '/api/me/messages?limit=20', { token });
    expect(fits.status).toBe(200);
    expect(fits.body.messages).toHaveLength(20);
  });

  it('holds a loop of concurrent syncs from three sockets to the budget, and leaves other users alone', async () => {
    const { token } = await withHistory(30);
    const other = await withHistory(5);
    const three = await Promise.all([open(token), open(token), open(token)]);
    const acks = await Promise.all(
      three.flatMap((s) => Array.from({ length: 10 }, () => emitAck(s, 'chat:sync', { limit: 500 }))),
    );
    const served = acks.filter((a) => a.ok);
    const rows = served.reduce((n, a) => n + a.messages.length, 0);
    // limit 500 costs the whole budget up front: one at a time, however many are in flight.
    expect(rows).toBeLessThanOrEqual(100);
    expect(served.length).toBeGreaterThanOrEqual(1);
    expect(served.length).toBeLessThan(30);
    expect(acks.filter((a) => !a.ok).every((a) => a.error.code === 'rate_limited')).toBe(true);
    const theirs = await emitAck(await open(other.token), 'chat:sync', { limit: 500 });
    expect(theirs.ok).toBe(true);
    expect(theirs.messages).toHaveLength(5);
  });

  it('charges an empty sync one row, so polling a quiet tail is bounded too', async () => {
    const { token } = await withHistory(1);
    const s = await open(token);
    const [last] = (await emitAck(s, 'chat:sync', { limit: 1 })).messages;
    const polls = [];
    for (let i = 0; i < 101; i++) polls.push(await emitAck(s, 'chat:sync', { afterId: last.id, limit: 1 }));
    expect(polls.filter((p) => p.ok)).toHaveLength(99);
    expect(polls.at(-1)).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
  });

  it('takes chat:send from LIMITS too (chat_send=3/1m here)', async () => {
    const { token } = await withHistory(0);
    const s = await open(token);
    const acks = [];
    for (let i = 0; i < 4; i++)
      acks.push(await emitAck(s, 'chat:send', { clientMessageId: randomUUID(), content: `hi ${i}` }));
    expect(acks.map((a) => a.ok)).toEqual([true, true, true, false]);
    expect(acks[3]).toMatchObject({ error: { code: 'rate_limited', details: { budget: 'chat_send' } } });
  });
});
