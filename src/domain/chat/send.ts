import { eq } from 'drizzle-orm';
import { users } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { UserContext } from '../context.ts';
import { appendUserMessage, type ChatMessage } from './messages.ts';

/**
 * A user's chat message, stored before anyone is told about it. Refused without consent. The same
 * clientMessageId again returns the stored message with created = false (no second reply).
 */
export async function sendChatMessage(
  ctx: UserContext,
  input: { clientMessageId: string; content: string },
): Promise<{ message: ChatMessage; created: boolean }> {
  const [me] = await ctx.tx
    .select({ consent: users.consentGiven })
    .from(users)
    .where(eq(users.id, ctx.userId));
  if (!me) throw new AppError('unauthorized', 'This account no longer exists.');
  if (!me.consent) throw new AppError('consent_required');
  return appendUserMessage(ctx, input);
}
