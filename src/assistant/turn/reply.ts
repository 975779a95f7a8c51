import { v7 as uuidv7 } from 'uuid';
import type { Deps } from '../../deps.ts';
import {
  type ProposalDecision,
  type ReplyAttachments,
  settleProposal,
  trimmed,
} from '../../domain/chat/attachments.ts';
import { appendAssistantMessage } from '../../domain/chat/messages.ts';
import { withUser } from '../../domain/context.ts';
import type { TurnSink } from '../assistant.ts';
import type { ReplyContext } from '../memory/context.ts';

/** What a reply keeps beside its words: its cards, and what became of the proposal it answered. */
export interface ReplyExtras {
  attachments?: ReplyAttachments;
  /** The proposal that was open before this turn, and the user's decision on it. */
  decided?: { messageId: string; decision: ProposalDecision };
}

/** Stores the reply and announces it; when the database cannot take it, the user still sees it. */
export async function persist(
  deps: Deps,
  userId: string,
  replyTo: string,
  content: string,
  context: ReplyContext,
  sink: TurnSink,
  extras: ReplyExtras = {},
): Promise<void> {
  const attachments = extras.attachments && trimmed(extras.attachments);
  let stored: { id: string; createdAt: Date; replaces?: string } | undefined;
  try {
    stored = await withUser(deps, userId, async (ctx) => {
      const message = await appendAssistantMessage(ctx, {
        content,
        replyTo,
        context,
        ...(attachments ? { attachments } : {}),
        proposes: context.proposal !== undefined,
      });
      if (extras.decided) await settleProposal(ctx, extras.decided.messageId, extras.decided.decision);
      return message;
    });
  } catch (err) {
    deps.metrics.errors.inc({ surface: 'assistant_store' });
    deps.logger.error({ err, userId, turnId: context.turnId }, 'assistant reply not stored');
  }
  unstored(deps, sink, content, replyTo, stored, context, attachments);
}

/**
 * A decision on a proposal whose turn stored no reply (stopped before it said a word): the
 * proposal is no longer open all the same.
 */
export async function settleUnanswered(
  deps: Deps,
  userId: string,
  decided: ReplyExtras['decided'],
): Promise<void> {
  if (!decided) return;
  await withUser(deps, userId, (ctx) => settleProposal(ctx, decided.messageId, decided.decision)).catch(
    (err: unknown) => deps.logger.error({ err, userId }, 'proposal decision not stored'),
  );
}

/** Announces a reply (with the id it was stored under, or a fresh one when it could not be). */
export function unstored(
  deps: Deps,
  sink: TurnSink,
  content: string,
  replyTo: string,
  stored?: { id: string; createdAt: Date; replaces?: string },
  context?: ReplyContext,
  attachments?: ReplyAttachments,
): void {
  const proposal = context?.proposal;
  sink.message({
    id: stored?.id ?? uuidv7(),
    role: 'assistant',
    content,
    createdAt: (stored?.createdAt ?? deps.clock.now()).toISOString(),
    ...(replyTo ? { replyTo } : {}),
    ...(stored?.replaces ? { replaces: stored.replaces } : {}),
    ...(attachments?.places?.length ? { places: attachments.places } : {}),
    ...(attachments?.exercise ? { exercise: attachments.exercise } : {}),
    ...(proposal
      ? {
          proposal: {
            id: proposal.id,
            summary: proposal.summary,
            expiresAt: proposal.expiresAt,
            status: 'open' as const,
          },
        }
      : {}),
  });
}
