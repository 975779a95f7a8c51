import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Clock, manualClock, systemClock } from '../../src/clock.ts';
import type { MentorSessionEvent, NotificationEvent } from '../../src/contract/domain-events.ts';
import { createFieldCipher } from '../../src/crypto/cipher.ts';
import { mentorSessions } from '../../src/db/schema/index.ts';
import { asSystem } from '../../src/db/tx.ts';
import { withUser } from '../../src/domain/context.ts';
import { sendDueReminders } from '../../src/domain/mentor-sessions/send-due-reminders.ts';
import { notify } from '../../src/domain/notifications/notify.ts';
import { pushDeferredNotifications } from '../../src/scheduler/deferred.ts';
import { startReminderScheduler, type Timer } from '../../src/scheduler/scheduler.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { chatUser, say } from '../helpers/assistant.ts';
import { backends, contextSource, createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { makeMentor, makeUser } from '../helpers/factories.ts';
import { collect, waitFor } from '../helpers/sockets.ts';

const cipher = createFieldCipher([{ id: 'k', key: Buffer.alloc(32, 5) }]);

describe.each(backends)('session reminders on %s', (backend) => {
  let t: TestDatabase;
  const clock = manualClock('2026-07-01T09:00:00Z');
  const instance = () => contextSource(t.handle, cipher, clock);
  beforeAll(async () => {
    t = await createTestDatabase(backend);
  });
  afterAll(() => t?.drop());

  it('reminds both sides once, some minutes before, however many instances sweep at once', async () => {
    const mentorUser = await makeUser(t.handle.db);
    const mentor = await makeMentor(t.handle.db, mentorUser.id);
    const people = await Promise.all(Array.from({ length: 6 }, () => makeUser(t.handle.db)));
    await asSystem(t.handle.db, (tx) =>
      tx.insert(mentorSessions).values(
        people.map((p, i) => ({
          mentorId: mentor.id,
          userId: p.id,
          // 10:00, 11:00, … : only the first is within 30 minutes once the clock reaches 09:40.
          scheduledAt: new Date(Date.UTC(2026, 6, 1, 10 + i)),
          durationMinutes: 45,
        })),
      ),
    );
    const [a, b, c] = [instance(), instance(), instance()];
    const pushed: NotificationEvent[] = [];
    const alerts: MentorSessionEvent[] = [];
    for (const i of [a, b, c]) {
      i.events.on('notification', (e) => pushed.push(e));
      i.events.on('mentor-session', (e) => alerts.push(e));
    }

    expect(await sendDueReminders(a)).toBe(0); // 09:00: nothing due yet
    clock.set('2026-07-01T09:40:00Z');
    const counts = await Promise.all([sendDueReminders(a), sendDueReminders(b), sendDueReminders(c)]);
    expect(counts.reduce((x, y) => x + y, 0)).toBe(1);
    clock.set('2026-07-01T12:45:00Z'); // sessions at 13:00 due; 10–12 already started or reminded
    const later = await Promise.all([sendDueReminders(a), sendDueReminders(b)]);
    expect(later.reduce((x, y) => x + y, 0)).toBe(1);
    expect(await sendDueReminders(c)).toBe(0);

    const { rows } = await asSystem(t.handle.db, (tx) =>
      tx.execute(
        sql`SELECT user_id, count(*)::int AS n FROM notifications WHERE type = 'session_reminder' GROUP BY user_id`,
      ),
    );
    const byUser = Object.fromEntries(rows.map((r) => [r.user_id, r.n]));
    expect(byUser).toEqual({ [people[0]!.id]: 1, [people[3]!.id]: 1, [mentorUser.id]: 2 });
    expect(pushed).toHaveLength(4);
    expect(alerts.map((e) => [e.mentorUserId, e.event])).toEqual([
      [mentorUser.id, 'reminder'],
      [mentorUser.id, 'reminder'],
    ]);
    // The same payload as a booking's alert (one builder): who, when and until when, no notes.
    const firstAlert = alerts.find((e) => e.session.userId === people[0]!.id)!;
    expect(firstAlert.session).toMatchObject({
      mentorId: mentor.id,
      userDisplayName: people[0]!.displayName,
      mentorDisplayName: mentorUser.displayName,
      scheduledAt: '2026-07-01T10:00:00.000Z',
      endsAt: '2026-07-01T10:45:00.000Z',
      status: 'scheduled',
    });
    expect(firstAlert.session).not.toHaveProperty('userNotes');
  });

  it('pushes a reminder set for later once, at its time, however many instances sweep', async () => {
    const me = await makeUser(t.handle.db);
    const quiet = await makeUser(t.handle.db, { notificationsEnabled: false });
    const [a, b, c] = [instance(), instance(), instance()];
    const pushed: NotificationEvent[] = [];
    for (const i of [a, b, c]) i.events.on('notification', (e) => pushed.push(e));
    clock.set('2026-07-02T08:00:00Z');
    for (const who of [me, quiet]) {
      await withUser(a, who.id, (ctx) =>
        notify(ctx, {
          userId: who.id,
          type: 'reminder',
          title: 'Drink some water',
          message: 'Drink some water',
          deliverAt: new Date('2026-07-02T08:20:00Z'),
        }),
      );
    }
    expect(pushed).toHaveLength(0); // not at creation
    expect(await pushDeferredNotifications(a)).toBe(0); // nor before its time
    clock.set('2026-07-02T08:20:30Z');
    const counts = await Promise.all([a, b, c].map((i) => pushDeferredNotifications(i)));
    expect(counts.reduce((x, y) => x + y, 0)).toBe(2);
    expect(await pushDeferredNotifications(b)).toBe(0); // and never again
    expect(pushed.map((e) => [e.userId, e.pushEnabled, e.notification.title])).toEqual(
      expect.arrayContaining([
        [me.id, true, 'Drink some water'],
        [quiet.id, false, 'Drink some water'], // the hub drops it: inbox only
      ]),
    );
    expect(pushed).toHaveLength(2);
    expect(pushed[0]!.notification.createdAt).toBe('2026-07-02T08:20:00.000Z');
  });

  it('does not push a reminder whose time passed long ago (the instance was down); it stays in the inbox', async () => {
    const me = await makeUser(t.handle.db);
    const sweeper = instance();
    const pushed: NotificationEvent[] = [];
    sweeper.events.on('notification', (e) => pushed.push(e));
    clock.set('2026-07-03T08:00:00Z');
    await withUser(sweeper, me.id, (ctx) =>
      notify(ctx, {
        userId: me.id,
        type: 'reminder',
        title: 'Stretch',
        message: 'Stretch',
        deliverAt: new Date('2026-07-03T08:30:00Z'),
      }),
    );
    clock.set('2026-07-03T11:00:00Z');
    expect(await pushDeferredNotifications(sweeper)).toBe(0);
    expect(pushed).toHaveLength(0);
    const { rows } = await asSystem(t.handle.db, (tx) =>
      tx.execute(sql`SELECT pushed_at FROM notifications WHERE user_id = ${me.id}`),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.pushed_at).not.toBeNull(); // claimed, so no later sweep pushes it either
  });
});

describe.each(backends)('a reminder set in chat for later, on %s', (backend) => {
  const clock = manualClock('2026-07-04T09:00:00Z');
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(backend, { clock });
  });
  afterAll(() => app?.close());

  it('reaches the inbox and the open socket at its time, not before', async () => {
    const me = await chatUser(app);
    try {
      const pushes = collect<{ title: string; type: string; createdAt: string }>(me.socket, 'notification');
      const setAt = clock.now();
      const turn = await say(app, me, 'remind me in 20 minutes to drink some water');
      expect(turn.reply.content).toMatch(/remind/i);
      const inbox = () => app.api('GET', '/api/me/notifications', { token: me.token });
      expect((await inbox()).body.notifications).toHaveLength(0);
      expect(await pushDeferredNotifications(app.deps)).toBe(0);

      clock.advance(20 * 60_000 + 1_000);
      // At most 1: the app's own scheduler (its next look is at most 5 s away) may claim it first.
      expect(await pushDeferredNotifications(app.deps)).toBeLessThanOrEqual(1);
      await waitFor(() => pushes.length === 1);
      // Its title, a body of its own rather than the title twice, and the time it fired (the
      // push's createdAt; the inbox's deliverAt, createdAt staying when it was set).
      const body = 'You set this reminder in chat 20 minutes earlier.';
      const firedAt = new Date(setAt.getTime() + 20 * 60_000).toISOString();
      expect(pushes[0]).toMatchObject({ type: 'reminder', title: 'Drink some water', message: body });
      expect(pushes[0]!.createdAt).toBe(firedAt);
      expect((await inbox()).body.notifications).toMatchObject([
        { title: 'Drink some water', message: body, deliverAt: firedAt, createdAt: setAt.toISOString() },
      ]);
    } finally {
      me.socket.close();
    }
  });
});

