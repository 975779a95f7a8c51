import type { ToolOutcome } from '../../tools/registry.ts';
import type { MentorView, SessionView } from '../../tools/views.ts';
import { reminderSet } from './chat.ts';
import { call, chosen, type Flow, failureSaid, lastOutcome, type Move, resultOf } from './flow.ts';
import { type Catalogue, wordsOf } from './i18n/index.ts';
import { type Memory, sessionInView } from './memory.ts';
import { bySpecialization, pronoun, pronounMentor, sessionTimeOf, withoutOrdinal } from './mentor-refs.ts';
import { fold, mentionedIn } from './names.ts';
import { checkedIn } from './places.ts';
import { mentorPointedBack } from './recall.ts';
import { reminderChanged } from './reminder-moves.ts';
import { pick } from './say.ts';
import { sessionMoved } from './session-moves.ts';
import type { Intent } from './understand.ts';
import {
  bareHour,
  byHourSaid,
  hoursAsDigits,
  localDate,
  onThatDay,
  parseDuration,
  parseWhen,
  weekdays,
  zonedInstant,
} from './when.ts';
import { topicsIn } from './words.ts';

type BookIntent = Extract<Intent, { kind: 'book_mentor' }>;

/** How a mentor meets, in the catalogue's words. */
export const meets = (c: Catalogue, m: { meets: string }) =>
  m.meets === 'both'
    ? c.mentors.meets.both
    : m.meets === 'virtual'
      ? c.mentors.meets.virtual
      : c.mentors.meets.inPerson;

const mentorLine = (c: Catalogue) => (m: MentorView, i: number) =>
  c.mentors.line({
    n: i + 1,
    mentor: m.name,
    unverified: !!m.unverified,
    title: m.title,
    tags: m.specialization.slice(0, 3).join(', '),
    meets: meets(c, m),
    rating: m.rating,
  });

/** Mentors as the dialogue state keeps them (the first five, four topics each). */
export const rememberedMentors = (
  list: readonly { id: string; name: string; meets: string; specialization: string[] }[],
): NonNullable<Memory['mentors']> =>
  list
    .slice(0, 5)
    .map((m) => ({ id: m.id, name: m.name, meets: m.meets, specialization: m.specialization.slice(0, 4) }));

/** The mentors known so far and those just added, each once. */
const mergeMentors = (a: Memory['mentors'] = [], b: Memory['mentors'] = []): Memory['mentors'] => [
  ...a,
  ...b.filter((m) => !a.some((x) => x.id === m.id)),
];

/**
 * "I'd like to talk to someone about social anxiety"; "panic attacks or social anxiety" looks for
 * each, listed in the order asked ("the second one" is then the one for social anxiety).
 */
export function findMentors(f: Flow, specialization: string | undefined): Move {
  const searches = f.outcomes.filter((o) => o.name === 'search_mentors');
  const topics = specialization ? topicsIn(f.facts.text.toLowerCase()) : [];
  const asked = topics.length > 1 && topics.includes(specialization!) ? topics.slice(0, 3) : [specialization];
  if (searches.length === 0) {
    return {
      calls: asked.map((sp) => ({
        name: 'search_mentors',
        args: { ...(sp ? { specialization: sp } : {}), limit: 5 },
      })),
    };
  }
  const w = wordsOf(f);
  if (searches.every((o) => !o.ok)) return { say: w.mentors.searchError(f) };
  const mentors = searches
    .flatMap((o) => (o.ok ? resultOf<{ mentors: MentorView[] }>(o).mentors : []))
    .filter((m, i, all) => all.findIndex((x) => x.id === m.id) === i)
    .slice(0, 5);
  if (mentors.length === 0) {
    return { say: w.mentors.none({ name: f.name, specialization: specialization ?? '' }) };
  }
  return {
    say:
      `${pick(f.seed, w.mentors.intro)(f)}\n` +
      `${mentors.map(mentorLine(w)).join('\n')}\n\n${w.mentors.bookHint}`,
    memory: {
      awaiting: 'booking_mentor',
      mentors: rememberedMentors(mentors),
      ...(mentors.length === 1 ? { focusMentor: { id: mentors[0]!.id, name: mentors[0]!.name } } : {}),
      ...(specialization ? { specialization } : {}),
    },
  };
}

