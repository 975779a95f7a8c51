import { and, desc, eq, gte, sql } from 'drizzle-orm';
import { fieldContext } from '../crypto/fields.ts';
import { chatMessages } from '../db/schema/index.ts';
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
    const context = row.role === 'assistant' ? asReplyContext(row.context) : undefined;
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

/**
 * When the user's newest risk response was given, if within `since`: the turn that follows stays
 * supportive. Read from the stored replies' context (the flag, never the words), newest first.
 */
export async function lastRiskResponse(ctx: UserContext, since: Date): Promise<Date | undefined> {
  const [row] = await ctx.tx
    .select({ createdAt: chatMessages.createdAt })
    .from(chatMessages)
    .where(
      and(
        eq(chatMessages.userId, ctx.userId),
        eq(chatMessages.role, 'assistant'),
        gte(chatMessages.createdAt, since),
        sql`${chatMessages.context}->>'result' = 'crisis'`,
      ),
    )
    .orderBy(desc(chatMessages.id))
    .limit(1);
  return row ? new Date(row.createdAt) : undefined;
}
