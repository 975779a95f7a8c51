import type { Tx } from '../../db/tx.ts';
import type { UserContext } from '../context.ts';

const DEADLOCK = '40P01';
const ATTEMPTS = 8;

function isDeadlock(err: unknown): boolean {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, d = 0; e && d < 5; d++) {
    if (e.code === DEADLOCK) return true;
    e = e.cause as typeof e;
  }
  return false;
}

/**
 * Runs one write in a savepoint and runs it again if PostgreSQL broke a deadlock by aborting it.
 * Bookings and moves take the calendar locks first (lockCalendars), so they no longer wait on each
 * other's rows; a row rewritten by a writer that takes no calendar lock (the reminder sweep, when
 * its update is not HOT) can still meet a booking's new row, and each wait for the other. The one
 * aborted must not answer 503 when it is simply second: retried, it waits for the winner and
 * then meets the constraint (a 409) or, if the winner rolled back, succeeds.
 */
export async function retryOnDeadlock<T>(ctx: UserContext, write: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.tx.transaction(write);
    } catch (err) {
      if (!isDeadlock(err) || attempt >= ATTEMPTS) throw err;
      ctx.logger.debug({ attempt }, 'write chosen as deadlock victim; retrying');
    }
  }
}