/** "Book a mentor for tomorrow at 3pm", "Friday 10:30 with Sam", "the second one". */
export function bookMentor(f: Flow, intent: BookIntent): Move {
  const proposed = lastOutcome(f, 'book_mentor_session');
  // "The 2nd one tomorrow at noon": the list position is not a date.
  // "That same day at 5": the day of the session or reminder in view.
  const inView =
    (f.memory.pending?.tool === 'book_mentor_session' ? f.memory.pending.input.scheduledAt : undefined) ??
    f.memory.lastBooked?.at ??
    f.memory.lastReminder?.at;
  const text = onThatDay(
    withoutOrdinal(f.facts.text),
    typeof inView === 'string' ? inView : undefined,
    f.facts.timeZone,
  );
  // "A mentor next week" → "Thursday maybe": a weekday alone is that week's.
  const nextWeek = f.memory.booking?.nextWeek || /\bnext week\b/i.test(text);
  const weekdayAlone =
    new RegExp(`\\b(?:${weekdays.join('|')})\\b`, 'i').test(text) && !/\b(?:this|next|coming)\b/i.test(text);
  const when = parseWhen(
    nextWeek && weekdayAlone ? `next week ${text}` : text,
    f.facts.now,
    f.facts.timeZone,
  );
  const askedDay = f.memory.booking?.day;
  // "Next week", kept for the day said next while no day or time is settled.
  const weekKept = nextWeek ? { nextWeek } : {};
  let at = when.past ? undefined : (when.at?.toISOString() ?? f.memory.booking?.at);
  // A time alone after the day was settled ("friday afternoon" → "3pm is fine"): that day.
  if (when.at && !when.dayNamed && askedDay) {
    const h = localDate(when.at, f.facts.timeZone);
    const on = zonedInstant(askedDay, h.hour, h.minute, f.facts.timeZone);
    at = on > f.facts.now ? on.toISOString() : undefined;
  }
  // An hour alone answering "what time that day?" ("10 works", "half 2").
  const bare =
    !at && !when.at && askedDay && f.memory.awaiting === 'booking_time' ? bareHour(text) : undefined;
  if (bare && askedDay) {
    const on = zonedInstant(askedDay, bare.hour, bare.minute, f.facts.timeZone);
    if (on > f.facts.now) at = on.toISOString();
  }
  // "Book her", "is he free friday": the mentor in focus; among several with none in focus, ask.
  const named = chosen(f.memory.mentors, intent.pick, (m) => m.name);
  const meant =
    !named &&
    (pronoun.test(text.toLowerCase()) || mentorPointedBack(text.toLowerCase())) &&
    !personIn(f.facts.text)
      ? pronounMentor(f.memory)
      : undefined;
  if (meant === 'ask') {
    return whichMentor(f, f.memory.mentors ?? [], {
      ...(at ? { at } : {}),
      ...(at || when.day ? {} : weekKept),
      ...(when.dayOnly && when.day ? { day: when.day } : {}),
    });
  }
  // "Book her again on friday, same time": the time of her session in view.
  const sameAt = meant && /\bsame time\b/i.test(text) ? sessionTimeOf(f.memory, meant.id) : undefined;
  const sameLocal = sameAt ? localDate(new Date(sameAt), f.facts.timeZone) : undefined;
  // Only a day now ("oops, I meant tomorrow"): at the time of day asked for before, if there was one.
  const pendingAt =
    f.memory.pending?.tool === 'book_mentor_session' ? f.memory.pending.input.scheduledAt : undefined;
  const pendingLocal =
    typeof pendingAt === 'string' ? localDate(new Date(pendingAt), f.facts.timeZone) : undefined;
  const earlierLocal = sameLocal ?? pendingLocal;
  const earlier =
    (sameLocal ? undefined : f.memory.booking?.time) ??
    (earlierLocal && { hour: earlierLocal.hour, minute: earlierLocal.minute });
  if (when.dayOnly && when.day && earlier && !at) {
    const on = zonedInstant(when.day, earlier.hour, earlier.minute, f.facts.timeZone);
    if (on > f.facts.now) at = on.toISOString();
  }
  const duration = parseDuration(f.facts.text) ?? f.memory.booking?.duration ?? 60;
  if (proposed) return bookingProposal(f, proposed);

  const inFocus = meant
    ? { ...meant, meets: f.memory.mentors?.find((m) => m.id === meant.id)?.meets ?? 'both' }
    : undefined;
  // "Tom, friday at 3" while a time with another mentor is asked for: the one named, looked up
  // (the mentor asked about stays when no mentor has that name).
  const leftover = fold(text.toLowerCase()).replace(notName, ' ').replace(/\s+/g, ' ').trim();
  const namesAnother =
    !named &&
    !inFocus &&
    (personIn(f.facts.text) !== undefined ||
      (f.memory.awaiting === 'booking_time' && /^[a-z]{3,}(?: [a-z]{3,})?$/.test(leftover)));
  let mentor: { id: string; name: string; meets: string } | undefined =
    named ??
    inFocus ??
    bySpecialization(f.memory.mentors, f.facts.text) ??
    (f.memory.booking?.mentorId && !namesAnother
      ? f.memory.mentors?.find((m) => m.id === f.memory.booking?.mentorId)
      : undefined) ??
    // "What does Tom do?" → "sounds good, tomorrow at 5?": the one mentor just talked about.
    (f.memory.awaiting === 'booking_mentor' && f.memory.mentors?.length === 1 && !namesAnother
      ? f.memory.mentors[0]
      : undefined);
  if (!mentor) {
    const search = lastOutcome(f, 'search_mentors');
    if (!search) {
      return call('search_mentors', {
        ...(intent.specialization ? { specialization: intent.specialization } : {}),
        limit: 10,
      });
    }
    const mentors = search.ok ? resultOf<{ mentors: MentorView[] }>(search).mentors : [];
    if (mentors.length === 0) return { say: wordsOf(f).mentors.noneTakingBookings(f) };
    const named = chosen(mentors, { words: f.facts.text.toLowerCase() }, (m) => m.name);
    const asked = personIn(f.facts.text);
    if (!named && asked) return notFoundByName(f, asked, mentors);
    const before = namesAnother
      ? f.memory.mentors?.find((x) => x.id === f.memory.booking?.mentorId)
      : undefined;
    // "I want to book a mentor session": with nobody named or asked for by topic, which one is
    // asked among those taking bookings, never the first found taken for it.
    if (!named && !before && !intent.specialization && mentors.length > 1) {
      return whichMentor(f, rememberedMentors(mentors.slice(0, 5)) ?? [], {
        ...(at ? { at } : {}),
        ...(at || when.day ? {} : weekKept),
        ...(when.dayOnly && when.day ? { day: when.day } : {}),
        ...(when.time ? { time: when.time } : {}),
        duration,
      });
    }
    const m = named ?? before ?? mentors[0]!;
    mentor = {
      id: m.id,
      name: m.name,
      meets: m.meets,
      ...(m.specialization ? { specialization: m.specialization.slice(0, 4) } : {}),
    };
  }
  const sessionType =
    intent.sessionType ??
    f.memory.booking?.sessionType ??
    (mentor.meets === 'in-person' ? 'in-person' : 'virtual');
  const day = when.dayOnly ? when.day : askedDay;
  const booking = {
    mentorId: mentor.id,
    duration,
    sessionType,
    ...(day ? { day } : weekKept),
    // The time of day asked for, kept for a day given next ("oops, I meant friday").
    ...(when.time || earlier ? { time: when.time ?? earlier } : {}),
  };
  const c = wordsOf(f).booking;
  const v = { name: f.name, mentor: mentor.name };
  if (when.past) {
    return {
      say: c.past(v),
      memory: { awaiting: 'booking_time', mentors: [mentor], booking },
    };
  }
  if (!at) {
    return {
      say: when.dayOnly ? c.whatTime(v) : pick(f.seed, c.when)(v),
      memory: { awaiting: 'booking_time', mentors: [mentor], booking },
    };
  }
  return call('book_mentor_session', {
    mentorId: mentor.id,
    scheduledAt: at,
    durationMinutes: duration,
    sessionType,
  });
}

