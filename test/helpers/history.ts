import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { ReplyContext } from '../../src/assistant/memory/context.ts';
import { fieldContext } from '../../src/crypto/fields.ts';
import { chatMessages } from '../../src/db/schema/index.ts';
import { sealContext } from '../../src/domain/chat/context-seal.ts';
import { type ContextSource, withUser } from '../../src/domain/context.ts';

/** One earlier exchange: the user's words, the reply's, and what the reply stored beside them. */
export interface SeededExchange {
  user: string;
  reply: string;
  context?: Omit<ReplyContext, 'turnId' | 'result'>;
}

/**
 * Stores `count` earlier exchanges of a user's conversation directly, as a turn would have (contents
 * encrypted, the reply's context sealed), in batches: a conversation at turn 1,000 without running
 * 999 turns.
 */
export async function seedConversation(
  deps: ContextSource,
  userId: string,
  count: number,
  exchange: (i: number) => SeededExchange,
): Promise<void> {
  await withUser(deps, userId, async (ctx) => {
    const seal = (text: string) => ctx.cipher.encrypt(text, fieldContext.chatContent(userId));
    for (let start = 0; start < count; start += 200) {
      const values: (typeof chatMessages.$inferInsert)[] = [];
      for (let i = start; i < Math.min(count, start + 200); i++) {
        const { user, reply, context } = exchange(i);
        const id = uuidv7();
        const createdAt = ctx.clock.now();
        const stored: ReplyContext = {
          turnId: randomUUID(),
          result: 'ok',
          aiNoticeAt: ctx.clock.now().toISOString(),
          ...context,
        };
        values.push(
          { id, userId, createdAt, role: 'user', content: seal(user), clientMessageId: randomUUID() },
          {
            id: uuidv7(),
            userId,
            createdAt,
            role: 'assistant',
            replyTo: id,
            content: seal(reply),
            context: sealContext(ctx.cipher, userId, stored),
          },
        );
      }
      await ctx.tx.insert(chatMessages).values(values);
    }
  });
}
