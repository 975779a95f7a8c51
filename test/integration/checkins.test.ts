import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { chatUser, say } from '../helpers/assistant.ts';
import { latPerMetre, makePartner, rowsOf } from '../helpers/checkins.ts';
import { backends } from '../helpers/db.ts';
import { makeLocation } from '../helpers/factories.ts';

const MINUTE = 60_000;
const HERE = { lat: 51.5074, lng: -0.1278 };
const SYDNEY = { lat: -33.8688, lng: 151.2093 };

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

  it('checks 16 people in at one place at once, each where they stand: all recorded, counted once each', async () => {
    // The place's row is counted at commit (drizzle/0025); when the insert locked it twice, the
    // FOR UPDATE against the others' foreign-key KEY SHARE deadlocked them (500s).
    const cafe = await place({ name: 'The Busy Corner' });
    const people = await Promise.all(Array.from({ length: 16 }, () => app.signUp()));
    const results = await Promise.all(
      people.map(({ token }) =>
        checkIn(token, {
          locationId: cafe.id,
          lat: HERE.lat + 20 * latPerMetre,
          lng: HERE.lng,
          accuracy: 15,
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(people.map(() => 201));
    const [counts] = await rowsOf(
      app,
      sql`SELECT (SELECT count(*)::int FROM check_ins WHERE location_id = ${cafe.id}) AS rows,
                 (SELECT check_in_count FROM locations WHERE id = ${cafe.id}) AS place_total`,
    );
    expect(counts).toEqual({ rows: 16, place_total: 16 });
  });

  it("lists a user's suggestion at its third visitor in person, with visitors arriving at once", async () => {
    // The count and the listing run at commit (drizzle/0025); several visitors at once are counted
    // in turn, none is refused, and the place is listed once three distinct people have been.
    const suggester = await app.signUp();
    const nook = await place({
      name: 'Suggested Nook',
      createdBy: suggester.user.id,
      isSuggestion: true,
      isVerified: false,
      isListed: false,
    });
    const at = { locationId: nook.id, lat: HERE.lat, lng: HERE.lng, accuracy: 15 };
    const state = async () =>
      (await rowsOf(app, sql`SELECT is_listed, check_in_count FROM locations WHERE id = ${nook.id}`))[0];
    expect((await checkIn(suggester.token, at)).status).toBe(201);
    expect((await checkIn((await app.signUp()).token, at)).status).toBe(201);
    expect(await state()).toEqual({ is_listed: false, check_in_count: 2 });
    const people = await Promise.all(Array.from({ length: 4 }, () => app.signUp()));
    const results = await Promise.all(people.map(({ token }) => checkIn(token, at)));
    expect(results.map((r) => r.status)).toEqual(people.map(() => 201));
    expect(await state()).toEqual({ is_listed: true, check_in_count: 6 });
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
      [{ locationId: id, accuracy: 10 }, 'accuracy'],
      [{ locationId: id, lat: 51.5, lng: -0.12, accuracy: -1 }, 'accuracy'],
      [{ locationId: id, lat: 51.5, lng: -0.12, accuracy: '10' }, 'accuracy'],
      [{ locationId: id, lat: 51.5, lng: -0.12, accuracy: 1e9 }, 'accuracy'],
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

  describe('presence', () => {
    const rewarding = async (name: string) =>
      place({ name, hasQrReward: true, partnerId: (await makePartner(app)).id });
    const countOf = async (userId: string, table: 'check_ins' | 'rewards') =>
      (
        await rowsOf(
          app,
          table === 'check_ins'
            ? sql`SELECT count(*)::int AS n FROM check_ins WHERE user_id = ${userId}`
            : sql`SELECT count(*)::int AS n FROM rewards WHERE user_id = ${userId}`,
        )
      )[0]?.n;

    it('rewards only a check-in made there, with a fine enough position; the others count for the journey and say why they earn nothing', async () => {
      const cafe = await rewarding('The Lantern');
      const at = { lat: HERE.lat, lng: HERE.lng };
      const cases: [Record<string, unknown>, 'verified' | 'no_location' | 'coarse_location'][] = [
        [{}, 'no_location'],
        [{ ...at, accuracy: 500 }, 'coarse_location'],
        [{ ...at, accuracy: 150.5 }, 'coarse_location'],
        [{ ...at, accuracy: 150 }, 'verified'],
        [{ lat: HERE.lat + 120 * latPerMetre, lng: HERE.lng, accuracy: 35 }, 'verified'],
        [at, 'verified'], // no accuracy reported: the geofence alone
      ];
      for (const [where, presence] of cases) {
        const { user, token } = await app.signUp();
        const res = await checkIn(token, { locationId: cafe.id, ...where });
        const label = JSON.stringify(where);
        expect(res.status, label).toBe(201);
        expect(res.body.journey.totalCheckIns, label).toBe(1);
        expect(res.body.checkIn.presence, label).toBe(presence);
        if (presence === 'verified') {
          expect(res.body.reward, label).toMatchObject({ locationId: cafe.id, status: 'active' });
          expect(res.body.presence, label).toEqual({ verified: true, reason: null, message: null });
        } else {
          expect(res.body.reward, label).toBeUndefined();
          expect(res.body.presence, label).toEqual({
            verified: false,
            reason: presence,
            message: expect.stringContaining('counts toward your journey, but it earns no reward'),
          });
          expect(await countOf(user.id, 'rewards'), label).toBe(0);
        }
      }

      // The reason is the user's to read: what was missing or too imprecise.
      const { token } = await app.signUp();
      const coarse = await checkIn(token, { locationId: cafe.id, ...at, accuracy: 812.4 });
      expect(coarse.body.presence.message).toContain('±812 m');
      expect(coarse.body.presence.message).toContain('150 m or better');
      // A repeat within the hour with a good position is still the first check-in: no reward.
      clock.advance(10 * MINUTE);
      const again = await checkIn(token, { locationId: cafe.id, ...at, accuracy: 10 });
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({
        duplicate: true,
        presence: { verified: false, reason: 'coarse_location' },
      });
      expect(again.body.reward).toBeUndefined();
      const mine = await app.api('GET', '/api/me/check-ins', { token });
      expect(mine.body.checkIns.map((c: { presence: string }) => c.presence)).toEqual(['coarse_location']);

      // Where there is no reward to earn, there is nothing to tell.
      const plain = await checkIn((await app.signUp()).token, { locationId: (await place()).id });
      expect(plain.body.presence).toEqual({ verified: false, reason: 'no_location', message: null });
    });

    it('refuses a check-in farther from the last one than a plane could fly: 422 impossible_travel, then accepts it in time', async () => {
      const { user, token } = await app.signUp();
      const london = await place({ name: 'Calm London' });
      const nextDoor = await place({ name: 'Next Door', latitude: HERE.lat + 500 * latPerMetre });
      const sydney = await place({ name: 'Calm Sydney', latitude: SYDNEY.lat, longitude: SYDNEY.lng });
      expect((await checkIn(token, { locationId: london.id, ...HERE })).status).toBe(201);
      // Two places 500 m apart at the same moment: one may stand between them (the GPS allowance).
      expect((await checkIn(token, { locationId: nextDoor.id })).status).toBe(201);

      clock.advance(1000);
      const jump = await checkIn(token, { locationId: sydney.id, ...SYDNEY, accuracy: 5 });
      expect(jump.status).toBe(422);
      expect(jump.body.error.code).toBe('impossible_travel');
      expect(jump.body.error.message).toMatch(
        /at Calm London, \d{5}\.\d km from Calm Sydney, 1 second ago: nobody travels that fast/,
      );
      expect(jump.body.error.details).toMatchObject({
        // Of the two made at that instant, the one farther from Sydney (the route leaves London north-east).
        otherCheckIn: { locationId: london.id, name: 'Calm London', at: '2026-03-02T10:00:00.000Z' },
        elapsedSeconds: 1,
        maxSpeedKmh: 900,
      });
      const { distanceKm, earliestAt } = jump.body.error.details;
      expect(distanceKm).toBeGreaterThan(16_900);
      expect(distanceKm).toBeLessThan(17_100);
      // About 19 hours at 900 km/h.
      const hours = (Date.parse(earliestAt) - Date.parse('2026-03-02T10:00:00Z')) / 3_600_000;
      expect(hours).toBeGreaterThan(18.7);
      expect(hours).toBeLessThan(19);
      // Without coordinates it is no more possible.
      const blind = await checkIn(token, { locationId: sydney.id });
      expect(blind.body.error.code).toBe('impossible_travel');
      expect(await countOf(user.id, 'check_ins')).toBe(2);

      clock.set(earliestAt);
      const landed = await checkIn(token, { locationId: sydney.id, ...SYDNEY, accuracy: 5 });
      expect(landed.status).toBe(201);
      expect(landed.body.presence.verified).toBe(true);
    });

    it('draws the line at 900 km/h, and judges two check-ins sent at once one after the other', async () => {
      const away = await place({ name: '50 km north', latitude: HERE.lat + 50_000 * latPerMetre });
      const home = await place({ name: 'Home café' });
      const car = await app.signUp();
      expect((await checkIn(car.token, { locationId: home.id })).status).toBe(201);
      clock.advance(MINUTE); // 50 km in a minute: 3,000 km/h
      expect((await checkIn(car.token, { locationId: away.id })).status).toBe(422);
      clock.advance(9 * MINUTE); // in ten: 300 km/h, a fast train
      expect((await checkIn(car.token, { locationId: away.id })).status).toBe(201);

      const sydney = await place({ name: 'Calm Sydney', latitude: SYDNEY.lat, longitude: SYDNEY.lng });
      const { user, token } = await app.signUp();
      const both = await Promise.all([
        checkIn(token, { locationId: home.id }),
        checkIn(token, { locationId: sydney.id }),
      ]);
      expect(both.map((r) => r.status).sort()).toEqual([201, 422]);
      expect(await countOf(user.id, 'check_ins')).toBe(1);
    });

    it("uses the device's position and accuracy from chat:send in the assistant's check_in", async () => {
      await rewarding('Ember Beans');
      const coarse = await chatUser(app);
      const fine = await chatUser(app);
      try {
        // Through a variable: the helper's type names lat and lng only; the socket takes accuracy too.
        const blurry = { ...HERE, accuracy: 900 };
        const sharp = { ...HERE, accuracy: 12 };
        await say(app, coarse, 'Check me in at Ember Beans', { location: blurry });
        await say(app, fine, 'Check me in at Ember Beans', { location: sharp });
        for (const [who, presence, rewards] of [
          [coarse, 'coarse_location', 0],
          [fine, 'verified', 1],
        ] as const) {
          const [row] = await rowsOf(app, sql`SELECT presence FROM check_ins WHERE user_id = ${who.userId}`);
          expect(row?.presence).toBe(presence);
          expect(await countOf(who.userId, 'rewards')).toBe(rewards);
        }
      } finally {
        coarse.socket.close();
        fine.socket.close();
      }
    });
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