/** "Which of them do you mean?" among `mentors`, keeping what the booking has so far. */
function whichMentor(
  f: Flow,
  mentors: NonNullable<Memory['mentors']>,
  booking: NonNullable<Memory['booking']>,
): Move {
  const w = wordsOf(f);
  return {
    say: w.moves.whichMentor({ name: f.name, names: w.list({ items: mentors.map((m) => `**${m.name}**`) }) }),
    memory: { awaiting: 'booking_mentor', mentors, booking },
  };
}

/** The mentor proposed, in focus for "book her" and "the other one". */
function focusOf(
  mentors: Memory['mentors'],
  id: string | undefined,
): Pick<Memory, 'focusMentor'> | undefined {
  const m = mentors?.find((x) => x.id === id);
  return m ? { focusMentor: { id: m.id, name: m.name } } : undefined;
}

/** Words of a booking message that are not a name: times, days, fillers. */
const notName =
  /\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\b|\b(?:tomorrow|tmrw|tmr|today|tonight|next|this|at|on|for|in|the|half|quarter|past|to|am|pm|morning|afternoon|evening|noon|midday|please|pls|plz|ok|okay|can|could|i|we|u|you|with|w|ish|maybe|around|about|and|or|a|an|session|chat|is|are|free|also|too|as|well|aswell|right|then|so|yes|yeah|yep|cool|great|lovely|lush|sure|fine|perfect|alright|ace|grand|brilliant|nice|good|thanks|cheers)\b|\d{1,2}(?:[:.]\d{2})?(?:am|pm|st|nd|rd|th|ish)?\b|[^a-z\s]/g;

