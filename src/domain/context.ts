import type { Logger } from 'pino';
import type { Clock } from '../clock.ts';
import type { FieldCipher } from '../crypto/cipher.ts';
import type { Database } from '../db/client.ts';
import { asSystem, asUser, type Tx } from '../db/tx.ts';

/** What domain verbs need besides a transaction. */
export interface Services {
  cipher: FieldCipher;
  clock: Clock;
  logger: Logger;
}

/** A unit of work for one signed-in user: row-level security sees only their rows. */
export interface UserContext extends Services {
  tx: Tx;
  userId: string;
}

/** A unit of work no single user owns (schedulers, sign-in lookup, operators). */
export interface SystemContext extends Services {
  tx: Tx;
}

export interface ContextSource extends Services {
  database: { db: Database };
}

/** Runs fn for userId in one transaction under row-level security. */
export function withUser<T>(
  source: ContextSource,
  userId: string,
  fn: (ctx: UserContext) => Promise<T>,
): Promise<T> {
  const { cipher, clock, logger } = source;
  return asUser(source.database.db, userId, (tx) => fn({ tx, userId, cipher, clock, logger }));
}

/** Runs fn as the system role in one transaction. */
export function withSystem<T>(source: ContextSource, fn: (ctx: SystemContext) => Promise<T>): Promise<T> {
  const { cipher, clock, logger } = source;
  return asSystem(source.database.db, (tx) => fn({ tx, cipher, clock, logger }));
}
