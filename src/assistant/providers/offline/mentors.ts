import type { MentorView, SessionView } from '../../tools/views.ts';
import { reminderSet } from './chat.ts';
import { call, chosen, type Flow, lastOutcome, type Move, resultOf } from './flow.ts';
import type { Memory } from './memory.ts';
import { fold, mentionedIn } from './names.ts';
import { checkedIn } from './places.ts';
import { listJoin, pick } from './say.ts';
import type { Intent } from './understand.ts';
import { parseDuration, parseWhen } from './when.ts';

type BookIntent = Extract<Intent, { kind: 'book_mentor' }>;

const meets = (m: MentorView) =>
  m.meets === 'both' ? 'online or in person' : m.meets === 'virtual' ? 'online' : 'in person';

const mentorLine = (m: MentorView, i: number) =>
  `${i + 1}. **${m.name}**${m.unverified ? ' (not verified)' : ''} — ${m.title}; ${m.specialization.slice(0, 3).join(', ')}; meets ${meets(m)}${
    m.rating > 0 ? `; rated ${m.rating.toFixed(1)}` : ''
  }`;

const rememberedMentors = (list: MentorView[]): Memory['mentors'] =>
  list.slice(0, 5).map((m) => ({ id: m.id, name: m.name, meets: m.meets }));

/** "I'd like to talk to someone about social anxiety". */
export function findMentors(f: Flow, specialization: string | undefined): Move {
  const last = lastOutcome(f, 'search_mentors');
  if (!last) return call('search_mentors', { ...(specialization ? { specialization } : {}), limit: 5 });
  if (!last.ok)
    return { say: `I couldn't look for mentors just now, ${f.name}. Could you try again shortly?` };
  const mentors = resultOf<{ mentors: MentorView[] }>(last).mentors;
  if (mentors.length === 0) {
    return {
      say: `I couldn't find a mentor${specialization ? ` for ${specialization}` : ''} who's available right now, ${f.name}. Want me to look more broadly?`,
    };
  }
  return {
    say:
      `${pick(f.seed, ['Here are some peer mentors who could help:', `These mentors might be a good fit, ${f.name}:`])}\n` +
      `${mentors.map(mentorLine).join('\n')}\n\nWant to book one? Tell me who and when — for example "the first one, tomorrow at 3pm".`,
    memory: {
      awaiting: 'booking_mentor',
      mentors: rememberedMentors(mentors),
      ...(specialization ? { specialization } : {}),
    },
  };
}

