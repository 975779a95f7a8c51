import { and, desc, eq, gte, isNotNull, lt } from 'drizzle-orm';
import { fieldContext } from '../crypto/fields.ts';
import { chatMessages } from '../db/schema/index.ts';
import { openContext } from '../domain/chat/context-seal.ts';
import type { UserContext } from '../domain/context.ts';
import { asReplyContext, type ReplyContext } from './context.ts';
import type { StoredMessage } from './history.ts';

/**
 * The user's newest messages with the context the assistant stored on its replies (the chat verbs
 * leave context out: clients never see it). Row-level security keeps them the user's own.
 */
export async function recentMessages(ctx: UserContext, limit: number): Promise<StoredMessage[]> {
  const rows = await ctx.tx
    .select()
    .from(chatMessages)
    .where(eq(chatMessages.userId, ctx.userId))
    .orderBy(desc(chatMessages.id))
    .limit(limit);
  return rows.map((row) => {
    const context =
      row.role === 'assistant' ? asReplyContext(openContext(ctx.cipher, row.userId, row.context)) : undefined;
    return {
      id: row.id,
      role: row.role,
      content: ctx.cipher.read(row.content, fieldContext.chatContent(row.userId)),
      createdAt: row.createdAt,
      ...(row.clientMessageId ? { clientMessageId: row.clientMessageId } : {}),
      ...(row.replyTo ? { replyTo: row.replyTo } : {}),
      ...(context ? { context } : {}),
    };
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
  const rows = await ctx.tx
    .select({ createdAt: chatMessages.createdAt, context: chatMessages.context })
    .from(chatMessages)
    .where(
      and(
        eq(chatMessages.userId, ctx.userId),
        eq(chatMessages.role, 'assistant'),
        lt(chatMessages.id, oldest.id),
        gte(chatMessages.createdAt, since),
        isNotNull(chatMessages.context),
      ),
    )
    .orderBy(desc(chatMessages.id))
    .limit(RISK_LOOKBACK);
  const flagged = rows.find((row) =>
    isCrisis(asReplyContext(openContext(ctx.cipher, ctx.userId, row.context))),
  );
  return flagged ? new Date(flagged.createdAt) : undefined;
}
