import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { ConfigError, configVariables, loadConfig, startupWarnings } from '../../src/config.ts';

/**
 * docker-compose.yml, deploy/nginx.conf and the Dockerfile, checked by reading them (no Docker engine
 * is needed): the app services set only variables src/config.ts knows, with values it accepts, and
 * the load balancer, health checks and image agree with each other.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

// ---- docker-compose.yml ----

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const healthcheck = z.object({
  test: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
  disable: z.boolean().optional(),
});

const dependsOn = z.union([
  z.array(z.string()),
  z.record(z.string(), z.object({ condition: z.string().optional() })),
]);

const port = z.union([
  z.string(),
  z.number(),
  z.object({ target: z.coerce.number(), published: z.coerce.string().optional() }),
]);

const service = z.object({
  image: z.string().optional(),
  build: z
    .union([z.string(), z.object({ context: z.string().optional(), dockerfile: z.string().optional() })])
    .optional(),
  environment: z.union([z.array(z.string()), z.record(z.string(), scalar)]).optional(),
  depends_on: dependsOn.optional(),
  healthcheck: healthcheck.optional(),
  ports: z.array(port).optional(),
  volumes: z
    .array(z.union([z.string(), z.object({ source: z.string().optional(), target: z.string() })]))
    .optional(),
});
type Service = z.infer<typeof service>;

const compose = z
  .object({ services: z.record(z.string(), service) })
  .parse(parse(read('docker-compose.yml')));
const services = compose.services;

function svc(name: string): Service {
  const found = services[name];
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
}

/** The environment a service sets, raw (before `${…}` interpolation), whichever syntax it uses. */
function environmentOf(s: Service): Record<string, string> {
  const env: Record<string, string> = {};
  if (Array.isArray(s.environment)) {
    for (const entry of s.environment) {
      const eq = entry.indexOf('=');
      env[eq === -1 ? entry : entry.slice(0, eq)] = eq === -1 ? '' : entry.slice(eq + 1);
    }
  } else {
    for (const [name, value] of Object.entries(s.environment ?? {}))
      env[name] = value === null ? '' : String(value);
  }
  return env;
}

/** depends_on as name → condition ('service_started' for the short list form, as Compose reads it). */
function dependenciesOf(s: Service): Record<string, string> {
  if (!s.depends_on) return {};
  if (Array.isArray(s.depends_on)) return Object.fromEntries(s.depends_on.map((n) => [n, 'service_started']));
  return Object.fromEntries(
    Object.entries(s.depends_on).map(([n, d]) => [n, d.condition ?? 'service_started'] as const),
  );
}

/** Published ports as {host, container}; `[ip:]host:container[/proto]` or the long syntax. */
function portsOf(s: Service): { host: string | undefined; container: number }[] {
  return (s.ports ?? []).map((p) => {
    if (typeof p === 'object') return { host: p.published, container: p.target };
    const parts = String(p)
      .replace(/\/(tcp|udp)$/, '')
      .split(':');
    const container = Number(parts.at(-1));
    return { host: parts.length > 1 ? parts.at(-2) : undefined, container };
  });
}

function healthcheckCommand(s: Service): string {
  const test = s.healthcheck?.test;
  return Array.isArray(test) ? test.join(' ') : (test ?? '');
}

/**
 * Compose-style interpolation for the forms this file uses: `${NAME:?message}` takes the host value
 * (and fails without one, as Compose does); `${NAME:-default}` takes the host value when set and
 * non-empty, else the default; `$$` is a literal `$`. A bare `${NAME}` or `$NAME` is refused: every
 * variable should say whether it is required or what its default is.
 */
function interpolate(raw: string, host: Record<string, string>): string {
  return raw.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (match, name: string | undefined, op: string | undefined, arg: string | undefined, bare?: string) => {
      if (match === '$$') return '$';
      if (bare || !op || !name) throw new Error(`${match}: say :? (required) or :- (default)`);
      const value = host[name];
      if (op.endsWith('?')) {
        if (!value) throw new Error(`${name} is required: ${arg}`);
        return value;
      }
      return value ? value : (arg ?? '');
    },
  );
}

const appNames = Object.keys(services).filter((n) => svc(n).build !== undefined);

