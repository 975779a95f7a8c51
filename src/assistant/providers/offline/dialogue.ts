import type { MentorView } from '../../tools/views.ts';
import { call, chosen, type Flow, lastOutcome, type Move, resultOf } from './flow.ts';
import { wordsOf } from './i18n/index.ts';
import { afterNo } from './memory.ts';
import { withoutOrdinal } from './mentor-refs.ts';
import { bookingProposal, cancelProposal, declinedReply } from './mentors.ts';
import { fold } from './names.ts';
import { sessionByName } from './session-moves.ts';
import { understand } from './understand.ts';
import { changeWhen } from './when.ts';
import { tidy } from './words.ts';

/**
 * The dialogue state between turns (issue 16, point 2): what was just proposed or booked, so a
 * message that only makes sense against it is read against it. "Make it 4pm" changes the time of
 * the booking on the table and keeps its day; "change it to thursday" keeps its time; "with Amara
 * instead" and "the other mentor" change the mentor; "actually cancel that" drops the proposal,
 * or, after a booking, proposes cancelling that session. Anything else is read afresh.
 */

/** "Actually cancel that", "never mind", "forget it", "scratch that". */
const dropIt =
  /^(?:(?:actually|no|nah|ok|okay|oh|ah|ugh|argh|damn|dang|shoot|crap|wait|hmm|um|sorry|sry|oops),? )*(?:(?:please |pls )?(?:undo|take back|reverse)(?: that| it| this)?|(?:please |pls )?cancel(?: that| it| this| the booking)?(?! (?:the|my) (?:\w+ )?(?:one|session|appointment)\b| (?:\w+ ){0,2}(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day\b)|never ?mind|forget (?:it|that|about it)|scratch that|don'?t (?:book|bother)(?: it)?|leave it|i changed my mind|changed my mind)\b/;

/** Words that point at what was just done: "cancel that", "actually cancel it", "scratch that". */
const thatOne =
  /\b(?:that|it|this)\b|^(?:actually|oh|ah|ugh|wait|hmm|oops|sorry)\b|\b(?:scratch|undo)\b|\bchanged my mind\b/;

/** Words that change something on the table rather than start something new. */
const changes =
  /\b(?:instead|rather|make it|change it|move it|push it|switch|the other|how about|what about|same time|i meant|i mean|(?:earlier|previous|original|first) (?:time|slot|hour))\b/;

/**
 * "The earlier time was fine", "go back to 2pm's slot": the time the booking on the table replaced,
 * as the glosses give "la hora de antes", "l'heure d'avant", "die frühere Uhrzeit".
 */
const earlierTime =
  /\b(?:earlier|previous|first|original|old|before) (?:time|slot|hour)\b|\bgo back to (?:the )?(?:first|earlier|original|old|previous)\b|\bas (?:it was )?before\b/;

/** "Same time", as the glosses give "a la misma hora", "à la même heure", "zur gleichen Zeit". */
const sameTime = /\bsame (?:time|hour|slot)\b/;

/** "Another one at 11am", "one more on friday": a second session with the mentor just booked. */
const another =
  /\b(?:another|one more|a second|a 2nd) (?:one|session|slot|booking|appointment)\b|^(?:(?:and|also|ok|okay|great|cool|nice|perfect),? )*(?:another|one more)\b|\b(?:another|one more)(?= (?:on|at|for|tomorrow|tmrw|next|this|same|the \d|\d))|\bsame time next week\b|\bnext week (?:as well|too)\b/;

/** Requests of their own: said while a booking waits, they are not a change to it. */
const aside = new Set([
  'find_places',
  'place_details',
  'check_in',
  'journey',
  'rewards',
  'list_sessions',
  'reminder',
  'mood',
  'exercise',
  'find_mentor',
]);

/** A question the companion asked and the user let go: "nah forget it" to "what time?". */
const asked: Partial<Record<NonNullable<Flow['memory']['awaiting']>, string>> = {
  booking_time: 'book_mentor_session',
  booking_mentor: 'book_mentor_session',
  cancel_choice: 'cancel_mentor_session',
  reminder_time: 'create_reminder',
  reminder_choice: 'update_reminder',
  reminder_new_time: 'update_reminder',
  move_choice: 'reschedule_mentor_session',
  move_time: 'reschedule_mentor_session',
};

/**
 * "And the Amara one, can it be Friday instead": a session named by a mentor other than the one in
 * focus, so not the booking just cancelled or declined (that one is offered again only unnamed).
 */
function otherOneNamed(f: Flow, t: string): boolean {
  const named = sessionByName(t);
  return named !== undefined && named !== fold(f.memory.focusMentor?.name ?? '').split(' ')[0];
}

export function followUp(f: Flow): Move | undefined {
  const t = tidy(f.facts.text);
  const pending = f.memory.pending;

  // A change under way in this turn: the tools answered, say what became of it.
  const booked = lastOutcome(f, 'book_mentor_session');
  const offered = f.memory.offered?.tool === 'book_mentor_session' && !pending ? f.memory.offered : undefined;
  const sameAsOffered = offered !== undefined && sameTime.test(t) && !otherOneNamed(f, t);
  if (booked && (pending?.tool === 'book_mentor_session' || another.test(t) || sameAsOffered))
    return bookingProposal(f, booked);

  // "Could we do Thursday same time instead?" after a booking was declined or a session cancelled:
  // that booking again at the day or time named, with the same mentor (none other is named).
  if (
    offered &&
    changes.test(t) &&
    !/\b(?:with|about|see|book|other) [a-z]/.test(t) &&
    !otherOneNamed(f, t)
  ) {
    const input = offered.input as { scheduledAt: string };
    const when = changeWhen(f.facts.text, new Date(input.scheduledAt), f.facts.now, f.facts.timeZone);
    if (when?.past) return { say: wordsOf(f).booking.pastChange(f), memory: f.memory };
    if (when?.at && when.at.toISOString() !== input.scheduledAt)
      return call('book_mentor_session', { ...offered.input, scheduledAt: when.at.toISOString() });
  }

  // "What about Siobhan then, same time": the booking just declined, with the mentor named.
  if (sameAsOffered) {
    const input = offered.input as { mentorId: string; scheduledAt: string };
    let found: { id: string } | undefined = chosen(f.memory.mentors, { words: t }, (m) => m.name);
    if (!found) {
      const search = lastOutcome(f, 'search_mentors');
      if (!search) return call('search_mentors', { limit: 10 });
      found = search.ok
        ? chosen(resultOf<{ mentors: MentorView[] }>(search).mentors, { words: t }, (m) => m.name)
        : undefined;
    }
    if (found && new Date(input.scheduledAt) > f.facts.now)
      return call('book_mentor_session', { ...offered.input, mentorId: found.id });
  }

  // Let go of the question asked: nothing is done.
  const dropped = f.memory.awaiting ? asked[f.memory.awaiting] : undefined;
  if (dropped && !f.facts.proposal && dropIt.test(t) && !changes.test(t)) {
    return { ...declinedReply(f, dropped), memory: {} };
  }

  // A second session with the mentor just booked: the same day unless another is named.
  const last = f.memory.lastBooked;
  if (last?.mentorId && last.at && !pending && another.test(t)) {
    const when = changeWhen(withoutOrdinal(f.facts.text), new Date(last.at), f.facts.now, f.facts.timeZone);
    if (when?.past) return { say: wordsOf(f).booking.pastChange(f), memory: f.memory };
    const input = {
      mentorId: last.mentorId,
      durationMinutes: last.duration ?? 60,
      sessionType: last.sessionType ?? 'virtual',
    };
    if (!when?.at) {
      return {
        say: wordsOf(f).booking.whatTime({ mentor: last.mentor }),
        memory: {
          awaiting: 'booking_time',
          mentors: [{ id: last.mentorId, name: last.mentor, meets: 'both' }],
          booking: {
            mentorId: last.mentorId,
            duration: input.durationMinutes,
            sessionType: input.sessionType,
          },
        },
      };
    }
    return call('book_mentor_session', { ...input, scheduledAt: when.at.toISOString() });
  }
  const cancelling = lastOutcome(f, 'cancel_mentor_session');
  if (cancelling && f.memory.lastBooked) return cancelProposal(f, cancelling);

  // The session booked in the last turn: "actually cancel that" (not "cancel a session": that lists them).
  if (f.memory.lastBooked && !pending && dropIt.test(t) && thatOne.test(t)) {
    return call('cancel_mentor_session', { sessionId: f.memory.lastBooked.sessionId });
  }

  if (pending?.tool !== 'book_mentor_session' || !f.facts.proposal) return undefined;
  if (f.facts.proposal.decision !== 'dropped') return undefined;
  if (dropIt.test(t) && !changes.test(t))
    return { ...declinedReply(f, pending.tool), memory: afterNo(f.memory, pending.tool) };
  // Another request ("remind me at 3 on friday to head out"), not a change to the booking.
  if (!changes.test(t) && aside.has(understand(f.facts.text, { ...f.memory, awaiting: undefined }).kind))
    return undefined;

  const input = pending.input as { mentorId: string; scheduledAt: string };
  let mentorId = input.mentorId;
  let scheduledAt = input.scheduledAt;

  // Another mentor: "the other one" among those listed, or a name looked up among all of them.
  const named = /\b(?:with|see|book) [a-z]|\binstead\b|\brather\b|\bprefer\b|\bi meant?\b/.test(t);
  // "I meant Amara, not Tom": the one ruled out is not the one meant.
  const wanted = t.replace(/\b(?:not|rather than|instead of) (?:with )?[a-z]+(?: [a-z]+)?/g, ' ');
  const other = /\bthe other (?:one|mentor|person)\b|\bsomeone else\b/.test(t);
  if (other) {
    const rest = (f.memory.mentors ?? []).filter((m) => m.id !== mentorId);
    if (rest.length === 1) mentorId = rest[0]!.id;
  }
  if (named && !other) {
    const search = lastOutcome(f, 'search_mentors');
    if (!search) {
      const listed = chosen(f.memory.mentors, { words: wanted }, (m) => m.name);
      if (listed) mentorId = listed.id;
      else return call('search_mentors', { limit: 10 });
    } else if (search.ok) {
      const found = chosen(
        resultOf<{ mentors: MentorView[] }>(search).mentors,
        { words: wanted },
        (m) => m.name,
      );
      if (found) mentorId = found.id;
    }
  }

  const earlier = earlierTime.test(t) ? pending.earlier : undefined;
  const when = earlier
    ? { at: new Date(earlier) }
    : changeWhen(f.facts.text, new Date(input.scheduledAt), f.facts.now, f.facts.timeZone);
  if (when && 'past' in when && when.past) {
    return { say: wordsOf(f).booking.pastChange(f), memory: f.memory };
  }
  if (when?.at) scheduledAt = when.at.toISOString();
  if (mentorId === input.mentorId && scheduledAt === input.scheduledAt) {
    if (other || (named && changes.test(t))) {
      return { say: wordsOf(f).booking.whichMentor(f), memory: { ...f.memory, awaiting: 'booking_mentor' } };
    }
    return undefined;
  }
  return call('book_mentor_session', { ...pending.input, mentorId, scheduledAt });
}
