import { and, eq } from 'drizzle-orm';
import { chatMessages } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { UserContext } from '../context.ts';
import type { ChatMessage } from './messages.ts';
import { lockAndLookUp } from './order.ts';
import { type MessageWithContext, recentWithContext } from './recent-with-context.ts';
import { refusal } from './send.ts';

/**
 * Sets aside the assistant's latest reply so that the user's message can be answered again
 * (chat:regenerate): the reply is kept, marked superseded (the record stays whole: the export
 * holds it, and the new reply names it in `replaces`), and is shown and remembered no more.
 *
 * Only the answer to the user's latest message: the newest message shown, right after the message
 * it answers (a reply that followed a confirmation is not an answer to a message). `check` is the
 * assistant's own rule on what it may say again (a reply whose turn wrote something may not be);
 * it throws to refuse. Under the user's row lock, like every chat write, so a message sent at the
 * same moment either comes first (and this reply is no longer the latest) or after.
 * Returns the user's message, to be answered again.
 */
export async function supersedeLatestReply(
  ctx: UserContext,
  replyId: string,
  check: (reply: MessageWithContext) => void,
): Promise<ChatMessage> {
  const now = ctx.clock.now();
  const { authors } = await lockAndLookUp(ctx.tx, [ctx.userId], [], now);
  const refused = refusal({}, authors.get(ctx.userId));
  if (refused) throw refused;
  const [newest, before] = await recentWithContext(ctx, 2);
  if (newest?.id !== replyId || newest.role !== 'assistant') {
    const [target] = await ctx.tx
      .select({ role: chatMessages.role })
      .from(chatMessages)
      .where(and(eq(chatMessages.userId, ctx.userId), eq(chatMessages.id, replyId)));
    if (target?.role !== 'assistant')
      throw new AppError('not_found', 'None of the assistant’s replies to you has that id.');
    throw notLatest();
  }
  // What it did first: a reply that followed a confirmation usually carried it out.
  check(newest);
  if (before?.role !== 'user' || before.id !== newest.replyTo) throw notLatest();
  await ctx.tx
    .update(chatMessages)
    .set({ supersededAt: now })
    .where(and(eq(chatMessages.userId, ctx.userId), eq(chatMessages.id, replyId)));
  const { context: _context, ...message } = before;
  return message;
}

const notLatest = () =>
  new AppError('conflict', 'Only the answer to your latest message can be asked for again.', {
    details: { reason: 'not_latest' },
  });
