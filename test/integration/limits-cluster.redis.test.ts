import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, startTestCluster } from '../helpers/app.ts';
import { crossInstance } from '../helpers/cross-instance.ts';
import { backends } from '../helpers/db.ts';
import { testEnv } from '../helpers/env.ts';
import { startOwnRedis } from '../helpers/redis-server.ts';
import { type ClientSocket, nextEvent, openSocket, waitFor } from '../helpers/sockets.ts';

type Cluster = Awaited<ReturnType<typeof startTestCluster>>;

const LIMITS = 'sockets_per_user=3,sockets_per_address=5,place_suggestions=2/1d,exports_at_once=1';

const suggestion = (n: number) => ({
  name: `Bench by the river ${n}`,
  type: 'coffee',
  lat: 51.5,
  lng: -0.12,
  address: `${n} River Walk`,
  city: 'London',
  country: 'UK',
});

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (err: Error & { data?: { code: string; details?: { budget?: string } } }) => err,
  );

/** Live sockets of the cluster, on every instance. */
const liveSockets = (cluster: Cluster) =>
  cluster.instances.reduce((n, i) => n + i.hub.io.of('/').sockets.size, 0);

// Limits shared through Redis: absent (not skipped) where TEST_REDIS_URL is unset.
if (testEnv.TEST_REDIS_URL) {
  const redisUrl = testEnv.TEST_REDIS_URL;
  const backend = backends.at(-1)!;

  describe(`budgets shared by two instances through Redis, on ${backend}`, () => {
    let cluster: Cluster;
    const x = crossInstance(() => cluster);
    beforeAll(async () => {
      cluster = await startTestCluster(backend, redisUrl, 2, { LIMITS });
    });
    afterEach(async () => {
      x.closeSockets();
      await waitFor(() => liveSockets(cluster) === 0);
    });
    afterAll(() => cluster?.close());

    it("closes a user's oldest socket on the other instance once their sockets on both pass the cap", async () => {
      const [a, b] = cluster.urls as [string, string];
      const { token } = await x.signUp(a);
      const first = await x.open(a, token);
      const told = nextEvent(first, 'connection:closed');
      await x.open(b, token);
      await x.open(a, token);
      const newest = await x.open(b, token);
      expect(await told).toEqual({ reason: 'too_many_connections', limit: 3 });
      await waitFor(() => !first.connected);
      expect(newest.connected).toBe(true);
      expect(liveSockets(cluster)).toBe(3);
    });

    it('refuses a socket from an address whose sockets on both instances reach the cap', async () => {
      const [a, b] = cluster.urls as [string, string];
      const people = await Promise.all([1, 2, 3].map(() => x.signUp(a)));
      for (const [i, p] of people.entries()) {
        await x.open(a, p.token);
        if (i < 2) await x.open(b, p.token);
      }
      const err = await refusal(x.open(b, people[2]!.token));
      expect(err?.data).toMatchObject({ code: 'rate_limited', details: { budget: 'sockets_per_address' } });
    });

    it('charges one rate budget wherever the request lands', async () => {
      const [a, b] = cluster.urls as [string, string];
      const { token } = await x.signUp(a);
      const post = (url: string, n: number) =>
        apiClient(url)('POST', '/api/locations', { token, body: suggestion(n) });
      expect((await post(a, 1)).status).toBe(201);
      expect((await post(b, 2)).status).toBe(201);
      const refused = await post(a, 3);
      expect(refused.status).toBe(429);
      expect(refused.body.error.details.budget).toBe('place_suggestions');
      expect((await post(b, 4)).status).toBe(429);
    });

    it('holds exports to one at a time per user across instances', async () => {
      const [a, b] = cluster.urls as [string, string];
      const { token, userId } = await x.signUp(a);
      let finish!: () => void;
      const running = cluster.instances[0]!.deps.budgets.hold(
        'exports_at_once',
        userId,
        () => new Promise<void>((resolve) => (finish = resolve)),
      );
      const refused = await apiClient(b)('GET', '/api/me/export', { token });
      expect(refused.status).toBe(429);
      expect(refused.body.error.details.budget).toBe('exports_at_once');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      finish();
      await running;
      expect((await apiClient(b)('GET', '/api/me/export', { token })).status).toBe(200);
    });
  });

  describe('budgets while Redis is away', () => {
    let redis: Awaited<ReturnType<typeof startOwnRedis>>;
    let cluster: Cluster;
    const sockets: ClientSocket[] = [];
    beforeAll(async () => {
      redis = await startOwnRedis();
      cluster = await startTestCluster('pglite', redis.url, 2, { LIMITS });
    });
    afterAll(async () => {
      for (const s of sockets) s.close();
      // Back up first: an instance closing waits for Redis to take its goodbyes.
      if (redis) redis = await startOwnRedis(redis.port);
      await cluster?.close();
      await redis?.stop();
    });

    it('still holds every limit on each instance from its own memory: never unlimited', async () => {
      const [a] = cluster.urls as [string, string];
      const api = apiClient(a);
      const signUp = async () => {
        const res = await api('POST', '/api/auth/register', {
          body: {
            email: `away-${randomUUID().slice(0, 8)}@example.com`,
            username: `away_${randomUUID().slice(0, 8)}`,
            displayName: 'Away',
            password: 'quiet harbour lantern',
          },
        });
        expect(res.status).toBe(201);
        return res.body.token as string;
      };
      const token = await signUp();
      await redis.stop();
      await waitFor(() => cluster.instances.every((i) => i.deps.redis?.status !== 'ready'), 10_000);

      // A rate budget: refused at its limit, from memory.
      const statuses = [];
      for (let n = 0; n < 3; n++)
        statuses.push((await api('POST', '/api/locations', { token, body: suggestion(n) })).status);
      expect(statuses).toEqual([201, 201, 429]);

      // The socket cap: this instance's sockets, oldest closed.
      const first = await openSocket(a, token);
      sockets.push(first);
      const told = nextEvent(first, 'connection:closed', () => true, 5_000);
      for (let i = 0; i < 3; i++) sockets.push(await openSocket(a, token));
      expect(await told).toMatchObject({ reason: 'too_many_connections' });
      await waitFor(() => !first.connected);

      // The address cap: five at most from here, on this instance.
      const others = [];
      for (let i = 0; i < 3; i++) others.push(await signUp());
      for (const t of others.slice(0, 2)) sockets.push(await openSocket(a, t));
      const err = await refusal(openSocket(a, others[2]!));
      expect(err?.data?.code).toBe('rate_limited');

      // Exports one at a time, from memory.
      let finish!: () => void;
      const me = (await api('GET', '/api/me', { token })).body.user.id as string;
      const running = cluster.instances[0]!.deps.budgets.hold(
        'exports_at_once',
        me,
        () => new Promise<void>((resolve) => (finish = resolve)),
      );
      expect((await api('GET', '/api/me/export', { token })).status).toBe(429);
      finish();
      await running;
      expect((await api('GET', '/api/me/export', { token })).status).toBe(200);
    });
  });
}
