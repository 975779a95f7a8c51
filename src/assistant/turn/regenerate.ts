import type { Deps } from '../../deps.ts';
import type { ChatMessage } from '../../domain/chat/messages.ts';
import type { MessageWithContext } from '../../domain/chat/recent-with-context.ts';
import { supersedeLatestReply } from '../../domain/chat/regenerate.ts';
import { withUser } from '../../domain/context.ts';
import { AppError } from '../../errors.ts';
import type { Assistant, TurnSink } from '../assistant.ts';
import { asReplyContext } from '../memory/context.ts';
import { toolNamed } from '../tools/registry.ts';
import type { Coordinates } from '../tools/types.ts';

/**
 * What the assistant will not say again. A reply whose turn wrote something (a check-in, a booking,
 * a reminder, a mood) stays as it is: a second answer would either do it twice or stand beside a
 * record that says otherwise. A safety response is fixed words, and a reply whose context cannot
 * be read cannot be shown to have written nothing.
 */
export function mayRegenerate(reply: MessageWithContext): void {
  const context = asReplyContext(reply.context);
  if (!context) {
    throw new AppError('unprocessable', 'That reply cannot be asked for again.', {
      details: { reason: 'not_regenerable' },
    });
  }
  if (context.crisis || context.result === 'crisis') {
    throw new AppError('unprocessable', 'A safety response is not written again.', {
      details: { reason: 'safety_response' },
    });
  }
  const acted = (context.tools ?? []).filter((call) => {
    const effect = toolNamed(call.name)?.sideEffect ?? 'write';
    return call.ok && !call.proposed && effect !== 'none';
  });
  if (acted.length > 0 || context.proposalOutcome?.decision === 'confirmed') {
    throw new AppError('unprocessable', 'That reply did something for you, so it stays as it is.', {
      details: { reason: 'reply_acted', tools: [...new Set(acted.map((c) => c.name))] },
    });
  }
}

/**
 * chat:regenerate: answers the user's latest message again, in place of the assistant's reply to
 * it. Refused while a turn runs (on any instance: the coordinator knows) and for any reply but
 * that one (domain/chat/regenerate.ts, under the user's row lock). The old reply is set aside
 * first; the new turn then runs as a chat:send's does (same queue, same lock across instances,
 * same crisis check), and its reply names the old one in `replaces`. Resolves with the message
 * being answered once the turn is queued.
 */
export async function regenerateReply(
  deps: Deps,
  assistant: Assistant,
  userId: string,
  input: { messageId: string; location?: Coordinates },
  sink: TurnSink,
): Promise<ChatMessage> {
  const running = await assistant.inProgress?.(userId).catch(() => undefined);
  if (running) {
    throw new AppError('conflict', 'A reply is being written: wait for it, or stop it first.', {
      details: { reason: 'turn_in_progress', turnId: running.turnId },
    });
  }
  const message = await withUser(deps, userId, (ctx) =>
    supersedeLatestReply(ctx, input.messageId, mayRegenerate),
  );
  assistant
    .startTurn(
      {
        userId,
        message: {
          id: message.id,
          role: 'user',
          content: message.content,
          createdAt: message.createdAt.toISOString(),
          ...(message.clientMessageId ? { clientMessageId: message.clientMessageId } : {}),
        },
        ...(input.location ? { location: input.location } : {}),
      },
      sink,
    )
    .catch((err) => deps.logger.error({ err, userId }, 'regenerated turn failed'));
  return message;
}
