import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import type { MentorSessionEvent } from '../../src/contract/domain-events.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { makeTestMentor, notificationsFor, storedRows } from '../helpers/mentors.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Moving a booked session: PATCH /api/mentor-sessions/:id with `scheduledAt` (moveSession). */
describe.each(backends)('moving a mentor session on %s', (backend) => {
  const clock = manualClock(new Date('2030-05-06T08:00:00Z'));
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(backend, { clock });
  });
  afterAll(() => app?.close());

  const at = (ms: number) => new Date(clock.now().getTime() + ms).toISOString();
  const book = async (token: string, mentorId: string, start: string) => {
    const res = await app.api('POST', '/api/mentor-sessions', {
      token,
      body: { mentorId, scheduledAt: start, durationMinutes: 60, sessionType: 'virtual' },
    });
    if (res.status !== 201) throw new Error(`booking: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.session.id as string;
  };
  const move = (token: string, id: string, body: Record<string, unknown>) =>
    app.api('PATCH', `/api/mentor-sessions/${id}`, { token, body });

  it('moves it in one go: the new start, the reminder to go off again, the mentor told and alerted live', async () => {
    const m = await makeTestMentor(app);
    const zone = await app.api('PATCH', '/api/me', { token: m.token, body: { timeZone: 'Asia/Tokyo' } });
    expect(zone.status).toBe(200);
    const u = await app.signUp({ displayName: 'Sam Quiet' });
    const id = await book(u.token, m.mentor.id, at(DAY));
    await storedRows(app, sql`UPDATE mentor_sessions SET reminder_sent_at = now() WHERE id = ${id}`);
    const events: MentorSessionEvent[] = [];
    const listener = (e: MentorSessionEvent) => events.push(e);
    app.deps.events.on('mentor-session', listener);
    try {
      const res = await move(u.token, id, { scheduledAt: at(DAY + 2 * HOUR) });
      expect(res.status).toBe(200);
      expect(res.body.session).toMatchObject({ id, scheduledAt: at(DAY + 2 * HOUR), status: 'scheduled' });
    } finally {
      app.deps.events.off('mentor-session', listener);
    }
    const [row] = await storedRows(app, sql`SELECT reminder_sent_at FROM mentor_sessions WHERE id = ${id}`);
    expect(row?.reminder_sent_at).toBeNull();
    expect(events.map((e) => [e.mentorUserId, e.event, e.session.scheduledAt])).toEqual([
      [m.userId, 'updated', at(DAY + 2 * HOUR)],
    ]);
    const told = (await notificationsFor(app, m.userId)).filter((n) => n.type === 'session_moved');
    expect(told.map((n) => n.message)).toEqual([
      // In the mentor's zone (Tokyo), as every notification to them.
      'Sam Quiet moved the session on Tue 7 May, 17:00 to Tue 7 May, 19:00.',
    ]);
  });

  it('refuses a taken slot with 409 slot_taken, and one the booker holds elsewhere with user_busy', async () => {
    const m = await makeTestMentor(app);
    const other = await makeTestMentor(app);
    const u = await app.signUp();
    const someone = await app.signUp();
    const id = await book(u.token, m.mentor.id, at(2 * DAY));
    await book(someone.token, m.mentor.id, at(2 * DAY + 3 * HOUR));
    await book(u.token, other.mentor.id, at(2 * DAY + 6 * HOUR));
    const taken = await move(u.token, id, { scheduledAt: at(2 * DAY + 3 * HOUR + 30 * 60_000) });
    expect([taken.status, taken.body.error.code]).toEqual([409, 'slot_taken']);
    const busy = await move(u.token, id, { scheduledAt: at(2 * DAY + 6 * HOUR) });
    expect([busy.status, busy.body.error.code]).toEqual([409, 'user_busy']);
    const [row] = await storedRows(app, sql`SELECT scheduled_at FROM mentor_sessions WHERE id = ${id}`);
    expect(new Date(String(row?.scheduled_at)).toISOString()).toBe(at(2 * DAY));
  });

  it('refuses a past time or a started session with 422 in_past, and beyond the horizon with 400', async () => {
    const m = await makeTestMentor(app);
    const u = await app.signUp();
    const id = await book(u.token, m.mentor.id, at(3 * DAY));
    const past = await move(u.token, id, { scheduledAt: at(-HOUR) });
    expect([past.status, past.body.error.code]).toEqual([422, 'in_past']);
    const far = await move(u.token, id, { scheduledAt: at(200 * DAY) });
    expect([far.status, far.body.error.code, far.body.error.details[0].field]).toEqual([
      400,
      'invalid_payload',
      'scheduledAt',
    ]);
    // Garbage: not a time, not a string, nothing to change.
    for (const body of [{ scheduledAt: 'next tuesday' }, { scheduledAt: 42 }, {}]) {
      const bad = await move(u.token, id, body);
      expect([bad.status, bad.body.error.code], JSON.stringify(body)).toEqual([400, 'invalid_payload']);
    }
    const soon = await book(u.token, m.mentor.id, at(HOUR));
    clock.advance(2 * HOUR);
    try {
      const started = await move(u.token, soon, { scheduledAt: at(DAY) });
      expect([started.status, started.body.error.code]).toEqual([422, 'in_past']);
    } finally {
      clock.advance(-2 * HOUR);
    }
  });

  it('lets only the booker move a scheduled session: the mentor 403, a stranger 404, a cancelled one 422', async () => {
    const m = await makeTestMentor(app);
    const u = await app.signUp();
    const stranger = await app.signUp();
    const id = await book(u.token, m.mentor.id, at(4 * DAY));
    const byMentor = await move(m.token, id, { scheduledAt: at(4 * DAY + HOUR) });
    expect([byMentor.status, byMentor.body.error.code]).toEqual([403, 'forbidden']);
    const byStranger = await move(stranger.token, id, { scheduledAt: at(4 * DAY + HOUR) });
    expect([byStranger.status, byStranger.body.error.code]).toEqual([404, 'not_found']);
    const mixed = await move(u.token, id, { scheduledAt: at(4 * DAY + HOUR), status: 'cancelled' });
    expect([mixed.status, mixed.body.error.code]).toEqual([400, 'invalid_payload']);
    expect((await move(u.token, id, { status: 'cancelled' })).status).toBe(200);
    const cancelled = await move(u.token, id, { scheduledAt: at(4 * DAY + HOUR) });
    expect([cancelled.status, cancelled.body.error.code]).toEqual([422, 'session_not_scheduled']);
  });
});
