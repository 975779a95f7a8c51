import { randomUUID } from 'node:crypto';
import type { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.ts';
import type { Presence } from '../../src/db/schema/check-ins.ts';
import { checkIns, locations, mentors, users } from '../../src/db/schema/index.ts';
import { asSystem } from '../../src/db/tx.ts';

/** Rows for tests, written as the system role (no bcrypt: these accounts never sign in). */
export async function makeUser(db: Database, overrides: Partial<typeof users.$inferInsert> = {}) {
  const tag = randomUUID().slice(0, 8);
  const [row] = await asSystem(db, (tx) =>
    tx
      .insert(users)
      .values({
        email: `user-${tag}@example.com`,
        username: `user_${tag}`,
        displayName: `User ${tag}`,
        passwordHash: 'x',
        ...overrides,
      })
      .returning(),
  );
  return row!;
}

export async function makeLocation(db: Database, overrides: Partial<typeof locations.$inferInsert> = {}) {
  const [row] = await asSystem(db, (tx) =>
    tx
      .insert(locations)
      .values({
        name: `Place ${randomUUID().slice(0, 6)}`,
        type: 'coffee',
        latitude: 51.5074,
        longitude: -0.1278,
        address: '1 Test Street',
        city: 'London',
        country: 'UK',
        ...overrides,
      })
      .returning(),
  );
  return row!;
}

export async function makeMentor(
  db: Database,
  userId: string,
  overrides: Partial<typeof mentors.$inferInsert> = {},
) {
  const [row] = await asSystem(db, (tx) =>
    tx
      .insert(mentors)
      .values({
        userId,
        title: 'Peer mentor',
        specialization: ['social anxiety'],
        bio: 'Here to help.',
        ...overrides,
      })
      .returning(),
  );
  return row!;
}

/** A check-in row as the system writes it; `presence` NULL (never judged) unless given. */
export async function makeCheckIn(
  db: Database,
  userId: string,
  locationId: string,
  at: Date | string,
  presence?: Presence,
) {
  const [row] = await asSystem(db, (tx) =>
    tx
      .insert(checkIns)
      .values({ userId, locationId, timestamp: new Date(at), presence })
      .returning(),
  );
  return row!;
}

/** The PostgreSQL error under drizzle's wrapper: code, constraint, message. */
export function pgError(err: unknown): { code?: string; constraint?: string; message: string } {
  let e = err as { cause?: unknown; code?: string; constraint?: string; message: string };
  while (e && !e.code && e.cause) e = e.cause as typeof e;
  return e;
}

export async function expectPgError(promise: Promise<unknown>): Promise<ReturnType<typeof pgError>> {
  try {
    await promise;
  } catch (err) {
    return pgError(err);
  }
  throw new Error('expected the database to refuse this');
}

export async function scalar<T>(db: Database, query: ReturnType<typeof sql>): Promise<T> {
  const result = await asSystem(db, (tx) => tx.execute(query));
  return Object.values(result.rows[0] ?? {})[0] as T;
}
