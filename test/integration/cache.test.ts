import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { Redis } from 'ioredis';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCache } from '../../src/cache/index.ts';
import { createRedisCache } from '../../src/cache/redis.ts';
import { asSystem } from '../../src/db/tx.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { testEnv } from '../helpers/env.ts';
import { makeCheckIn, makeLocation, makeUser } from '../helpers/factories.ts';
import { type CachedTwin, promoteToOperator, startCachedTwin, testRedis } from '../helpers/places.ts';

/** A logger whose warnings the test can read. */
function capturingLogger() {
  const lines: { level: number; msg: string; action?: string }[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ level: 'warn' }, stream), warnings: () => lines.filter((l) => l.level === 40) };
}

describe('the cache without Redis', () => {
  it('is no cache at all when no client is configured', async () => {
    const cache = createCache(undefined, pino({ level: 'silent' }));
    expect(cache.enabled).toBe(false);
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.getOrLoad('k', 60, load)).toBe(1);
    expect(await cache.getOrLoad('k', 60, load)).toBe(2);
  });
});

describe.each(backends)('a Redis that is down on %s', (backend) => {
  let app: TestApp;
  let twin: CachedTwin;
  let redis: Redis;
  const captured = capturingLogger();

  beforeAll(async () => {
    app = await startTestApp(backend);
    // Nothing listens on port 1: the client keeps reconnecting and is never ready.
    redis = new Redis('redis://127.0.0.1:1', { maxRetriesPerRequest: 1, retryStrategy: () => 200 });
    redis.on('error', () => {});
    twin = await startCachedTwin(app, createRedisCache(redis, captured.logger, { warnEveryMs: 0 }));
  });
  afterAll(async () => {
    await twin?.close();
    redis?.disconnect();
    await app?.close();
  });

  it('never fails a request: it reads the database and logs a warning', async () => {
    const place = await makeLocation(app.deps.database.db, {
      name: 'Still Here',
      latitude: 10,
      longitude: 10,
    });
    const detail = await twin.api('GET', `/api/locations/${place.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.location.name).toBe('Still Here');
    const nearby = await twin.api('GET', '/api/locations?lat=10&lng=10&radiusKm=1');
    expect(nearby.status).toBe(200);
    expect(nearby.body.locations.map((l: { id: string }) => l.id)).toEqual([place.id]);
    const operator = await app.signUp();
    await promoteToOperator(app, operator.user.id);
    const verified = await twin.api('POST', `/api/admin/locations/${place.id}/verify`, {
      token: operator.token,
    });
    expect(verified.status).toBe(200);
    expect(captured.warnings().length).toBeGreaterThan(0);
    expect(captured.warnings()[0]!.msg).toMatch(/cache unavailable/);
  });
});

const redisUrl = testEnv.TEST_REDIS_URL;
if (redisUrl) {
  describe('the Redis cache', () => {
    let r: Awaited<ReturnType<typeof testRedis>>;
    const silent = pino({ level: 'silent' });
    beforeAll(async () => {
      r = await testRedis(redisUrl);
    });
    afterAll(() => r?.close());

    it('loads once, then serves JSON from Redis until the entry expires', async () => {
      const cache = createRedisCache(r.redis, silent);
      let loads = 0;
      const load = async () => ({ n: ++loads, at: '2025-01-01T00:00:00.000Z' });
      expect(await cache.getOrLoad('t:a', 60, load)).toEqual({ n: 1, at: '2025-01-01T00:00:00.000Z' });
      expect(await cache.getOrLoad('t:a', 60, load)).toEqual({ n: 1, at: '2025-01-01T00:00:00.000Z' });
      expect(loads).toBe(1);
      expect(await r.redis.ttl('t:a')).toBeGreaterThan(50);
      expect(JSON.parse((await r.redis.get('t:a'))!)).toEqual({ n: 1, at: '2025-01-01T00:00:00.000Z' });
    });

    it('does not store a load that failed', async () => {
      const cache = createRedisCache(r.redis, silent);
      await expect(cache.getOrLoad('t:fail', 60, () => Promise.reject(new Error('db down')))).rejects.toThrow(
        'db down',
      );
      expect(await r.redis.exists('t:fail')).toBe(0);
    });

    it('drops entries tagged with a place, and the place itself, and nothing else', async () => {
      const cache = createRedisCache(r.redis, silent);
      let loads = 0;
      const load = async () => ++loads;
      await cache.getOrLoad('loc:p1', 300, load);
      await cache.getOrLoad('list:1', 60, load, { tags: () => ['loc:p1', 'loc:p2'] });
      await cache.getOrLoad('list:2', 60, load, { tags: () => ['loc:p2'] });
      expect(loads).toBe(3);
      await cache.invalidateLocation('p1');
      expect(await r.redis.exists('loc:p1', 'list:1', 'list:2')).toBe(1);
      expect(await cache.getOrLoad('list:2', 60, load)).toBe(3);
      expect(await cache.getOrLoad('list:1', 60, load)).toBe(4);
      expect(await r.redis.exists('tag:loc:p1')).toBe(0);
    });

    it('retires a whole generation when which rows match may have changed', async () => {
      const cache = createRedisCache(r.redis, silent);
      let loads = 0;
      const load = async () => ++loads;
      expect(await cache.getOrLoad('near:x', 60, load, { generation: 'places' })).toBe(1);
      expect(await cache.getOrLoad('near:x', 60, load, { generation: 'places' })).toBe(1);
      await cache.invalidateLocation('unrelated');
      expect(await cache.getOrLoad('near:x', 60, load, { generation: 'places' })).toBe(1);
      await cache.invalidateLocation('new-place', { membership: true });
      expect(await cache.getOrLoad('near:x', 60, load, { generation: 'places' })).toBe(2);
      await cache.invalidateMentor('m1', { membership: true });
      expect(await cache.getOrLoad('near:x', 60, load, { generation: 'places' })).toBe(2);
    });

    it('reloads over a corrupt entry, and reads the database when Redis is slow', async () => {
      const captured = capturingLogger();
      const cache = createRedisCache(r.redis, captured.logger, { warnEveryMs: 0, timeoutMs: 50 });
      await r.redis.set('t:corrupt', '{not json');
      expect(await cache.getOrLoad('t:corrupt', 60, async () => 'fresh')).toBe('fresh');
      expect(await r.redis.get('t:corrupt')).toBe('"fresh"');
      // A second client blocks the server for 300 ms: every call of ours times out meanwhile.
      const blocker = r.redis.duplicate();
      const busy = blocker.eval(
        'local t = redis.call("TIME") while true do local n = redis.call("TIME") if (n[1] - t[1]) * 1000000 + (n[2] - t[2]) > 300000 then break end end return 0',
        0,
      );
      await new Promise((resolve) => setTimeout(resolve, 20));
      const started = performance.now();
      expect(await cache.getOrLoad('t:slow', 60, async () => 'from db')).toBe('from db');
      expect(performance.now() - started).toBeLessThan(250);
      await busy;
      await blocker.quit();
      expect(captured.warnings().map((w) => w.action)).toEqual(['read', 'read']);
    });
  });

  describe.each(backends)('routes behind the Redis cache on %s', (backend) => {
    let app: TestApp;
    let twin: CachedTwin;
    let r: Awaited<ReturnType<typeof testRedis>>;
    let operatorToken: string;

    beforeAll(async () => {
      app = await startTestApp(backend);
      r = await testRedis(redisUrl);
      twin = await startCachedTwin(app, createRedisCache(r.redis, pino({ level: 'silent' })));
      const operator = await app.signUp();
      await promoteToOperator(app, operator.user.id);
      operatorToken = operator.token;
    });
    afterAll(async () => {
      await twin?.close();
      await r?.close();
      await app?.close();
    });

    /** Changes a place behind the app's back, as another instance or a trigger would. */
    const rename = (id: string, name: string) =>
      asSystem(app.deps.database.db, (tx) =>
        tx.execute(sql`UPDATE locations SET name = ${name} WHERE id = ${id}`),
      );

    it("serves a place's details from the cache until an operator edits it", async () => {
      const place = await makeLocation(app.deps.database.db, { name: 'Original' });
      expect((await twin.api('GET', `/api/locations/${place.id}`)).body.location.name).toBe('Original');
      expect(await r.redis.exists(`loc:${place.id}`)).toBe(1);
      await rename(place.id, 'Changed behind its back');
      expect((await twin.api('GET', `/api/locations/${place.id}`)).body.location.name).toBe('Original');
      const edit = await twin.api('PATCH', `/api/admin/locations/${place.id}`, {
        token: operatorToken,
        body: { description: 'Now verified', isVerified: true },
      });
      expect(edit.status).toBe(200);
      const fresh = (await twin.api('GET', `/api/locations/${place.id}`)).body.location;
      expect(fresh).toMatchObject({
        name: 'Changed behind its back',
        description: 'Now verified',
        isVerified: true,
      });
    });

    it('serves nearby lists from the cell cache, and a changed place leaves every list it is in', async () => {
      const db = app.deps.database.db;
      const near = await makeLocation(db, { name: 'Lakeside', latitude: 61.001, longitude: 25.001 });
      const far = await makeLocation(db, { name: 'Hilltop', latitude: 61.02, longitude: 25.0 });
      const query = '/api/locations?lat=61.0&lng=25.0&radiusKm=5';
      const first = await twin.api('GET', query);
      expect(first.body.locations.map((l: { name: string }) => l.name)).toEqual(['Lakeside', 'Hilltop']);
      // The same answer, to the metre, as the uncached app gives.
      expect(first.body).toEqual((await app.api('GET', query)).body);
      expect((await r.redis.smembers(`tag:loc:${near.id}`)).length).toBe(1);

      // A check-in changes check_in_count (trigger); the check-in verb evicts the place after commit.
      const visitor = await makeUser(db);
      await makeCheckIn(db, visitor.id, near.id, new Date());
      expect((await twin.api('GET', query)).body.locations[0].checkInCount).toBe(0);
      await twin.deps.cache.invalidateLocation(near.id);
      expect((await twin.api('GET', query)).body.locations[0].checkInCount).toBe(1);

      // Another point of the same cell is served from the same entry, with its own distances.
      const other = await twin.api('GET', '/api/locations?lat=61.001&lng=25.001&radiusKm=5');
      expect(other.body).toEqual(
        (await app.api('GET', '/api/locations?lat=61.001&lng=25.001&radiusKm=5')).body,
      );
      expect(other.body.locations[0].distanceKm).toBe(0);
      expect(far.id).toBe(other.body.locations[1].id);
    });

    it('shows a verification or a new place at once in lists it did not match before', async () => {
      const db = app.deps.database.db;
      const place = await makeLocation(db, { name: 'Fjord Café', latitude: 62.0, longitude: 6.0 });
      const verifiedOnly = '/api/locations?lat=62.0&lng=6.0&verified=true';
      expect((await twin.api('GET', verifiedOnly)).body.locations).toEqual([]);
      await twin.api('POST', `/api/admin/locations/${place.id}/verify`, { token: operatorToken });
      expect((await twin.api('GET', verifiedOnly)).body.locations.map((l: { id: string }) => l.id)).toEqual([
        place.id,
      ]);

      const all = '/api/locations?lat=62.0&lng=6.0';
      const names = async (token?: string) =>
        (await twin.api('GET', all, token ? { token } : {})).body.locations.map(
          (l: { name: string }) => l.name,
        );
      expect(await names()).toEqual(['Fjord Café']);
      const { token } = await app.signUp();
      const suggest = (name: string, lat: number) =>
        twin.api('POST', '/api/locations', {
          token,
          body: { name, type: 'coffee', lat, lng: 6.0, address: '1 Pier', city: 'Ålesund', country: 'NO' },
        });
      const suggested = await suggest('New Nook', 62.001);
      expect(suggested.status).toBe(201);
      // Unlisted: its suggester finds it at once; nobody else, though all read the same cached cell,
      // and no cached entry holds it.
      expect(await names(token)).toEqual(['Fjord Café', 'New Nook']);
      expect(await names()).toEqual(['Fjord Café']);
      expect(await names((await app.signUp()).token)).toEqual(['Fjord Café']);
      const cachedText = async () => {
        const keys = await r.redis.keys(`${r.prefix}near:*`);
        const values = await Promise.all(keys.map((k) => r.redis.get(k.slice(r.prefix.length))));
        expect(values.length).toBeGreaterThan(0);
        return values.join('\n');
      };
      expect(await cachedText()).not.toContain(suggested.body.location.id);
      // An operator's check lists it for everyone at once.
      await twin.api('POST', `/api/admin/locations/${suggested.body.location.id}/verify`, {
        token: operatorToken,
      });
      expect(await names()).toEqual(['Fjord Café', 'New Nook']);

      // So do three other people checking in there, in person (the check-in that lists it evicts).
      const nook = (await suggest('Harbour Nook', 62.002)).body.location;
      expect(await names()).toEqual(['Fjord Café', 'New Nook']);
      for (let i = 0; i < 3; i++) {
        const visitor = await app.signUp();
        const res = await twin.api('POST', '/api/check-ins', {
          token: visitor.token,
          body: { locationId: nook.id, lat: 62.002, lng: 6.0, accuracy: 20 },
        });
        expect(res.status).toBe(201);
      }
      expect(await names()).toEqual(['Fjord Café', 'New Nook', 'Harbour Nook']);
    });

    it('matches the uncached answer in dense and sparse areas alike', async () => {
      const db = app.deps.database.db;
      await asSystem(db, (tx) =>
        tx.execute(sql`
          INSERT INTO locations (name, type, latitude, longitude, address, city, country, is_verified)
          SELECT 'D' || g, (ARRAY['coffee','gym','mentor','nutrition','partner'])[1 + g % 5],
                 30 + random() * 0.06, 31 + random() * 0.05, 'x', 'Dense', 'EG', g % 3 = 0
          FROM generate_series(0, 2999) g
          UNION ALL
          SELECT 'S' || g, 'gym', 30.5 + random() * 0.2, 31.5 + random() * 0.2, 'x', 'Sparse', 'EG', true
          FROM generate_series(0, 99) g`),
      );
      // Scattered at random: places exactly as far from a centre as another (a mirror image) may
      // come in either order, from the database as from the cache.
      const queries: string[] = [];
      for (let i = 0; i < 12; i++) {
        const dense = `lat=${(30.01 + i * 0.003).toFixed(4)}&lng=${(31.01 + i * 0.002).toFixed(4)}`;
        const sparse = `lat=${(30.52 + i * 0.01).toFixed(4)}&lng=${(31.52 + i * 0.007).toFixed(4)}`;
        queries.push(
          dense,
          `${dense}&type=gym&verified=true&limit=5`,
          sparse,
          `${sparse}&radiusKm=2&limit=3`,
        );
      }
      for (const q of [...queries, ...queries]) {
        const cached = await twin.api('GET', `/api/locations?${q}`);
        const direct = await app.api('GET', `/api/locations?${q}`);
        expect(cached.status).toBe(200);
        expect(cached.body, q).toEqual(direct.body);
      }
      const cells = await r.redis.keys(`${r.prefix}near:*`);
      expect(cells.length).toBeGreaterThan(0);
    });
  });
}
