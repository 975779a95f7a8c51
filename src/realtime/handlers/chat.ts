import type { Socket } from 'socket.io';
import type { Assistant, TurnSink } from '../../assistant/assistant.ts';
import {
  ChatCancelInput,
  ChatHistoryInput,
  ChatSendInput,
  ChatSyncInput,
  type ServerInboundEvents,
  type ServerToClientEvents,
} from '../../contract/socket.ts';
import type { Deps } from '../../deps.ts';
import { consumeChatSend, withinReadBudget } from '../../domain/chat/limits.ts';
import { listAfter, listHistory } from '../../domain/chat/messages.ts';
import type { ChatWriter } from '../../domain/chat/writer.ts';
import { withUser } from '../../domain/context.ts';
import { AppError } from '../../errors.ts';
import { type SocketData, userRoom } from '../events.ts';
import { toWire } from '../wire-cards.ts';
import { registerConfirmHandler } from './confirm.ts';
import { registerRegenerateHandler } from './regenerate.ts';
import { type HandlerEnv, handler } from './wrap.ts';

export type HubSocket = Socket<ServerInboundEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface ChatHandlerDeps {
  deps: Deps;
  assistant: Assistant;
  /** Stores chat:send messages, many per transaction. */
  writer: ChatWriter;
  inflight: Set<Promise<unknown>>;
  /** Emits to every socket of the user, on every instance. */
  sinkFor(userId: string): TurnSink;
  /** Whether other instances share the rooms (the Redis adapter), so local rooms are not all. */
  clustered: boolean;
}

/** chat:send, chat:sync, chat:history, chat:cancel for one connected socket. */
export function registerChatHandlers(socket: HubSocket, handlerDeps: ChatHandlerDeps): void {
  const { deps, assistant, writer, sinkFor, clustered } = handlerDeps;
  const userId = socket.data.userId;
  const logger = deps.logger.child({ socketId: socket.id, userId });
  // One environment per socket, shared by its handlers: a socket's memory is mostly what it
  // allocates once, so nothing here is made per event (docs/performance.md, memory per socket).
  const env: HandlerEnv = {
    logger,
    metrics: deps.metrics,
    inflight: handlerDeps.inflight,
    // A socket is good for as long as its token: past its expiry every event is refused and the
    // socket closed (the client reconnects with a fresh token, or signs in again).
    guard: () =>
      deps.clock.now() >= socket.data.expiresAt
        ? new AppError('unauthorized', 'The token has expired; sign in again.')
        : undefined,
    onUnauthorized: () => setImmediate(() => socket.disconnect(true)),
  };

  socket.on(
    'chat:send',
    handler('chat:send', ChatSendInput, env, async (input) => {
      await consumeChatSend(deps.budgets, userId);
      const storing = writer.send(userId, {
        clientMessageId: input.clientMessageId,
        content: input.content,
        tokenVersion: socket.data.tokenVersion,
      });
      // The crisis check reads the words while the writer gathers and stores them (it waits a
      // moment for other senders): acted on only once the message is stored, as before.
      const screened = assistant.screen?.(input.content, userId);
      const { message, created } = await storing;
      const wire = toWire(message);
      if (created) {
        // The user's other devices see their message; this socket has it from the ack. On one
        // instance the local room is all of them: with no other device there, the echo (a packet
        // encoded for nobody, per message) is skipped.
        if (clustered || (socket.nsp.adapter.rooms.get(userRoom(userId))?.size ?? 0) > 1) {
          socket.to(userRoom(userId)).emit('chat:message', wire);
        }
        assistant
          .startTurn(
            {
              userId,
              message: wire,
              ...(input.location ? { location: input.location } : {}),
              ...(screened ? { screened } : {}),
            },
            sinkFor(userId),
          )
          .catch((err) => logger.error({ err }, 'assistant turn failed'));
      }
      return { message: { id: wire.id, clientMessageId: input.clientMessageId, createdAt: wire.createdAt } };
    }),
  );

  socket.on(
    'chat:sync',
    handler('chat:sync', ChatSyncInput, env, async (input) => {
      const messages = await withinReadBudget(
        deps.budgets,
        userId,
        input.limit,
        () =>
          withUser(deps, userId, (ctx) =>
            listAfter(ctx, { limit: input.limit, ...(input.afterId ? { afterId: input.afterId } : {}) }),
          ),
        (rows) => rows.length,
      );
      // A reply still streaming (on any instance): its text so far; later deltas follow live.
      const turn = await assistant.inProgress?.(userId).catch(() => undefined);
      return { messages: messages.map(toWire), ...(turn ? { turn } : {}) };
    }),
  );

  socket.on(
    'chat:history',
    handler('chat:history', ChatHistoryInput, env, async (input) => {
      const messages = await withinReadBudget(
        deps.budgets,
        userId,
        input.limit,
        () =>
          withUser(deps, userId, (ctx) =>
            listHistory(ctx, { limit: input.limit, ...(input.before ? { before: input.before } : {}) }),
          ),
        (rows) => rows.length,
      );
      return { messages: messages.map(toWire) };
    }),
  );

  socket.on(
    'chat:cancel',
    handler('chat:cancel', ChatCancelInput, env, async (input) => ({
      cancelled: await assistant.cancel(userId, input.turnId),
    })),
  );

  registerConfirmHandler(socket, handlerDeps, env);
  registerRegenerateHandler(socket, handlerDeps, env);
}
