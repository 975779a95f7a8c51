import { randomUUID } from 'node:crypto';
import { type ClientSocket, openSocket } from '../../test/helpers/sockets.ts';
import { pool } from './stats.ts';

export { type ClientSocket, emitAck, nextEvent, openSocket } from '../../test/helpers/sockets.ts';

export interface DrillUser {
  id: string;
  token: string;
  password: string;
  username: string;
}

// biome-ignore lint/suspicious/noExplicitAny: drills read arbitrary JSON bodies.
export type Json = any;

/** fetch with JSON in and out; never throws on a status. */
export async function api(
  url: string,
  method: string,
  route: string,
  options: { token?: string; body?: unknown; raw?: string; timeoutMs?: number } = {},
): Promise<{ status: number; body: Json; text: string }> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.raw !== undefined || options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = options.raw ?? JSON.stringify(options.body);
  }
  const res = await fetch(`${url}${route}`, {
    method,
    headers,
    body,
    signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
  });
  const text = await res.text();
  let parsed: Json;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: res.status, body: parsed, text };
}

/** Registers `count` users through the real endpoint, each with chat consent given. */
export async function registerUsers(url: string, count: number, concurrency = 16): Promise<DrillUser[]> {
  return pool(
    Array.from({ length: count }, (_, i) => i),
    concurrency,
    async () => {
      const tag = randomUUID().replaceAll('-', '').slice(0, 16);
      const password = `drill-password-${tag}`;
      const username = `d${tag}`;
      const reg = await api(url, 'POST', '/api/auth/register', {
        body: {
          email: `${username}@drill.test`,
          username,
          displayName: `Drill ${tag.slice(0, 4)}`,
          password,
        },
      });
      if (reg.status !== 201) throw new Error(`register: ${reg.status} ${reg.text}`);
      const token = reg.body.token as string;
      const consent = await api(url, 'POST', '/api/me/consent', { token, body: { consent: true } });
      if (consent.status !== 200) throw new Error(`consent: ${consent.status} ${consent.text}`);
      return { id: reg.body.user.id as string, token, password, username };
    },
  );
}

/** Opens many sockets, a bounded number at a time. */
export function openSockets(
  targets: { url: string; token: string }[],
  concurrency = 50,
): Promise<ClientSocket[]> {
  return pool(targets, concurrency, (t) => openSocket(t.url, t.token));
}

export const newId = () => randomUUID();