/** Plausible host values for the required variables, as an operator would export them. */
const hostSecrets = {
  JWT_SECRET: 'a-jwt-secret-of-at-least-32-characters-0123456789',
  ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 9).toString('base64')}`,
  POSTGRES_PASSWORD: 'f3b1c2d4e5a6978812345678abcdef00',
  APP_DB_PASSWORD: '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
  METRICS_TOKEN: '5d41402abc4b2a76b9719d911017c592a1b2c3d4e5f60718',
};

// ---- deploy/nginx.conf ----

const nginx = read('deploy/nginx.conf')
  .split('\n')
  .map((line) => line.replace(/(^|\s)#.*$/, ''))
  .join('\n');

/** The body of the first `<header> {` block, braces matched. */
function block(text: string, header: RegExp): string | undefined {
  const m = header.exec(text);
  if (!m) return undefined;
  const open = m.index + m[0].length;
  let depth = 1;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return text.slice(open, i);
  }
  return undefined;
}

/** nginx time → seconds: 90, 90s, 5m, 1h, 1d, 500ms. */
function seconds(value: string): number {
  const m = /^(\d+)(ms|s|m|h|d)?$/.exec(value);
  if (!m) return Number.NaN;
  const unit = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86_400 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h' | 'd'];
  return Number(m[1]) * unit;
}

const socketLocation = block(nginx, /location\s+(\^~\s+)?\/socket\.io\/?\s*\{/);
const upstreamName = socketLocation && /proxy_pass\s+https?:\/\/([A-Za-z0-9_.-]+)/.exec(socketLocation)?.[1];
const upstream = upstreamName ? block(nginx, new RegExp(`upstream\\s+${upstreamName}\\s*\\{`)) : undefined;
const upstreamServers = [...(upstream ?? '').matchAll(/^\s*server\s+([A-Za-z0-9_.-]+):(\d+)/gm)].map((m) => ({
  host: m[1]!,
  port: Number(m[2]),
}));

// ---- Dockerfile ----

const dockerfileInstructions = existsSync(path.join(root, 'Dockerfile'))
  ? read('Dockerfile')
      .replace(/\\\r?\n/g, ' ')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'))
  : [];
const instructions = (keyword: string) =>
  dockerfileInstructions.filter((l) => l.toUpperCase().startsWith(`${keyword} `));

describe('docker-compose.yml', () => {
  it('has postgres, redis, the two app instances and the load balancer', () => {
    expect(Object.keys(services)).toEqual(
      expect.arrayContaining(['postgres', 'redis', 'app1', 'app2', 'lb']),
    );
    expect(appNames.sort()).toEqual(['app1', 'app2']);
  });

  it('builds both app instances from the repository Dockerfile', () => {
    for (const name of appNames) {
      const build = svc(name).build;
      const context = typeof build === 'string' ? build : (build?.context ?? '.');
      const dockerfile = typeof build === 'object' ? (build.dockerfile ?? 'Dockerfile') : 'Dockerfile';
      expect(path.resolve(root, context, dockerfile), name).toBe(path.join(root, 'Dockerfile'));
    }
  });

  it('runs PostgreSQL with contrib (cube, earthdistance, btree_gist) and Redis 7', () => {
    expect(svc('postgres').image).toMatch(/^postgres:(1[4-9]|[2-9]\d)(\.|-|$)/);
    expect(svc('redis').image).toMatch(/^redis:7(\.|-|$)/);
  });

  it('sets on the app services only variables src/config.ts reads', () => {
    for (const name of appNames) {
      const unknown = Object.keys(environmentOf(svc(name))).filter((v) => !configVariables.includes(v));
      expect(unknown, `${name} sets variables the config schema does not know`).toEqual([]);
    }
  });

  it('points both instances at the postgres and redis services, in production, with secrets from the host', () => {
    for (const name of appNames) {
      const env = environmentOf(svc(name));
      const db = new URL(interpolate(env.DATABASE_URL ?? '', hostSecrets));
      expect(db.protocol, name).toMatch(/^postgres(ql)?:$/);
      expect(db.hostname, name).toBe('postgres');
      const redis = new URL(interpolate(env.REDIS_URL ?? '', hostSecrets));
      expect(redis.protocol, name).toBe('redis:');
      expect(redis.hostname, name).toBe('redis');
      expect(env.NODE_ENV, name).toBe('production');
      // Required from the host environment, never a committed value.
      expect(env.JWT_SECRET, name).toMatch(/^\$\{JWT_SECRET:\?[^}]*\}$/);
      expect(env.ENCRYPTION_KEYS, name).toMatch(/^\$\{ENCRYPTION_KEYS:\?[^}]*\}$/);
      expect(env.DATABASE_URL, name).not.toMatch(/:\/\/[^:@/]+:(?!\$\{)[^@]+@/);
      expect(env.DATABASE_APP_URL, name).not.toMatch(/:\/\/[^:@/]+:(?!\$\{)[^@]+@/);
    }
  });

  it('connects user traffic as nightchill_web, which the postgres service creates a member of nightchill_app only', () => {
    for (const name of appNames) {
      const env = environmentOf(svc(name));
      const app = new URL(interpolate(env.DATABASE_APP_URL ?? '', hostSecrets));
      expect(app.hostname, name).toBe('postgres');
      expect(app.username, name).toBe('nightchill_web');
      expect(app.pathname, name).toBe(new URL(interpolate(env.DATABASE_URL ?? '', hostSecrets)).pathname);
    }
    expect(svc('postgres').volumes ?? []).toContainEqual(
      expect.stringMatching(
        /^\.\/deploy\/postgres-app-login\.sh:\/docker-entrypoint-initdb\.d\/[^:]+\.sh:ro$/,
      ),
    );
    expect(environmentOf(svc('postgres')).APP_DB_PASSWORD).toMatch(/^\$\{APP_DB_PASSWORD:\?[^}]*\}$/);
    const script = read('deploy/postgres-app-login.sh');
    expect(script).toMatch(/CREATE ROLE nightchill_web LOGIN NOINHERIT NOSUPERUSER NOBYPASSRLS/);
    const grants = [...script.matchAll(/^GRANT (.+) TO nightchill_web;$/gm)].map((m) => m[1]);
    expect(grants).toEqual(['nightchill_app']);
    const statements = script.split('\n').filter((l) => !l.startsWith('#'));
    expect(statements.join('\n')).not.toMatch(/nightchill_system/);
  });

  it('gives the app services the same environment', () => {
    expect(environmentOf(svc('app2'))).toEqual(environmentOf(svc('app1')));
  });

  it('gives every service a healthcheck', () => {
    for (const [name, s] of Object.entries(services)) {
      expect(s.healthcheck, `${name} has no healthcheck`).toBeDefined();
      expect(s.healthcheck?.disable ?? false, name).toBe(false);
      expect(healthcheckCommand(s), name).not.toMatch(/^(NONE)?$/);
    }
    expect(healthcheckCommand(svc('postgres'))).toContain('pg_isready');
    expect(healthcheckCommand(svc('redis'))).toMatch(/redis-cli.*ping/);
  });

  it("checks each app's /healthz on the port it listens on", () => {
    for (const name of appNames) {
      const appPort = environmentOf(svc(name)).PORT;
      expect(healthcheckCommand(svc(name)), name).toContain(`:${appPort}/healthz`);
    }
  });

  it('starts the apps once postgres and redis are healthy', () => {
    for (const name of appNames) {
      expect(dependenciesOf(svc(name)), name).toMatchObject({
        postgres: 'service_healthy',
        redis: 'service_healthy',
      });
    }
  });

  it('starts the load balancer once both apps are healthy, and publishes port 3000', () => {
    expect(dependenciesOf(svc('lb'))).toMatchObject({ app1: 'service_healthy', app2: 'service_healthy' });
    expect(svc('lb').image).toMatch(/^nginx:/);
    expect(portsOf(svc('lb')).map((p) => p.host)).toContain('3000');
    expect(svc('lb').volumes ?? []).toContainEqual(expect.stringMatching(/^\.\/deploy\/nginx\.conf:/));
  });

  it('publishes to the port nginx listens on', () => {
    const listen = [...nginx.matchAll(/^\s*listen\s+(?:[\d.]+:)?(\d+)/gm)].map((m) => Number(m[1]));
    const published = portsOf(svc('lb')).find((p) => p.host === '3000');
    expect(listen).toContain(published?.container);
  });
});

describe('the app service environment and src/config.ts agree', () => {
  it('loadConfig accepts it with only the required secrets supplied', () => {
    for (const name of appNames) {
      const raw = environmentOf(svc(name));
      const env = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, interpolate(v, hostSecrets)]));
      const config = loadConfig(env);
      expect(config.env).toBe('production');
      expect(config.host).toBe('0.0.0.0');
      expect(config.port).toBe(Number(raw.PORT));
      expect(new URL(config.database.url ?? 'x:').hostname).toBe('postgres');
      expect(new URL(config.redis.url ?? 'x:').hostname).toBe('redis');
      expect(config.jwtSecret).toBe(hostSecrets.JWT_SECRET);
      expect(config.encryptionKeys?.map((k) => k.id)).toEqual(['k1']);
      expect(config.openai.apiKey).toBeUndefined();
      expect(config.openai.baseURL).toBeUndefined();
    }
  });

  it('passes the optional OpenAI settings through from the host', () => {
    const raw = environmentOf(svc('app1'));
    const host = {
      ...hostSecrets,
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: 'http://llm.internal:8000/v1',
      OPENAI_MODEL: 'local-model',
    };
    const config = loadConfig(
      Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, interpolate(v, host)])),
    );
    expect(config.openai).toEqual({
      apiKey: 'sk-test',
      baseURL: 'http://llm.internal:8000/v1',
      model: 'local-model',
      moderationModel: 'omni-moderation-latest',
    });
  });

  it('reaches the bundled PostgreSQL without TLS only by the explicit opt-out, and it publishes no port', () => {
    const databaseProblems = (env: Record<string, string>) => {
      try {
        return { problems: [], config: loadConfig(env) };
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        return { problems: err.problems.filter((p) => p.variable.startsWith('DATABASE')), config: undefined };
      }
    };
    for (const name of appNames) {
      const raw = environmentOf(svc(name));
      const env = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, interpolate(v, hostSecrets)]));
      expect(env.DATABASE_TLS, name).toBe('off-private-network');
      expect(new URL(env.DATABASE_URL ?? 'x:').searchParams.get('sslmode'), name).toBeNull();
      expect(databaseProblems(env).problems, name).toEqual([]);
      // Without the opt-out, start-up stops and names the URL.
      const { DATABASE_TLS: _optOut, ...withoutOptOut } = env;
      expect(
        databaseProblems(withoutOptOut).problems.map((p) => p.variable),
        name,
      ).toEqual(['DATABASE_URL', 'DATABASE_APP_URL']);
    }
    // "Private network": nothing outside the compose project reaches PostgreSQL.
    expect(svc('postgres').ports ?? []).toEqual([]);
    // And the opt-out is said out loud at start-up.
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgresql://nightchill:x@postgres:5432/nightchill',
      DATABASE_APP_URL: 'postgresql://nightchill_web:x@postgres:5432/nightchill',
      DATABASE_TLS: 'off-private-network',
      JWT_SECRET: hostSecrets.JWT_SECRET,
      ENCRYPTION_KEYS: hostSecrets.ENCRYPTION_KEYS,
      METRICS_TOKEN: 'm'.repeat(40),
      PUBLIC_ORIGIN: 'https://nightchill.example',
    });
    expect(startupWarnings(config)).toEqual([expect.stringContaining('DATABASE_TLS=off-private-network')]);
  });

  it('refuses to interpolate without the required secrets', () => {
    const raw = environmentOf(svc('app1'));
    expect(() => interpolate(raw.JWT_SECRET ?? '', {})).toThrow(/JWT_SECRET is required/);
    expect(() => interpolate(raw.ENCRYPTION_KEYS ?? '', {})).toThrow(/ENCRYPTION_KEYS is required/);
    expect(() => interpolate(raw.METRICS_TOKEN ?? '', {})).toThrow(/METRICS_TOKEN is required/);
    expect(() => interpolate(raw.DATABASE_APP_URL ?? '', {})).toThrow(/APP_DB_PASSWORD/);
  });
});

describe('deploy/nginx.conf', () => {
  it('does not forward /metrics: Prometheus scrapes the instances, with the metrics token', () => {
    const metrics = block(nginx, /location\s+=\s*\/metrics\s*\{/);
    expect(metrics).toBeDefined();
    expect(metrics).toMatch(/return\s+404\s*;/);
    expect(metrics).not.toMatch(/proxy_pass/);
  });

  it('proxies /socket.io/ with the WebSocket upgrade headers and long timeouts', () => {
    expect(socketLocation).toBeDefined();
    const loc = socketLocation ?? '';
    expect(loc).toMatch(/proxy_http_version\s+1\.1\s*;/);
    expect(loc).toMatch(/proxy_set_header\s+Upgrade\s+\$http_upgrade\s*;/);
    const connection = /proxy_set_header\s+Connection\s+(\S+)\s*;/.exec(loc)?.[1];
    if (connection === '"upgrade"' || connection === 'upgrade') {
      expect(connection).toMatch(/upgrade/);
    } else {
      // A map from $http_upgrade, so plain requests keep their own Connection header.
      expect(connection).toMatch(/^\$\w+$/);
      const mapped = connection?.slice(1) ?? '';
      expect(nginx).toMatch(
        new RegExp(`map\\s+\\$http_upgrade\\s+\\$${mapped}\\s*\\{[^}]*default\\s+upgrade`),
      );
    }
    const readTimeout = /proxy_read_timeout\s+(\S+)\s*;/.exec(loc)?.[1] ?? '';
    expect(seconds(readTimeout)).toBeGreaterThanOrEqual(300);
  });

  it('balances over a sticky upstream', () => {
    expect(upstream).toBeDefined();
    expect(upstream).toMatch(/^\s*(hash\s+\$remote_addr(\s+consistent)?|ip_hash)\s*;/m);
  });

  it('sends traffic to both app services on the port they listen on', () => {
    expect(upstreamServers.map((s) => s.host).sort()).toEqual(appNames.sort());
    for (const server of upstreamServers) {
      expect(server.port, server.host).toBe(Number(environmentOf(svc(server.host)).PORT));
    }
  });

  it('proxies the HTTP API to the same upstream', () => {
    const rootLocation = block(nginx, /location\s+\/\s*\{/);
    expect(rootLocation).toMatch(new RegExp(`proxy_pass\\s+http://${upstreamName}\\s*;`));
  });
});