/** "Book a mentor for tomorrow at 3pm", "Friday 10:30 with Sam", "the second one". */
export function bookMentor(f: Flow, intent: BookIntent): Move {
  const proposed = lastOutcome(f, 'book_mentor_session');
  const when = parseWhen(f.facts.text, f.facts.now, f.facts.timeZone);
  const at = when.past ? undefined : (when.at?.toISOString() ?? f.memory.booking?.at);
  const duration = parseDuration(f.facts.text) ?? f.memory.booking?.duration ?? 60;
  if (proposed)
    return proposal(f, proposed.ok ? (proposed.result as { proposal: string }) : undefined, proposed.error);

  let mentor: { id: string; name: string; meets: string } | undefined =
    chosen(f.memory.mentors, intent.pick, (m) => m.name) ??
    (f.memory.booking?.mentorId
      ? f.memory.mentors?.find((m) => m.id === f.memory.booking?.mentorId)
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
    if (mentors.length === 0) {
      return {
        say: `I couldn't find a mentor who's taking bookings right now, ${f.name}. Shall I try again later?`,
      };
    }
    const named = chosen(mentors, { words: f.facts.text.toLowerCase() }, (m) => m.name);
    const asked = personIn(f.facts.text);
    if (!named && asked) return notFoundByName(f, asked, mentors);
    const m = named ?? mentors[0]!;
    mentor = { id: m.id, name: m.name, meets: m.meets };
  }
  const sessionType =
    intent.sessionType ??
    f.memory.booking?.sessionType ??
    (mentor.meets === 'in-person' ? 'in-person' : 'virtual');
  const booking = { mentorId: mentor.id, duration, sessionType };
  if (when.past) {
    return {
      say: `That time has already passed, ${f.name}. When would you like to meet **${mentor.name}**? For example "tomorrow at 3pm".`,
      memory: { awaiting: 'booking_time', mentors: [mentor], booking },
    };
  }
  if (!at) {
    return {
      say: when.dayOnly
        ? `What time that day would suit you for a session with **${mentor.name}**?`
        : pick(f.seed, [
            `When would you like to meet **${mentor.name}**, ${f.name}? For example "tomorrow at 3pm" or "Friday 10:30".`,
            `Happy to set that up with **${mentor.name}**. What day and time works for you?`,
          ]),
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
    return found ? { ...memory, mentors: [{ id: found.id, name: found.name, meets: found.meets }] } : memory;
  };
  if (result) {
    return {
      say: `${pick(f.seed, ['Shall I', 'Would you like me to', 'Just checking — shall I'])} ${lowerFirst(result.proposal)}? Say **yes** to confirm, or tell me a different time.`,
      memory: withMentor(keep),
    };
  }
  switch (error?.code) {
    case 'slot_taken':
      return {
        say: `That mentor already has a session at that time, ${f.name}. Would another time suit you?`,
        memory: withMentor(keep),
      };
    case 'user_busy':
      return {
        say: `You already have a session booked then, ${f.name}. Shall we pick another time?`,
        memory: withMentor(keep),
      };
    case 'mentor_unavailable':
      return {
        say: `That mentor isn't taking bookings at the moment, ${f.name}. Want me to find someone else?`,
      };
    case 'session_type_not_offered':
      return { say: `${error.message} Shall I book it that way instead?`, memory: withMentor(keep) };
    case 'invalid_payload':
      return {
        say: `I can only book a time in the future (and up to six months ahead), ${f.name}. When would suit you?`,
        memory: withMentor(keep),
      };
    default:
      return {
        say: `I couldn't set that up just now, ${f.name}: ${error?.message ?? 'something went wrong'}`,
      };
  }
}

/** "Cancel my session with Sam", then "the second one". */
export function cancelSession(f: Flow, pickIn: { index?: number; words: string }): Move {
  const proposed = lastOutcome(f, 'cancel_mentor_session');
  if (proposed) {
    if (proposed.ok) {
      return {
        say: `${pick(f.seed, ['Shall I', 'Do you want me to'])} ${lowerFirst((proposed.result as { proposal: string }).proposal)}? Say **yes** to confirm.`,
      };
    }
    return {
      say: `I can't cancel that one, ${f.name}: ${proposed.error?.message ?? 'something went wrong'}`,
    };
  }
  let sessions = f.memory.sessions;
  if (!sessions?.length || f.memory.awaiting !== 'cancel_choice') {
    const listed = lastOutcome(f, 'list_my_sessions');
    if (!listed) return call('list_my_sessions', { limit: 10 });
    if (!listed.ok)
      return { say: `I couldn't look up your sessions just now, ${f.name}. Could you try again?` };
    sessions = resultOf<{ sessions: SessionView[] }>(listed).sessions.map((s) => ({
      id: s.id,
      mentor: s.mentor,
      when: s.when,
    }));
  }
  if (sessions.length === 0)
    return { say: `You don't have any upcoming mentor sessions to cancel, ${f.name}.` };
  const one = chosen(sessions, pickIn, (s) => s.mentor) ?? (sessions.length === 1 ? sessions[0] : undefined);
  if (one) return call('cancel_mentor_session', { sessionId: one.id });
  return {
    say: `Which session would you like to cancel?\n${sessions.map((s, i) => `${i + 1}. **${s.mentor}** — ${s.when}`).join('\n')}`,
    memory: { awaiting: 'cancel_choice', sessions },
  };
}

/** "When is my next session?" */
export function listSessions(f: Flow): Move {
  const listed = lastOutcome(f, 'list_my_sessions');
  if (!listed) return call('list_my_sessions', { limit: 5 });
  if (!listed.ok) return { say: `I couldn't look up your sessions just now, ${f.name}.` };
  const sessions = resultOf<{ sessions: SessionView[] }>(listed).sessions;
  if (sessions.length === 0) {
    return { say: `You don't have any sessions coming up, ${f.name}. Would you like me to find a mentor?` };
  }
  return {
    say: `Here's what's coming up:\n${sessions
      .map(
        (s, i) =>
          `${i + 1}. **${s.mentor}** — ${s.when}, ${s.durationMinutes} min, ${s.sessionType === 'virtual' ? 'online' : 'in person'}`,
      )
      .join('\n')}`,
    memory: { sessions: sessions.map((s) => ({ id: s.id, mentor: s.mentor, when: s.when })) },
  };
}

/** After a yes (by message or chat:confirm): what was carried out, in words. */
export function confirmedReply(f: Flow): Move {
  const done = f.outcomes[0];
  if (!done) return { say: `Done, ${f.name}.` };
  if (done.name === 'check_in') return checkedIn(f, done);
  if (done.name === 'create_reminder') return reminderSet(f, done);
  if (!done.ok) {
    return {
      say: `I'm sorry, ${f.name} — I couldn't do that after all: ${done.error?.message ?? 'something went wrong'}`,
    };
  }
  const s = (done.result as { session: SessionView }).session;
  if (done.name === 'cancel_mentor_session') {
    return {
      say: `Done — your session with **${s.mentor}** on ${s.when} is cancelled, and I've let them know. Take care, ${f.name}.`,
    };
  }
  return {
    say: `${pick(f.seed, ['Done', 'All set', "You're booked"])} — ${s.durationMinutes} minutes with **${s.mentor}** on ${s.when} (${
      s.sessionType === 'virtual' ? 'online' : 'in person'
    }). I've let them know, and you'll get a reminder before it starts.`,
  };
}

export function declinedReply(f: Flow, tool: string): Move {
  return {
    say:
      tool === 'cancel_mentor_session'
        ? `Okay, ${f.name} — I've left your session as it is.`
        : tool === 'check_in'
          ? `Okay, ${f.name} — I haven't checked you in.`
          : tool === 'create_reminder'
            ? `Okay, ${f.name} — no reminder set.`
            : pick(f.seed, [
                `No problem, ${f.name} — I haven't booked anything.`,
                `Okay, nothing booked. Just ask whenever you're ready, ${f.name}.`,
              ]),
  };
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

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
      say: `Did you mean **${a.name}** or **${b.name}**?`,
      memory: { awaiting: 'booking_mentor', mentors: remembered },
    };
  }
  const names = listJoin(mentors.slice(0, 5).map((m) => `**${m.name}**`));
  return {
    say: `I couldn't find a mentor called "${asked}" who's taking bookings, ${f.name}. ${names} ${mentors.length === 1 ? 'is' : 'are'} — would one of them suit you?`,
    memory: { awaiting: 'booking_mentor', mentors: remembered },
  };
}
