import { whenIn } from '../../tools/summaries.ts';
import type { Flow, Move } from './flow.ts';
import { wordsOf } from './i18n/index.ts';
import { inView } from './memory.ts';
import { listSessions } from './mentors.ts';
import { byFirstName } from './names.ts';

/**
 * Asking what was just done (issue 16, point 2): "which café did you check me in at?", "what time
 * was that again?", "did that go through?", "did you book it?". Answered from the dialogue state
 * (the check-in, booking or reminder of the last turns), with no tool called: looking the places up
 * again, or listing them, answers another question. The glosses give these English words to "¿en
 * cuál me registraste?", "tu m'as enregistré où ?", "wann war das nochmal?".
 */
export type RecapAbout = 'check_in' | 'booking' | 'reminder' | undefined;

const checkInAsked =
  /\b(?:which|what) (?:cafe|place|gym|spot|one|location|coffee ?shop)\b.*\b(?:check(?:ed)? me in|checked (?:me )?in|sign(?:ed)? me in)\b|\bwhere (?:did|have) (?:you|u) (?:check(?:ed)?|sign(?:ed)?) me in\b|\bwhere am i checked in\b|\bdid (?:the|my) check.?in (?:actually |really )?(?:go through|work)\b/;
const bookingAsked = /\b(?:book|booked|booking|session|appointment)\b/;
const reminderAsked = /\bremind(?:er)?\b/;
const anyAsked =
  /\bdid (?:that|it|this|the (?:reminder|booking|session|check.?in)) (?:actually |really |even )?(?:go through|work|happen|save|get saved|get booked)\b|\bwhat time (?:was (?:that|it)|is (?:that|it) again)\b|\bwhen (?:was|is) (?:that|it) again\b|\bwhat (?:day|time) did (?:you|u) (?:book|set|put)\b|\bdid (?:you|u) (?:actually |really )?(?:book|set|save) (?:it|that)\b/;
/** "What time's the one with Tom again?": a session of those just listed, by its mentor. */
const listedAsked =
  /\b(?:what time|when)(?:'s| is| was)? (?:the one|my session|the session|my appointment) with [a-z]+/;

/** Whether the message asks what was just done, and about what (`listed`: sessions are in view). */
export function recapIn(t: string, listed: boolean): { about: RecapAbout } | undefined {
  if (checkInAsked.test(t)) return { about: 'check_in' };
  if (listed && listedAsked.test(t)) return { about: 'booking' };
  if (!anyAsked.test(t)) return undefined;
  if (reminderAsked.test(t)) return { about: 'reminder' };
  if (bookingAsked.test(t)) return { about: 'booking' };
  return { about: undefined };
}

/**
 * The answer: what the last turns did, of the kind asked, else the latest of them; a session of
 * those just listed, when one is named ("what time's the one with Tom again?"), kept in view for
 * "can you move that one"; with nothing of the kind in view, the sessions themselves (a session's
 * time asked about after talking of it: "when is it again?").
 */
export function recap(f: Flow, about: RecapAbout): Move {
  const c = wordsOf(f).recap;
  const { lastBooked, lastReminder, checkedInAt } = f.memory;
  const memory = inView(f.memory);
  const zone = f.facts.timeZone;
  const listed = f.memory.sessions ?? [];
  const named = byFirstName(listed, f.facts.text, (s) => s.mentor);
  if (named.length === 1 && about !== 'check_in' && about !== 'reminder') {
    const s = named[0]!;
    return {
      say: c.booked({ name: f.name, mentor: s.mentor, when: s.at ? whenIn(s.at, zone, f.lang) : s.when }),
      memory: { ...memory, sessions: [s] },
    };
  }
  const booked = () =>
    lastBooked?.at
      ? c.booked({ name: f.name, mentor: lastBooked.mentor, when: whenIn(lastBooked.at, zone, f.lang) })
      : undefined;
  const reminded = () =>
    lastReminder
      ? c.reminder({ name: f.name, what: lastReminder.title, when: whenIn(lastReminder.at, zone, f.lang) })
      : undefined;
  const checkedIn = () => (checkedInAt ? c.checkedIn({ name: f.name, place: checkedInAt.name }) : undefined);
  const order =
    about === 'check_in'
      ? [checkedIn]
      : about === 'booking'
        ? [booked]
        : about === 'reminder'
          ? [reminded]
          : [booked, reminded, checkedIn];
  for (const said of order) {
    const text = said();
    if (text) return { say: text, memory };
  }
  if ((about === undefined || about === 'booking') && /\b(?:when|what time)\b/i.test(f.facts.text))
    return listSessions(f);
  return { say: c.nothing(f), memory };
}