describe('Dockerfile', () => {
  it('exists', () => {
    expect(dockerfileInstructions.length).toBeGreaterThan(0);
  });

  it('builds on Node 20 and installs from the lockfile with npm ci', () => {
    const from = instructions('FROM');
    expect(from.length).toBeGreaterThan(0);
    for (const line of from) expect(line).toMatch(/^FROM\s+node:20[-.]/i);
    expect(instructions('RUN').some((l) => /\bnpm ci\b/.test(l))).toBe(true);
    expect(instructions('COPY').some((l) => /package-lock\.json|package\*\.json/.test(l))).toBe(true);
  });

  it('copies what the server needs at run time', () => {
    const copies = instructions('COPY').join('\n');
    for (const needed of ['src', 'drizzle', 'prompts', 'web', 'tsconfig.json']) {
      expect(copies, needed).toMatch(new RegExp(`(^|\\s)${needed.replace('.', '\\.')}(\\s|$)`, 'm'));
    }
  });

  it('bundles the web client into the image before dropping root (the app cannot write /app)', () => {
    const lines = dockerfileInstructions;
    const build = lines.findIndex((l) => /^RUN\b.*build-web\.ts/.test(l));
    const user = lines.findIndex((l) => /^USER\b/.test(l));
    expect(build).toBeGreaterThan(-1);
    expect(build).toBeLessThan(user);
  });

  it('runs as a non-root user', () => {
    const user = instructions('USER').at(-1)?.split(/\s+/)[1];
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
  });

  it('has a HEALTHCHECK on /healthz and starts with npm start', () => {
    const health = instructions('HEALTHCHECK');
    expect(health).toHaveLength(1);
    expect(health[0]).toContain('/healthz');
    expect(health[0]).not.toMatch(/\bcurl\b|\bwget\b/);
    expect(instructions('CMD').at(-1)).toMatch(/^CMD\s+\[\s*"npm"\s*,\s*"start"\s*\]$/);
  });

  it('is built without node_modules, data or .git in the context', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim().replace(/^\/|\/$/g, ''));
    expect(ignored).toEqual(
      expect.arrayContaining(['node_modules', 'data', '.git', 'scratch', 'test-results']),
    );
  });
});
