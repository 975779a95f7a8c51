import type { Deps } from '../../deps.ts';
import type { ReplyContext } from '../memory/context.ts';
import { type Exchange, exchangesBefore, modelVisible, type StoredMessage } from '../memory/history.ts';
import { readTurnState } from '../memory/store.ts';
import type { AssistantOptions } from '../options.ts';
import type { TurnFacts } from '../providers/types.ts';
import type { Safety, SafetyProfile } from '../safety/safety.ts';
import { supportsUntil } from '../safety/safety.ts';
import type { Coordinates } from '../tools/types.ts';
import {
  isAffirmative,
  isExplicitYes,
  isNegative,
  type OpenProposal,
  openProposal,
  proposalBeforeAside,
} from './proposals.ts';

/** "Are you a bot?", "am I talking to a real person?", "what are you?" */
const asksWhatItIs =
  /\b(?:are|r) (?:you|u) (?:an? |really |actually |even )?(?:ai|a\.i\.|bot|robot|chat ?bot|human|real|person|machine|computer|program|therapist)\b|\b(?:am i|are we) (?:talking|speaking|chatting) (?:to|with) (?:an? )?(?:ai|bot|robot|human|real|person|machine|computer)\b|\bis this (?:an? )?(?:ai|bot|human|real person|person)\b|\bwho am i (?:talking|speaking) (?:to|with)\b|\bwhat are you\b/i;

/** How many replies before the previous one a turn may point back at ("the mentor from before"). */
const EARLIER_REPLIES = 6;

export const asksIfAI = (text: string): boolean => asksWhatItIs.test(text);

export type TurnInput =
  | { kind: 'message'; userId: string; message: { id: string; content: string }; location?: Coordinates }
  | { kind: 'confirm'; userId: string; proposalId: string };

export interface LoadedTurn {
  facts: TurnFacts;
  exchanges: Exchange[];
  hasOlder: boolean;
  /** The message this turn's reply answers. */
  replyTo: string;
  open: OpenProposal | undefined;
  decision: 'confirmed' | 'declined' | 'dropped' | undefined;
  noticeDue: boolean;
  lastNoticeAt: string | undefined;
  /** For a chat:confirm turn whose proposal is no longer open. */
  stale: boolean;
  /** Who the user is, for the words and lines of a safety response. */
  safetyProfile: Required<SafetyProfile>;
}

/** Reads what a turn needs in one round trip (readTurnState): who the user is, and the recent conversation. */
export async function loadTurn(
  deps: Deps,
  input: TurnInput,
  options: AssistantOptions,
  remember: (userId: string, profile: Required<SafetyProfile>) => void,
  safety: Safety,
): Promise<LoadedTurn> {
  const now = deps.clock.now();
  const { profile, rows, flaggedAt } = await readTurnState(
    deps,
    input.userId,
    options.historyWindow + 1,
    new Date(now.getTime() - 48 * 3600_000),
  );
  const safetyProfile = {
    name: profile.displayName,
    timeZone: profile.timeZone,
    crisisCountry: profile.crisisCountry,
  };
  remember(input.userId, safetyProfile);
  const hasOlder = rows.length > options.historyWindow;
  const window: StoredMessage[] = rows.slice(0, options.historyWindow);
  const currentId = input.kind === 'message' ? input.message.id : undefined;
  const exchanges = exchangesBefore(window, currentId);
  const text = input.kind === 'message' ? input.message.content : '';

  let open: OpenProposal | undefined;
  let decision: LoadedTurn['decision'];
  let replyTo: string;
  let stale = false;
  if (input.kind === 'message') {
    replyTo = input.message.id;
    open = openProposal(exchanges, currentId, now);
    if (open) {
      decision = isAffirmative(text, open.proposal.tool, open.proposal.summary)
        ? 'confirmed'
        : isNegative(text)
          ? 'declined'
          : 'dropped';
    } else {
      const behind = proposalBeforeAside(exchanges, currentId, now);
      if (behind && isExplicitYes(text, behind.proposal.tool, behind.proposal.summary)) {
        open = behind;
        decision = 'confirmed';
      }
    }
  } else {
    // chat:confirm: the proposal must be the newest thing in the conversation, and still open.
    const newest = window[0];
    const candidate = openProposal(exchanges, undefined, now);
    if (
      newest &&
      candidate &&
      newest.id === candidate.message.id &&
      candidate.proposal.id === input.proposalId
    ) {
      open = candidate;
      decision = 'confirmed';
    } else stale = true;
    replyTo = candidate?.message.replyTo ?? newest?.replyTo ?? newest?.id ?? '';
  }

  const replies = window.filter((m) => m.role === 'assistant');
  const lastNoticeAt = replies.find((m) => m.context?.aiNoticeAt)?.context?.aiNoticeAt;
  const firstReply = replies.length === 0 && !hasOlder;
  const noticeDue =
    firstReply ||
    asksIfAI(text) ||
    !lastNoticeAt ||
    now.getTime() - new Date(lastNoticeAt).getTime() >= options.aiNoticeEveryMs;

  const supportive = flaggedAt !== undefined && supportsUntil(flaggedAt, profile.timeZone) > now;
  const newestReply = window.find((m) => m.role === 'assistant');

  const last = exchanges.at(-1);
  const previous: ReplyContext | undefined =
    last && modelVisible(last) ? last.replies.at(-1)?.context : undefined;
  // The replies before it, newest first, back to the last one a crisis hid (never read past it).
  const earlier: ReplyContext[] = [];
  for (const ex of exchanges.slice(0, -1).reverse()) {
    if (!previous || !modelVisible(ex) || earlier.length >= EARLIER_REPLIES) break;
    const context = ex.replies.at(-1)?.context;
    if (context) earlier.push(context);
  }
  return {
    facts: {
      userId: input.userId,
      name: profile.displayName,
      timeZone: profile.timeZone,
      now,
      location: input.kind === 'message' ? input.location : undefined,
      text,
      previous,
      earlier,
      proposal:
        open && decision ? { tool: open.proposal.tool, summary: open.proposal.summary, decision } : undefined,
      firstReply,
      support: supportive
        ? {
            line: safety.firstLine(safetyProfile),
            firstTurn: newestReply?.context?.result === 'crisis',
          }
        : undefined,
    },
    exchanges,
    hasOlder,
    replyTo,
    open,
    decision,
    noticeDue,
    lastNoticeAt,
    stale,
    safetyProfile,
  };
}
