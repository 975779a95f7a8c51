import { NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import type { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Database, Schema } from './client.ts';

/** A transaction handle: what every domain verb takes. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export const APP_ROLE = 'nightchill_app';
export const SYSTEM_ROLE = 'nightchill_system';

/** A text value as an SQL literal (pg's escaping), for the opening statements below. */
const literal = (text: string) => pg.escapeLiteral(text);

/**
 * Runs fn in a transaction as `userId` under row-level security: the role and app.user_id are
 * set with is_local = true, so both end with the transaction and a pooled connection never
 * carries one user's identity into the next unit of work.
 */
export function asUser<T>(db: Database, userId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return opened(
    db,
    `SELECT set_config('role', '${APP_ROLE}', true), set_config('app.user_id', ${literal(userId)}, true)`,
    fn,
  );
}

/** Runs fn as nobody in particular: public rows (places, partners, mentors) only. */
export function asPublic<T>(db: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return opened(db, `SELECT set_config('role', '${APP_ROLE}', true)`, fn);
}

/**
 * Runs fn as the system role, for work no single user owns (sign-in lookup, schedulers, seeding,
 * operator commands). Still not a superuser and still under policies: explicit allow-all ones.
 */
export function asSystem<T>(db: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return opened(db, `SELECT set_config('role', '${SYSTEM_ROLE}', true)`, fn);
}

/**
 * drizzle's transaction (NodePgSession.transaction: commit when fn resolves, roll back when it
 * throws, the pooled connection back to its pool), except that BEGIN and the statement that sets
 * the role (`opening`, its values inline) go to the server as one simple-protocol query. drizzle
 * sends BEGIN alone and waits for it, then the role as a statement of its own: two round trips
 * before any work, in every unit of work (docs/performance.md, "Assistant turns"). fn gets
 * drizzle's own transaction object, so savepoints (tx.transaction) and every query builder work
 * as before.
 */
async function opened<T>(db: Database, opening: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const source = db.$client;
  const pooled = source instanceof pg.Pool;
  const client = pooled ? await source.connect() : source;
  // The dialect and the schema's table map are what drizzle() built this database with.
  const { dialect } = db as unknown as { dialect: PgDialect };
  const schema = { fullSchema: db._.fullSchema, schema: db._.schema!, tableNamesMap: db._.tableNamesMap };
  const tx = new NodePgTransaction<Schema, typeof schema.schema>(
    dialect,
    new NodePgSession(client, dialect, schema),
    schema,
  ) as Tx;
  let broken: Error | undefined;
  try {
    await client.query(`BEGIN; ${opening}`);
    const result = await fn(tx);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    // A failed statement leaves the transaction aborted (or never begun): roll back, and drop the
    // connection if even that fails.
    await client.query('ROLLBACK').catch((rollbackFailed: Error) => {
      broken = rollbackFailed;
    });
    throw err;
  } finally {
    if (pooled) (client as pg.PoolClient).release(broken);
  }
}
