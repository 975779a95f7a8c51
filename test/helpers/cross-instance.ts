import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { startTestCluster } from './app.ts';
import { apiClient, testPassword } from './app.ts';
import { type ClientSocket, nextEvent, openSocket } from './sockets.ts';

type Cluster = Awaited<ReturnType<typeof startTestCluster>>;

/**
 * What every cross-instance suite needs of its cluster: users signed up (and consenting) through
 * the API as an app would, and sockets that are closed after each test.
 */
export function crossInstance(cluster: () => Cluster) {
  const sockets: ClientSocket[] = [];
  return {
    /** A new account on the instance at url, consent given: its id and token. */
    async signUp(url = cluster().urls[0]!): Promise<{ userId: string; token: string }> {
      const api = apiClient(url);
      const tag = randomUUID().slice(0, 8);
      const res = await api('POST', '/api/auth/register', {
        body: {
          email: `x-${tag}@example.com`,
          username: `x_${tag}`,
          displayName: 'Kit',
          password: testPassword,
        },
      });
      if (res.status !== 201) throw new Error(`sign-up: ${res.status} ${JSON.stringify(res.body)}`);
      const token = res.body.token as string;
      const consent = await api('POST', '/api/me/consent', { token, body: { consent: true } });
      if (consent.status >= 300)
        throw new Error(`consent: ${consent.status} ${JSON.stringify(consent.body)}`);
      return { userId: (res.body.user as { id: string }).id, token };
    },
    async open(url: string, token: string): Promise<ClientSocket> {
      const s = await openSocket(url, token);
      sockets.push(s);
      return s;
    },
    closeSockets(): void {
      for (const s of sockets.splice(0)) s.close();
    },
  };
}

/**
 * A mentor connected to B is alerted (a mentor:session event and the bell's notification) when a
 * user books them through REST on A: the same check on a single Redis and on a Redis Cluster.
 */
export async function expectMentorAlertAcross(x: ReturnType<typeof crossInstance>, a: string, b: string) {
  const mentorUser = await x.signUp(a);
  const api = apiClient(a);
  const becoming = await api('POST', '/api/mentors', {
    token: mentorUser.token,
    body: { title: 'Peer mentor', specialization: ['Calm'], bio: 'Here to help.', scheduleType: 'virtual' },
  });
  expect(becoming.status, JSON.stringify(becoming.body)).toBe(201);
  const mentor = becoming.body.mentor as { id: string };
  const mentee = await x.signUp(a);
  const mentorOnB = await x.open(b, mentorUser.token);
  await new Promise((r) => setTimeout(r, 100)); // the room's subscription on B
  const alert = nextEvent(mentorOnB, 'mentor:session', (e) => e.event === 'booked', 2_000);
  const bell = nextEvent(mentorOnB, 'notification', (n) => n.type === 'session_booked', 2_000);
  const booked = await api('POST', '/api/mentor-sessions', {
    token: mentee.token,
    body: {
      mentorId: mentor.id,
      scheduledAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      durationMinutes: 30,
      sessionType: 'virtual',
    },
  });
  expect(booked.status, JSON.stringify(booked.body)).toBe(201);
  expect((await alert).session).toMatchObject({ id: (booked.body.session as { id: string }).id });
  expect(await bell).toMatchObject({ type: 'session_booked' });
}
