import { sql } from 'drizzle-orm';
import type { Database } from './client.ts';

/** A transaction handle: what every domain verb takes. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export const APP_ROLE = 'nightchill_app';
export const SYSTEM_ROLE = 'nightchill_system';

/**
 * Runs fn in a transaction as `userId` under row-level security: the role and app.user_id are
 * set with is_local = true, so both end with the transaction and a pooled connection never
 * carries one user's identity into the next unit of work.
 */
export function asUser<T>(db: Database, userId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`SELECT set_config('role', ${APP_ROLE}, true), set_config('app.user_id', ${userId}, true)`,
    );
    return fn(tx);
  });
}

/** Runs fn as nobody in particular: public rows (places, partners, mentors) only. */
export function asPublic<T>(db: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT set_config('role', ${APP_ROLE}, true)`);
    return fn(tx);
  });
}

/**
 * Runs fn as the system role, for work no single user owns (sign-in lookup, schedulers, seeding,
 * operator commands). Still not a superuser and still under policies: explicit allow-all ones.
 */
export function asSystem<T>(db: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT set_config('role', ${SYSTEM_ROLE}, true)`);
    return fn(tx);
  });
}
