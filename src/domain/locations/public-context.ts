import { asPublic, type Tx } from '../../db/tx.ts';
import type { ContextSource, Services } from '../context.ts';

/** A unit of work nobody in particular is signed in for: public rows only (places, partners). */
export interface PublicContext extends Services {
  tx: Tx;
  afterCommit(fn: () => void): void;
}

/** What read verbs on public data need: any context (user, system or public) has it. */
export type ReadContext = Pick<PublicContext, 'tx' | 'clock' | 'cache' | 'logger'>;

/**
 * Runs fn as the app role with no user (asPublic): row-level security shows public rows only.
 * Mirrors withUser/withSystem in ../context.ts, where it belongs once that file is open to edits.
 */
export async function withPublic<T>(
  source: ContextSource,
  fn: (ctx: PublicContext) => Promise<T>,
): Promise<T> {
  const { cipher, clock, logger, events, cache } = source;
  const pending: (() => void)[] = [];
  const result = await asPublic(source.database.db, (tx) =>
    fn({ tx, cipher, clock, logger, events, cache, afterCommit: (f) => pending.push(f) }),
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
