import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { latPerMetre, rowsOf } from '../helpers/checkins.ts';
import { backends } from '../helpers/db.ts';
import { makeLocation } from '../helpers/factories.ts';

const MINUTE = 60_000;
const HERE = { lat: 51.5074, lng: -0.1278 };

describe.each(backends)('check-ins on %s', (backend) => {
  const clock = manualClock('2026-03-02T10:00:00Z');
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(backend, { clock });
  });
  afterAll(() => app?.close());
  beforeEach(() => clock.set('2026-03-02T10:00:00Z'));

  const place = (overrides: Parameters<typeof makeLocation>[1] = {}) =>
    makeLocation(app.deps.database.db, { latitude: HERE.lat, longitude: HERE.lng, ...overrides });
  const checkIn = (token: string, body: Record<string, unknown>) =>
    app.api('POST', '/api/check-ins', { token, body });

  it('checks in with mood, private note and coordinates: 201 with the check-in and the new journey', async () => {
    const { user, token } = await app.signUp();
    const cafe = await place({ name: 'The Quiet Cup' });
    const res = await checkIn(token, {
      locationId: cafe.id,
      mood: 'anxious',
      note: 'Sat by the window, it was fine',
      lat: HERE.lat + 80 * latPerMetre,
      lng: HERE.lng,
    });
    expect(res.status).toBe(201);
    expect(res.body.duplicate).toBe(false);
    expect(res.body.checkIn).toMatchObject({
      locationId: cafe.id,
      location: { id: cafe.id, name: 'The Quiet Cup', type: 'coffee' },
      mood: 'anxious',
      note: 'Sat by the window, it was fine',
      timestamp: '2026-03-02T10:00:00.000Z',
      rewardEarnedId: null,
    });
    expect(res.body.reward).toBeUndefined();
    expect(res.body.journey).toMatchObject({
      level: 1,
      totalCheckIns: 1,
      currentStreak: 1,
      longestStreak: 1,
      completionPercentage: 33,
      lastCheckIn: '2026-03-02T10:00:00.000Z',
      nextLevel: { level: 2, requirements: [{ name: 'checkIns', current: 1, target: 3 }] },
    });
    expect(res.body.newMilestones).toEqual([{ id: 'first_check_in', title: 'First check-in' }]);

    const [counts] = await rowsOf(
      app,
      sql`SELECT u.total_check_ins AS user_total, u.current_streak, l.check_in_count AS place_total
          FROM users u, locations l WHERE u.id = ${user.id} AND l.id = ${cafe.id}`,
    );
    expect(counts).toEqual({ user_total: 1, current_streak: 1, place_total: 1 });

    const [stored] = await rowsOf(app, sql`SELECT note FROM check_ins WHERE id = ${res.body.checkIn.id}`);
    expect(String(stored?.note)).toMatch(/^enc:v1:/);
    expect(String(stored?.note)).not.toContain('window');

    const list = await app.api('GET', '/api/me/check-ins', { token });
    expect(list.status).toBe(200);
    expect(list.body.checkIns).toHaveLength(1);
    expect(list.body.checkIns[0]).toMatchObject({
      id: res.body.checkIn.id,
      note: 'Sat by the window, it was fine',
      location: { name: 'The Quiet Cup', type: 'coffee' },
    });
    expect(list.body.nextCursor).toBeNull();
  });

  it('checks in without coordinates (location permission denied)', async () => {
    const { token } = await app.signUp();
    const res = await checkIn(token, { locationId: (await place()).id });
    expect(res.status).toBe(201);
    expect(res.body.checkIn.note).toBeNull();
    expect(res.body.checkIn.mood).toBeNull();
  });

  it('refuses a check-in from farther than 300 m with 422 too_far, and records nothing', async () => {
    const { user, token } = await app.signUp();
    const cafe = await place();
    const far = await checkIn(token, {
      locationId: cafe.id,
      lat: HERE.lat + 1000 * latPerMetre,
      lng: HERE.lng,
    });
    expect(far.status).toBe(422);
    expect(far.body.error.code).toBe('too_far');
    expect(far.body.error.details.maxDistanceM).toBe(300);
    expect(far.body.error.details.distanceM).toBeGreaterThan(990);
    expect(far.body.error.details.distanceM).toBeLessThan(1010);
    const [row] = await rowsOf(app, sql`SELECT count(*)::int AS n FROM check_ins WHERE user_id = ${user.id}`);
    expect(row?.n).toBe(0);

    const near = await checkIn(token, {
      locationId: cafe.id,
      lat: HERE.lat + 250 * latPerMetre,
      lng: HERE.lng,
    });
    expect(near.status).toBe(201);
  });

  it('answers an unknown place with 404', async () => {
    const { token } = await app.signUp();
    const res = await checkIn(token, { locationId: randomUUID() });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('location_not_found');
  });

  it('treats a repeat within the hour as the same check-in, and counts again after 61 minutes', async () => {
    const { user, token } = await app.signUp();
    const cafe = await place();
    const first = await checkIn(token, { locationId: cafe.id, mood: 'calm', note: 'first' });
    expect(first.status).toBe(201);

    clock.advance(59 * MINUTE);
    const again = await checkIn(token, { locationId: cafe.id, mood: 'neutral', note: 'second' });
    expect(again.status).toBe(200);
    expect(again.body.duplicate).toBe(true);
    expect(again.body.checkIn).toMatchObject({ id: first.body.checkIn.id, mood: 'calm', note: 'first' });
    expect(again.body.journey.totalCheckIns).toBe(1);

    clock.advance(2 * MINUTE); // 61 minutes after the first
    const later = await checkIn(token, { locationId: cafe.id });
    expect(later.status).toBe(201);
    expect(later.body.checkIn.id).not.toBe(first.body.checkIn.id);
    expect(later.body.journey.totalCheckIns).toBe(2);

    const [counts] = await rowsOf(
      app,
      sql`SELECT (SELECT count(*)::int FROM check_ins WHERE user_id = ${user.id}) AS rows,
                 (SELECT total_check_ins FROM users WHERE id = ${user.id}) AS user_total,
                 (SELECT check_in_count FROM locations WHERE id = ${cafe.id}) AS place_total`,
    );
    expect(counts).toEqual({ rows: 2, user_total: 2, place_total: 2 });
  });

  it('counts 20 concurrent check-ins of one user at one place exactly once', async () => {
    const { user, token } = await app.signUp();
    const cafe = await place();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => checkIn(token, { locationId: cafe.id, mood: 'motivated' })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(19);
    expect(new Set(results.map((r) => r.body.checkIn.id)).size).toBe(1);

    const [counts] = await rowsOf(
      app,
      sql`SELECT (SELECT count(*)::int FROM check_ins WHERE user_id = ${user.id}) AS rows,
                 (SELECT total_check_ins FROM users WHERE id = ${user.id}) AS user_total,
                 (SELECT total_check_ins FROM journey_progress WHERE user_id = ${user.id}) AS journey_total,
                 (SELECT check_in_count FROM locations WHERE id = ${cafe.id}) AS place_total`,
    );
    expect(counts).toEqual({ rows: 1, user_total: 1, journey_total: 1, place_total: 1 });
  });

  it('pages through my check-ins newest first with a cursor', async () => {
    const { token } = await app.signUp();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await checkIn(token, { locationId: (await place({ name: `Spot ${i}` })).id });
      ids.unshift(res.body.checkIn.id);
      clock.advance(10 * MINUTE);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&before=${encodeURIComponent(cursor)}` : '?limit=2';
      const page = await app.api('GET', `/api/me/check-ins${query}`, { token });
      expect(page.status).toBe(200);
      expect(page.body.checkIns.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.checkIns.map((c: { id: string }) => c.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(ids);
  });

  it('answers bad bodies and queries with 400 naming the field', async () => {
    const { token } = await app.signUp();
    const id = (await place()).id;
    const cases: [unknown, string][] = [
      [{}, 'locationId'],
      [{ locationId: 'not-a-uuid' }, 'locationId'],
      [{ locationId: id, mood: 'furious' }, 'mood'],
      [{ locationId: id, note: 'x'.repeat(5000) }, 'note'],
      [{ locationId: id, lat: 51.5 }, 'lng'],
      [{ locationId: id, lng: -0.12 }, 'lat'],
      [{ locationId: id, lat: 91, lng: 0 }, 'lat'],
      [{ locationId: id, lat: '51.5', lng: -0.12 }, 'lat'],
      [{ locationId: id, note: 42 }, 'note'],
    ];
    for (const [body, field] of cases) {
      const res = await checkIn(token, body as Record<string, unknown>);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.body.error.code).toBe('invalid_payload');
      expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    const malformed = await app.api('POST', '/api/check-ins', { token, body: '{"locationId": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('invalid_payload');

    for (const query of ['?limit=0', '?limit=101', '?limit=abc', '?before=nonsense']) {
      const res = await app.api('GET', `/api/me/check-ins${query}`, { token });
      expect(res.status, query).toBe(400);
      expect(res.body.error.details[0].field).toBe(query.includes('before') ? 'before' : 'limit');
    }
  });

  it('requires a signed-in user', async () => {
    const id = (await place()).id;
    expect((await app.api('POST', '/api/check-ins', { body: { locationId: id } })).status).toBe(401);
    expect((await app.api('GET', '/api/me/check-ins')).status).toBe(401);
    expect((await app.api('GET', '/api/me/journey')).status).toBe(401);
  });

  it("never shows one user's check-ins or journey to another", async () => {
    const a = await app.signUp();
    const b = await app.signUp();
    const cafe = await place();
    const mine = await checkIn(a.token, { locationId: cafe.id, note: "A's private note" });
    expect(mine.status).toBe(201);

    const theirs = await app.api('GET', '/api/me/check-ins', { token: b.token });
    expect(theirs.body.checkIns).toEqual([]);
    const journey = await app.api('GET', '/api/me/journey', { token: b.token });
    expect(journey.body.journey.totalCheckIns).toBe(0);

    // B checking in at the same place within the hour is B's own first check-in, not A's repeat.
    const bAtSamePlace = await checkIn(b.token, { locationId: cafe.id });
    expect(bAtSamePlace.status).toBe(201);
    expect(bAtSamePlace.body.checkIn.id).not.toBe(mine.body.checkIn.id);
    expect(bAtSamePlace.body.checkIn.note).toBeNull();
  });
});
