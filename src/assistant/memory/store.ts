import { olderReplyContexts, recentWithContext } from '../../domain/chat/recent-with-context.ts';
import type { UserContext } from '../../domain/context.ts';
import { asReplyContext, type ReplyContext } from './context.ts';
import type { StoredMessage } from './history.ts';

/** The user's newest messages, newest first, each reply with its context read as the assistant's. */
export async function recentMessages(ctx: UserContext, limit: number): Promise<StoredMessage[]> {
  const messages = await recentWithContext(ctx, limit);
  return messages.map(({ context, ...message }) => {
    const reply = message.role === 'assistant' ? asReplyContext(context) : undefined;
    return { ...message, ...(reply ? { context: reply } : {}) };
  });
}

/** How many replies older than the recent ones lastRiskResponse opens at most (sealed: no SQL filter). */
const RISK_LOOKBACK = 100;

const isCrisis = (context: ReplyContext | undefined) => context?.result === 'crisis';

/**
 * When the user's newest risk response was given, if within `since`: the turn that follows stays
 * supportive. Read from the replies' sealed context (the flag, never the words), newest first:
 * first in `recent` (the newest messages, newest first, as recentMessages opened them for the
 * turn), and only when those do not reach back to `since`, in up to RISK_LOOKBACK older replies.
 */
export async function lastRiskResponse(
  ctx: UserContext,
  since: Date,
  recent: StoredMessage[],
  recentLimit: number,
): Promise<Date | undefined> {
  const inRecent = recent.find((m) => m.role === 'assistant' && m.createdAt >= since && isCrisis(m.context));
  if (inRecent) return new Date(inRecent.createdAt);
  const oldest = recent.at(-1);
  // Fewer than asked for: that is the whole conversation. Or the recent ones already reach back.
  if (!oldest || recent.length < recentLimit || oldest.createdAt < since) return undefined;
  const older = await olderReplyContexts(ctx, { before: oldest.id, since, limit: RISK_LOOKBACK });
  const flagged = older.find((reply) => isCrisis(asReplyContext(reply.context)));
  return flagged ? new Date(flagged.createdAt) : undefined;
}
