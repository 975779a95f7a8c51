import { failureLine } from '../../tools/failures.ts';
import type { ToolOutcome } from '../../tools/registry.ts';
import type { SessionView } from '../../tools/views.ts';
import {
  askToConfirm,
  call,
  chosen,
  type Flow,
  lastOutcome,
  type Move,
  proposalOf,
  resultOf,
} from './flow.ts';
import { wordsOf } from './i18n/index.ts';
import { type Memory, sessionInView } from './memory.ts';
import { byFirstName } from './names.ts';
import { byHourSaid, changeWhen } from './when.ts';
import { pickIn, tidy } from './words.ts';

/**
 * A booked session moved by chat (issue 16, this round): "move my session with Amara to 5pm",
 * "can we do thursday instead", "push it an hour later". The session is the one the message names
 * (its mentor or its day), else the one in view (just booked, or the only one listed), else the
 * user's only one; the new time keeps what the message does not change (changeWhen). The move is
 * the reschedule_mentor_session tool: done at once when the user's words asked for exactly it
 * (consent.ts), else proposed with the server's summary.
 */

type Known = NonNullable<Memory['sessions']>[number];

/**
 * "Move my session", "reschedule the appointment", "push my booking back", "I have a session with
 * Siobhán on Wednesday … could you move it to Thursday?".
 */
const moveASession =
  /\b(?:move|moving|reschedule|rebook|push|shift|postpone|bring forward|change(?: the time of)?)\b.*\b(?:sessions?|appointments?|bookings?|meeting|call)\b|\bmy (?:session|appointment)\b.*\b(?:move|reschedule|postpone)\b|\b(?:sessions?|appointments?|bookings?)\b.*\b(?:move|reschedule|push|shift|postpone|change|rearrange|bring) (?:it|that|this)\b/;
/** "Push it an hour later", "move it to 5pm", "can we do thursday instead": the session in view. */
const moveIt =
  /\b(?:(?:move|push|shift|bring|change|make) (?:it|that|this)|(?:can|could) we do|instead|rather|(?:an? |\d+ )?(?:hours?|minutes?|mins?) (?:later|earlier))\b/;
/** Words of another request: a session move never swallows these. */
const otherRequest = /\b(?:remind|reminder|check(?: me)? in|streak|rewards?|mood|find|search|cancel)\b/;

const anyDay = /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/;
/**
 * The day a session is on, said to name it: "the friday one", "my thursday session", "the one on
 * friday", and the day that no longer suits ("tuesday doesn't work anymore", "can't do friday"),
 * which is where it is, never where it goes.
 */
