import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { withSystem, withUser } from '../../src/domain/context.ts';
import { notify } from '../../src/domain/notifications/notify.ts';
import { scheduleReminder } from '../../src/domain/notifications/schedule-reminder.ts';
import { MAX_PUSH_FAILURES } from '../../src/push/deliver.ts';
import { pushDeferredNotifications } from '../../src/scheduler/deferred.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { fieldsOf, makeTestMentor, storedRows } from '../helpers/mentors.ts';
import {
  browserKeys,
  type PushService,
  startPushService,
  vapidPair,
  verifyVapid,
} from '../helpers/push-service.ts';
import { type ClientSocket, nextEvent, openSocket, waitFor } from '../helpers/sockets.ts';

const vapid = vapidPair();
const subject = 'mailto:ops@nightchill.example';

describe.each(backends)('Web Push on %s', (backend) => {
  const clock = manualClock(new Date());
  let app: TestApp;
  let push: PushService;
  const sockets: ClientSocket[] = [];
  let slot = 0;

  beforeAll(async () => {
    [app, push] = await Promise.all([
      startTestApp(backend, { clock, env: { ...vapid, VAPID_SUBJECT: subject } }),
      startPushService(),
    ]);
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });
  afterAll(async () => {
    await app?.close();
    await push?.close();
  });

  /** Turns alerts on for a made-up browser of the account: its keys, to read what it is sent. */
  async function subscribe(token: string, name: string) {
    const keys = browserKeys();
    const res = await app.api('POST', '/api/me/push-subscriptions', {
      token,
      body: {
        endpoint: push.endpoint(name),
        keys: { p256dh: keys.p256dh, auth: keys.auth },
        label: 'Test browser',
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return keys;
  }

  /** A booking of the mentor by a new user, each at a time of its own (3 days ahead and on). */
  async function book(mentorId: string) {
    const booker = await app.signUp({ displayName: 'Robin Vale' });
    slot++;
    const res = await app.api('POST', '/api/mentor-sessions', {
      token: booker.token,
      body: {
        mentorId,
        scheduledAt: new Date(clock.now().getTime() + 3 * 86_400_000 + slot * 3_600_000).toISOString(),
        durationMinutes: 30,
        sessionType: 'virtual',
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.session as { id: string };
  }

  const devicesOf = (userId: string) =>
    storedRows(
      app,
      sql`SELECT endpoint, p256dh, auth, label, last_sent_at, failures FROM push_subscriptions WHERE user_id = ${userId}`,
    );

  it('gives the VAPID public key to subscribe with', async () => {
    const res = await app.api('GET', '/api/push/key');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ publicKey: vapid.VAPID_PUBLIC_KEY });
  });

  it("pushes a booking to the mentor's device while the mentor has no socket open: encrypted to it, VAPID-signed", async () => {
    const mentor = await makeTestMentor(app);
    const keys = await subscribe(mentor.token, 'mentor-away');
    const session = await book(mentor.mentor.id);
    await app.server.push.idle();

    const [request, ...more] = push.for('mentor-away');
    expect(more).toEqual([]);
    expect(request!.headers).toMatchObject({
      'content-encoding': 'aes128gcm',
      ttl: '86400',
      urgency: 'normal',
    });
    const claims = await verifyVapid(request!.headers.authorization, vapid.VAPID_PUBLIC_KEY, push.url);
    expect(claims.sub).toBe(subject);
    expect(JSON.parse(keys.decrypt(request!.body))).toEqual({
      title: 'New session booked',
      body: expect.stringMatching(/^Robin Vale booked a 30-minute virtual session for /),
      url: '/#/mentor',
      tag: `session-${session.id}`,
    });
    // The keys are stored sealed; the send is noted.
    const [row] = await devicesOf(mentor.userId);
    expect(row).toMatchObject({ label: 'Test browser', failures: 0 });
    expect(String(row!.p256dh)).toMatch(/^enc:v1:/);
    expect(String(row!.auth)).toMatch(/^enc:v1:/);
    expect(String(row!.p256dh)).not.toContain(keys.p256dh);
    expect(row!.last_sent_at).not.toBeNull();
  });

  it('pushes nothing while the mentor has a socket open: the tab shows it', async () => {
    const mentor = await makeTestMentor(app);
    await subscribe(mentor.token, 'mentor-here');
    const socket = await openSocket(app.url, mentor.token);
    sockets.push(socket);
    const live = nextEvent(socket, 'notification', (n) => n.type === 'session_booked');
    await book(mentor.mentor.id);
    await live;
    await app.server.push.idle();
    expect(push.for('mentor-here')).toEqual([]);

    // The same mentor, socket closed: the next booking is pushed.
    socket.close();
    await waitFor(
      () => (app.server.hub.io.of('/').adapter.rooms.get(`user:${mentor.userId}`)?.size ?? 0) === 0,
    );
    await book(mentor.mentor.id);
    await app.server.push.idle();
    expect(push.for('mentor-here')).toHaveLength(1);
  });

  it('pushes nothing to someone who turned notifications off, nor notifications people did not ask to be alerted of', async () => {
    const mentor = await makeTestMentor(app);
    await subscribe(mentor.token, 'mentor-quiet');
    await withSystem(app.deps, (ctx) =>
      notify(ctx, { userId: mentor.userId, type: 'level_up', title: 'Level 2', message: 'Well done.' }),
    );
    await app.server.push.idle();
    expect(push.for('mentor-quiet')).toEqual([]);
    const off = await app.api('PATCH', '/api/me', {
      token: mentor.token,
      body: { notificationsEnabled: false },
    });
    expect(off.status).toBe(200);
    await book(mentor.mentor.id);
    await app.server.push.idle();
    expect(push.for('mentor-quiet')).toEqual([]);
  });

  it('deletes a subscription the push service says is gone (410), and counts other failures', async () => {
    const mentor = await makeTestMentor(app);
    await subscribe(mentor.token, 'gone');
    await subscribe(mentor.token, 'flaky');
    push.answer('/push/gone', 410);
    push.answer('/push/flaky', 500);
    await book(mentor.mentor.id);
    await app.server.push.idle();
    expect(push.for('gone')).toHaveLength(1);
    expect(push.for('flaky')).toHaveLength(1);
    expect(await devicesOf(mentor.userId)).toEqual([
      expect.objectContaining({ endpoint: push.endpoint('flaky'), failures: 1 }),
    ]);

    // A delivery puts the count back to 0; MAX_PUSH_FAILURES in a row forget the device.
    push.answer('/push/flaky', 201);
    await book(mentor.mentor.id);
    await app.server.push.idle();
    expect(await devicesOf(mentor.userId)).toEqual([expect.objectContaining({ failures: 0 })]);
    push.answer('/push/flaky', 503);
    for (let i = 0; i < MAX_PUSH_FAILURES; i++) {
      await book(mentor.mentor.id);
      await app.server.push.idle();
    }
    expect(await devicesOf(mentor.userId)).toEqual([]);
  });

  it('pushes a reminder set for later when it fires while no tab is open, with the words the user chose', async () => {
    const me = await app.signUp();
    const keys = await subscribe(me.token, 'reminder');
    const { notification } = await withUser(app.deps, me.user.id, (ctx) =>
      scheduleReminder(ctx, { title: 'Stretch and drink water', inMinutes: 20 }),
    );
    await app.server.push.idle();
    expect(push.for('reminder')).toEqual([]); // not before its time

    clock.advance(20 * 60_000 + 1_000);
    // The app's own scheduler may claim it first; either way it is pushed once.
    expect(await pushDeferredNotifications(app.deps)).toBeLessThanOrEqual(1);
    await waitFor(() => push.for('reminder').length > 0, 10_000);
    await app.server.push.idle();
    const [request, ...more] = push.for('reminder');
    expect(more).toEqual([]);
    expect(request!.headers).toMatchObject({ ttl: '3600', urgency: 'high' });
    expect(JSON.parse(keys.decrypt(request!.body))).toEqual({
      title: 'Stretch and drink water',
      body: 'You set this reminder in chat 20 minutes earlier.',
      url: '/',
      tag: `notification-${notification.id}`,
    });
  });

  it('saves a browser again by its endpoint, lists it, and turns it off', async () => {
    const me = await app.signUp();
    await subscribe(me.token, 'mine');
    const again = browserKeys();
    const resaved = await app.api('POST', '/api/me/push-subscriptions', {
      token: me.token,
      body: { endpoint: push.endpoint('mine'), keys: { p256dh: again.p256dh, auth: again.auth } },
    });
    expect(resaved.status).toBe(200);
    expect(resaved.body.subscription).toMatchObject({
      endpoint: push.endpoint('mine'),
      label: 'Test browser',
    });
    const list = await app.api('GET', '/api/me/push-subscriptions', { token: me.token });
    expect(list.body.subscriptions).toEqual([
      {
        endpoint: push.endpoint('mine'),
        label: 'Test browser',
        createdAt: expect.any(String),
        lastSentAt: null,
      },
    ]);
    const off = await app.api('DELETE', '/api/me/push-subscriptions', {
      token: me.token,
      body: { endpoint: push.endpoint('mine') },
    });
    expect(off.status).toBe(200);
    expect(await devicesOf(me.user.id)).toEqual([]);
    const twice = await app.api('DELETE', '/api/me/push-subscriptions', {
      token: me.token,
      body: { endpoint: push.endpoint('mine') },
    });
    expect(twice.status).toBe(404);
  });

  it("lets no one delete or read another user's device; a browser signed into another account moves to it", async () => {
    const alice = await app.signUp();
    const mallory = await app.signUp();
    await subscribe(alice.token, 'alice');
    const theft = await app.api('DELETE', '/api/me/push-subscriptions', {
      token: mallory.token,
      body: { endpoint: push.endpoint('alice') },
    });
    expect(theft.status).toBe(404);
    expect(await devicesOf(alice.user.id)).toHaveLength(1);
    expect((await app.api('GET', '/api/me/push-subscriptions', { token: mallory.token })).body).toEqual({
      subscriptions: [],
    });
    // Row-level security, below the verbs: as Mallory, Alice's row is not there at all.
    const seen = await withUser(app.deps, mallory.user.id, (ctx) =>
      ctx.tx.execute(sql`SELECT count(*)::int AS n FROM push_subscriptions`),
    );
    expect(seen.rows[0]).toEqual({ n: 0 });
    const deleted = await withUser(app.deps, mallory.user.id, (ctx) =>
      ctx.tx.execute(
        sql`DELETE FROM push_subscriptions WHERE endpoint = ${push.endpoint('alice')} RETURNING id`,
      ),
    );
    expect(deleted.rows).toEqual([]);
    expect(await devicesOf(alice.user.id)).toHaveLength(1);

    // The same browser, now signed in as Bob, turns alerts on: the endpoint is Bob's alone.
    const bob = await app.signUp();
    await subscribe(bob.token, 'alice');
    expect(await devicesOf(alice.user.id)).toEqual([]);
    expect(await devicesOf(bob.user.id)).toHaveLength(1);
  });

  it("forgets every device's alerts when the account signs out everywhere or changes its password", async () => {
    const me = await app.signUp();
    await subscribe(me.token, 'leaving-1');
    await subscribe(me.token, 'leaving-2');
    const out = await app.api('POST', '/api/auth/logout', { token: me.token });
    expect(out.status).toBeLessThan(300);
    expect(await devicesOf(me.user.id)).toEqual([]);

    const other = await app.signUp();
    await subscribe(other.token, 'leaving-3');
    const changed = await app.api('POST', '/api/me/password', {
      token: other.token,
      body: { currentPassword: other.password, newPassword: 'amber meadow lighthouse' },
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(await devicesOf(other.user.id)).toEqual([]);
  });

  it('refuses bad input with 400 naming the field, and asks for a token', async () => {
    const me = await app.signUp();
    const good = browserKeys();
    const body = { endpoint: push.endpoint('x'), keys: { p256dh: good.p256dh, auth: good.auth } };
    const cases: [unknown, string][] = [
      [{ ...body, endpoint: undefined }, 'endpoint'],
      [{ ...body, endpoint: 'not a url' }, 'endpoint'],
      [{ ...body, endpoint: 'http://push.example.com/x' }, 'endpoint'],
      [{ ...body, endpoint: 'ftp://push.example.com/x' }, 'endpoint'],
      [{ ...body, endpoint: `https://push.example.com/${'a'.repeat(2048)}` }, 'endpoint'],
      [{ ...body, endpoint: 'https://user:pw@push.example.com/x' }, 'endpoint'],
      [{ ...body, keys: { ...body.keys, p256dh: good.auth } }, 'keys.p256dh'],
      [{ ...body, keys: { ...body.keys, p256dh: `A${good.p256dh.slice(1)}` } }, 'keys.p256dh'],
      [{ ...body, keys: { ...body.keys, p256dh: `BA${'A'.repeat(85)}` } }, 'keys.p256dh'],
      [{ ...body, keys: { ...body.keys, auth: 'not base64!' } }, 'keys.auth'],
      [{ ...body, keys: { p256dh: good.p256dh } }, 'keys.auth'],
      [{ ...body, label: 'x'.repeat(101) }, 'label'],
      [{ ...body, extra: true }, '(root)'],
    ];
    for (const [input, field] of cases) {
      const res = await app.api('POST', '/api/me/push-subscriptions', { token: me.token, body: input });
      expect(res.status, JSON.stringify(input).slice(0, 120)).toBe(400);
      expect(res.body.error.code).toBe('invalid_payload');
      expect(fieldsOf(res), JSON.stringify(input).slice(0, 120)).toContain(field);
    }
    const noEndpoint = await app.api('DELETE', '/api/me/push-subscriptions', { token: me.token, body: {} });
    expect(noEndpoint.status).toBe(400);
    expect(fieldsOf(noEndpoint)).toEqual(['endpoint']);
    for (const method of ['GET', 'POST', 'DELETE']) {
      const res = await app.api(method, '/api/me/push-subscriptions', {
        body: method === 'GET' ? undefined : body,
      });
      expect(res.status, method).toBe(401);
    }
    expect(await devicesOf(me.user.id)).toEqual([]);
  });

  it('lists the devices in the export, without their keys', async () => {
    const me = await app.signUp();
    await subscribe(me.token, 'exported');
    const res = await app.api('GET', '/api/me/export', { token: me.token });
    expect(res.status).toBe(200);
    expect(res.body.pushSubscriptions).toEqual([
      expect.objectContaining({ endpoint: push.endpoint('exported'), label: 'Test browser', failures: 0 }),
    ]);
    expect(res.body.pushSubscriptions[0]).not.toHaveProperty('p256dh');
    expect(res.body.pushSubscriptions[0]).not.toHaveProperty('auth');
  });
});

describe.each(backends)('Web Push turned off on %s', (backend) => {
  let app: TestApp;
  beforeAll(async () => {
    // A shared database (DATABASE_URL; the test's own handle is what the app uses) and no VAPID keys:
    // no instance may invent a key pair of its own, so push is off.
    app = await startTestApp(backend, { env: { DATABASE_URL: 'postgresql://unused@127.0.0.1:1/unused' } });
  });
  afterAll(() => app?.close());

  it('says so clearly, and saves no subscription', async () => {
    expect(app.server.push.enabled).toBe(false);
    const key = await app.api('GET', '/api/push/key');
    expect(key.status).toBe(404);
    expect(key.body.error).toMatchObject({
      code: 'not_found',
      message: expect.stringMatching(/Web Push is off/),
    });
    const me = await app.signUp();
    const keys = browserKeys();
    const res = await app.api('POST', '/api/me/push-subscriptions', {
      token: me.token,
      body: { endpoint: 'https://push.example.com/x', keys: { p256dh: keys.p256dh, auth: keys.auth } },
    });
    expect(res.status).toBe(404);
  });
});