describe.each(backends)('the reminder scheduler on %s', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(backend);
  });
  afterAll(() => t?.drop());

  const sourceWith = (clock: Clock) => contextSource(t.handle, cipher, clock);

  /**
   * A timer the test fires by hand: wait() returns the wait the scheduler asked for once it has
   * asked; fire() moves the clock by that wait and wakes the scheduler, as the wait elapsing would.
   */
  function steppedTimer(clock: ReturnType<typeof manualClock>) {
    let pending: { fn: () => void; ms: number } | undefined;
    const timer: Timer = (fn, ms) => {
      pending = { fn, ms };
      return () => {
        pending = undefined;
      };
    };
    const wait = async () => {
      for (let i = 0; i < 500 && !pending; i++) await new Promise((r) => setTimeout(r, 10));
      if (!pending) throw new Error('the scheduler asked for no wake-up');
      return pending.ms;
    };
    const fire = async () => {
      const due = pending!;
      pending = undefined;
      clock.advance(due.ms);
      due.fn();
    };
    return { timer, wait, fire };
  }

  it('pushes reminders it knows of at their time, and one made after its last look within 5 s', async () => {
    const clock = manualClock('2026-07-05T08:00:00Z');
    const source = sourceWith(clock);
    const me = await makeUser(t.handle.db);
    const mentorUser = await makeUser(t.handle.db);
    const mentor = await makeMentor(t.handle.db, mentorUser.id);
    const pushes: { title: string; userId: string; late: number }[] = [];
    const dueAt = new Map<string, number>();
    source.events.on('notification', (e) =>
      pushes.push({
        title: e.notification.title,
        userId: e.userId,
        late: clock.now().getTime() - (dueAt.get(e.notification.title) ?? Number.NaN),
      }),
    );
    const remindAt = async (title: string, at: string) => {
      dueAt.set(title, Date.parse(at));
      await withUser(source, me.id, (ctx) =>
        notify(ctx, { userId: me.id, type: 'reminder', title, message: title, deliverAt: new Date(at) }),
      );
    };
    await remindAt('Water', '2026-07-05T08:00:12.300Z');
    // A session at 08:30:47.7: its reminders are due at 08:00:47.7.
    await asSystem(t.handle.db, (tx) =>
      tx.insert(mentorSessions).values({
        mentorId: mentor.id,
        userId: me.id,
        scheduledAt: new Date('2026-07-05T08:30:47.700Z'),
        durationMinutes: 30,
      }),
    );
    dueAt.set('Your session is coming up', Date.parse('2026-07-05T08:00:47.700Z'));
    dueAt.set('A session is coming up', Date.parse('2026-07-05T08:00:47.700Z'));

    const { timer, wait, fire } = steppedTimer(clock);
    const scheduler = startReminderScheduler(source, { timer });
    try {
      // Known at the first look: it sleeps until the first is due, not a fixed tick.
      expect(await wait()).toBeLessThanOrEqual(5_000);
      while (pushes.length < 3) {
        await wait();
        await fire();
        await new Promise((r) => setTimeout(r, 0));
        if (clock.now().getTime() > Date.parse('2026-07-05T08:02:00Z')) break;
      }
      await wait(); // the look after the last push has finished
      expect(pushes.map((p) => p.title).sort()).toEqual([
        'A session is coming up',
        'Water',
        'Your session is coming up',
      ]);
      // Each at its very time: the last look before it slept exactly until then.
      for (const p of pushes) expect(p.late, p.title).toBe(0);

      // Nothing waits now: the next look is the poll, 5 s away. A reminder made meanwhile (by
      // another instance, say), due a second from now, goes out at that look.
      expect(await wait()).toBe(5_000);
      await remindAt('Stretch', new Date(clock.now().getTime() + 1_000).toISOString());
      await fire();
      for (let i = 0; i < 500 && pushes.length < 4; i++) await new Promise((r) => setTimeout(r, 10));
      expect(pushes[3]).toMatchObject({ title: 'Stretch', userId: me.id });
      expect(pushes[3]!.late).toBeGreaterThanOrEqual(0);
      expect(pushes[3]!.late).toBeLessThanOrEqual(5_000);
    } finally {
      await scheduler.stop();
    }
    // Each went out once, and the claims say so.
    expect(pushes).toHaveLength(4);
  });

  it('sleeps on a real timer until a reminder due in a second, then pushes it', async () => {
    const source = sourceWith(systemClock);
    const me = await makeUser(t.handle.db);
    const pushed: number[] = [];
    source.events.on('notification', (e) => {
      if (e.userId === me.id) pushed.push(Date.now());
    });
    const due = Date.now() + 1_000;
    await withUser(source, me.id, (ctx) =>
      notify(ctx, {
        userId: me.id,
        type: 'reminder',
        title: 'Soon',
        message: 'Soon',
        deliverAt: new Date(due),
      }),
    );
    const scheduler = startReminderScheduler(source, { pollMs: 60_000 });
    try {
      for (let i = 0; i < 300 && pushed.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    } finally {
      await scheduler.stop();
    }
    expect(pushed).toHaveLength(1);
    // Not before its time, and well within 5 s of it although the poll is a minute.
    expect(pushed[0]!).toBeGreaterThanOrEqual(due);
    expect(pushed[0]! - due).toBeLessThan(1_000);
  });
});
