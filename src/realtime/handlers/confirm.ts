import { ChatConfirmInput } from '../../contract/socket.ts';
import { AppError } from '../../errors.ts';
import type { ChatHandlerDeps, HubSocket } from './chat.ts';
import { type HandlerEnv, handler } from './wrap.ts';

/**
 * chat:confirm {proposalId}: the user's yes to the booking or cancellation the assistant just
 * proposed, from a button rather than a message. Acks once the proposal is known to be open; the
 * reply then streams like any other turn.
 */
export function registerConfirmHandler(
  socket: HubSocket,
  { assistant, sinkFor }: ChatHandlerDeps,
  env: HandlerEnv,
): void {
  const userId = socket.data.userId;
  socket.on(
    'chat:confirm',
    handler('chat:confirm', ChatConfirmInput, env, async (input) => {
      if (!assistant.confirm)
        throw new AppError('not_found', 'There is nothing to confirm.', { reason: 'proposal_not_open' });
      await assistant.confirm(userId, input.proposalId, sinkFor(userId));
      return { confirmed: true as const };
    }),
  );
}
