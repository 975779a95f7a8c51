import { call, type Flow, lastOutcome, type Move } from './flow.ts';
import { bookingProposal } from './mentors.ts';
import { tidy } from './words.ts';

/**
 * A request made while a booking waits for its yes ("book Tom friday 4pm" → "remind me at 3 on
 * friday to head out") drops the proposal: a yes later confirms nothing (issue 16: "yes" only
 * confirms the current proposal). The booking is still remembered, so "ok, book it" or "go ahead
 * with the Tom booking" proposes it again, dry-run anew, for a yes of its own.
 */

/** Whether this message, not a change to it (dialogue.ts), dropped a booking proposal. */
export function asideOfProposal(f: Flow): boolean {
  const pending = f.memory.pending;
  return (
    f.facts.proposal?.decision === 'dropped' &&
    pending?.tool === 'book_mentor_session' &&
    f.facts.proposal.tool === pending.tool
  );
}

/** The answer to the request, with the booking on the table kept in mind (not proposed). */
export function keepingBooking(f: Flow, move: Move): Move {
  if ('calls' in move) return move;
  const pending = f.memory.pending!;
  return {
    say: move.say,
    memory: {
      ...(move.memory ?? {}),
      pending,
      ...(f.memory.mentors ? { mentors: f.memory.mentors } : {}),
      ...(f.memory.focusMentor ? { focusMentor: f.memory.focusMentor } : {}),
    },
  };
}

/** "Ok book it", "go ahead with the Tom booking", "confirm the booking": the one kept in mind. */
const bookIt =
  /\b(?:book (?:it|that|that one|the session)|go ahead(?: with (?:it|that|the (?:\w+ )?(?:booking|session)))?|confirm (?:it|that|the (?:\w+ )?(?:booking|session))|do the booking|make the booking|let'?s (?:do it|book it))\b/;

/**
 * "Ok yeah book Amara", "confirme pour Tom" (glossed "confirm for tom"): the mentor of the booking
 * kept in mind, named with nothing new (no day or time, which would be a new booking).
 */
function bookThem(t: string, mentor: string | undefined): boolean {
  const first = mentor ? tidy(mentor).split(' ')[0] : undefined;
  if (!first || first.length < 3) return false;
  return (
    new RegExp(
      `\\b(?:book|confirm|confirme|go ahead)(?: (?:it|the session|the booking))?(?: (?:with|for|pour|avec))? ${first}\\b`,
    ).test(t) && !/\d|\b(?:tomorrow|today|tonight|next|mon|tue|wed|thu|fri|sat|sun)/.test(t)
  );
}

/** The booking kept in mind, proposed again when asked for with no proposal open. */
export function bookingAgain(f: Flow): Move | undefined {
  const pending = f.memory.pending;
  if (f.facts.proposal || pending?.tool !== 'book_mentor_session') return undefined;
  const t = tidy(f.facts.text);
  if (!bookIt.test(t) && !bookThem(t, f.memory.focusMentor?.name)) return undefined;
  const again = lastOutcome(f, pending.tool);
  return again ? bookingProposal(f, again) : call(pending.tool, pending.input);
}
