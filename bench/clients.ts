/**
 * What the realtime benches (hub.ts, cross-instance.ts) share: people signed up through the API in
 * batches, their sockets, and a PostgreSQL database of the bench's own.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';

/** A websocket to url (with a token, signed in); fails after 10 s rather than waiting for ever. */
export function connect(url: string, token?: string): Promise<Socket> {
  const socket = io(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: token ? { token } : {},
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no socket to ${url} within 10 s`)), 10_000);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('connect_error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

/** count people signed up (and consenting) on the instance at url, twenty at a time. */
export async function signUpMany(url: string, count: number): Promise<{ id: string; token: string }[]> {
  const out: { id: string; token: string }[] = [];
  const post = (route: string, body: unknown, token?: string) =>
    fetch(`${url}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
  for (let i = 0; i < count; i += 20) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(20, count - i) }, async () => {
        const tag = randomUUID().slice(0, 12);
        const res = await post('/api/auth/register', {
          email: `b${tag}@bench.test`,
          username: `b${tag}`,
          displayName: 'B',
          password: 'bench-password',
        });
        if (res.status !== 201) throw new Error(`sign-up answered ${res.status}: ${await res.text()}`);
        const { user, token } = (await res.json()) as { user: { id: string }; token: string };
        await post('/api/me/consent', { consent: true }, token);
        return { id: user.id, token };
      }),
    );
    out.push(...batch);
  }
  return out;
}

async function asAdmin(base: string, sql: string[]): Promise<void> {
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    for (const q of sql) await admin.query(q);
  } finally {
    await admin.end();
  }
}

/** A new, empty database `name` on the server at base (dropped first if it is there): its URL. */
export async function freshDatabase(base: string, name: string): Promise<string> {
  await asAdmin(base, [`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, `CREATE DATABASE ${name}`]);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export const dropDatabase = (base: string, name: string) =>
  asAdmin(base, [`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]);
