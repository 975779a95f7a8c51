import { and, desc, eq, gte, isNotNull, isNull, lt } from 'drizzle-orm';
import { chatMessages } from '../../db/schema/index.ts';
import type { UserContext } from '../context.ts';
import { openContext } from './context-seal.ts';
import { type ChatMessage, toMessage } from './messages.ts';

/** A message with the context the assistant stored on its reply (opened), which clients never see. */
export interface MessageWithContext extends ChatMessage {
  context?: Record<string, unknown>;
}

/**
 * The user's newest messages, newest first, each reply with its stored context opened: what the
 * assistant reads back at the start of a turn. The chat verbs for clients leave context out.
 * A reply the user asked for again (superseded, chat:regenerate) is not part of the conversation
 * any more. Row-level security keeps them the user's own.
 */
export async function recentWithContext(ctx: UserContext, limit: number): Promise<MessageWithContext[]> {
  const rows = await ctx.tx
    .select()
    .from(chatMessages)
    .where(and(eq(chatMessages.userId, ctx.userId), isNull(chatMessages.supersededAt)))
    .orderBy(desc(chatMessages.id))
    .limit(limit);
  return rows.map((row) => {
    const context = row.role === 'assistant' ? openContext(ctx.cipher, row.userId, row.context) : undefined;
    return { ...toMessage(ctx, row), ...(context ? { context } : {}) };
  });
}

/**
 * The contexts of the user's replies older than message `before` and written since `since`,
 * newest first, at most `limit`, opened (they are sealed: nothing in them can be filtered in SQL).
 */
export async function olderReplyContexts(
  ctx: UserContext,
  range: { before: string; since: Date; limit: number },
): Promise<{ createdAt: Date; context: Record<string, unknown> | undefined }[]> {
  const rows = await ctx.tx
    .select({ createdAt: chatMessages.createdAt, context: chatMessages.context })
    .from(chatMessages)
    .where(
      and(
        eq(chatMessages.userId, ctx.userId),
        eq(chatMessages.role, 'assistant'),
        lt(chatMessages.id, range.before),
        gte(chatMessages.createdAt, range.since),
        isNotNull(chatMessages.context),
      ),
    )
    .orderBy(desc(chatMessages.id))
    .limit(range.limit);
  return rows.map((row) => ({
    createdAt: row.createdAt,
    context: openContext(ctx.cipher, ctx.userId, row.context) ?? undefined,
  }));
}