/**
 * "Siobhan friday half 10", "lena tmrw 2pm": a mentor's name and a time with no booking word. The
 * mentors are looked up, and it is a booking only when one of them is named; otherwise undefined.
 */
export function nameAndTime(f: Flow): Move | undefined {
  const t = hoursAsDigits(f.facts.text.toLowerCase());
  const when = parseWhen(t, f.facts.now, f.facts.timeZone);
  if (!when.at && !when.dayOnly && !when.past) return undefined;
  const rest = fold(t).replace(notName, ' ').replace(/\s+/g, ' ').trim();
  const words = rest.split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 2 || words.some((w) => w.length < 3)) return undefined;
  const search = lastOutcome(f, 'search_mentors');
  if (!search) return call('search_mentors', { limit: 10 });
  const mentors = search.ok ? resultOf<{ mentors: MentorView[] }>(search).mentors : [];
  if (!chosen(mentors, { words: rest }, (m) => m.name)) return undefined;
  return bookMentor(f, {
    kind: 'book_mentor',
    specialization: undefined,
    pick: { words: t },
    sessionType: undefined,
  });
}

/**
 * The time of the booking a new proposal replaces, kept for "no wait, the earlier time was fine":
 * the one on the table when it moved, or the one it had itself replaced when it moves back.
 */
function earlierOf(f: Flow, input: { scheduledAt?: string }): { earlier?: string } {
  const was = f.memory.pending?.tool === 'book_mentor_session' ? f.memory.pending : undefined;
  const at = was?.input.scheduledAt;
  if (typeof at !== 'string' || !input.scheduledAt) return {};
  if (at !== input.scheduledAt) return { earlier: at };
  return was?.earlier ? { earlier: was.earlier } : {};
}

