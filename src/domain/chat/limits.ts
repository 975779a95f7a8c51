import { type Budgets, budgetTable } from '../../ratelimit/budgets.ts';
import type { RateRule } from '../../ratelimit/index.ts';

/**
 * Messages a person may send by default: 30 a minute, at most 30 at once, per user across all
 * their devices and every instance (the limiter lives in Redis when there is one). Generous for a
 * human typing, and it bounds the assistant turns (and model spend) one account can start. LIMITS
 * may change it (chat_send); this is the default, which the flood drill measures against.
 */
export const chatRule: RateRule = budgetTable.chat_send.rule;

/** Charges one chat:send to the user's budget; rate_limited with retryAfterSeconds when over. */
export async function consumeChatSend(budgets: Budgets, userId: string): Promise<void> {
  await budgets.charge('chat_send', userId);
}

/**
 * Runs a read of chat rows (chat:sync, chat:history, GET /api/me/messages) within the user's
 * chat_reads budget, which counts rows returned. The whole `limit` is charged before the query and
 * what was not returned is given back after: charging after the fact would let a burst of
 * concurrent reads (one socket may have any number in flight) all run against one remaining row.
 * Every call keeps at least one row's worth, so polling an empty tail is not free either.
 */
export async function withinReadBudget<T>(
  budgets: Budgets,
  userId: string,
  limit: number,
  read: () => Promise<T>,
  rowsOf: (result: T) => number,
): Promise<T> {
  const charged = await budgets.charge('chat_reads', userId, limit);
  // A read that fails keeps one row's worth, like an empty one.
  let used = 1;
  try {
    const result = await read();
    used = Math.max(1, rowsOf(result));
    return result;
  } finally {
    if (charged > used) await budgets.refund('chat_reads', userId, charged - used);
  }
}
