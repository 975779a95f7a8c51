import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { locations } from '../../src/db/schema/index.ts';
import { asSystem, asUser } from '../../src/db/tx.ts';
import { withPublic } from '../../src/domain/context.ts';
import { findPlacesByName } from '../../src/domain/locations/find-by-name.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { makeLocation, pgError, scalar } from '../helpers/factories.ts';
import { promoteToOperator } from '../helpers/places.ts';

// Around a point in central London; ~0.009° of latitude is 1 km.
const centre = { lat: 51.5, lng: -0.12 };
const north = (km: number) => centre.lat + km / 111.2;

describe.each(backends)('places search and details on %s', (backend) => {
  let app: TestApp;
  // Friday 3 January 2025, 06:30 UTC: 01:30 in New York, 15:30 in Tokyo.
  const clock = manualClock('2025-01-03T06:30:00Z');
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp(backend, { clock });
    const db = app.deps.database.db;
    const place = async (name: string, km: number, extra: Parameters<typeof makeLocation>[1] = {}) => {
      ids[name] = (await makeLocation(db, { name, latitude: north(km), longitude: centre.lng, ...extra })).id;
    };
    await place('cafe-100m', 0.1, {
      type: 'coffee',
      anxietyLevel: 'low',
      isVerified: true,
      amenities: ['wifi', 'quiet-zone'],
      timeZone: 'America/New_York',
      hours: { thu: ['22:00-02:00'] },
    });
    await place('gym-300m', 0.3, { type: 'gym', anxietyLevel: 'medium', isBeginnerFriendly: true });
    await place('mentor-600m', 0.6, {
      type: 'mentor',
      anxietyLevel: 'high',
      isVerified: true,
      timeZone: 'Asia/Tokyo',
      hours: { fri: ['09:00-17:00'] },
    });
    await place('nutrition-1km', 1.0, { type: 'nutrition', amenities: ['quiet-zone'] });
    await place('partner-2km', 2.0, {
      type: 'partner',
      isBeginnerFriendly: true,
      timeZone: 'America/New_York',
      hours: { fri: ['09:00-17:00'] },
    });
    await place('cafe-4km', 4.0, { type: 'coffee', isVerified: true });
    await place('cafe-8km', 8.0, { type: 'coffee' });
  });
  afterAll(() => app?.close());

  const search = async (query: string) => {
    const res = await app.api('GET', `/api/locations?lat=${centre.lat}&lng=${centre.lng}${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.locations as { name: string; distanceKm: number; [k: string]: unknown }[];
  };
  const names = async (query: string) => (await search(query)).map((l) => l.name);

  it('finds places within 5 km by default, nearest first, with every public field and the distance', async () => {
    const found = await search('');
    expect(found.map((l) => l.name)).toEqual([
      'cafe-100m',
      'gym-300m',
      'mentor-600m',
      'nutrition-1km',
      'partner-2km',
      'cafe-4km',
    ]);
    expect(found[0]!.distanceKm).toBeCloseTo(0.1, 2);
    expect(found[5]!.distanceKm).toBeCloseTo(4.0, 1);
    expect(found[0]).toMatchObject({
      id: ids['cafe-100m'],
      type: 'coffee',
      latitude: expect.any(Number),
      longitude: centre.lng,
      address: '1 Test Street',
      city: 'London',
      country: 'UK',
      timeZone: 'America/New_York',
      amenities: ['wifi', 'quiet-zone'],
      anxietyLevel: 'low',
      hours: { thu: ['22:00-02:00'] },
      hasQrReward: false,
      isVerified: true,
      isBeginnerFriendly: false,
      images: [],
      rating: 0,
      reviewCount: 0,
      checkInCount: 0,
      partnerId: null,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(found[0]).not.toHaveProperty('createdBy');
  });

  it('honours radiusKm and limit', async () => {
    expect(await names('&radiusKm=10')).toContain('cafe-8km');
    expect(await names('&radiusKm=0.5')).toEqual(['cafe-100m', 'gym-300m']);
    expect(await names('&limit=2&radiusKm=50')).toEqual(['cafe-100m', 'gym-300m']);
    const empty = await app.api('GET', '/api/locations?lat=10&lng=10');
    expect(empty.body).toEqual({ locations: [] });
  });

  it('filters by type, anxiety level, beginner-friendliness, verification and amenity', async () => {
    expect(await names('&type=coffee&radiusKm=10')).toEqual(['cafe-100m', 'cafe-4km', 'cafe-8km']);
    expect(await names('&anxietyLevel=high')).toEqual(['mentor-600m']);
    expect(await names('&beginnerFriendly=true')).toEqual(['gym-300m', 'partner-2km']);
    expect(await names('&beginnerFriendly=false&limit=2')).toEqual(['cafe-100m', 'mentor-600m']);
    expect(await names('&verified=true')).toEqual(['cafe-100m', 'mentor-600m', 'cafe-4km']);
    expect(await names('&verified=false&radiusKm=1.5')).toEqual(['gym-300m', 'nutrition-1km']);
    expect(await names('&amenity=quiet-zone')).toEqual(['cafe-100m', 'nutrition-1km']);
    expect(await names('&amenity=quiet-zone&type=nutrition')).toEqual(['nutrition-1km']);
    expect(await names('&amenity=sauna')).toEqual([]);
  });

  it("judges openNow by each place's hours in its own time zone, across midnight, before the limit", async () => {
    // 01:30 Friday in New York: Thursday's 22:00-02:00 still runs; 15:30 Friday in Tokyo: open.
    clock.set('2025-01-03T06:30:00Z');
    expect(await names('&openNow=true')).toEqual(['cafe-100m', 'mentor-600m']);
    // The limit applies after the filter: the single nearest open place, not the nearest place if open.
    expect(await names('&openNow=true&limit=1&type=mentor')).toEqual(['mentor-600m']);
    // 02:00 in New York: the overnight range has ended (the end is exclusive); Tokyo is at 16:00.
    clock.set('2025-01-03T07:00:00Z');
    expect(await names('&openNow=true')).toEqual(['mentor-600m']);
    // 10:00 Friday in New York, 00:00 Saturday in Tokyo.
    clock.set('2025-01-03T15:00:00Z');
    expect(await names('&openNow=true')).toEqual(['partner-2km']);
    // 23:00 Thursday in New York: the overnight range has begun; places without hours never are open.
    clock.set('2025-01-03T04:00:00Z');
    expect(await names('&openNow=true')).toEqual(['cafe-100m', 'mentor-600m']);
    expect(await names('&openNow=false')).toHaveLength(6);
  });

  it('answers bad queries with 400 naming the field', async () => {
    const base = `lat=${centre.lat}&lng=${centre.lng}`;
    const cases: [string, string][] = [
      [`lat=${centre.lat}`, 'lng'],
      [`lng=${centre.lng}`, 'lat'],
      ['lat=91&lng=0', 'lat'],
      ['lat=0&lng=-180.5', 'lng'],
      ['lat=abc&lng=0', 'lat'],
      ['lat=&lng=0', 'lat'],
      ['lat=1e3&lng=0', 'lat'],
      [`lat=${'1'.repeat(5000)}&lng=0`, 'lat'],
      [`${base}&radiusKm=0`, 'radiusKm'],
      [`${base}&radiusKm=1000`, 'radiusKm'],
      [`${base}&radiusKm=-1`, 'radiusKm'],
      [`${base}&limit=0`, 'limit'],
      [`${base}&limit=1000`, 'limit'],
      [`${base}&limit=2.5`, 'limit'],
      [`${base}&type=bar`, 'type'],
      [`${base}&anxietyLevel=none`, 'anxietyLevel'],
      [`${base}&beginnerFriendly=yes`, 'beginnerFriendly'],
      [`${base}&verified=1`, 'verified'],
      [`${base}&openNow=TRUE`, 'openNow'],
      [`${base}&amenity=${'x'.repeat(5000)}`, 'amenity'],
      [`${base}&amenity=`, 'amenity'],
      [`${base}&type=gym&type=coffee`, 'type'],
    ];
    for (const [query, field] of cases) {
      const res = await app.api('GET', `/api/locations?${query}`);
      expect(res.status, query.slice(0, 80)).toBe(400);
      expect(res.body.error.code).toBe('invalid_payload');
      expect(
        res.body.error.details.map((d: { field: string }) => d.field),
        query.slice(0, 80),
      ).toEqual([field]);
    }
  });

  it('shows one place by id; an unknown id is 404 and a malformed one 400', async () => {
    const res = await app.api('GET', `/api/locations/${ids['gym-300m']}`);
    expect(res.status).toBe(200);
    expect(res.body.location).toMatchObject({ id: ids['gym-300m'], name: 'gym-300m', type: 'gym' });
    expect(res.body.location).not.toHaveProperty('distanceKm');
    expect(res.body.location).not.toHaveProperty('createdBy');
    const unknown = await app.api('GET', `/api/locations/${randomUUID()}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not_found');
    const bad = await app.api('GET', '/api/locations/not-a-uuid');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toBe('id');
  });

  it('is public: no token needed, and a token changes nothing', async () => {
    const { token } = await app.signUp();
    const anon = await app.api('GET', `/api/locations?lat=${centre.lat}&lng=${centre.lng}`);
    const signedIn = await app.api('GET', `/api/locations?lat=${centre.lat}&lng=${centre.lng}`, { token });
    expect(signedIn.body).toEqual(anon.body);
  });

  describe('suggesting a place', () => {
    const suggestion = {
      name: 'Quiet Corner',
      type: 'coffee',
      lat: 48.85,
      lng: 2.35,
      address: '5 Rue Calme',
      city: 'Paris',
      country: 'France',
      timeZone: 'Europe/Paris',
      amenities: ['quiet-zone'],
      anxietyLevel: 'low',
      hours: { sat: ['10:00-16:00'] },
      website: 'https://quiet.example.com',
    };

    it('creates it unverified and unlisted, remembers who suggested it, and its suggester finds it nearby at once', async () => {
      const { user, token } = await app.signUp();
      const res = await app.api('POST', '/api/locations', { token, body: suggestion });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.location).toMatchObject({
        name: 'Quiet Corner',
        type: 'coffee',
        latitude: 48.85,
        longitude: 2.35,
        isVerified: false,
        hasQrReward: false,
        checkInCount: 0,
        timeZone: 'Europe/Paris',
        hours: { sat: ['10:00-16:00'] },
        isSuggestion: true,
        isListed: false,
      });
      const id = res.body.location.id as string;
      const createdBy = await scalar<string>(
        app.deps.database.db,
        sql`SELECT created_by FROM locations WHERE id = ${id}`,
      );
      expect(createdBy).toBe(user.id);
      const nearby = '/api/locations?lat=48.85&lng=2.35&radiusKm=0.1';
      const mine = await app.api('GET', nearby, { token });
      expect(mine.body.locations.map((l: { id: string }) => l.id)).toEqual([id]);
      // Nobody else finds it yet; whoever holds its id may open it (and check in there).
      expect((await app.api('GET', nearby)).body.locations).toEqual([]);
      expect((await app.api('GET', nearby, { token: (await app.signUp()).token })).body.locations).toEqual(
        [],
      );
      const detail = await app.api('GET', `/api/locations/${id}`);
      expect(detail.body.location.isVerified).toBe(false);
      // Verified by hand (as the admin CLI or an UPDATE would): listed for everyone by the database.
      await asSystem(app.deps.database.db, (tx) =>
        tx.execute(sql`UPDATE locations SET is_verified = true WHERE id = ${id}`),
      );
      expect((await app.api('GET', nearby)).body.locations).toMatchObject([{ id, isListed: true }]);
    });

    it('needs a sign-in', async () => {
      const res = await app.api('POST', '/api/locations', { body: suggestion });
      expect(res.status).toBe(401);
    });

    it('refuses bad bodies with 400 naming the fields, and fields only operators set', async () => {
      const { token } = await app.signUp();
      const cases: [unknown, string[]][] = [
        [{}, ['name', 'type', 'lat', 'lng', 'address', 'city', 'country']],
        [{ ...suggestion, type: 'bar', lat: 91, lng: '0' }, ['type', 'lat', 'lng']],
        [{ ...suggestion, name: 'x'.repeat(300), timeZone: 'Mars/Base' }, ['name', 'timeZone']],
        [{ ...suggestion, hours: { mon: ['9-5'] } }, ['hours.mon.0']],
        [{ ...suggestion, hours: { funday: ['09:00-17:00'] } }, ['hours']],
        [{ ...suggestion, amenities: Array.from({ length: 31 }, (_, i) => `a${i}`) }, ['amenities']],
        [{ ...suggestion, website: 'javascript:alert(1)' }, ['website']],
        [{ ...suggestion, isVerified: true }, ['(root)']],
        [{ ...suggestion, hasQrReward: true }, ['(root)']],
        [{ ...suggestion, isListed: true }, ['(root)']],
      ];
      for (const [body, fields] of cases) {
        const res = await app.api('POST', '/api/locations', { token, body });
        expect(res.status, JSON.stringify(body).slice(0, 120)).toBe(400);
        expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(
          [...fields].sort(),
        );
      }
      const malformed = await app.api('POST', '/api/locations', { token, body: '{"name":' });
      expect(malformed.status).toBe(400);
    });
  });

  describe('ranking fairness', () => {
    // Edinburgh, away from the places above.
    const at = { lat: 55.95, lng: -3.19 };
    const northKm = (km: number) => at.lat + km / 111.2;
    const ranked: Record<string, string> = {};
    let suggester: { token: string; user: { id: string } };
    let operatorToken: string;
    const near = (query = '', token?: string) =>
      app.api('GET', `/api/locations?lat=${at.lat}&lng=${at.lng}${query}`, token ? { token } : {});
    const namesNear = async (query = '', token?: string) => {
      const res = await near(query, token);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body.locations.map((l: { name: string }) => l.name) as string[];
    };
    const visit = async (id: string, km: number, body: Record<string, unknown> = {}) => {
      const { token } = await app.signUp();
      const res = await app.api('POST', '/api/check-ins', {
        token,
        body: { locationId: id, lat: northKm(km), lng: at.lng, accuracy: 15, ...body },
      });
      expect(res.status).toBe(201);
    };

    beforeAll(async () => {
      const db = app.deps.database.db;
      // Places an operator added, verified or not, 1 to 4 km north.
      for (const [name, km, isVerified] of [
        ['op-1km', 1, true],
        ['op-2km', 2, false],
        ['op-3km', 3, true],
        ['op-4km', 4, false],
      ] as const) {
        ranked[name] = (
          await makeLocation(db, { name, latitude: northKm(km), longitude: at.lng, isVerified })
        ).id;
      }
      // One member floods the area with six suggestions, all nearer than every other place.
      suggester = await app.signUp();
      for (let i = 1; i <= 6; i++) {
        const res = await app.api('POST', '/api/locations', {
          token: suggester.token,
          body: {
            name: `sug-${i}00m`,
            type: 'coffee',
            lat: northKm(i / 10),
            lng: at.lng,
            address: `${i} Flood Street`,
            city: 'Edinburgh',
            country: 'UK',
          },
        });
        expect(res.status).toBe(201);
        ranked[`sug-${i}00m`] = res.body.location.id;
      }
      const operator = await app.signUp();
      await promoteToOperator(app, operator.user.id);
      operatorToken = operator.token;
    });

    it('shows unlisted suggestions to their suggester alone, after every other place and three at most', async () => {
      const others = ['op-1km', 'op-2km', 'op-3km', 'op-4km'];
      expect(await namesNear()).toEqual(others);
      expect(await namesNear('', (await app.signUp()).token)).toEqual(others);
      const own = await near('', suggester.token);
      expect(own.body.locations.map((l: { name: string }) => l.name)).toEqual([
        ...others,
        'sug-100m',
        'sug-200m',
        'sug-300m',
      ]);
      expect(own.body.locations[4]).toMatchObject({ isSuggestion: true, isListed: false, isVerified: false });
      expect(own.body.locations[0]).toMatchObject({ isSuggestion: false, isListed: true });
      // The page is the nearest places with at most three suggestions, the suggestions last.
      expect(await namesNear('&limit=2', suggester.token)).toEqual(['sug-100m', 'sug-200m']);
      expect(await namesNear('&limit=5', suggester.token)).toEqual([
        'op-1km',
        'op-2km',
        'sug-100m',
        'sug-200m',
        'sug-300m',
      ]);
      // Filters apply to the suggestions too.
      expect(await namesNear('&verified=true', suggester.token)).toEqual(['op-1km', 'op-3km']);
      expect(await namesNear('&verified=false&limit=4', suggester.token)).toEqual([
        'op-2km',
        'sug-100m',
        'sug-200m',
        'sug-300m',
      ]);
      expect(await namesNear('&type=gym', suggester.token)).toEqual([]);
      // The assistant's look-up by name is everyone's view: none of them yet.
      expect(await withPublic(app.deps, (ctx) => findPlacesByName(ctx, 'sug', at, 10))).toEqual([]);
      expect(await withPublic(app.deps, (ctx) => findPlacesByName(ctx, 'sug', undefined, 10))).toEqual([]);
    });

    it('finds a listed place by a mistyped name near a centre, the closest name first, and nothing for other words', async () => {
      const names = async (name: string, centre: typeof at | undefined) =>
        (await withPublic(app.deps, (ctx) => findPlacesByName(ctx, name, centre, 3))).map((p) => p.name);
      expect((await names('op 3kn', at))[0]).toBe('op-3km');
      expect(await names('op 3kn', undefined)).toEqual([]);
      expect(await names('bakery', at)).toEqual([]);
    });

    it('lists a suggestion for everyone after three other people checked in there in person, or an operator verified it', async () => {
      const id = ranked['sug-600m']!;
      // The suggester's own visit, a visit without a position and two real visits: not yet.
      await app.api('POST', '/api/check-ins', {
        token: suggester.token,
        body: { locationId: id, lat: northKm(0.6), lng: at.lng, accuracy: 10 },
      });
      await visit(id, 0.6, { lat: undefined, lng: undefined, accuracy: undefined });
      await visit(id, 0.6, { accuracy: 400 });
      await visit(id, 0.6);
      await visit(id, 0.6);
      expect(await namesNear()).not.toContain('sug-600m');
      await visit(id, 0.6);
      expect(await namesNear()).toEqual(['op-1km', 'op-2km', 'op-3km', 'op-4km', 'sug-600m']);
      expect((await app.api('GET', `/api/locations/${id}`)).body.location).toMatchObject({
        isListed: true,
        isVerified: false,
      });

      // Verified by an operator, a suggestion ranks with every other place, by distance.
      const verified = await app.api('POST', `/api/admin/locations/${ranked['sug-200m']}/verify`, {
        token: operatorToken,
      });
      expect(verified.body.location).toMatchObject({ isVerified: true, isListed: true });
      expect(await namesNear()).toEqual(['sug-200m', 'op-1km', 'op-2km', 'op-3km', 'op-4km', 'sug-600m']);

      // However many are listed, a page holds three.
      await asSystem(app.deps.database.db, (tx) =>
        tx.execute(
          sql`UPDATE locations SET is_listed = true WHERE name IN ('sug-300m', 'sug-400m', 'sug-500m')`,
        ),
      );
      expect(await namesNear()).toEqual([
        'sug-200m',
        'op-1km',
        'op-2km',
        'op-3km',
        'op-4km',
        'sug-300m',
        'sug-400m',
        'sug-500m',
      ]);
      // The suggester's unlisted one is nearer: it takes a place among their three, for them alone.
      expect(await namesNear('', suggester.token)).toEqual([
        'sug-200m',
        'op-1km',
        'op-2km',
        'op-3km',
        'op-4km',
        'sug-100m',
        'sug-300m',
        'sug-400m',
      ]);
    });

    it('checks a token when one is sent: a bad one is 401, never a quiet anonymous answer', async () => {
      const bad = await near('', 'not-a-token');
      expect(bad.status).toBe(401);
      expect(bad.body.error.code).toBe('unauthorized');
      const malformed = await app.api('GET', `/api/locations?lat=${at.lat}&lng=${at.lng}`, {
        token: 'x'.repeat(5000),
      });
      expect(malformed.status).toBe(401);
      // A revoked token (signed out everywhere, password changed) shows nobody's suggestions.
      await asSystem(app.deps.database.db, (tx) =>
        tx.execute(sql`UPDATE users SET token_version = token_version + 1 WHERE id = ${suggester.user.id}`),
      );
      const revoked = await near('', suggester.token);
      expect(revoked.status).toBe(401);
      expect(JSON.stringify(revoked.body)).not.toContain('sug-');
    });

    it('refuses a listed or verified suggestion written around the API (row-level security)', async () => {
      for (const values of [
        { isListed: true },
        { isSuggestion: false },
        { isVerified: true, isListed: true },
      ]) {
        const err = await asUser(app.deps.database.db, suggester.user.id, (tx) =>
          tx.insert(locations).values({
            name: 'Sneaky',
            type: 'coffee',
            latitude: at.lat,
            longitude: at.lng,
            address: 'a',
            city: 'c',
            country: 'x',
            createdBy: suggester.user.id,
            isSuggestion: true,
            isListed: false,
            ...values,
          }),
        ).then(
          () => undefined,
          (e: unknown) => pgError(e),
        );
        expect(err?.code, JSON.stringify(values)).toBe('42501');
      }
    });
  });
});
