import type { SessionView } from '../../tools/views.ts';
import type { Lang } from './i18n/catalogue.ts';
import type { Mood, PlaceType } from './understand.ts';

/** What the offline companion remembers from its last reply (stored in that reply's context). */
export interface Memory {
  /**
   * The language of the last reply (i18n/index.ts), kept by a message too short or unclear to tell
   * its own; absent means English.
   */
  lang?: Lang;
  /** The question it asked, which the next message may answer. */
  awaiting?:
    | 'location'
    | 'check_in_place'
    | 'check_in_name'
    | 'cancel_choice'
    | 'booking_time'
    | 'booking_mentor'
    | 'reminder_time'
    | 'reminder_choice'
    | 'reminder_new_time'
    | 'exercise_offer'
    | 'mood'
    | 'move_choice'
    | 'move_time';
  /** The exercise offered, started on a yes. */
  exercise?: 'breathing' | 'grounding' | 'body_scan';
  /**
   * A booking the user just declined, with the input it was proposed with: "what about Siobhan
   * then, same time" asks for it again with another mentor.
   */
  offered?: { tool: string; input: Record<string, unknown> };
  /**
   * The booking or cancellation just proposed, with the input it was proposed with; `earlier`, the
   * time of the booking it replaced ("no wait, the earlier time was fine").
   */
  pending?: { tool: string; input: Record<string, unknown>; earlier?: string };
  /**
   * The session booked in the last turn ("actually cancel that", "another one at 11am"): with its
   * mentor, time and kind when known.
   */
  lastBooked?: {
    sessionId: string;
    mentor: string;
    mentorId?: string;
    at?: string;
    duration?: number;
    sessionType?: 'virtual' | 'in-person';
  };
  /** The mentor the conversation is about, for "book her", "is he free friday". */
  focusMentor?: { id: string; name: string };
  /** The reminder set or moved in the last turn ("make it 10", "cancel that"). */
  lastReminder?: { id: string; title: string; at: string };
  /** The reminder cancelled in the last turn, for "put it back at 11". */
  droppedReminder?: { title: string; at?: string };
  /** Reminders just listed, for "the doctor one"; what is to become of the one chosen. */
  reminders?: { id: string; title: string; at: string; when?: string }[];
  reminderChange?: 'move' | 'cancel';
  /** What the last answer about a place was: "and the other one?" asks the same of another. */
  placeAsk?: 'crowd' | 'details';
  /** Where the user was just checked in ("which café did you check me in at?", recap.ts). */
  checkedInAt?: { id: string; name: string };
  /** The place the conversation is about ("check me in there"). */
  focusPlace?: { id: string; name: string };
  places?: {
    id: string;
    name: string;
    distanceKm?: number;
    type?: PlaceType;
    quietness?: string;
    amenities?: string[];
  }[];
  mentors?: { id: string; name: string; meets: string; specialization?: string[] }[];
  /** `day`: the weekday in English ("fri"), whatever language `when` is written in. */
  sessions?: { id: string; mentor: string; when: string; day?: string; mentorId?: string; at?: string }[];
  /** The session being moved, waiting for its new time (session-moves.ts). */
  moving?: NonNullable<Memory['sessions']>[number];
  /** The words of a move asked for before "which session?", read again once one is chosen. */
  moveWords?: string;
  mood?: Mood;
  specialization?: string;
  reminder?: string;
  /** The last search made, so "what about Leeds" or "and gyms there?" can change one part of it. */
  lastSearch?: { type?: PlaceType; quiet: boolean; beginner: boolean; city?: string };
  /** A search waiting for a city. */
  search?: { type?: PlaceType; quiet: boolean; beginner: boolean; openNow: boolean };
  /** A booking waiting for a time or a mentor. */
  booking?: {
    mentorId?: string;
    at?: string;
    duration?: number;
    sessionType?: 'virtual' | 'in-person';
    /** "Next week", before its day was given: a weekday said next is that week's. */
    nextWeek?: boolean;
    /** The day asked for, before its time was given. */
    day?: { year: number; month: number; day: number };
    /** The time of day asked for with a day that would not do (past): "I meant tomorrow" keeps it. */
    time?: { hour: number; minute: number };
  };
}

/**
 * What to keep in view after a session was booked or moved: it (for "push it an hour later",
 * "cancel that") and its mentor (for "book her again").
 */
export function sessionInView(s: SessionView): Memory {
  return {
    lastBooked: {
      sessionId: s.id,
      mentor: s.mentor,
      mentorId: s.mentorId,
      at: s.scheduledAt,
      duration: s.durationMinutes,
      ...(s.sessionType ? { sessionType: s.sessionType } : {}),
    },
    focusMentor: { id: s.mentorId, name: s.mentor },
  };
}

/**
 * What stays in view through a message that asks nothing of it ("thanks", "cool", one not
 * understood): the places, mentors, sessions and reminder just talked about; no open question.
 */
export function inView(m: Memory): Memory {
  const keep = [
    'places',
    'focusPlace',
    'placeAsk',
    'mentors',
    'focusMentor',
    'sessions',
    'lastSearch',
    'lastReminder',
    'droppedReminder',
    'lastBooked',
    'checkedInAt',
    'specialization',
    // A booking set aside for another request: "ok book it" asks again (resume.ts).
    'pending',
  ] as const;
  return Object.fromEntries(keep.filter((k) => m[k] !== undefined).map((k) => [k, m[k]])) as Memory;
}

/**
 * What stays in view after the user said no to a proposal of `tool`: the usual view without the
 * proposal, and a booking declined kept as `offered`, for "and with Siobhan, same time?".
 */
export function afterNo(m: Memory, tool: string): Memory {
  const declined = tool === 'book_mentor_session' && m.pending?.tool === tool ? m.pending : undefined;
  return { ...inView({ ...m, pending: undefined }), ...(declined ? { offered: declined } : {}) };
}

export function asMemory(raw: unknown): Memory {
  return raw && typeof raw === 'object' ? (raw as Memory) : {};
}
