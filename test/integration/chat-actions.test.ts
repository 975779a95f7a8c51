import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { WireMessage } from '../../src/contract/socket.ts';
import { startTestApp, startTestCluster, type TestApp } from '../helpers/app.ts';
import { type ChatUser, chatUser, repliesOf, rows, say } from '../helpers/assistant.ts';
import { crossInstance } from '../helpers/cross-instance.ts';
import { backends } from '../helpers/db.ts';
import { testEnv } from '../helpers/env.ts';
import { makeLocation } from '../helpers/factories.ts';
import { type FakeModel, startFakeModel } from '../helpers/fake-model.ts';
import { makeTestMentor } from '../helpers/mentors.ts';
import { collect, emitAck, nextEvent, openSocket, waitFor } from '../helpers/sockets.ts';

const london = { lat: 51.5074, lng: -0.1278 };

type Wire = ReturnType<typeof WireMessage.parse>;

/** chat:sync and chat:history from a fresh socket (a reload), each message checked against the contract. */
async function readBack(
  app: TestApp,
  token: string,
): Promise<{ sync: Wire[]; history: Wire[]; rest: Wire[] }> {
  const socket = await openSocket(app.url, token);
  try {
    const sync = await emitAck(socket, 'chat:sync', {});
    const history = await emitAck(socket, 'chat:history', {});
    expect(sync.ok && history.ok).toBe(true);
    const rest = await app.api('GET', '/api/me/messages?limit=50', { token });
    expect(rest.status).toBe(200);
    return {
      sync: sync.messages.map((m: unknown) => WireMessage.parse(m)),
      history: history.messages.map((m: unknown) => WireMessage.parse(m)),
      rest: rest.body.messages.map((m: unknown) => WireMessage.parse(m)),
    };
  } finally {
    socket.close();
  }
}