const sessionDay =
  /\b(?:the|my) (?:on )?(mon|tue|wed|thu|fri|sat|sun)[a-z]* (?:one|session|appointment|booking)\b|\bthe (?:one|session) on (mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]* (?:doesn'?t|does not|dont|won'?t|wont|will not|no longer|isn'?t|is not) (?:work|suit|fit|do|good)[a-z]*\b|\b(?:can'?t|cannot|can not|won'?t be able to) (?:do|make) (?:it )?(?:on )?(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/;

/**
 * "The Amara one", "the Tom session", "the one with Tom": a session named by its mentor's first
 * name (any name).
 */
export const sessionByName = (t: string): string | undefined => {
  const named = ((m) => m?.[1] ?? m?.[2])(
    /\bthe ([a-z]{3,}) (?:one|session|appointment)\b|\bthe (?:one|session|appointment) with ([a-z]{3,})\b/.exec(
      t,
    ),
  );
  return named &&
    !/^(?:mon|tue|wed|thu|fri|sat|sun|other|same|first|second|third|last|next|earlier|later|morning|afternoon|evening|new|old|online|virtual|quiet|right|wrong|whole|cafe|coffee|gym|food|healthy|place|spot|park|bar|shop|kitchen|studio|class|beginner|calm|busy|nearest|closest|cheap)/.test(
      named,
    )
    ? named
    : undefined;
};

/** The message without the words that name a session by its day, for reading where it goes. */
export const withoutSessionDay = (t: string): string => t.replace(new RegExp(sessionDay.source, 'g'), ' ');

/** The session whose cancellation is on the table (cancelProposal keeps its id), if known. */
const cancellingId = (memory: Memory): string | undefined => {
  const id = memory.pending?.tool === 'cancel_mentor_session' ? memory.pending.input.sessionId : undefined;
  return typeof id === 'string' ? id : undefined;
};

/** Whether the message moves a session: one named as such, or the one in view. */
export function sessionMoveIn(raw: string, memory: Memory): boolean {
  const t = tidy(raw);
  if (memory.awaiting === 'move_choice' || memory.awaiting === 'move_time') return !otherRequest.test(t);
  if (otherRequest.test(t) && !/\bsession|appointment|booking\b/.test(t)) return false;
  if (moveASession.test(t) || (/\b(?:move|reschedule|push|shift|postpone)\b/.test(t) && sessionDay.test(t)))
    return true;
  // With a session in view and no booking on the table: "can we do thursday instead".
  const cancelling = cancellingId(memory) !== undefined;
  const inView =
    memory.lastBooked !== undefined ||
    memory.moving !== undefined ||
    (memory.sessions?.length ?? 0) > 0 ||
    cancelling;
  // A move proposed and not yet answered may be changed ("sorry, thursday instead"); a cancellation
  // on the table may become a move ("hang on, could I just move it to Thursday instead?").
  const free = !memory.pending || memory.pending.tool === 'reschedule_mentor_session' || cancelling;
  // "And the Amara one, can it be Friday instead?": a session named by its mentor, looked up.
  const named = sessionByName(t) !== undefined;
  return free && (moveIt.test(t) || (named && /\bsame (?:time|hour)\b/.test(t))) && (inView || named);
}

/** The session the message means among those known: named, on the day said, or the only one. */
function target(f: Flow, known: readonly Known[]): Known | 'ask' | 'none' {
  if (known.length === 0) return 'none';
  const t = tidy(f.facts.text);
  const pick = pickIn(t);
  if (f.memory.awaiting === 'move_choice' && pick.index !== undefined) {
    const one = pick.index < 0 ? known.at(-1) : known[pick.index];
    if (one) return one;
  }
  // "The friday one", "my thursday session"; a day alone is where it goes, unless answering "which?".
  const day = ((m) => m?.slice(1).find(Boolean))(
    sessionDay.exec(t) ?? (f.memory.awaiting === 'move_choice' ? anyDay.exec(t) : null),
  );
  const onDay = day ? known.filter((s) => s.day === day) : [];
  // "The one at 4", "my 10am": the session at that hour (on that day, when one is said too).
  const atHour = byHourSaid(day ? onDay : known, t);
  if (atHour.length === 1) return atHour[0]!;
  if (onDay.length === 1) return onDay[0]!;
  const named = byFirstName(known, t, (s) => s.mentor);
  if (named.length === 1) return named[0]!;
  const mention = chosen(known, { words: t }, (s) => s.mentor);
  if (mention && f.memory.awaiting === 'move_choice') return mention;
  if (known.length === 1) return known[0]!;
  return 'ask';
}

/** The sessions a move may mean: the one just booked, those listed, or (none in view) looked up. */
function inView(f: Flow): Known[] | undefined {
  if (f.memory.awaiting === 'move_choice' && f.memory.sessions?.length) return f.memory.sessions;
  const named = /\bwith [a-z]/.test(tidy(f.facts.text));
  // The session being moved (a time asked for, or a move proposed), else the one just booked.
  if (f.memory.moving?.at && (!named || f.memory.awaiting === 'move_time')) return [f.memory.moving];
  const b = f.memory.lastBooked;
  if (b?.at && !named) return [{ id: b.sessionId, mentor: b.mentor, when: '', at: b.at }];
  // The one session just talked about ("what time's the one with Tom?" → "move that one").
  const one = f.memory.sessions?.length === 1 ? f.memory.sessions[0] : undefined;
  if (one?.at && !named) return [one];
  return undefined;
}

/** The words that move a session. */
const MOVED =
  /\b(?:move|moved|moving|push|pushed|shift|change|changed|reschedule|rearrange|bring|put|swap|switch)\b/g;

/** "From thursday (at 3) to …": the day the session is on, said to name it, never where it goes. */
const fromDay =
  /\bfrom (?:(?:this|next|on) )?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*(?: (?:morning|afternoon|evening))?(?: at \d{1,2}(?::\d{2})? ?(?:am|pm)?)? (?=to\b)/g;

/**
 * The time a session at `from` is moved to: what follows the last word that moves it ("I have one on Wednesday
 * morning, but … could we move it to Thursday at the same time?" is Thursday at its own hour), or,
 * when that says no time, the whole message.
 */
export function moveTarget(
  words: string,
  from: Date,
  now: Date,
  timeZone: string,
): ReturnType<typeof changeWhen> {
  const said = withoutSessionDay(tidy(words)).replace(fromDay, '');
  const last = [...said.matchAll(MOVED)].at(-1);
  const tail = last?.index ? said.slice(last.index) : undefined;
  const read = (t: string) => changeWhen(t, from, now, timeZone);
  const fromTail = tail ? read(tail) : undefined;
  return fromTail?.at || fromTail?.past ? fromTail : read(said);
}

/** Moves the session the message means to the time it says, asking what is missing. */
export function moveBookedSession(f: Flow): Move {
  const done = lastOutcome(f, 'reschedule_mentor_session');
  if (done) return sessionMoved(f, done);
  const w = wordsOf(f).sessions;
  let known = inView(f);
  if (!known) {
    const listed = lastOutcome(f, 'list_my_sessions');
    if (!listed) return call('list_my_sessions', { limit: 10 });
    if (!listed.ok) return { say: w.lookupError(f) };
    known = listedNow(f);
    // The session whose cancellation was on the table, when the move is said instead.
    const cancelling = cancellingId(f.memory);
    const meant = known.filter((s) => s.id === cancelling);
    if (meant.length === 1) known = meant;
  }
  const one = target(f, known);
  // The words that said when, kept while the user says which ("move it to 5pm" → "the one with Amara").
  const words =
    f.memory.awaiting === 'move_choice' ? `${f.memory.moveWords ?? ''} ${f.facts.text}` : f.facts.text;
  if (one === 'none') return { say: w.noneToMove(f) };
  if (one === 'ask') {
    return {
      say: `${w.whichToMove}\n${known.map((s, i) => `${i + 1}. **${s.mentor}** — ${s.when}`).join('\n')}`,
      memory: { awaiting: 'move_choice', sessions: known, moveWords: words },
    };
  }
  const to = moveTarget(words, new Date(one.at!), f.facts.now, f.facts.timeZone);
  if (to?.past)
    return { say: wordsOf(f).booking.pastChange(f), memory: { awaiting: 'move_time', moving: one } };
  if (!to?.at)
    return { say: w.moveWhen({ mentor: one.mentor }), memory: { awaiting: 'move_time', moving: one } };
  return call('reschedule_mentor_session', { sessionId: one.id, scheduledAt: to.at.toISOString() });
}

/** The sessions this turn looked up, as the moves know them. */
function listedNow(f: Flow): Known[] {
  const listed = lastOutcome(f, 'list_my_sessions');
  if (!listed?.ok) return [];
  return resultOf<{ sessions: SessionView[] }>(listed).sessions.map((s) => ({
    id: s.id,
    mentor: s.mentor,
    when: s.when,
    at: s.scheduledAt,
    mentorId: s.mentorId,
    day: weekdayIn(s.scheduledAt, f.facts.timeZone),
  }));
}

const weekdayIn = (at: string, timeZone: string): string =>
  new Date(at).toLocaleDateString('en-GB', { weekday: 'short', timeZone }).toLowerCase().slice(0, 3);

/** What became of a move: done, proposed, or refused in words. */
export function sessionMoved(f: Flow, done: ToolOutcome): Move {
  const w = wordsOf(f).sessions;
  const proposed = proposalOf(done);
  const input = (done.input ?? {}) as { sessionId?: string };
  if (proposed) {
    // The session proposed to move stays in view, for "sorry, wednesday instead".
    const moving = [...(f.memory.sessions ?? []), f.memory.moving, ...listedNow(f)].find(
      (s) => s?.id === input.sessionId,
    );
    return { ...askToConfirm(f, proposed), memory: moving ? { moving } : {} };
  }
  if (!done.ok)
    return { say: w.cantMove({ name: f.name, error: failureLine(done.error?.code ?? 'internal', f.lang) }) };
  const s = resultOf<{ session: SessionView }>(done).session;
  return {
    say: w.moved({ name: f.name, mentor: s.mentor, when: s.when }),
    memory: sessionInView(s),
  };
}
