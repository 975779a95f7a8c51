import { randomUUID } from 'node:crypto';
import { appendAssistantMessage } from '../domain/chat/messages.ts';
import { type ContextSource, withUser } from '../domain/context.ts';
import type { Assistant } from './assistant.ts';

const REPLY =
  "I'm an AI companion, and I've saved your message. I can't help with places, check-ins or mentors " +
  'just yet — that part of me is still being built.';

/**
 * The stand-in assistant until the real one lands (issue 5): it streams a short, honest
 * acknowledgement and stores it as the reply, through the same interface the real one implements.
 */
export function createAcknowledgingAssistant(source: ContextSource): Assistant {
  return {
    async startTurn(request, sink) {
      const turnId = randomUUID();
      for (const word of REPLY.split(/(?<= )/)) sink.delta(turnId, word);
      const reply = await withUser(source, request.userId, (ctx) =>
        appendAssistantMessage(ctx, { content: REPLY, replyTo: request.message.id, context: { turnId } }),
      );
      sink.message({
        id: reply.id,
        role: reply.role,
        content: reply.content,
        createdAt: reply.createdAt.toISOString(),
        replyTo: request.message.id,
      });
    },
    cancel: () => false,
  };
}
