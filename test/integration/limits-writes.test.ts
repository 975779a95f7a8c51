import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { type ChatUser, chatUser, rows, say } from '../helpers/assistant.ts';
import { backends } from '../helpers/db.ts';
import { makeLocation } from '../helpers/factories.ts';
import { toolsRun } from '../helpers/model-suite.ts';

const HOUR = 3_600_000;

/**
 * The budgets on things a user writes, each met through the real route (or, for reminders, the
 * assistant's tool), with small values from LIMITS: every refusal is 429 rate_limited with
 * Retry-After and names its budget; nothing answers 500.
 */
describe.each(backends)('budgets on what users write, on %s', (backend) => {
  let app: TestApp;
  const clock = manualClock('2030-05-06T08:00:00Z');
  const chatters: ChatUser[] = [];

  beforeAll(async () => {
    app = await startTestApp(backend, {
      clock,
      env: {
        LIMITS:
          'exports=2/1h,exports_at_once=1,bookings=4/1d,bookings_open_per_mentor=2,place_suggestions=2/1d,reviews=2/1d,reminders=2/1d',
      },
    });
  });
  afterEach(() => {
    for (const c of chatters.splice(0)) c.socket.close();
  });
  afterAll(() => app?.close());

  const refusedBy = (res: { status: number; headers: Headers; body: { error: unknown } }, budget: string) => {
    expect(res.status, JSON.stringify(res.body)).toBe(429);
    expect(res.body.error).toMatchObject({ code: 'rate_limited', details: { budget } });
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    return retryAfter;
  };

  const mentor = async () => {
    const { token } = await app.signUp();
    const res = await app.api('POST', '/api/mentors', {
      token,
      body: { title: 'Peer mentor', specialization: ['Calm'], bio: 'Here to help.', scheduleType: 'virtual' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.mentor.id as string;
  };
  /** Books `mentorId` `hoursAhead` from now (30 minutes, online). */
  const book = (token: string, mentorId: string, hoursAhead: number) =>
    app.api('POST', '/api/mentor-sessions', {
      token,
      body: {
        mentorId,
        scheduledAt: new Date(clock.now().getTime() + hoursAhead * HOUR).toISOString(),
        durationMinutes: 30,
        sessionType: 'virtual',
      },
    });

  it('caps open sessions with one mentor, and bookings a day, each with its own budget and wait', async () => {
    const [m1, m2] = [await mentor(), await mentor()];
    const { token } = await app.signUp();
    expect((await book(token, m1, 48)).status).toBe(201);
    const second = await book(token, m1, 49);
    expect(second.status).toBe(201);
    // Two upcoming with m1: the third waits until the soonest has started (48 h from now).
    expect(refusedBy(await book(token, m1, 50), 'bookings_open_per_mentor')).toBe(48 * 3600);
    expect((await book(token, m2, 50)).status).toBe(201);
    // Four bookings asked today (the refused one counted): the day's budget is spent.
    const wait = refusedBy(await book(token, m2, 51), 'bookings');
    expect(wait).toBe(6 * 3600);
    // A cancelled session no longer counts against the mentor's cap; the day budget refills.
    const cancel = await app.api('PATCH', `/api/mentor-sessions/${second.body.session.id}`, {
      token,
      body: { status: 'cancelled' },
    });
    expect(cancel.status).toBe(200);
    clock.advance(wait * 1000);
    expect((await book(token, m1, 52)).status).toBe(201);
  });

  it('lets exactly the cap through when one user books a run of slots with one mentor at once', async () => {
    const m = await mentor();
    const { token, user } = await app.signUp();
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => book(token, m, 24 + i)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(2);
    for (const r of results.filter((r) => r.status !== 201)) {
      expect(r.status).toBe(429);
      expect(r.body.error.code).toBe('rate_limited');
    }
    const stored = await rows(app, sql`SELECT id FROM mentor_sessions WHERE user_id = ${user.id}`);
    expect(stored).toHaveLength(2);
  });

  it('limits place suggestions a day per user', async () => {
    const { token } = await app.signUp();
    const other = await app.signUp();
    const suggest = (t: string, n: number) =>
      app.api('POST', '/api/locations', {
        token: t,
        body: {
          name: `Quiet corner ${n}`,
          type: 'coffee',
          lat: 51.5,
          lng: -0.12,
          address: `${n} Calm Street`,
          city: 'London',
          country: 'UK',
        },
      });
    expect((await suggest(token, 1)).status).toBe(201);
    expect((await suggest(token, 2)).status).toBe(201);
    expect(refusedBy(await suggest(token, 3), 'place_suggestions')).toBe(12 * 3600);
    expect((await suggest(other.token, 4)).status).toBe(201);
    clock.advance(12 * HOUR);
    expect((await suggest(token, 5)).status).toBe(201);
  });

  it('limits reviews written a day per user; a refused one is not stored', async () => {
    const { token } = await app.signUp();
    const places = await Promise.all([1, 2, 3].map(() => makeLocation(app.deps.database.db)));
    const review = (id: string) =>
      app.api('POST', '/api/reviews', {
        token,
        body: { reviewableType: 'location', reviewableId: id, rating: 4 },
      });
    expect((await review(places[0]!.id)).status).toBe(201);
    // A second review of the same place is a 409 and costs nothing.
    expect((await review(places[0]!.id)).status).toBe(409);
    expect((await review(places[1]!.id)).status).toBe(201);
    refusedBy(await review(places[2]!.id), 'reviews');
    const written = await rows(app, sql`SELECT id FROM reviews WHERE reviewable_id = ${places[2]!.id}`);
    expect(written).toEqual([]);
  });

  it('limits exports an hour, and runs one at a time per user', async () => {
    const { token, user } = await app.signUp();
    // An export in progress (held here as the route holds it) makes a second wait its turn.
    let finish!: () => void;
    const running = app.deps.budgets.hold(
      'exports_at_once',
      user.id,
      () => new Promise<void>((resolve) => (finish = resolve)),
    );
    refusedBy(await app.api('GET', '/api/me/export', { token }), 'exports_at_once');
    finish();
    await running;
    expect((await app.api('GET', '/api/me/export', { token })).status).toBe(200);
    expect((await app.api('GET', '/api/me/export', { token })).status).toBe(200);
    expect(refusedBy(await app.api('GET', '/api/me/export', { token }), 'exports')).toBe(1800);
  });

  it('limits reminders set through the assistant: the tool fails and nothing more is stored', async () => {
    const me = await chatUser(app);
    chatters.push(me);
    for (const minutes of [20, 30]) {
      const t = await say(app, me, `remind me to drink water in ${minutes} minutes`);
      expect(toolsRun(t)).toEqual(['create_reminder:done']);
    }
    const third = await say(app, me, 'remind me to drink water in 40 minutes');
    expect(third.tools.map((x) => `${x.name}:${x.status}`)).toContain('create_reminder:failed');
    const stored = await rows(
      app,
      sql`SELECT id FROM notifications WHERE user_id = ${me.userId} AND type = 'reminder'`,
    );
    expect(stored).toHaveLength(2);
  });
});
