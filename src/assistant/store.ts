import { and, desc, eq, gte, isNotNull } from 'drizzle-orm';
import { fieldContext } from '../crypto/fields.ts';
import { chatMessages } from '../db/schema/index.ts';
import { openContext } from '../domain/chat/context-seal.ts';
import type { UserContext } from '../domain/context.ts';
import { asReplyContext } from './context.ts';
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

/** How many of the newest replies lastRiskResponse opens at most (contexts are sealed: no SQL filter). */
const RISK_LOOKBACK = 100;

/**
 * When the user's newest risk response was given, if within `since` and among their last
 * RISK_LOOKBACK replies: the turn that follows stays supportive. Read from the stored replies'
 * sealed context (the flag, never the words), newest first.
 */
export async function lastRiskResponse(ctx: UserContext, since: Date): Promise<Date | undefined> {
  const rows = await ctx.tx
    .select({ createdAt: chatMessages.createdAt, context: chatMessages.context })
    .from(chatMessages)
    .where(
      and(
        eq(chatMessages.userId, ctx.userId),
        eq(chatMessages.role, 'assistant'),
        gte(chatMessages.createdAt, since),
        isNotNull(chatMessages.context),
      ),
    )
    .orderBy(desc(chatMessages.id))
    .limit(RISK_LOOKBACK);
  const flagged = rows.find(
    (row) => asReplyContext(openContext(ctx.cipher, ctx.userId, row.context))?.result === 'crisis',
  );
  return flagged ? new Date(flagged.createdAt) : undefined;
}
