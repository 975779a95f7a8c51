import { v7 as uuidv7 } from 'uuid';
import type { Deps } from '../../deps.ts';
import { appendAssistantMessage } from '../../domain/chat/messages.ts';
import { withUser } from '../../domain/context.ts';
import type { TurnSink } from '../assistant.ts';
import type { ReplyContext } from '../memory/context.ts';

/** Stores the reply and announces it; when the database cannot take it, the user still sees it. */
export async function persist(
  deps: Deps,
  userId: string,
  replyTo: string,
  content: string,
  context: ReplyContext,
  sink: TurnSink,
): Promise<void> {
  let stored: { id: string; createdAt: Date } | undefined;
  try {
    stored = await withUser(deps, userId, (ctx) =>
      appendAssistantMessage(ctx, { content, replyTo, context }),
    );
  } catch (err) {
    deps.metrics.errors.inc({ surface: 'assistant_store' });
    deps.logger.error({ err, userId, turnId: context.turnId }, 'assistant reply not stored');
  }
  unstored(deps, sink, content, replyTo, stored, context);
}

/** Announces a reply (with the id it was stored under, or a fresh one when it could not be). */
export function unstored(
  deps: Deps,
  sink: TurnSink,
  content: string,
  replyTo: string,
  stored?: { id: string; createdAt: Date },
  context?: ReplyContext,
): void {
  const proposal = context?.proposal;
  sink.message({
    id: stored?.id ?? uuidv7(),
    role: 'assistant',
    content,
    createdAt: (stored?.createdAt ?? deps.clock.now()).toISOString(),
    ...(replyTo ? { replyTo } : {}),
    ...(proposal
      ? { proposal: { id: proposal.id, summary: proposal.summary, expiresAt: proposal.expiresAt } }
      : {}),
  });
}
