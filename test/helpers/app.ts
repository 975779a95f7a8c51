import { randomUUID } from 'node:crypto';
import type { Clock } from '../../src/clock.ts';
import type { Config } from '../../src/config.ts';
import type { Deps } from '../../src/deps.ts';
import { type RunningServer, startServer } from '../../src/server.ts';
import { testConfig } from './config.ts';
import { type Backend, createTestDatabase, type TestDatabase } from './db.ts';

export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

export interface TestApp {
  url: string;
  deps: Deps;
  database: TestDatabase;
  server: RunningServer;
  /** fetch against the app: JSON in, JSON out; `body` may be a raw string to send malformed JSON. */
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON bodies.
  api<T = any>(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown },
  ): Promise<ApiResponse<T>>;
  /** Registers a fresh user through the real endpoint; consent given unless asked otherwise. */
  signUp(
    overrides?: Partial<{
      email: string;
      username: string;
      displayName: string;
      password: string;
      timeZone: string;
    }>,
  ): Promise<{
    user: { id: string; email: string; username: string };
    token: string;
    password: string;
  }>;
  close(): Promise<void>;
}

/**
 * The password test accounts get: one that zxcvbn scores 4 whatever the account's name (a tagged
 * `password-<tag>` scored lower once the tag was also the username), and that it checks fast.
 */
export const testPassword = 'quiet harbour lantern';

/** JSON over fetch against a server at url: JSON in, JSON out (or the raw text when not JSON). */
export function apiClient(url: string): TestApp['api'] {
  return async (method, route, opts = {}) => {
    const headers: Record<string, string> = {};
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let body: string | undefined;
    if (opts.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
    }
    const res = await fetch(`${url}${route}`, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: leave the text for the assertion to show
    }
    return { status: res.status, headers: res.headers, body: parsed as never };
  };
}

/** A real server on 127.0.0.1:0 over a fresh database of its own. */
export async function startTestApp(
  backend: Backend,
  options: { env?: Record<string, string>; clock?: Clock; config?: Config } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(backend);
  const config = options.config ?? testConfig(options.env);
  const server = await startServer(config, {
    database: database.handle,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const url = `http://127.0.0.1:${server.port}`;

  const api = apiClient(url);

  const signUp: TestApp['signUp'] = async (overrides = {}) => {
    const tag = randomUUID().slice(0, 8);
    const password = overrides.password ?? testPassword;
    const res = await api('POST', '/api/auth/register', {
      body: {
        email: `u-${tag}@example.com`,
        username: `u_${tag}`,
        displayName: `User ${tag}`,
        ...overrides,
        password,
      },
    });
    if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.body)}`);
    return { user: res.body.user, token: res.body.token, password };
  };

  return {
    url,
    deps: server.deps,
    database,
    server,
    api,
    signUp,
    close: async () => {
      await server.close();
      await database.drop();
    },
  };
}

/**
 * Several app instances over one database and one Redis (a key prefix of their own), in this
 * process: what a load balancer would spread clients over. `redis` is a REDIS_URL, or the seed
 * nodes of a Redis Cluster (REDIS_CLUSTER_NODES).
 */
export async function startTestCluster(
  backend: Backend,
  redis: string | { clusterNodes: string },
  count = 2,
  extraEnv: Record<string, string> = {},
): Promise<{ instances: RunningServer[]; urls: string[]; database: TestDatabase; close(): Promise<void> }> {
  const database = await createTestDatabase(backend);
  const env = {
    ...(typeof redis === 'string' ? { REDIS_URL: redis } : { REDIS_CLUSTER_NODES: redis.clusterNodes }),
    REDIS_KEY_PREFIX: `nctest:${randomUUID().slice(0, 8)}:`,
    ...extraEnv,
  };
  const instances: RunningServer[] = [];
  for (let i = 0; i < count; i++) {
    instances.push(await startServer(testConfig(env), { database: database.handle }));
  }
  return {
    instances,
    urls: instances.map((s) => `http://127.0.0.1:${s.port}`),
    database,
    close: async () => {
      for (const s of instances) await s.close();
      await database.drop();
    },
  };
}
