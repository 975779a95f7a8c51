import type { Exchange, StoredMessage } from '../memory/history.ts';

/**
 * A proposed write (booking, cancelling, or a check-in or reminder the user did not plainly ask
 * for) happens only after the user agreed to that exact proposal: the turn that proposes stores it
 * with its reply; the user's next message (or chat:confirm) decides.
 * A proposal is open only while its reply is the latest thing the assistant said, only for a
 * message sent after the user could read it, and only until it expires.
 */

const yes =
  /^(?:y|ya|yes|yeah|yep|yup|sure|ok|okay|k|alright|all right|please|please do|yes please|go ahead|go for it|do it|sounds good|perfect|great|confirm|confirmed|i confirm|that works|that's fine|thats fine|fine|absolutely|definitely|let's do it|lets do it|correct|that's right|thats right)(?:[\s,!.]+(?:please|thanks|thank you|do it|go ahead|that works|sounds good|perfect|great|yes|that's right|thats right|correct|exactly))*[\s!.]*$/;

/** Saying yes by naming the action: only counts for that action ("cancel it" never books). */
const namedYes: Record<string, RegExp> = {
  book_mentor_session:
    /^(?:(?:yes|yeah|ok|okay|sure)[\s,!.]+)?(?:please )?(?:book (?:it|that|that one|me in|the session|him|her|them)|go ahead and book(?: it)?)(?:[\s,!.]+(?:please|thanks|thank you))*[\s!.]*$/,
  check_in:
    /^(?:(?:yes|yeah|ok|okay|sure)[\s,!.]+)?(?:please )?(?:check (?:me )?in(?: there)?|go ahead and check me in)(?:[\s,!.]+(?:please|thanks|thank you))*[\s!.]*$/,
  create_reminder:
    /^(?:(?:yes|yeah|ok|okay|sure)[\s,!.]+)?(?:please )?(?:set it|remind me|send it|go ahead and (?:set|send) it)(?:[\s,!.]+(?:please|thanks|thank you))*[\s!.]*$/,
  cancel_mentor_session:
    /^(?:(?:yes|yeah|ok|okay|sure)[\s,!.]+)?(?:please )?(?:cancel (?:it|that|that one|the session|my session)|go ahead and cancel(?: it)?)(?:[\s,!.]+(?:please|thanks|thank you))*[\s!.]*$/,
};

const no =
  /^(?:n|no|nope|nah|no thanks|no thank you|don't|dont|do not|cancel|stop|never mind|nevermind|not now|maybe later|wait|hold on|not yet|no don't|no dont)(?:\b.*)?$/;

const tidy = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}' ,!.]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A plain yes to what was just proposed ("yes", "sure, go ahead", "book it" for a booking). */
export const isAffirmative = (text: string, tool: string): boolean => {
  const t = tidy(text);
  return yes.test(t) || (namedYes[tool]?.test(t) ?? false);
};

/** A plain no ("no thanks", "not now", "wait"). */
export const isNegative = (text: string): boolean => no.test(tidy(text));

export interface OpenProposal {
  message: StoredMessage;
  proposal: NonNullable<NonNullable<StoredMessage['context']>['proposal']>;
}

/** The proposal the user's current message may answer, if one is open. */
export function openProposal(
  exchanges: Exchange[],
  currentId: string | undefined,
  now: Date,
): OpenProposal | undefined {
  const last = exchanges.at(-1);
  const reply = last?.replies.at(-1);
  const proposal = reply?.context?.proposal;
  if (!reply || !proposal) return undefined;
  if (new Date(proposal.expiresAt) <= now) return undefined;
  // The user must have sent this after the proposal was stored (not while it was being written).
  if (currentId !== undefined && currentId < reply.id) return undefined;
  return { message: reply, proposal };
}
