import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import type { MentorSessionEvent } from '../../src/contract/domain-events.ts';
import { withUser } from '../../src/domain/context.ts';
import { localTime } from '../../src/domain/local-time.ts';
import { scheduleReminder } from '../../src/domain/notifications/schedule-reminder.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { makeLocation } from '../helpers/factories.ts';
import { fieldsOf, makeTestMentor, notificationsFor, storedRows } from '../helpers/mentors.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe.each(backends)('mentor sessions on %s', (backend) => {
  const clock = manualClock(new Date());
  let app: TestApp;
  /**
   * Should a step stall (docs/reliability.md, "Known flakes"), fail after 30 s with what the pool
   * and PostgreSQL were doing, read on a connection of its own, instead of a bare timeout.
   */
  const diagnosed = async <T>(what: string, work: Promise<T>): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    const stalled = new Promise<never>((_, reject) => {
      timer = setTimeout(async () => {
        const { pool } = app.deps.database;
        const counts = { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
        let activity: unknown = 'embedded database';
        if (app.database.url) {
          const client = new pg.Client({ connectionString: app.database.url });
          activity = await client
            .connect()
            .then(() =>
              client.query(`SELECT pid, state, wait_event_type, wait_event, now() - xact_start AS in_xact,
                  pg_blocking_pids(pid) AS blocked_by, left(query, 160) AS query
                FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`),
            )
            .then((r) => r.rows, String)
            .finally(() => client.end());
        }
        reject(
          new Error(`${what} stalled for 30 s; pool ${JSON.stringify(counts)}; ${JSON.stringify(activity)}`),
        );
      }, 30_000);
    });
    try {
      return await Promise.race([work, stalled]);
    } finally {
      clearTimeout(timer);
    }
  };
  beforeAll(async () => {
    app = await startTestApp(backend, { clock });
  });
  afterAll(() => app?.close());

  /** An instant `ms` after the app's now, as ISO. */
  const at = (ms: number) => new Date(clock.now().getTime() + ms).toISOString();
  const book = (token: string, body: Record<string, unknown>) =>
    app.api('POST', '/api/mentor-sessions', {
      token,
      body: { durationMinutes: 60, sessionType: 'virtual', ...body },
    });

  it('books a session: the mentor is notified and alerted live, the notes are stored encrypted', async () => {
    const m = await makeTestMentor(app);
    const zone = await app.api('PATCH', '/api/me', { token: m.token, body: { timeZone: 'Asia/Tokyo' } });
    expect(zone.status).toBe(200);
    const u = await app.signUp({ displayName: 'Sam Quiet' });
    const events: MentorSessionEvent[] = [];
    const listener = (e: MentorSessionEvent) => events.push(e);
    app.deps.events.on('mentor-session', listener);
    try {
      const res = await book(u.token, {
        mentorId: m.mentor.id,
        scheduledAt: at(DAY),
        durationMinutes: 45,
        notes: 'First time; a bit nervous.',
      });
      expect(res.status).toBe(201);
      expect(res.body.session).toMatchObject({
        mentorId: m.mentor.id,
        userId: u.user.id,
        role: 'user',
        userDisplayName: 'Sam Quiet',
        mentorDisplayName: m.mentor.displayName,
        durationMinutes: 45,
        sessionType: 'virtual',
        status: 'scheduled',
        userNotes: 'First time; a bit nervous.',
        completedAt: null,
      });
      expect(res.body.session).not.toHaveProperty('mentorNotes');
      expect(Date.parse(res.body.session.endsAt) - Date.parse(res.body.session.scheduledAt)).toBe(
        45 * MINUTE,
      );

      const [stored] = await storedRows(
        app,
        sql`SELECT user_notes FROM mentor_sessions WHERE id = ${res.body.session.id}`,
      );
      expect(String(stored?.user_notes)).toMatch(/^enc:v1:/);
      expect(String(stored?.user_notes)).not.toContain('nervous');

      const notes = await notificationsFor(app, m.userId);
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatchObject({ type: 'session_booked', data: { sessionId: res.body.session.id } });
      expect(String(notes[0]?.message)).toContain('Sam Quiet');
      // The time as the mentor reads it, in their zone, not an ISO string.
      expect(String(notes[0]?.message)).toContain(localTime(res.body.session.scheduledAt, 'Asia/Tokyo'));
      expect(String(notes[0]?.message)).not.toMatch(/\d{4}-\d\d-\d\dT/);
      expect(String(notes[0]?.message)).not.toContain('nervous');
      expect(await notificationsFor(app, u.user.id)).toEqual([]);

      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        mentorUserId: m.userId,
        event: 'booked',
        session: { id: res.body.session.id },
      });
      expect(events[0]?.session).not.toHaveProperty('userNotes');
    } finally {
      app.deps.events.off('mentor-session', listener);
    }
  });

  it('lets exactly one of 50 concurrent bookings of one slot through; the rest get 409 slot_taken', async () => {
    const m = await makeTestMentor(app);
    const people = await diagnosed(
      'signing up 50 people',
      Promise.all(Array.from({ length: 50 }, () => app.signUp())),
    );
    const scheduledAt = at(3 * DAY);
    const results = await diagnosed(
      '50 concurrent bookings',
      Promise.all(people.map((p) => book(p.token, { mentorId: m.mentor.id, scheduledAt }))),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.error.code).toBe('slot_taken');
    const rows = await storedRows(app, sql`SELECT id FROM mentor_sessions WHERE mentor_id = ${m.mentor.id}`);
    expect(rows).toHaveLength(1);
  });

  it('refuses a user two overlapping sessions, allows back-to-back ones, and a cancelled one frees its slot', async () => {
    const [a, b] = [await makeTestMentor(app), await makeTestMentor(app)];
    const u = await app.signUp();
    const start = 2 * DAY;
    const first = await book(u.token, { mentorId: a.mentor.id, scheduledAt: at(start) });
    expect(first.status).toBe(201);

    const overlapping = await book(u.token, { mentorId: b.mentor.id, scheduledAt: at(start + 59 * MINUTE) });
    expect(overlapping.status).toBe(409);
    expect(overlapping.body.error.code).toBe('user_busy');

    const backToBack = await book(u.token, { mentorId: b.mentor.id, scheduledAt: at(start + HOUR) });
    expect(backToBack.status).toBe(201);
    const before = await book(u.token, {
      mentorId: b.mentor.id,
      scheduledAt: at(start - 30 * MINUTE),
      durationMinutes: 30,
    });
    expect(before.status).toBe(201);

    const other = await app.signUp();
    const taken = await book(other.token, { mentorId: a.mentor.id, scheduledAt: at(start + 30 * MINUTE) });
    expect(taken.body.error?.code).toBe('slot_taken');
    const cancel = await app.api('PATCH', `/api/mentor-sessions/${first.body.session.id}`, {
      token: u.token,
      body: { status: 'cancelled' },
    });
    expect(cancel.status).toBe(200);
    expect(cancel.body.session.status).toBe('cancelled');
    const freed = await book(other.token, { mentorId: a.mentor.id, scheduledAt: at(start + 30 * MINUTE) });
    expect(freed.status).toBe(201);
  });

  it("drops the reminders the booker set from a session when either side cancels it, and no one else's", async () => {
    const m = await makeTestMentor(app);
    const u = await app.signUp();
    const [first, second] = [
      await book(u.token, { mentorId: m.mentor.id, scheduledAt: at(3 * DAY) }),
      await book(u.token, { mentorId: m.mentor.id, scheduledAt: at(4 * DAY) }),
    ];
    const remind = (sessionId: string | undefined, inMinutes: number) =>
      withUser(app.deps, u.user.id, (ctx) =>
        scheduleReminder(ctx, { title: 'Soon', inMinutes, ...(sessionId ? { sessionId } : {}) }),
      );
    await remind(first.body.session.id, 3 * 24 * 60 - 60);
    await remind(second.body.session.id, 4 * 24 * 60 - 60);
    await remind(undefined, 3 * 24 * 60 - 30);
    const waiting = async () =>
      (
        await storedRows(
          app,
          sql`SELECT data->>'sessionId' AS session FROM notifications
              WHERE user_id = ${u.user.id} AND type = 'reminder' ORDER BY deliver_at`,
        )
      ).map((r) => r.session ?? 'none');
    expect(await waiting()).toEqual([first.body.session.id, 'none', second.body.session.id]);

    // The mentor cancels the first (they cannot see the booker's reminders), the booker the second.
    const byMentor = await app.api('PATCH', `/api/mentor-sessions/${first.body.session.id}`, {
      token: m.token,
      body: { status: 'cancelled' },
    });
    expect(byMentor.status).toBe(200);
    expect(await waiting()).toEqual(['none', second.body.session.id]);
    const byUser = await app.api('PATCH', `/api/mentor-sessions/${second.body.session.id}`, {
      token: u.token,
      body: { status: 'cancelled' },
    });
    expect(byUser.status).toBe(200);
    expect(await waiting()).toEqual(['none']);
  });

  it('refuses what the mentor does not offer, an unavailable mentor and booking oneself with 422', async () => {
    const inPerson = await makeTestMentor(app, { scheduleType: 'in-person' });
    const away = await makeTestMentor(app, { available: false });
    const u = await app.signUp();
    const wrongType = await book(u.token, { mentorId: inPerson.mentor.id, scheduledAt: at(DAY) });
    expect(wrongType.status).toBe(422);
    expect(wrongType.body.error.code).toBe('session_type_not_offered');
    const unavailable = await book(u.token, { mentorId: away.mentor.id, scheduledAt: at(DAY) });
    expect(unavailable.status).toBe(422);
    expect(unavailable.body.error.code).toBe('mentor_unavailable');
    const self = await book(inPerson.token, {
      mentorId: inPerson.mentor.id,
      scheduledAt: at(DAY),
      sessionType: 'in-person',
    });
    expect(self.status).toBe(422);
    expect(self.body.error.code).toBe('cannot_book_self');
    const unknown = await book(u.token, {
      mentorId: '00000000-0000-4000-8000-000000000000',
      scheduledAt: at(DAY),
    });
    expect(unknown.status).toBe(404);
  });

  it("meets in person at the mentor's place unless told otherwise, and refuses an unknown place", async () => {
    const place = await makeLocation(app.deps.database.db);
    const m = await makeTestMentor(app, { scheduleType: 'in-person', locationId: place.id });
    const u = await app.signUp();
    const res = await book(u.token, {
      mentorId: m.mentor.id,
      scheduledAt: at(DAY),
      sessionType: 'in-person',
    });
    expect(res.status).toBe(201);
    expect(res.body.session.locationId).toBe(place.id);
    const unknown = await book(u.token, {
      mentorId: m.mentor.id,
      scheduledAt: at(5 * DAY),
      sessionType: 'in-person',
      locationId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.status).toBe(404);
  });

  it('answers bad bookings with 400 naming the field', async () => {
    const m = await makeTestMentor(app);
    const { token } = await app.signUp();
    const good = { mentorId: m.mentor.id, scheduledAt: at(DAY), durationMinutes: 60, sessionType: 'virtual' };
    const cases: [Record<string, unknown>, string[]][] = [
      [{ scheduledAt: at(-MINUTE) }, ['scheduledAt']],
      [{ scheduledAt: at(181 * DAY) }, ['scheduledAt']],
      [{ scheduledAt: 'tomorrow' }, ['scheduledAt']],
      [{ durationMinutes: 10 }, ['durationMinutes']],
      [{ durationMinutes: 200 }, ['durationMinutes']],
      [{ durationMinutes: 30.5 }, ['durationMinutes']],
      [{ sessionType: 'both' }, ['sessionType']],
      [{ mentorId: 'abc' }, ['mentorId']],
      [{ locationId: 'abc' }, ['locationId']],
      [{ notes: 'x'.repeat(2001) }, ['notes']],
    ];
    for (const [change, fields] of cases) {
      const res = await app.api('POST', '/api/mentor-sessions', { token, body: { ...good, ...change } });
      expect(res.status, JSON.stringify(change)).toBe(400);
      expect(res.body.error.code).toBe('invalid_payload');
      expect(fieldsOf(res)).toEqual(fields);
    }
    const missing = await app.api('POST', '/api/mentor-sessions', { token, body: {} });
    expect(fieldsOf(missing)).toEqual(['durationMinutes', 'mentorId', 'scheduledAt', 'sessionType']);
    const malformed = await app.api('POST', '/api/mentor-sessions', { token, body: '{"mentorId": ' });
    expect(malformed.status).toBe(400);
    const patch = await app.api('PATCH', '/api/mentor-sessions/not-a-uuid', {
      token,
      body: { status: 'cancelled' },
    });
    expect(fieldsOf(patch)).toEqual(['id']);
    const badStatus = await app.api('PATCH', `/api/mentor-sessions/${m.mentor.id}`, {
      token,
      body: { status: 'scheduled' },
    });
    expect(fieldsOf(badStatus)).toEqual(['status']);
    const list = await app.api('GET', '/api/me/mentor-sessions?role=boss&from=yesterday', { token });
    expect(fieldsOf(list)).toEqual(['from', 'role']);
  });

  it('lets only the mentor complete a session, and only once it has started; the journey counts it', async () => {
    const m = await makeTestMentor(app);
    const u = await app.signUp();
    const res = await book(u.token, { mentorId: m.mentor.id, scheduledAt: at(2 * HOUR) });
    const path = `/api/mentor-sessions/${res.body.session.id}`;

    const early = await app.api('PATCH', path, { token: m.token, body: { status: 'completed' } });
    expect(early.status).toBe(422);
    expect(early.body.error.code).toBe('session_not_started');
    const byUser = await app.api('PATCH', path, { token: u.token, body: { status: 'completed' } });
    expect(byUser.status).toBe(403);
    expect(byUser.body.error.code).toBe('mentor_only');

    clock.advance(2 * HOUR + MINUTE);
    const userAgain = await app.api('PATCH', path, { token: u.token, body: { status: 'no-show' } });
    expect(userAgain.body.error.code).toBe('mentor_only');
    // Started but not over: not yet held (a review of it would count as verified).
    const midway = await app.api('PATCH', path, { token: m.token, body: { status: 'completed' } });
    expect(midway.status).toBe(422);
    expect(midway.body.error.code).toBe('session_not_ended');
    clock.advance(HOUR);
    const done = await app.api('PATCH', path, {
      token: m.token,
      body: { status: 'completed', notes: 'Good progress.' },
    });
    expect(done.status).toBe(200);
    expect(done.body.session).toMatchObject({
      status: 'completed',
      role: 'mentor',
      mentorNotes: 'Good progress.',
    });
    expect(done.body.session.completedAt).toBe(clock.now().toISOString());

    const again = await app.api('PATCH', path, { token: u.token, body: { status: 'cancelled' } });
    expect(again.status).toBe(422);
    expect(again.body.error.code).toBe('session_not_scheduled');

    const [journey] = await storedRows(
      app,
      sql`SELECT mentor_sessions FROM journey_progress WHERE user_id = ${u.user.id}`,
    );
    expect(journey?.mentor_sessions).toBe(1);
    const mentor = await app.api('GET', `/api/mentors/${m.mentor.id}`, { token: u.token });
    expect(mentor.body.mentor.totalSessions).toBe(1);
    const notes = await notificationsFor(app, u.user.id);
    expect(notes.map((n) => n.type)).toContain('session_completed');
  });

  it('lets the mentor mark a no-show once started, which does not count toward the journey', async () => {
    const m = await makeTestMentor(app);
    const u = await app.signUp();
    const res = await book(u.token, {
      mentorId: m.mentor.id,
      scheduledAt: at(30 * MINUTE),
      durationMinutes: 15,
    });
    clock.advance(31 * MINUTE);
    const missed = await app.api('PATCH', `/api/mentor-sessions/${res.body.session.id}`, {
      token: m.token,
      body: { status: 'no-show' },
    });
    expect(missed.status).toBe(200);
    expect(missed.body.session).toMatchObject({ status: 'no-show', completedAt: null });
    // The reminder sweep may also have told them of the session (it starts within its 30 minutes).
    const told = (await notificationsFor(app, u.user.id)).map((n) => n.type);
    expect(told.filter((type) => type !== 'session_reminder')).toEqual(['session_no_show']);
    const [journey] = await storedRows(
      app,
      sql`SELECT mentor_sessions FROM journey_progress WHERE user_id = ${u.user.id}`,
    );
    expect(journey?.mentor_sessions).toBe(0);
  });

  it('notifies the other side of each change, and shows each side its own notes only', async () => {
    const m = await makeTestMentor(app);
    const u = await app.signUp();
    const events: MentorSessionEvent[] = [];
    const listener = (e: MentorSessionEvent) => events.push(e);
    app.deps.events.on('mentor-session', listener);
    try {
      const s1 = (await book(u.token, { mentorId: m.mentor.id, scheduledAt: at(DAY), notes: 'shared' })).body
        .session;
      const s2 = (await book(u.token, { mentorId: m.mentor.id, scheduledAt: at(2 * DAY) })).body.session;

      const mentorNote = await app.api('PATCH', `/api/mentor-sessions/${s1.id}`, {
        token: m.token,
        body: { notes: 'private to the mentor' },
      });
      expect(mentorNote.status).toBe(200);
      const byMentor = await app.api('PATCH', `/api/mentor-sessions/${s1.id}`, {
        token: m.token,
        body: { status: 'cancelled' },
      });
      expect(byMentor.status).toBe(200);
      const byUser = await app.api('PATCH', `/api/mentor-sessions/${s2.id}`, {
        token: u.token,
        body: { status: 'cancelled' },
      });
      expect(byUser.status).toBe(200);

      // The clock stands still here, so the rows tie on created_at: compare them as sets.
      const toUser = (await notificationsFor(app, u.user.id)).map((n) => n.type);
      const toMentor = (await notificationsFor(app, m.userId)).map((n) => n.type).sort();
      expect(toUser).toEqual(['session_cancelled']);
      expect(toMentor).toEqual(['session_booked', 'session_booked', 'session_cancelled']);
      expect(events.map((e) => e.event)).toEqual(['booked', 'booked', 'updated', 'cancelled', 'cancelled']);

      const asUser = await app.api('GET', '/api/me/mentor-sessions', { token: u.token });
      expect(asUser.body.sessions.map((s: { id: string }) => s.id)).toEqual([s1.id, s2.id]);
      expect(asUser.body.sessions[0]).toMatchObject({ role: 'user', userNotes: 'shared' });
      expect(asUser.body.sessions[0]).not.toHaveProperty('mentorNotes');
      expect(JSON.stringify(asUser.body)).not.toContain('private to the mentor');

      const asMentor = await app.api('GET', '/api/me/mentor-sessions?role=mentor', { token: m.token });
      expect(asMentor.body.sessions[0]).toMatchObject({
        role: 'mentor',
        userNotes: 'shared',
        mentorNotes: 'private to the mentor',
        userDisplayName: expect.stringMatching(/^User /),
      });
      const mentorAsUser = await app.api('GET', '/api/me/mentor-sessions?role=user', { token: m.token });
      expect(mentorAsUser.body.sessions).toEqual([]);

      const filtered = await app.api(
        'GET',
        `/api/me/mentor-sessions?status=cancelled&from=${encodeURIComponent(at(DAY + HOUR))}`,
        { token: u.token },
      );
      expect(filtered.body.sessions.map((s: { id: string }) => s.id)).toEqual([s2.id]);
    } finally {
      app.deps.events.off('mentor-session', listener);
    }
  });

  it("hides another user's session: 404 on change, absent from their list", async () => {
    const m = await makeTestMentor(app);
    const [a, c] = [await app.signUp(), await app.signUp()];
    const s = (await book(a.token, { mentorId: m.mentor.id, scheduledAt: at(4 * DAY) })).body.session;
    for (const body of [{ status: 'cancelled' }, { notes: 'mine now' }]) {
      const res = await app.api('PATCH', `/api/mentor-sessions/${s.id}`, { token: c.token, body });
      expect(res.status).toBe(404);
    }
    const list = await app.api('GET', '/api/me/mentor-sessions', { token: c.token });
    expect(list.body.sessions).toEqual([]);
    const [row] = await storedRows(
      app,
      sql`SELECT status, user_notes FROM mentor_sessions WHERE id = ${s.id}`,
    );
    expect(row).toMatchObject({ status: 'scheduled', user_notes: null });
    expect((await app.api('GET', '/api/me/mentor-sessions')).status).toBe(401);
  });
});