/** What a booking call came to: its proposal, or why not, in words. */
export function bookingProposal(f: Flow, outcome: ToolOutcome): Move {
  return proposal(f, outcome.ok ? (outcome.result as { proposal: string }) : undefined, outcome.error);
}

function proposal(
  f: Flow,
  result: { proposal: string } | undefined,
  error: { code: string; message: string } | undefined,
): Move {
  const last = f.outcomes.findLast(
    (o) => o.name === 'book_mentor_session' || o.name === 'cancel_mentor_session',
  );
  const input = (last?.input ?? {}) as {
    mentorId?: string;
    scheduledAt?: string;
    durationMinutes?: number;
    sessionType?: 'virtual' | 'in-person';
  };
  const mentors = f.memory.mentors ?? [];
  const keep: Memory = {
    awaiting: 'booking_time',
    mentors,
    ...(input.mentorId
      ? {
          booking: {
            mentorId: input.mentorId,
            duration: input.durationMinutes ?? 60,
            ...(input.sessionType ? { sessionType: input.sessionType } : {}),
          },
        }
      : {}),
  };
  const withMentor = (memory: Memory): Memory => {
    const m = lastOutcome(f, 'search_mentors');
    const found = m?.ok
      ? resultOf<{ mentors: MentorView[] }>(m).mentors.find((x) => x.id === input.mentorId)
      : undefined;
    return found ? { ...memory, mentors: rememberedMentors([found]) } : memory;
  };
  const w = wordsOf(f);
  const c = w.booking;
  if (result) {
    const kept = withMentor(keep);
    return {
      say: pick(f.seed, c.propose)({ summary: result.proposal }),
      memory: {
        ...kept,
        // Every mentor listed stays known ("the other one"); the booking on the table is pending.
        mentors: mergeMentors(f.memory.mentors, kept.mentors),
        ...(focusOf(mergeMentors(f.memory.mentors, kept.mentors), input.mentorId) ?? {}),
        pending: {
          tool: 'book_mentor_session',
          input: input as Record<string, unknown>,
          ...earlierOf(f, input),
        },
      },
    };
  }
  switch (error?.code) {
    case 'slot_taken':
      return { say: c.slotTaken(f), memory: withMentor(keep) };
    case 'user_busy':
      return { say: c.userBusy(f), memory: withMentor(keep) };
    case 'mentor_unavailable':
      return { say: c.mentorUnavailable(f) };
    case 'session_type_not_offered':
      return { say: c.typeNotOffered({ error: failureSaid(f, error) }), memory: withMentor(keep) };
    case 'invalid_payload':
      return { say: c.invalidTime(f), memory: withMentor(keep) };
    default:
      return { say: c.failed({ name: f.name, error: failureSaid(f, error) }) };
  }
}

/** What a cancellation call came to: its proposal, or why not. */
export function cancelProposal(f: Flow, proposed: ToolOutcome): Move {
  const w = wordsOf(f);
  if (proposed.ok) {
    const ask = pick(f.seed, w.sessions.proposeCancel);
    const sessionId = (proposed.input as { sessionId?: unknown } | undefined)?.sessionId;
    // The cancellation on the table, for "wait no, the wednesday one" (understand.ts).
    return {
      say: ask({ summary: (proposed.result as { proposal: string }).proposal }),
      memory: {
        pending: {
          tool: 'cancel_mentor_session',
          // Which session: "hang on, could I move it to Thursday instead?" moves that one.
          input: typeof sessionId === 'string' ? { sessionId } : {},
        },
      },
    };
  }
  return { say: w.sessions.cantCancel({ name: f.name, error: failureSaid(f, proposed.error) }) };
}

/** The weekday of a time in the user's zone, in English ("fri"): what "the friday one" matches. */
const weekdayOf = (at: Date | string, timeZone: string): string =>
  weekdays[localDate(new Date(at), timeZone).weekday]!.slice(0, 3);

