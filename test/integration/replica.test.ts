import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.ts';
import { runMigrations } from '../../src/db/migrate.ts';
import { createReadRouter, openReplica, type ReadRouter } from '../../src/db/replica.ts';
import { AppError } from '../../src/errors.ts';
import { type RunningServer, startServer } from '../../src/server.ts';
import { apiClient, type TestApp } from '../helpers/app.ts';
import { testConfig } from '../helpers/config.ts';
import { makeLocation, makeMentor, makeUser } from '../helpers/factories.ts';
import { type PgCluster, startPgCluster } from '../helpers/pg-cluster.ts';

const silent = pino({ level: 'silent' });
const MAX_LAG_MS = 3_000;

/** Polls check until it returns true, for at most timeoutMs (bounded: no test waits forever). */
async function eventually(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** The port of the server that ran the query: tells the replica from the primary. */
const serverPort = (db: DatabaseHandle['db']) =>
  db.execute<{ port: number }>(sql`SELECT inet_server_port() AS port`).then((r) => Number(r.rows[0]!.port));

describe('read replica (DATABASE_READ_URL), a real streaming replica', () => {
  let cluster: PgCluster;
  let server: RunningServer;
  let api: TestApp['api'];
  let primaryPort: number;
  let replicaPort: number;
  // Places far out at sea, each test at its own longitude so no earlier place gets in the way.
  let lng = 20;

  beforeAll(async () => {
    cluster = await startPgCluster();
    primaryPort = Number(new URL(cluster.primaryUrl).port);
    replicaPort = Number(new URL(cluster.replicaUrl).port);
    server = await startServer(
      testConfig({
        DATABASE_URL: cluster.primaryUrl,
        DATABASE_READ_URL: cluster.replicaUrl,
        DATABASE_READ_MAX_LAG_MS: String(MAX_LAG_MS),
      }),
    );
    api = apiClient(`http://127.0.0.1:${server.port}`);
    await cluster.waitCaughtUp();
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await cluster?.close();
  });

  const addPlace = (name: string, at: { lat: number; lng: number }) =>
    makeLocation(server.deps.database.db, { name, latitude: at.lat, longitude: at.lng });
  const namesNear = async (at: { lat: number; lng: number }) => {
    const res = await api('GET', `/api/locations?lat=${at.lat}&lng=${at.lng}&radiusKm=5`);
    expect(res.status).toBe(200);
    return (res.body.locations as { name: string }[]).map((l) => l.name);
  };
  const readyz = async () =>
    (await api('GET', '/readyz')) as {
      status: number;
      body: { status: string; checks: { replica: string } };
    };

  it('serves place search from the replica while it keeps up, from the primary once it falls behind', async () => {
    const at = { lat: 0, lng: lng++ };
    await addPlace('Before', at);
    await cluster.waitCaughtUp();
    expect(await namesNear(at)).toEqual(['Before']);
    expect((await readyz()).body).toMatchObject({ status: 'ok', checks: { replica: 'up' } });

    await cluster.pauseReplay();
    try {
      await addPlace('While paused', at);
      // Within the lag limit the replica still answers, without the newest place.
      expect(await namesNear(at)).toEqual(['Before']);
      // Past it, reads go to the primary, which has it.
      await eventually(
        async () => (await namesNear(at)).length === 2,
        20_000,
        'reads to move to the primary',
      );
      const ready = await readyz();
      expect(ready.status).toBe(200);
      expect(ready.body).toMatchObject({ status: 'degraded', checks: { replica: 'lagging' } });
      const metrics = (await api('GET', '/metrics')).body as string;
      const lag = Number(/^nightchill_db_replica_lag_seconds (\S+)$/m.exec(metrics)?.[1]);
      expect(lag).toBeGreaterThan(MAX_LAG_MS / 1000);
    } finally {
      await cluster.resumeReplay();
    }

    await cluster.waitCaughtUp();
    await eventually(
      async () => (await readyz()).body.checks.replica === 'up',
      10_000,
      'the replica to serve again',
    );
    // Serving again: a place written while replay is paused is not there yet.
    await cluster.pauseReplay();
    try {
      await addPlace('After', at);
      expect(await namesNear(at)).toHaveLength(2);
    } finally {
      await cluster.resumeReplay();
    }
  }, 60_000);

  it('reads mentors from the replica as the signed-in user, and their own fresh profile from the primary', async () => {
    const res = await api('POST', '/api/auth/register', {
      body: {
        email: 'replica-reader@example.com',
        username: 'replica_reader',
        displayName: 'Replica Reader',
        password: 'password-replica-1',
      },
    });
    expect(res.status).toBe(201);
    const token = res.body.token as string;
    const other = await makeUser(server.deps.database.db, { displayName: 'Mentor On Replica' });
    const mentor = await makeMentor(server.deps.database.db, other.id, { specialization: ['replication'] });
    await cluster.waitCaughtUp();

    const search = await api('GET', '/api/mentors?specialization=replication', { token });
    expect(search.status).toBe(200);
    expect(search.body.mentors).toMatchObject([{ id: mentor.id, displayName: 'Mentor On Replica' }]);
    const detail = await api('GET', `/api/mentors/${mentor.id}`, { token });
    expect(detail.status).toBe(200);

    await cluster.pauseReplay();
    try {
      const made = await api('POST', '/api/mentors', {
        token,
        body: {
          title: 'Fresh mentor',
          specialization: ['calm'],
          bio: 'Just started.',
          scheduleType: 'virtual',
        },
      });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
      // The user's own profile, read right after writing it, comes from the primary.
      const own = await api('GET', '/api/mentors/me', { token });
      expect(own.status).toBe(200);
      expect(own.body.mentor).toMatchObject({ title: 'Fresh mentor' });
    } finally {
      await cluster.resumeReplay();
    }
  }, 60_000);

  it('keeps answering from the primary when the replica goes away, and returns to it when it is back', async () => {
    const at = { lat: 0, lng: lng++ };
    await addPlace('First', at);
    await cluster.waitCaughtUp();
    expect(await namesNear(at)).toEqual(['First']);

    await cluster.stopReplica();
    try {
      // The first read may still try the replica: it runs again on the primary, never an error.
      expect(await namesNear(at)).toEqual(['First']);
      await addPlace('Second', at);
      expect((await namesNear(at)).sort()).toEqual(['First', 'Second']);
      const ready = await readyz();
      expect(ready.status).toBe(200);
      expect(ready.body).toMatchObject({ status: 'degraded', checks: { replica: 'down' } });
      const metrics = (await api('GET', '/metrics')).body as string;
      expect(metrics).toMatch(/^nightchill_db_replica_up 0$/m);
    } finally {
      await cluster.startReplica();
    }

    await cluster.waitCaughtUp(30_000);
    await eventually(
      async () => (await readyz()).body.checks.replica === 'up',
      20_000,
      'the replica to return',
    );
    const metrics = (await api('GET', '/metrics')).body as string;
    expect(metrics).toMatch(/^nightchill_db_replica_up 1$/m);
    await cluster.pauseReplay();
    try {
      await addPlace('Third', at);
      expect((await namesNear(at)).sort()).toEqual(['First', 'Second']);
    } finally {
      await cluster.resumeReplay();
    }
  }, 90_000);

  describe('the read router', () => {
    let primary: DatabaseHandle;
    let router: ReadRouter;
    const fallbacks: number[] = [];

    beforeAll(async () => {
      primary = await openDatabase({
        url: cluster.primaryUrl,
        poolMax: 2,
        dataDir: 'unused',
        logger: silent,
      });
      await runMigrations(primary.pool);
      router = createReadRouter({
        primary: primary.db,
        replica: openReplica(cluster.replicaUrl, 2, silent),
        maxLagMs: MAX_LAG_MS,
        logger: silent,
        // Trust a measurement for a minute: the replica dies while the router still thinks it is up.
        lagCacheMs: 60_000,
        retryMs: 500,
        onFallback: () => fallbacks.push(Date.now()),
      });
    });
    afterAll(async () => {
      await router?.close();
      await primary?.close();
    });

    it('retries a read that failed on the replica once on the primary', async () => {
      await cluster.waitCaughtUp();
      expect(await router.run(serverPort)).toBe(replicaPort);
      expect(router.status()).toMatchObject({ configured: true, up: true, serving: true, lagSeconds: 0 });

      await cluster.stopReplica();
      try {
        expect(await router.run(serverPort)).toBe(primaryPort);
        expect(fallbacks).toHaveLength(1);
        expect(router.status()).toMatchObject({ up: false, serving: false });
        // While down, reads go straight to the primary: no second failed attempt.
        expect(await router.run(serverPort)).toBe(primaryPort);
        expect(fallbacks).toHaveLength(1);
      } finally {
        await cluster.startReplica();
      }
      await cluster.waitCaughtUp(30_000);
      await eventually(
        async () => (await router.run(serverPort)) === replicaPort,
        20_000,
        'the router to probe the replica again',
      );
    }, 60_000);

    it('passes a domain error through without a retry', async () => {
      await cluster.waitCaughtUp();
      const before = fallbacks.length;
      let attempts = 0;
      await expect(
        router.run(async () => {
          attempts++;
          throw new AppError('not_found', 'No such thing.');
        }),
      ).rejects.toMatchObject({ code: 'not_found' });
      expect(attempts).toBe(1);
      expect(fallbacks).toHaveLength(before);
    });

    it('sends every read to the primary without a replica', async () => {
      const plain = createReadRouter({
        primary: primary.db,
        replica: undefined,
        maxLagMs: 0,
        logger: silent,
      });
      expect(await plain.run(serverPort)).toBe(primaryPort);
      expect(await plain.check()).toEqual({
        configured: false,
        up: false,
        lagSeconds: undefined,
        serving: false,
      });
      await plain.close();
    });
  });
});
