import type { Logger } from 'pino';
import type { Cache } from '../cache/index.ts';
import type { Clock } from '../clock.ts';
import type { FieldCipher } from '../crypto/cipher.ts';
import type { Database } from '../db/client.ts';
import type { ReadRouter } from '../db/replica.ts';
import { asPublic, asSystem, asUser, type Tx } from '../db/tx.ts';
import type { DomainEventBus } from '../events.ts';
import type { Budgets } from '../ratelimit/budgets.ts';

/** What domain verbs need besides a transaction. */
export interface Services {
  cipher: FieldCipher;
  clock: Clock;
  logger: Logger;
  events: DomainEventBus;
  cache: Cache;
  /** Cost budgets verbs charge (src/ratelimit/budgets.ts); Deps always has them. */
  budgets?: Budgets;
}

interface UnitOfWork {
  tx: Tx;
  /** Runs fn once the transaction has committed (never if it rolls back): push, cache eviction. */
  afterCommit(fn: () => void): void;
}

/** A unit of work for one signed-in user: row-level security sees only their rows. */
export interface UserContext extends Services, UnitOfWork {
  userId: string;
}

/** A unit of work no single user owns (schedulers, sign-in lookup, operators). */
export interface SystemContext extends Services, UnitOfWork {}

export interface ContextSource extends Services {
  /** db: the system login; app: user traffic's own login when it has one (DATABASE_APP_URL). */
  database: { db: Database; app?: Database };
}

/** Where a user's (or the public's) unit of work runs: never on a login that can become the system. */
export const userTraffic = (source: ContextSource): Database => source.database.app ?? source.database.db;

async function unitOfWork<T>(
  source: ContextSource,
  run: (fn: (tx: Tx) => Promise<T>) => Promise<T>,
  fn: (unit: UnitOfWork & Services) => Promise<T>,
): Promise<T> {
  const { cipher, clock, logger, events, cache, budgets } = source;
  const pending: (() => void)[] = [];
  const result = await run((tx) =>
    fn({ tx, cipher, clock, logger, events, cache, budgets, afterCommit: (f) => pending.push(f) }),
  );
  for (const f of pending) {
    try {
      f();
    } catch (err) {
      logger.error({ err }, 'after-commit hook failed');
    }
  }
  return result;
}

/** Runs fn for userId in one transaction under row-level security. */
export function withUser<T>(
  source: ContextSource,
  userId: string,
  fn: (ctx: UserContext) => Promise<T>,
): Promise<T> {
  return unitOfWork(
    source,
    (work) => asUser(userTraffic(source), userId, work),
    (unit) => fn({ ...unit, userId }),
  );
}

/** Runs fn as the system role in one transaction. */
export function withSystem<T>(source: ContextSource, fn: (ctx: SystemContext) => Promise<T>): Promise<T> {
  return unitOfWork(source, (work) => asSystem(source.database.db, work), fn);
}

/** A unit of work nobody in particular is signed in for: public rows only (places, partners). */
export interface PublicContext extends Services, UnitOfWork {}

/** What read verbs on public data need: any context (user, system or public) has it. */
export type ReadContext = Pick<PublicContext, 'tx' | 'clock' | 'cache' | 'logger'>;

/** Runs fn as the app role with no user: row-level security shows public rows only. */
export function withPublic<T>(source: ContextSource, fn: (ctx: PublicContext) => Promise<T>): Promise<T> {
  return unitOfWork(source, (work) => asPublic(userTraffic(source), work), fn);
}

/** A context source with the read router (Deps has both). */
export interface ReadSource extends ContextSource {
  reads: ReadRouter;
}

/**
 * withPublic on the read replica when it may serve (src/db/replica.ts), else on the primary: for
 * public data a second's staleness cannot hurt (places near a point). Read-only work only.
 */
export function withPublicRead<T>(source: ReadSource, fn: (ctx: PublicContext) => Promise<T>): Promise<T> {
  return source.reads.run((db) => withPublic({ ...source, database: { db } }, fn));
}

/**
 * withUser on the read replica when it may serve: the same role and row-level security (the
 * replica is a physical copy with the same roles and policies), for reads of other people's public
 * data (mentor search, a mentor's profile). A user's reads of their own rows stay on withUser,
 * so what they just wrote is always there. Read-only work only.
 */
export function withUserRead<T>(
  source: ReadSource,
  userId: string,
  fn: (ctx: UserContext) => Promise<T>,
): Promise<T> {
  return source.reads.run((db) => withUser({ ...source, database: { db } }, userId, fn));
}