/** A session as the next turn remembers it: "the friday one", "book her again, same time". */
const sessionMemory = (f: Flow, s: SessionView): NonNullable<Memory['sessions']>[number] => ({
  id: s.id,
  mentor: s.mentor,
  when: s.when,
  day: weekdayOf(s.scheduledAt, f.facts.timeZone),
  mentorId: s.mentorId,
  at: s.scheduledAt,
});

/** "Cancel my session with Sam", then "the second one". */
export function cancelSession(f: Flow, pickIn: { index?: number; words: string }): Move {
  const proposed = lastOutcome(f, 'cancel_mentor_session');
  if (proposed) return cancelProposal(f, proposed);
  let sessions = f.memory.sessions;
  const c = wordsOf(f).sessions;
  if (!sessions?.length || f.memory.awaiting !== 'cancel_choice') {
    const listed = lastOutcome(f, 'list_my_sessions');
    if (!listed) return call('list_my_sessions', { limit: 10 });
    if (!listed.ok) return { say: c.lookupError(f) };
    sessions = resultOf<{ sessions: SessionView[] }>(listed).sessions.map((s) => sessionMemory(f, s));
  }
  if (sessions.length === 0) return { say: c.noneToCancel(f) };
  // "The one on friday", "the thursday one": the sessions on that weekday.
  const words = pickIn.words.toLowerCase();
  const day = /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/.exec(words)?.[1];
  // "The one tomorrow", "cancel today's": the sessions on that date in the user's zone.
  const relative = /\btomorrow\b/.test(words) ? 1 : /\btoday\b/.test(words) ? 0 : undefined;
  const dateOf = (d: Date) => {
    const l = localDate(d, f.facts.timeZone);
    return `${l.year}-${l.month}-${l.day}`;
  };
  const target =
    relative === undefined ? undefined : dateOf(new Date(f.facts.now.getTime() + relative * 86_400_000));
  const onDay = day
    ? sessions.filter((s) => (s.day ?? s.when.toLowerCase()).startsWith(day))
    : target
      ? sessions.filter((s) => s.at !== undefined && dateOf(new Date(s.at)) === target)
      : [];
  // "The one at 4", "the 4pm one": the sessions at that hour (on that day, when one is said too).
  const atHour = byHourSaid(day || target ? onDay : sessions, words);
  const one =
    (atHour.length === 1 ? atHour[0] : undefined) ??
    (onDay.length === 1 ? onDay[0] : undefined) ??
    chosen(sessions, pickIn, (s) => s.mentor) ??
    (sessions.length === 1 ? sessions[0] : undefined);
  if (one) return call('cancel_mentor_session', { sessionId: one.id });
  return {
    say: `${c.whichToCancel}\n${sessions.map((s, i) => `${i + 1}. **${s.mentor}** — ${s.when}`).join('\n')}`,
    memory: { awaiting: 'cancel_choice', sessions },
  };
}

/** "When is my next session?" */
export function listSessions(f: Flow): Move {
  const listed = lastOutcome(f, 'list_my_sessions');
  if (!listed) return call('list_my_sessions', { limit: 5 });
  const c = wordsOf(f).sessions;
  if (!listed.ok) return { say: c.listError(f) };
  const sessions = resultOf<{ sessions: SessionView[] }>(listed).sessions;
  if (sessions.length === 0) return { say: c.none(f) };
  return {
    say: `${c.upcoming}\n${sessions
      .map((s, i) =>
        c.line({
          n: i + 1,
          mentor: s.mentor,
          when: s.when,
          minutes: s.durationMinutes,
          online: s.sessionType === 'virtual',
        }),
      )
      .join('\n')}`,
    memory: { sessions: sessions.map((s) => sessionMemory(f, s)) },
  };
}

