import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { type Backend, backends } from '../helpers/db.ts';
import { testEnv } from '../helpers/env.ts';
import { makeLocation } from '../helpers/factories.ts';
import { fieldsOf, makeTestMentor } from '../helpers/mentors.ts';

// London, and points a known distance north of it (1° of latitude ≈ 111.2 km).
const LONDON = { lat: 51.5, lng: -0.12 };
const north = (km: number) => ({ lat: LONDON.lat + km / 111.195, lng: LONDON.lng });

// Profiles are read through the cache: with Redis too when TEST_REDIS_URL is set.
const cases: [Backend, string | undefined][] = backends.map((b) => [b, undefined]);
if (testEnv.TEST_REDIS_URL) cases.push(['pglite', testEnv.TEST_REDIS_URL]);

describe.each(cases)('mentors on %s (redis: %s)', (backend, redisUrl) => {
  let app: TestApp;
  beforeAll(async () => {
    const env: Record<string, string> = redisUrl
      ? { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `nctest:${randomUUID().slice(0, 8)}:` }
      : {};
    app = await startTestApp(backend, { env });
  });
  afterAll(() => app?.close());

  it('makes a mentor profile once, shown with the display name and never the e-mail', async () => {
    const { user, token } = await app.signUp({ displayName: 'Robin Calm' });
    const res = await app.api('POST', '/api/mentors', {
      token,
      body: {
        title: ' Gym buddy ',
        specialization: ['Gym confidence', 'gym CONFIDENCE', 'Breathing'],
        bio: 'I help first-timers.',
        scheduleType: 'in-person',
        lat: 51.5,
        lng: -0.12,
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.mentor).toMatchObject({
      userId: user.id,
      displayName: 'Robin Calm',
      title: 'Gym buddy',
      specialization: ['Gym confidence', 'Breathing'],
      verified: false,
      available: true,
      scheduleType: 'in-person',
      rating: 0,
      reviewCount: 0,
      totalSessions: 0,
    });
    expect(JSON.stringify(res.body)).not.toContain(user.email);
    expect(res.body.mentor).not.toHaveProperty('latitude');

    const again = await app.api('POST', '/api/mentors', {
      token,
      body: { title: 'Again', specialization: ['x'], bio: 'y', scheduleType: 'virtual' },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('mentor_exists');

    const other = await app.signUp();
    const detail = await app.api('GET', `/api/mentors/${res.body.mentor.id}`, { token: other.token });
    expect(detail.status).toBe(200);
    expect(detail.body.mentor).toEqual(res.body.mentor);
    const mine = await app.api('GET', '/api/mentors/me', { token });
    expect(mine.body.mentor.id).toBe(res.body.mentor.id);
  });

  it('lets only the owner change their profile, and not its verification or counters', async () => {
    const a = await makeTestMentor(app);
    const res = await app.api('PATCH', '/api/mentors/me', {
      token: a.token,
      body: { available: false, bio: 'Away this month.' },
    });
    expect(res.status).toBe(200);
    expect(res.body.mentor).toMatchObject({ id: a.mentor.id, available: false, bio: 'Away this month.' });

    const sneaky = await app.api('PATCH', '/api/mentors/me', {
      token: a.token,
      body: { verified: true, rating: 5, totalSessions: 99 },
    });
    expect(sneaky.status).toBe(400);
    const after = await app.api('GET', `/api/mentors/${a.mentor.id}`, { token: a.token });
    expect(after.body.mentor).toMatchObject({ verified: false, rating: 0, totalSessions: 0 });

    const nobody = await app.signUp();
    const notMentor = await app.api('PATCH', '/api/mentors/me', { token: nobody.token, body: { bio: 'x' } });
    expect(notMentor.status).toBe(404);
    // Not being a mentor is an answer, not an error: the web client asks on every page load.
    const notOne = await app.api('GET', '/api/mentors/me', { token: nobody.token });
    expect(notOne.status).toBe(200);
    expect(notOne.body).toEqual({ mentor: null });
  });

  it('finds mentors nearest first within the radius, by their own position or their place', async () => {
    const place = await makeLocation(app.deps.database.db, { latitude: north(3).lat, longitude: LONDON.lng });
    const tag = `Tag${Date.now()}`;
    const near = await makeTestMentor(app, { specialization: [tag], ...north(1) });
    const viaPlace = await makeTestMentor(app, {
      specialization: [`Deep ${tag} work`],
      locationId: place.id,
    });
    const far = await makeTestMentor(app, { specialization: [tag], ...north(40) });
    const online = await makeTestMentor(app, { specialization: [tag], scheduleType: 'virtual' });
    const inPersonNowhere = await makeTestMentor(app, { specialization: [tag], scheduleType: 'in-person' });
    const busy = await makeTestMentor(app, { specialization: [tag], ...north(2), available: false });

    const { token } = await app.signUp();
    const q = `lat=${LONDON.lat}&lng=${LONDON.lng}&radiusKm=10&specialization=${tag.toLowerCase()}`;
    const res = await app.api('GET', `/api/mentors?${q}`, { token });
    expect(res.status).toBe(200);
    const ids = res.body.mentors.map((m: { id: string }) => m.id);
    expect(ids).toEqual([near.mentor.id, busy.mentor.id, viaPlace.mentor.id, online.mentor.id]);
    expect(ids).not.toContain(far.mentor.id);
    expect(ids).not.toContain(inPersonNowhere.mentor.id);
    const [first, , third, last] = res.body.mentors;
    expect(first.distanceKm).toBeCloseTo(1, 1);
    expect(third.distanceKm).toBeCloseTo(3, 1);
    expect(last).not.toHaveProperty('distanceKm');
    expect(first.displayName).toMatch(/^User /);

    const available = await app.api('GET', `/api/mentors?${q}&available=true`, { token });
    expect(available.body.mentors.map((m: { id: string }) => m.id)).not.toContain(busy.mentor.id);
    const wide = await app.api('GET', `/api/mentors?${q.replace('radiusKm=10', 'radiusKm=50')}&limit=2`, {
      token,
    });
    expect(wide.body.mentors).toHaveLength(2);
    const anywhere = await app.api('GET', `/api/mentors?specialization=${tag}`, { token });
    expect(anywhere.body.mentors).toHaveLength(6);
  });

  it('matches a specialization across hyphens, underscores and spaces', async () => {
    const tag = `calm${Date.now().toString(36)}`;
    const hyphened = await makeTestMentor(app, { specialization: [`social-${tag}`] });
    const { token } = await app.signUp();
    for (const term of [`social ${tag}`, `social_${tag}`, `Social-${tag.toUpperCase()}`]) {
      const res = await app.api('GET', `/api/mentors?specialization=${encodeURIComponent(term)}`, { token });
      expect(
        res.body.mentors.map((m: { id: string }) => m.id),
        term,
      ).toEqual([hyphened.mentor.id]);
    }
  });

  it('finds mentors by part of their name, ignoring case, and never the person searching', async () => {
    const surname = `Whitaker${Date.now().toString(36)}`;
    const named = await app.signUp({ displayName: `Tom ${surname}` });
    const other = await app.signUp({ displayName: `Amara ${surname}son` });
    for (const who of [named, other]) {
      const res = await app.api('POST', '/api/mentors', {
        token: who.token,
        body: {
          title: 'Peer mentor',
          specialization: ['Gym confidence'],
          bio: 'Happy to help.',
          scheduleType: 'virtual',
        },
      });
      expect(res.status).toBe(201);
    }
    const { token } = await app.signUp();
    const tom = await app.api(
      'GET',
      `/api/mentors?name=${encodeURIComponent(`tom ${surname.toLowerCase()}`)}`,
      { token },
    );
    expect(tom.status).toBe(200);
    expect(tom.body.mentors.map((m: { userId: string }) => m.userId)).toEqual([named.user.id]);
    const both = await app.api('GET', `/api/mentors?name=${surname.toUpperCase()}`, { token });
    expect(both.body.mentors.map((m: { userId: string }) => m.userId).sort()).toEqual(
      [named.user.id, other.user.id].sort(),
    );
    // A percent sign or underscore is a character of the name, not a pattern.
    expect((await app.api('GET', '/api/mentors?name=%25', { token })).body.mentors).toEqual([]);
  });

  it('refuses bad input with 400 naming the field, and an unknown place or mentor with 404', async () => {
    const { token } = await app.signUp();
    const cases: [unknown, string[]][] = [
      [{}, ['bio', 'scheduleType', 'specialization', 'title']],
      [
        { title: 'T', specialization: [], bio: 'b', scheduleType: 'sometimes' },
        ['scheduleType', 'specialization'],
      ],
      [
        { title: 'x'.repeat(101), specialization: Array(11).fill('a'), bio: 'b', scheduleType: 'both' },
        ['specialization', 'title'],
      ],
      [{ title: 'T', specialization: ['a'], bio: 'b', scheduleType: 'both', lat: 51 }, ['lng']],
      [{ title: 'T', specialization: ['a'], bio: 'b', scheduleType: 'both', lat: 91, lng: 0 }, ['lat']],
      [
        { title: 'T', specialization: ['a'], bio: 'b', scheduleType: 'both', locationId: 'nope' },
        ['locationId'],
      ],
    ];
    for (const [body, fields] of cases) {
      const res = await app.api('POST', '/api/mentors', { token, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(fieldsOf(res)).toEqual(expect.arrayContaining(fields));
    }
    const malformed = await app.api('POST', '/api/mentors', { token, body: '{"title": ' });
    expect(malformed.status).toBe(400);

    const unknownPlace = await app.api('POST', '/api/mentors', {
      token,
      body: {
        title: 'T',
        specialization: ['a'],
        bio: 'b',
        scheduleType: 'both',
        locationId: '00000000-0000-4000-8000-000000000000',
      },
    });
    expect(unknownPlace.status).toBe(404);

    for (const query of ['lat=abc&lng=0', 'lat=10', 'radiusKm=0', 'limit=1000', 'available=maybe']) {
      const res = await app.api('GET', `/api/mentors?${query}`, { token });
      expect(res.status, query).toBe(400);
    }
    // The name filter: blank, too long, a NUL byte: 400 naming the field.
    for (const name of ['', '%20%20', 'x'.repeat(81), 'tom%00']) {
      const res = await app.api('GET', `/api/mentors?name=${name}`, { token });
      expect(res.status, name).toBe(400);
      expect(fieldsOf(res), name).toEqual(['name']);
    }
    expect((await app.api('GET', '/api/mentors/not-a-uuid', { token })).status).toBe(400);
    const missing = await app.api('GET', '/api/mentors/00000000-0000-4000-8000-000000000000', { token });
    expect(missing.status).toBe(404);
  });

  it('shows a changed profile, rating and review count at once, also once the profile is cached', async () => {
    const m = await makeTestMentor(app);
    const [a, b] = [await app.signUp(), await app.signUp()];
    const read = async () =>
      (await app.api('GET', `/api/mentors/${m.mentor.id}`, { token: a.token })).body.mentor;
    expect((await read()).available).toBe(true);
    expect((await read()).available).toBe(true);

    await app.api('PATCH', '/api/mentors/me', { token: m.token, body: { available: false } });
    expect((await read()).available).toBe(false);

    const review = await app.api('POST', '/api/reviews', {
      token: a.token,
      body: { reviewableType: 'mentor', reviewableId: m.mentor.id, rating: 2 },
    });
    expect(review.status).toBe(201);
    expect(await read()).toMatchObject({ rating: 2, reviewCount: 1 });
    // A flag from one account no longer hides a review (issue 17): its author withdrawing it does.
    await app.api('POST', `/api/reviews/${review.body.review.id}/flag`, { token: b.token });
    expect(await read()).toMatchObject({ rating: 2, reviewCount: 1 });
    await app.api('DELETE', `/api/reviews/${review.body.review.id}`, { token: a.token });
    expect(await read()).toMatchObject({ rating: 0, reviewCount: 0 });
  });

  it('needs a signed-in user', async () => {
    expect((await app.api('GET', '/api/mentors')).status).toBe(401);
    expect((await app.api('POST', '/api/mentors', { body: {} })).status).toBe(401);
  });
});
