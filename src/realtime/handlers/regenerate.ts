import { regenerateReply } from '../../assistant/turn/regenerate.ts';
import { ChatRegenerateInput } from '../../contract/socket.ts';
import { consumeChatSend } from '../../domain/chat/limits.ts';
import type { ChatHandlerDeps, HubSocket } from './chat.ts';
import { type HandlerEnv, handler } from './wrap.ts';

/**
 * chat:regenerate {messageId, location?}: the assistant's latest reply, written again. It runs a
 * model turn, so it spends the chat:send budget. Acks once the old reply is set aside and the
 * new turn queued; the new reply streams like any other and names the old one in `replaces`.
 */
export function registerRegenerateHandler(
  socket: HubSocket,
  { deps, assistant, sinkFor }: ChatHandlerDeps,
  env: HandlerEnv,
): void {
  const userId = socket.data.userId;
  socket.on(
    'chat:regenerate',
    handler('chat:regenerate', ChatRegenerateInput, env, async (input) => {
      await consumeChatSend(deps.budgets, userId);
      const message = await regenerateReply(deps, assistant, userId, input, sinkFor(userId));
      return { regenerating: { messageId: input.messageId, replyTo: message.id } };
    }),
  );
}