describe.each(backends)('chat actions: cards kept, replies regenerated, on %s', (backend) => {
  let fake: FakeModel;
  let app: TestApp;
  const clock = manualClock(new Date());
  const users: ChatUser[] = [];
  const user = async () => {
    const u = await chatUser(app);
    users.push(u);
    return u;
  };

  beforeAll(async () => {
    fake = await startFakeModel();
    app = await startTestApp(backend, {
      env: { OPENAI_API_KEY: 'test', OPENAI_BASE_URL: fake.url },
      clock,
    });
  });
  afterEach(() => {
    for (const u of users.splice(0)) u.socket.close();
    fake.reset();
  });
  afterAll(async () => {
    await app?.close();
    await fake?.close();
  });

  it('keeps a reply’s place cards and exercise: sync, history and the REST history show them after a reconnect', async () => {
    const place = await makeLocation(app.deps.database.db, {
      name: 'Kept Beans',
      ...{ latitude: london.lat + 0.001, longitude: london.lng },
      anxietyLevel: 'low',
    });
    const me = await user();
    fake.enqueue(
      { tools: [{ name: 'search_locations', arguments: { type: 'coffee', quiet: true } }] },
      { text: 'Kept Beans is close.' },
    );
    const search = await say(app, me, 'A quiet café near me?', { location: london });
    // Live, the reply itself carries its cards too (another device, a late listener).
    expect(search.reply).toMatchObject({ places: [expect.objectContaining({ id: place.id })] });
    fake.enqueue(
      { tools: [{ name: 'guide_exercise', arguments: { kind: 'breathing' } }] },
      { text: 'Breathe.' },
    );
    const breathe = await say(app, me, 'Help me breathe');
    me.socket.close();

    const { sync, history, rest } = await readBack(app, me.token);
    for (const list of [sync, history, rest]) {
      const found = list.find((m) => m.id === search.reply.id);
      expect(found?.places).toEqual([
        {
          id: place.id,
          name: 'Kept Beans',
          type: 'coffee',
          latitude: expect.closeTo(london.lat + 0.001, 6),
          longitude: expect.closeTo(london.lng, 6),
          address: expect.any(String),
          city: expect.any(String),
          anxietyLevel: 'low',
          isBeginnerFriendly: expect.any(Boolean),
          hasQrReward: expect.any(Boolean),
          distanceKm: expect.any(Number),
        },
      ]);
      const exercise = list.find((m) => m.id === breathe.reply.id)?.exercise;
      expect(exercise).toMatchObject({ kind: 'breathing', steps: expect.any(Array) });
      expect(exercise!.steps.length).toBeGreaterThan(2);
      // The user's own messages carry nothing of the kind.
      expect(list.filter((m) => m.role === 'user').every((m) => !m.places && !m.exercise)).toBe(true);
    }
    // Sealed at rest: the database holds ciphertext, never a place's name.
    const stored = await rows(
      app,
      sql`SELECT attachments FROM chat_messages WHERE user_id = ${me.userId} AND attachments IS NOT NULL`,
    );
    expect(stored).toHaveLength(2);
    for (const r of stored) {
      expect(String(r.attachments)).toMatch(/^enc:v1:/);
      expect(String(r.attachments)).not.toContain('Kept Beans');
    }
  });

  it('keeps a proposal with its state: open (confirm works after a reload), then confirmed, declined or expired', async () => {
    const mentor = await makeTestMentor(app, { scheduleType: 'both' });
    const me = await user();
    const booking = (days: number) => ({
      mentorId: mentor.mentor.id,
      scheduledAt: new Date(clock.now().getTime() + days * 86_400_000).toISOString(),
      durationMinutes: 60,
      sessionType: 'virtual',
    });
    const propose = async (days: number) => {
      fake.enqueue(
        { tools: [{ name: 'book_mentor_session', arguments: booking(days) }] },
        { text: 'Shall I?' },
      );
      const t = await say(app, me, `Book a session in ${days} days`);
      expect(t.reply.proposal).toMatchObject({ status: 'open' });
      return t.reply;
    };
    const statusOf = async (id: string) => {
      const { sync, history, rest } = await readBack(app, me.token);
      const states = [sync, history, rest].map((list) => list.find((m) => m.id === id)?.proposal?.status);
      expect(new Set(states).size, JSON.stringify(states)).toBe(1);
      return states[0];
    };

    const first = await propose(3);
    expect(await statusOf(first.id)).toBe('open');
    // Confirmed from a fresh socket, as a reloaded page would.
    const socket = await openSocket(app.url, me.token);
    fake.enqueue({ text: 'All booked.' });
    const done = nextEvent(socket, 'chat:message', (m) => m.role === 'assistant', 10_000);
    expect(await emitAck(socket, 'chat:confirm', { proposalId: first.proposal!.id })).toEqual({
      ok: true,
      confirmed: true,
    });
    await done;
    socket.close();
    expect(await statusOf(first.id)).toBe('confirmed');

    const second = await propose(5);
    fake.enqueue({ text: 'Alright, not booking it.' });
    await say(app, me, 'no thanks');
    expect(await statusOf(second.id)).toBe('declined');

    const third = await propose(6);
    fake.enqueue({ text: 'Cafés, then.' });
    await say(app, me, 'Actually, tell me about cafés');
    expect(await statusOf(third.id)).toBe('expired');

    const fourth = await propose(7);
    clock.advance(60 * 60_000);
    try {
      expect(await statusOf(fourth.id)).toBe('expired');
      const late = await emitAck(me.socket, 'chat:confirm', { proposalId: fourth.proposal!.id });
      expect(late).toMatchObject({ ok: false, error: { code: 'proposal_not_open' } });
    } finally {
      clock.set(new Date());
    }
    expect(await rows(app, sql`SELECT status FROM mentor_sessions WHERE user_id = ${me.userId}`)).toEqual([
      { status: 'scheduled' },
    ]);
  });

  it('regenerates the latest reply: the same message answered again, the old reply kept but shown no more', async () => {
    const me = await user();
    fake.enqueue({ text: 'First go.' });
    await say(app, me, 'Hello there');
    fake.enqueue({ text: 'An answer I did not like.' });
    const asked = await say(app, me, 'Tell me something calming');
    fake.enqueue({ text: 'A better answer.' });
    const replaced = nextEvent(
      me.socket,
      'chat:message',
      (m) => m.role === 'assistant' && !!m.replaces,
      10_000,
    );
    const ack = await emitAck(me.socket, 'chat:regenerate', { messageId: asked.reply.id });
    expect(ack).toEqual({ ok: true, regenerating: { messageId: asked.reply.id, replyTo: asked.messageId } });
    const fresh = await replaced;
    expect(fresh).toMatchObject({
      content: 'A better answer.',
      replyTo: asked.messageId,
      replaces: asked.reply.id,
    });
    // The model was asked the same message again, without the reply it replaces.
    const request = fake.requests.at(-1)!;
    expect(request.messages.at(-1)).toMatchObject({ role: 'user', content: 'Tell me something calming' });
    expect(JSON.stringify(request.messages)).not.toContain('An answer I did not like.');
    expect(JSON.stringify(request.messages)).toContain('First go.');

    const { sync, history, rest } = await readBack(app, me.token);
    for (const list of [sync, history, rest]) {
      expect(list.map((m) => m.content)).not.toContain('An answer I did not like.');
      expect(list.find((m) => m.id === fresh.id)).toMatchObject({ replaces: asked.reply.id });
    }
    // Kept for the record, marked superseded.
    const stored = await rows(
      app,
      sql`SELECT id, superseded_at FROM chat_messages WHERE user_id = ${me.userId} AND role = 'assistant' ORDER BY id`,
    );
    expect(stored.map((r) => [r.id, r.superseded_at !== null])).toEqual([
      [expect.any(String), false],
      [asked.reply.id, true],
      [fresh.id, false],
    ]);
    // The new reply can be regenerated in turn; the one it replaced cannot.
    const again = await emitAck(me.socket, 'chat:regenerate', { messageId: asked.reply.id });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'conflict', details: { reason: 'not_latest' } },
    });
  });

  it('refuses older replies, user messages, unknown ids and bad payloads', async () => {
    const me = await user();
    fake.enqueue({ text: 'One.' });
    const one = await say(app, me, 'first');
    fake.enqueue({ text: 'Two.' });
    await say(app, me, 'second');
    const older = await emitAck(me.socket, 'chat:regenerate', { messageId: one.reply.id });
    expect(older).toMatchObject({
      ok: false,
      error: { code: 'conflict', details: { reason: 'not_latest' } },
    });
    const own = await emitAck(me.socket, 'chat:regenerate', { messageId: one.messageId });
    expect(own).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const unknown = await emitAck(me.socket, 'chat:regenerate', { messageId: randomUUID() });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // Someone else's reply is as unknown as a made-up id.
    const other = await user();
    fake.enqueue({ text: 'Theirs.' });
    const theirs = await say(app, other, 'hi');
    const foreign = await emitAck(me.socket, 'chat:regenerate', { messageId: theirs.reply.id });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'not_found' } });
    for (const payload of [
      {},
      { messageId: 'not-a-uuid' },
      { messageId: one.reply.id, extra: true },
      { messageId: one.reply.id, location: { lat: 200, lng: 0 } },
      null,
      'x',
    ]) {
      const bad = await emitAck(me.socket, 'chat:regenerate', payload);
      expect(bad, JSON.stringify(payload)).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    }
    expect(fake.requests).toHaveLength(3);
    expect((await repliesOf(app, me.userId)).map((r) => r.id)).toHaveLength(2);
  });

  it('refuses while a reply is being written, and stops nothing', async () => {
    const me = await user();
    fake.enqueue({ text: 'Done.' });
    const first = await say(app, me, 'hello');
    fake.enqueue({ text: 'A slow answer. '.repeat(30), chunkSize: 8, delayMs: 20 });
    const streaming = nextEvent(me.socket, 'chat:delta', () => true, 10_000);
    const sent = await emitAck(me.socket, 'chat:send', {
      clientMessageId: randomUUID(),
      content: 'tell me slowly',
    });
    await streaming;
    const during = await emitAck(me.socket, 'chat:regenerate', { messageId: first.reply.id });
    expect(during).toMatchObject({
      ok: false,
      error: { code: 'conflict', details: { reason: 'turn_in_progress' } },
    });
    const reply = await nextEvent(me.socket, 'chat:message', (m) => m.replyTo === sent.message.id, 15_000);
    expect(reply.content).toContain('A slow answer.');
    expect(reply.replaces).toBeUndefined();
  });

  it('never regenerates a reply whose turn wrote something (a reminder set, a booking confirmed), nor a safety response', async () => {
    const me = await user();
    fake.enqueue(
      { tools: [{ name: 'create_reminder', arguments: { title: 'Stretch', inMinutes: 30 } }] },
      { text: 'Reminder set.' },
    );
    const reminded = await say(app, me, 'Remind me to stretch in 30 minutes');
    expect(reminded.tools.at(-1)).toMatchObject({ name: 'create_reminder', status: 'done' });
    const refused = await emitAck(me.socket, 'chat:regenerate', { messageId: reminded.reply.id });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'unprocessable', details: { reason: 'reply_acted', tools: ['create_reminder'] } },
    });

    const mentor = await makeTestMentor(app, { scheduleType: 'both' });
    const scheduledAt = new Date(clock.now().getTime() + 9 * 86_400_000).toISOString();
    fake.enqueue(
      {
        tools: [
          {
            name: 'book_mentor_session',
            arguments: {
              mentorId: mentor.mentor.id,
              scheduledAt,
              durationMinutes: 60,
              sessionType: 'virtual',
            },
          },
        ],
      },
      { text: 'Shall I?' },
    );
    await say(app, me, 'Book a session in nine days');
    fake.enqueue({ text: 'Booked.' });
    const booked = await say(app, me, 'yes please');
    const afterBooking = await emitAck(me.socket, 'chat:regenerate', { messageId: booked.reply.id });
    expect(afterBooking).toMatchObject({ ok: false, error: { details: { reason: 'reply_acted' } } });

    const crisis = await say(app, me, 'I want to kill myself');
    const safety = await emitAck(me.socket, 'chat:regenerate', { messageId: crisis.reply.id });
    expect(safety).toMatchObject({ ok: false, error: { details: { reason: 'safety_response' } } });
    // Nothing was set aside by any of these.
    expect(
      await rows(
        app,
        sql`SELECT id FROM chat_messages WHERE user_id = ${me.userId} AND superseded_at IS NOT NULL`,
      ),
    ).toEqual([]);
  });

  it('regenerating a reply that proposed something closes that proposal', async () => {
    const mentor = await makeTestMentor(app, { scheduleType: 'both' });
    const me = await user();
    const scheduledAt = new Date(clock.now().getTime() + 11 * 86_400_000).toISOString();
    fake.enqueue(
      {
        tools: [
          {
            name: 'book_mentor_session',
            arguments: {
              mentorId: mentor.mentor.id,
              scheduledAt,
              durationMinutes: 60,
              sessionType: 'virtual',
            },
          },
        ],
      },
      { text: 'Shall I?' },
    );
    const asked = await say(app, me, 'Book a session in eleven days');
    fake.enqueue({ text: 'Here are some thoughts instead.' });
    const replaced = nextEvent(me.socket, 'chat:message', (m) => m.replaces === asked.reply.id, 10_000);
    expect(await emitAck(me.socket, 'chat:regenerate', { messageId: asked.reply.id })).toMatchObject({
      ok: true,
    });
    await replaced;
    const stale = await emitAck(me.socket, 'chat:confirm', { proposalId: asked.reply.proposal!.id });
    expect(stale).toMatchObject({ ok: false, error: { code: 'proposal_not_open' } });
    expect(await rows(app, sql`SELECT id FROM mentor_sessions WHERE user_id = ${me.userId}`)).toEqual([]);
  });
});

