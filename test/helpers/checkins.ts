import { sql } from 'drizzle-orm';
import { partners } from '../../src/db/schema/index.ts';
import { asSystem } from '../../src/db/tx.ts';
import type { TestApp } from './app.ts';
import { openSealed } from './config.ts';

/** Degrees of latitude per metre (close enough anywhere for a geofence test). */
export const latPerMetre = 1 / 111_195;

export async function makePartner(app: TestApp, name = 'Quiet Beans Co.') {
  const [row] = await asSystem(app.deps.database.db, (tx) =>
    tx.insert(partners).values({ name, logoUrl: 'https://example.com/logo.png' }).returning(),
  );
  return row!;
}

/** Rows of a table for a user, read as the system role (what is really stored). */
export async function rowsOf(app: TestApp, query: ReturnType<typeof sql>) {
  const { rows } = await asSystem(app.deps.database.db, (tx) => tx.execute(query));
  return rows as Record<string, unknown>[];
}

/** The user's notifications of a type, title and message opened. */
export const notificationsOf = async (app: TestApp, userId: string, type: string) =>
  (
    await rowsOf(
      app,
      sql`SELECT type, title, message, data FROM notifications WHERE user_id = ${userId} AND type = ${type} ORDER BY created_at`,
    )
  ).map((row) => openSealed(row, userId));

/**
 * A fresh token for a user whose old one the moved clock has expired, issued as sign-in would
 * (token version 0: these tests never sign out), without going through the login rate limits.
 */
export function freshToken(app: TestApp, userId: string): Promise<string> {
  return app.deps.tokens.issue({ userId, tokenVersion: 0 }, app.deps.clock.now());
}
