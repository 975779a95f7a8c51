import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/tx.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { type ClientSocket, collect, emitAck, nextEvent, openSocket, waitFor } from '../helpers/sockets.ts';

describe.each(backends)('socket hub on %s', (backend) => {
  let app: TestApp;
  const sockets: ClientSocket[] = [];
  const open = async (token: string | undefined, options?: Parameters<typeof openSocket>[2]) => {
    const s = await openSocket(app.url, token, options);
    sockets.push(s);
    return s;
  };
  const consenting = async () => {
    const who = await app.signUp();
    await asSystem(app.deps.database.db, (tx) =>
      tx.execute(sql`UPDATE users SET consent_given = true, consent_date = now() WHERE id = ${who.user.id}`),
    );
    return who;
  };

  beforeAll(async () => {
    app = await startTestApp(backend);
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });
  afterAll(() => app?.close());

  it('refuses a missing, forged, expired or deleted-user token with connect_error code unauthorized', async () => {
    const { user, token } = await app.signUp();
    const forged = `${token.slice(0, -4)}AAAA`;
    const expired = await app.deps.tokens.issue({ userId: user.id, tokenVersion: 0 }, new Date('2020-01-01'));
    const ghost = await app.signUp();
    await asSystem(app.deps.database.db, (tx) =>
      tx.execute(sql`DELETE FROM users WHERE id = ${ghost.user.id}`),
    );
    for (const bad of [undefined, '', 'not-a-jwt', forged, expired, ghost.token]) {
      const err = (await open(bad).then(
        () => undefined,
        (e: { message: string; data?: { code: string } }) => e,
      )) as { message: string; data?: { code: string } } | undefined;
      expect(err?.data?.code, String(bad).slice(0, 20)).toBe('unauthorized');
    }
  });

  it('keeps no copy of the token on an accepted socket', async () => {
    const { user, token } = await consenting();
    const s = await open(token);
    const [server] = [...app.server.hub.io.of('/').sockets.values()].filter(
      (socket) => socket.data.userId === user.id,
    );
    expect(server?.handshake.auth).toEqual({});
    expect(JSON.stringify(server?.handshake)).not.toContain(token);
    // The socket still works without it.
    expect(
      await emitAck(s, 'chat:send', { clientMessageId: randomUUID(), content: 'still here' }),
    ).toMatchObject({
      ok: true,
    });
  });

  it('refuses a browser page from a foreign origin, and accepts its own origin', async () => {
    const { token } = await app.signUp();
    await expect(open(token, { origin: 'https://evil.example' })).rejects.toThrow();
    const own = await open(token, { origin: app.url });
    expect(own.connected).toBe(true);
  });

  it('refuses chat without consent', async () => {
    const { token } = await app.signUp();
    const s = await open(token);
    const ack = await emitAck(s, 'chat:send', { clientMessageId: randomUUID(), content: 'hello' });
    expect(ack).toEqual({
      ok: false,
      error: { code: 'consent_required', message: 'Please give consent before chatting.' },
    });
  });

  it('stores before acking, echoes to the other devices, and streams a reply to all of them', async () => {
    const { token } = await consenting();
    const [phone, laptop] = [await open(token), await open(token)];
    const echoed = nextEvent(laptop, 'chat:message', (m) => m.role === 'user');
    const deltas = collect<{ turnId: string; delta: string }>(phone, 'chat:delta');
    const reply = nextEvent(phone, 'chat:message', (m) => m.role === 'assistant');
    const laptopReply = nextEvent(laptop, 'chat:message', (m) => m.role === 'assistant');
    const clientMessageId = randomUUID();
    const ack = await emitAck(phone, 'chat:send', {
      clientMessageId,
      content: 'Is anywhere quiet open now?',
    });
    expect(ack.ok).toBe(true);
    expect(ack.message).toMatchObject({ clientMessageId });
    const echo = await echoed;
    expect(echo).toMatchObject({
      id: ack.message.id,
      role: 'user',
      content: 'Is anywhere quiet open now?',
      clientMessageId,
    });
    const answer = await reply;
    expect(answer.replyTo).toBe(ack.message.id);
    expect((await laptopReply).id).toBe(answer.id);
    expect(deltas.map((d) => d.delta).join('')).toBe(answer.content);
    const history = await emitAck(laptop, 'chat:history', { limit: 10 });
    expect(history.messages.map((m: { id: string }) => m.id)).toEqual([answer.id, ack.message.id]);
  });

  it('answers the same clientMessageId sent 5 times at once with one message and one reply', async () => {
    const { user, token } = await consenting();
    const s = await open(token);
    const replies = collect<{ role: string }>(s, 'chat:message');
    const clientMessageId = randomUUID();
    const acks = await Promise.all(
      Array.from({ length: 5 }, () => emitAck(s, 'chat:send', { clientMessageId, content: 'just once' })),
    );
    expect(new Set(acks.map((a) => a.message.id)).size).toBe(1);
    await waitFor(() => replies.some((m) => m.role === 'assistant'));
    await new Promise((r) => setTimeout(r, 300));
    expect(replies.filter((m) => m.role === 'assistant')).toHaveLength(1);
    const { rows } = await asSystem(app.deps.database.db, (tx) =>
      tx.execute(
        sql`SELECT count(*)::int AS n FROM chat_messages WHERE user_id = ${user.id} AND role = 'user'`,
      ),
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('replays exactly what a device missed with chat:sync, oldest first', async () => {
    const { token } = await consenting();
    const phone = await open(token);
    const firstReply = nextEvent(phone, 'chat:message', (m) => m.role === 'assistant');
    await emitAck(phone, 'chat:send', { clientMessageId: randomUUID(), content: 'one' });
    await firstReply;
    const before = await emitAck(phone, 'chat:sync', {});
    const lastSeen = before.messages.at(-1).id;
    phone.close();

    const laptop = await open(token);
    const secondReply = nextEvent(laptop, 'chat:message', (m) => m.role === 'assistant');
    const second = await emitAck(laptop, 'chat:send', { clientMessageId: randomUUID(), content: 'two' });
    await secondReply;

    const again = await open(token);
    const missed = await emitAck(again, 'chat:sync', { afterId: lastSeen });
    expect(
      missed.messages.map((m: { content: string; role: string }) => [m.role, m.content.slice(0, 3)]),
    ).toEqual([
      ['user', 'two'],
      ['assistant', "I'm"],
    ]);
    expect(missed.messages[0].id).toBe(second.message.id);
  });

  it('answers malformed payloads with invalid_payload and keeps serving', async () => {
    const { token } = await consenting();
    const s = await open(token);
    const bad: unknown[] = [
      null,
      'hello',
      42,
      [],
      {},
      { clientMessageId: 'not-a-uuid', content: 'x' },
      { clientMessageId: randomUUID() },
      { clientMessageId: randomUUID(), content: '' },
      { clientMessageId: randomUUID(), content: '   ' },
      { clientMessageId: randomUUID(), content: 'x'.repeat(4001) },
      { clientMessageId: randomUUID(), content: 'x', location: { lat: 200, lng: 0 } },
      { clientMessageId: randomUUID(), content: 'x', extra: true },
      { clientMessageId: randomUUID(), content: { $gt: '' } },
      JSON.parse('{"__proto__": {"polluted": true}, "clientMessageId": "x", "content": "y"}'),
    ];
    for (const payload of bad) {
      const ack = await emitAck(s, 'chat:send', payload);
      expect(ack.ok, JSON.stringify(payload)?.slice(0, 60)).toBe(false);
      expect(ack.error.code).toBe('invalid_payload');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const syncBad = await emitAck(s, 'chat:sync', { afterId: 'nope', limit: 100000 });
    expect(syncBad.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['afterId', 'limit']);
    s.emit('no:such:event', { a: 1 });
    s.emit('chat:send', { clientMessageId: randomUUID(), content: 'no ack callback' });
    const ok = await emitAck(s, 'chat:send', { clientMessageId: randomUUID(), content: 'still here?' });
    expect(ok.ok).toBe(true);
  });

  it('disconnects an oversized frame without harming other clients', async () => {
    const { token } = await consenting();
    const [big, other] = [await open(token), await open(token)];
    const closed = new Promise((resolve) => big.once('disconnect', resolve));
    big.emit('chat:send', { clientMessageId: randomUUID(), content: 'x'.repeat(1_000_000) }, () => {});
    await closed;
    const ack = await emitAck(other, 'chat:send', { clientMessageId: randomUUID(), content: 'fine' });
    expect(ack.ok).toBe(true);
  });

  it('pushes a notification to every socket of its user, and not to others', async () => {
    const { user, token } = await consenting();
    const stranger = await consenting();
    const mine = await open(token);
    const theirs = collect(await open(stranger.token), 'notification');
    const pushed = nextEvent(mine, 'notification');
    const { notify } = await import('../../src/domain/notifications/notify.ts');
    const { withUser } = await import('../../src/domain/context.ts');
    await withUser(app.deps, user.id, (ctx) =>
      notify(ctx, { userId: user.id, type: 'reminder', title: 'Breathe', message: 'A calm minute?' }),
    );
    expect(await pushed).toMatchObject({ type: 'reminder', title: 'Breathe', message: 'A calm minute?' });
    await new Promise((r) => setTimeout(r, 200));
    expect(theirs).toEqual([]);
  });

  it('exposes sockets, events and acks by result at /metrics', async () => {
    const { token } = await consenting();
    const s = await open(token);
    await emitAck(s, 'chat:send', { clientMessageId: randomUUID(), content: 'count me' });
    await emitAck(s, 'chat:send', { clientMessageId: 'bad' });
    const res = await fetch(`${app.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(/^nightchill_sockets_connected [1-9]\d*$/m);
    expect(text).toMatch(/^nightchill_socket_acks_total\{event="chat:send",result="ok"\} [1-9]/m);
    expect(text).toMatch(
      /^nightchill_socket_acks_total\{event="chat:send",result="invalid_payload"\} [1-9]/m,
    );
    expect(text).toMatch(
      /^nightchill_http_requests_total\{method="POST",route="\/api\/auth\/register",status="201"\} [1-9]/m,
    );
    expect(text).not.toContain('count me');
  });

  it('refuses a burst over the chat budget with rate_limited, leaving other users unaffected', async () => {
    const { token } = await consenting();
    const other = await consenting();
    const s = await open(token);
    const started = Date.now();
    const acks = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        emitAck(s, 'chat:send', { clientMessageId: randomUUID(), content: `m${i}` }),
      ),
    );
    // 30 a minute refills one every 2 s: on a busy host the burst itself can last long enough to
    // earn one or two more (limits-chat.test.ts counts exactly, on a clock it holds still).
    const refilled = Math.floor((Date.now() - started) / 2000);
    const limited = acks.filter((a) => !a.ok);
    const served = acks.length - limited.length;
    expect(served).toBeGreaterThanOrEqual(30);
    expect(served).toBeLessThanOrEqual(30 + refilled);
    expect(limited.length).toBeGreaterThanOrEqual(Math.max(1, 10 - refilled));
    for (const a of limited) {
      expect(a.error.code).toBe('rate_limited');
      expect(a.error.details.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    }
    const fine = await emitAck(await open(other.token), 'chat:send', {
      clientMessageId: randomUUID(),
      content: 'hi',
    });
    expect(fine.ok).toBe(true);
  });

  it('drops the open sockets of a user who signs out everywhere', async () => {
    const { token } = await consenting();
    const s = await open(token);
    const dropped = new Promise((resolve) => s.once('disconnect', resolve));
    const res = await app.api('POST', '/api/auth/logout', { token });
    expect(res.status).toBe(204);
    await dropped;
    await expect(open(token)).rejects.toMatchObject({ data: { code: 'unauthorized' } });
  });

  it('keeps the inbox row but pushes nothing to a user who turned notifications off', async () => {
    const { user, token } = await consenting();
    const off = await app.api('PATCH', '/api/me', { token, body: { notificationsEnabled: false } });
    expect(off.status).toBe(200);
    const pushed = collect(await open(token), 'notification');
    const { notify } = await import('../../src/domain/notifications/notify.ts');
    const { withUser } = await import('../../src/domain/context.ts');
    await withUser(app.deps, user.id, (ctx) =>
      notify(ctx, { userId: user.id, type: 't', title: 'Quiet', message: 'shh' }),
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(pushed).toEqual([]);
    const inbox = await app.api('GET', '/api/me/notifications', { token });
    expect(inbox.body.notifications.map((n: { title: string }) => n.title)).toContain('Quiet');
  });
});
