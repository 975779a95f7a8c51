import { eq } from 'drizzle-orm';
import { users } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { UserContext } from '../context.ts';
import { appendUserMessage, type ChatMessage } from './messages.ts';
import type { ChatAuthor } from './order.ts';

/**
 * The one rule for storing a user's chat message, on every path (the writer's batches, its
 * row-by-row fallback, a single send): why the sender may not post, or undefined. Erased: the
 * account is gone. Signed out since (or password changed): the token's version is not the
 * account's. No consent: nothing is stored.
 */
export function refusal(
  sent: { tokenVersion?: number },
  author: Pick<ChatAuthor, 'consent' | 'tokenVersion'> | undefined,
): AppError | undefined {
  if (!author) return new AppError('unauthorized', 'This account no longer exists.');
  if (sent.tokenVersion !== undefined && sent.tokenVersion !== author.tokenVersion) {
    return new AppError('unauthorized', 'This session has ended; sign in again.');
  }
  if (!author.consent) return new AppError('consent_required');
  return undefined;
}

/**
 * A user's chat message, stored before anyone is told about it, unless `refusal` says no.
 * tokenVersion: the sender's token's, when the message came over a socket. The same
 * clientMessageId again returns the stored message with created = false (no second reply).
 */
export async function sendChatMessage(
  ctx: UserContext,
  input: { clientMessageId: string; content: string; tokenVersion?: number },
): Promise<{ message: ChatMessage; created: boolean }> {
  const [me] = await ctx.tx
    .select({ consent: users.consentGiven, tokenVersion: users.tokenVersion })
    .from(users)
    .where(eq(users.id, ctx.userId));
  const refused = refusal(input, me);
  if (refused) throw refused;
  return appendUserMessage(ctx, { clientMessageId: input.clientMessageId, content: input.content });
}