// Across instances needs Redis: absent (not skipped) where TEST_REDIS_URL is unset.
if (testEnv.TEST_REDIS_URL) {
  const redisUrl = testEnv.TEST_REDIS_URL;
  describe.each(backends)('chat:regenerate across two instances sharing Redis, on %s', (backend) => {
    let fake: FakeModel;
    let cluster: Awaited<ReturnType<typeof startTestCluster>>;
    const x = crossInstance(() => cluster);

    beforeAll(async () => {
      fake = await startFakeModel();
      cluster = await startTestCluster(backend, redisUrl, 2, {
        OPENAI_API_KEY: 'test',
        OPENAI_BASE_URL: fake.url,
      });
    });
    afterEach(() => {
      x.closeSockets();
      fake.reset();
    });
    afterAll(async () => {
      await cluster?.close();
      await fake?.close();
    });

    it('is refused on one instance while the other writes a reply, and reaches both once it runs', async () => {
      const [a, b] = cluster.urls as [string, string];
      const { token } = await x.signUp();
      const onA = await x.open(a, token);
      const onB = await x.open(b, token);
      const seenOnA = collect<{ id: string; role: string; replaces?: string; content: string }>(
        onA,
        'chat:message',
      );
      fake.enqueue({ text: 'First answer.' });
      await emitAck(onA, 'chat:send', { clientMessageId: randomUUID(), content: 'hello' });
      await waitFor(() => seenOnA.some((m) => m.role === 'assistant'), 10_000);
      const first = seenOnA.find((m) => m.role === 'assistant')!;

      fake.enqueue({ text: 'A slow second answer. '.repeat(20), chunkSize: 8, delayMs: 20 });
      const delta = nextEvent(onA, 'chat:delta', () => true, 10_000);
      await emitAck(onA, 'chat:send', { clientMessageId: randomUUID(), content: 'and more' });
      await delta;
      const during = await emitAck(onB, 'chat:regenerate', { messageId: first.id });
      expect(during).toMatchObject({ ok: false, error: { details: { reason: 'turn_in_progress' } } });
      await waitFor(() => seenOnA.filter((m) => m.role === 'assistant').length === 2, 15_000);
      const second = seenOnA.filter((m) => m.role === 'assistant').at(-1)!;

      fake.enqueue({ text: 'Another take.' });
      expect(await emitAck(onB, 'chat:regenerate', { messageId: second.id })).toMatchObject({ ok: true });
      await waitFor(() => seenOnA.some((m) => m.replaces === second.id), 10_000);
      expect(seenOnA.find((m) => m.replaces === second.id)?.content).toBe('Another take.');
    });
  });
}