/** After a yes (by message or chat:confirm): what was carried out, in words. */
export function confirmedReply(f: Flow): Move {
  const done = f.outcomes[0];
  const w = wordsOf(f);
  if (!done) return { say: w.booking.done(f) };
  if (done.name === 'check_in') return checkedIn(f, done);
  if (done.name === 'create_reminder') return reminderSet(f, done);
  if (done.name === 'update_reminder' || done.name === 'cancel_reminder') return reminderChanged(f, done);
  if (done.name === 'reschedule_mentor_session') return sessionMoved(f, done);
  if (!done.ok) return { say: w.booking.failedAfter({ name: f.name, error: failureSaid(f, done.error) }) };
  const s = (done.result as { session: SessionView }).session;
  if (done.name === 'cancel_mentor_session') {
    // "Can you book her friday instead?": the mentor of the session just cancelled; "could we do
    // Thursday same time instead?": that session again, another day (dialogue.ts, offered).
    return {
      say: w.sessions.cancelled({ name: f.name, mentor: s.mentor, when: s.when }),
      memory: {
        focusMentor: { id: s.mentorId, name: s.mentor },
        offered: {
          tool: 'book_mentor_session',
          input: {
            mentorId: s.mentorId,
            scheduledAt: s.scheduledAt,
            durationMinutes: s.durationMinutes,
            ...(s.sessionType ? { sessionType: s.sessionType } : {}),
          },
        },
      },
    };
  }
  const booked = pick(f.seed, w.booking.booked);
  return {
    say: booked({
      minutes: s.durationMinutes,
      mentor: s.mentor,
      when: s.when,
      online: s.sessionType === 'virtual',
    }),
    memory: sessionInView(s),
  };
}

export function declinedReply(f: Flow, tool: string): { say: string } {
  const c = wordsOf(f).declined;
  return {
    say:
      tool === 'cancel_mentor_session' || tool === 'reschedule_mentor_session'
        ? c.cancel(f)
        : tool === 'check_in'
          ? c.checkIn(f)
          : tool === 'create_reminder'
            ? c.reminder(f)
            : tool === 'update_reminder' || tool === 'cancel_reminder'
              ? wordsOf(f).moves.reminderKept(f)
              : pick(f.seed, c.booking)(f),
  };
}

/** Words that follow "with" without naming anyone: "with a mentor", "with social anxiety", "with someone". */
const notAName =
  /^(?:a|an|the|my|me|you|someone|somebody|anyone|anybody|mentor|mentors|social|gym|anxiety|confidence|stress|panic|help|it|that|this|them|him|her|friday|monday|tuesday|wednesday|thursday|saturday|sunday|tomorrow|today|tonight)\b/;

/** The person a booking names: "with tom whitaker on friday", "with Amara". */
export function personIn(text: string): string | undefined {
  const m = /\bwith ([\p{L}][\p{L}'’-]+(?: [\p{L}][\p{L}'’-]+)?)/u.exec(
    fold(text).replace(/ (?:on|at|for|tomorrow|today|next|this)\b.*$/, ''),
  );
  const name = m?.[1];
  return name && !notAName.test(name) ? name : undefined;
}

/** A named mentor not among those taking bookings (or two close to the name): ask, never guess. */
function notFoundByName(f: Flow, asked: string, mentors: MentorView[]): Move {
  const mention = mentionedIn(mentors, asked, (m) => m.name);
  const remembered = rememberedMentors(mentors);
  if (mention && 'ambiguous' in mention) {
    const [a, b] = mention.ambiguous;
    return {
      say: wordsOf(f).didYouMean({ a: a.name, b: b.name }),
      memory: { awaiting: 'booking_mentor', mentors: remembered },
    };
  }
  const w = wordsOf(f);
  const names = w.list({ items: mentors.slice(0, 5).map((m) => `**${m.name}**`) });
  return {
    say: w.mentors.notFound({ name: f.name, asked, names, count: mentors.length }),
    memory: { awaiting: 'booking_mentor', mentors: remembered },
  };
}
