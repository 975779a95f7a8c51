import type { SessionView } from '../../tools/views.ts';
import { call, type Flow, lastOutcome, type Move, resultOf } from './flow.ts';
import { bareHour, localDate, parseWhen, zonedInstant } from './when.ts';

/**
 * "Remind me an hour before", "ping me 30 mins before my session": a reminder timed from a
 * session, the one in view (just listed or booked) or else the next one.
 */

const amounts: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, 'half an': 0.5 };

/** How many minutes before a session the message asks to be reminded; undefined: not that. */
export function minutesBefore(text: string): number | undefined {
  const m =
    /\b(\d{1,3}|an?|one|two|three|half an) ?(hours?|hrs?|h|minutes?|mins?|m)\b (?:before|ahead of|prior to)\b/.exec(
      text.toLowerCase(),
    );
  if (!m) return undefined;
  const n = amounts[m[1]!] ?? Number(m[1]);
  return Math.round(n * (m[2]!.startsWith('h') ? 60 : 1));
}

/**
 * "The day before at 8pm", "the evening before" (glossed from "la veille", "am Tag davor"); "that
 * day at 10", "the same morning", "on the day" (the session's own day, "ese día", "ce jour-là").
 */
const sessionDay = String.raw`\b(?:on )?(?:that|the same|same) (day|morning)\b(?! before)|\bon the (day)\b(?! before| after)`;
const eve = new RegExp(String.raw`\bthe (day|night|evening) before\b|${sessionDay}`);

/** The words without "that day", "the same morning", "on the day" (what a reminder is about). */
export const withoutThatDay = (text: string): string =>
  text.replace(new RegExp(sessionDay, 'g'), ' ').replace(/\s+/g, ' ');

/** Whether the message asks for a reminder on the session's eve or on its day. */
export const onEve = (text: string): boolean => eve.test(text.toLowerCase());

/**
 * When a reminder on the session's eve is due, in the user's zone: the time of day said ("at 8pm",
 * "um 20 Uhr"), else 18:00 (20:00 for "the night before"); undefined when the message does not ask
 * for one.
 */
export function eveOf(text: string, session: Date, now: Date, timeZone: string): Date | undefined {
  const m = eve.exec(text.toLowerCase());
  if (!m) return undefined;
  const rest = text.toLowerCase().replace(eve, ' ');
  const said = parseWhen(rest, now, timeZone).at;
  const time = said ? localDate(said, timeZone) : bareHour(rest);
  const day = localDate(session, timeZone);
  const sameDay = m[1] === undefined;
  const before = new Date(Date.UTC(day.year, day.month - 1, day.day - (sameDay ? 0 : 1)));
  if (sameDay) {
    // "That day at 10": that hour of the session's day; with no hour, 9:00 (8:00 "that morning").
    const hour = time?.hour ?? (m[2] === 'morning' ? 8 : 9);
    return zonedInstant(
      { year: before.getUTCFullYear(), month: before.getUTCMonth() + 1, day: before.getUTCDate() },
      hour,
      time?.minute ?? 0,
      timeZone,
    );
  }
  // "The evening before, at 8": an hour of the evening or night, unless the morning is said.
  const evening =
    m[1] !== 'day' &&
    time !== undefined &&
    time.hour >= 1 &&
    time.hour < 12 &&
    !/\d ?am\b|\ba\.m\.|morning/.test(rest);
  return zonedInstant(
    { year: before.getUTCFullYear(), month: before.getUTCMonth() + 1, day: before.getUTCDate() },
    time ? time.hour + (evening ? 12 : 0) : m[1] === 'day' ? 18 : 20,
    time?.minute ?? 0,
    timeZone,
  );
}

/** The words of a reminder without its "an hour before (my session)". */
export const withoutBefore = (what: string): string =>
  withoutThatDay(
    what.replace(
      /\b(?:(?:\d{1,3}|an?|one|two|three|half an) ?(?:hours?|hrs?|h|minutes?|mins?|m)|the (?:day|night|evening)) (?:before|ahead of|prior to)(?: (?:it|that|then|the session|my session|the appointment|my appointment))?\b/g,
      '',
    ),
  ).trim();

/**
 * The session in view (its id, start and mentor): the one just booked, the one listed, or else
 * the next one; undefined when none is booked.
 */
export function sessionForReminder(f: Flow): { id: string; at: string; mentor: string } | Move | undefined {
  const booked = f.memory.lastBooked;
  if (booked?.at) return { id: booked.sessionId, at: booked.at, mentor: booked.mentor };
  // The session whose move was just proposed ("…, and remind me on the day at noon").
  const moving = f.memory.moving;
  if (moving?.at) return { id: moving.id, at: moving.at, mentor: moving.mentor };
  const inView = f.memory.sessions?.filter((s) => s.at) ?? [];
  if (inView.length === 1) return { id: inView[0]!.id, at: inView[0]!.at!, mentor: inView[0]!.mentor };
  const listed = lastOutcome(f, 'list_my_sessions');
  if (!listed) return call('list_my_sessions', { limit: 5 });
  const next = listed.ok ? resultOf<{ sessions: SessionView[] }>(listed).sessions[0] : undefined;
  return next ? { id: next.id, at: next.scheduledAt, mentor: next.mentor } : undefined;
}
