import type { Mood, PlaceType } from './understand.ts';

/** What the offline companion remembers from its last reply (stored in that reply's context). */
export interface Memory {
  /** The question it asked, which the next message may answer. */
  awaiting?:
    | 'location'
    | 'check_in_place'
    | 'check_in_name'
    | 'cancel_choice'
    | 'booking_time'
    | 'booking_mentor'
    | 'reminder_time';
  places?: { id: string; name: string; distanceKm?: number }[];
  mentors?: { id: string; name: string; meets: string }[];
  sessions?: { id: string; mentor: string; when: string }[];
  mood?: Mood;
  specialization?: string;
  reminder?: string;
  /** A search waiting for a city. */
  search?: { type?: PlaceType; quiet: boolean; beginner: boolean; openNow: boolean };
  /** A booking waiting for a time or a mentor. */
  booking?: { mentorId?: string; at?: string; duration?: number; sessionType?: 'virtual' | 'in-person' };
}

export function asMemory(raw: unknown): Memory {
  return raw && typeof raw === 'object' ? (raw as Memory) : {};
}
