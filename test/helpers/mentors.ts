import { sql } from 'drizzle-orm';
import { asSystem } from '../../src/db/tx.ts';
import type { TestApp } from './app.ts';
import { openSealed } from './config.ts';

/** A signed-up user who became a mentor through POST /api/mentors. */
export interface TestMentor {
  token: string;
  userId: string;
  // biome-ignore lint/suspicious/noExplicitAny: the mentor as the API returned it.
  mentor: any;
}

export async function makeTestMentor(
  app: TestApp,
  profile: Record<string, unknown> = {},
): Promise<TestMentor> {
  const { user, token } = await app.signUp();
  const res = await app.api('POST', '/api/mentors', {
    token,
    body: {
      title: 'Peer mentor',
      specialization: ['Social Anxiety'],
      bio: 'Been there; happy to help.',
      scheduleType: 'both',
      ...profile,
    },
  });
  if (res.status !== 201)
    throw new Error(`becoming a mentor failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { token, userId: user.id, mentor: res.body.mentor };
}

/** Rows as really stored, read as the system role. */
export async function storedRows(app: TestApp, query: ReturnType<typeof sql>) {
  const { rows } = await asSystem(app.deps.database.db, (tx) => tx.execute(query));
  return rows as Record<string, unknown>[];
}

/** The user's notifications, title and message opened. */
export const notificationsFor = async (app: TestApp, userId: string) =>
  (
    await storedRows(
      app,
      sql`SELECT type, title, message, data FROM notifications WHERE user_id = ${userId} ORDER BY created_at, id`,
    )
  ).map((row) => openSealed(row, userId));

export const fieldsOf = (res: { body: { error?: { details?: { field: string }[] } } }) =>
  (res.body.error?.details ?? []).map((d) => d.field).sort();
