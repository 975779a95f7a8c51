import type { ReadRouter } from '../db/replica.ts';
import { type ContextSource, type PublicContext, type UserContext, withPublic, withUser } from './context.ts';

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
