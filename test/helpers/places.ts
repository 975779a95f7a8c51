import { randomUUID } from 'node:crypto';
import { type ServerType, serve } from '@hono/node-server';
import { eq } from 'drizzle-orm';
import { Redis } from 'ioredis';
import type { Cache } from '../../src/cache/index.ts';
import type { Clock } from '../../src/clock.ts';
import { users } from '../../src/db/schema/index.ts';
import { asSystem } from '../../src/db/tx.ts';
import { createDeps, type Deps } from '../../src/deps.ts';
import { createApp } from '../../src/http/app.ts';
import { type ApiResponse, apiClient, type TestApp } from './app.ts';
import { testConfig } from './config.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON bodies.
export type Api = <T = any>(
  method: string,
  path: string,
  options?: { token?: string; body?: unknown },
) => Promise<ApiResponse<T>>;

export { apiClient };

/** Makes a signed-up user an operator, as only the system role (the admin CLI) can. */
export async function promoteToOperator(app: TestApp, userId: string): Promise<void> {
  await asSystem(app.deps.database.db, (tx) =>
    tx.update(users).set({ role: 'operator' }).where(eq(users.id, userId)),
  );
}

export interface CachedTwin {
  url: string;
  deps: Deps;
  api: Api;
  close(): Promise<void>;
}

/**
 * A second app server over the database of `app`, with the given cache (deps.cache is noCache
 * until the lead wires createCache into createDeps). Only the server and its deps are closed.
 */
export async function startCachedTwin(app: TestApp, cache: Cache, clock?: Clock): Promise<CachedTwin> {
  const deps = await createDeps(testConfig(), {
    database: app.database.handle,
    cache,
    ...(clock ? { clock } : {}),
  });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: createApp(deps).fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    deps,
    api: apiClient(url),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await deps.close();
    },
  };
}

/** A Redis client of its own for one test file: a unique key prefix, every key removed by close(). */
export async function testRedis(
  url: string,
): Promise<{ redis: Redis; prefix: string; close(): Promise<void> }> {
  const prefix = `nctest:${randomUUID().slice(0, 8)}:`;
  const redis = new Redis(url, { keyPrefix: prefix, maxRetriesPerRequest: 2 });
  await new Promise<void>((resolve, reject) => {
    redis.once('ready', resolve);
    redis.once('error', reject);
  });
  return {
    redis,
    prefix,
    close: async () => {
      const keys = await redis.keys(`${prefix}*`);
      // KEYS returns full names; the client would prefix them again.
      if (keys.length > 0) await redis.del(...keys.map((k) => k.slice(prefix.length)));
      await redis.quit();
    },
  };
}
