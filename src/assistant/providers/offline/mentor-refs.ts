import type { Memory } from './memory.ts';
import { fold } from './names.ts';

/**
 * A mentor meant without a name (issue 16): "book her", "is he free friday", "book them again",
 * "the second one", "the gym one". A pronoun means the mentor in focus (the one just proposed,
 * booked, or the only one listed or booked); among several listed with none in focus it is asked,
 * never guessed. Ordinals are read by `pickIn` against the list; they are taken out before a time
 * is read, so "the 2nd one tomorrow at noon" is not the 2nd of the month.
 */

export const pronoun = /\b(?:her|him|them|she|he|they)\b/;

type Ref = { id: string; name: string };

/** The mentor a pronoun points at, 'ask' when several are in view with none in focus. */
export function pronounMentor(memory: Memory): Ref | 'ask' | undefined {
  if (memory.focusMentor) return memory.focusMentor;
  const listed = memory.mentors ?? [];
  if (listed.length === 1) return listed[0];
  const booked = new Map(
    (memory.sessions ?? [])
      .filter((s) => s.mentorId)
      .map((s) => [s.mentorId!, { id: s.mentorId!, name: s.mentor }]),
  );
  if (booked.size === 1) return [...booked.values()][0];
  if (memory.lastBooked?.mentorId) return { id: memory.lastBooked.mentorId, name: memory.lastBooked.mentor };
  return listed.length > 1 || booked.size > 1 ? 'ask' : undefined;
}

/** A list position said in words, not a date: "the 2nd one", "number 2", "the first mentor". */
const ordinalPhrase =
  /\b(?:the )?(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)(?: one| mentor| person| option| guy| lady| woman| man)\b|\b(?:number|no\.?|option|#) ?[1-5]\b/g;

/** The message without list positions, for reading its time. */
export const withoutOrdinal = (text: string): string => text.replace(ordinalPhrase, ' ');

/** The time a session with this mentor is at, from the sessions in view ("book her again, same time"). */
export function sessionTimeOf(memory: Memory, mentorId: string): string | undefined {
  return (
    memory.sessions?.find((s) => s.mentorId === mentorId && s.at)?.at ??
    (memory.lastBooked?.mentorId === mentorId ? memory.lastBooked.at : undefined)
  );
}

/** Words of a mentor's tags that tell one mentor from another ("gym", "panic", "sleep"). */
const vague = new Set(['anxiety', 'practice', 'attacks', 'fitness', 'beginner', 'support', 'and']);

/**
 * "The panic attack one", "the gym one", "the sleep one": the one listed mentor whose
 * specialization the message names, in full or by one telling word of it.
 */
export function bySpecialization<M extends { specialization?: string[] }>(
  mentors: readonly M[] | undefined,
  text: string,
): M | undefined {
  const words = ` ${fold(text)
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/s\b/g, '')} `;
  const tagWords = (sp: string) => fold(sp).replace(/[-_]/g, ' ').replace(/s\b/g, '');
  const full = (mentors ?? []).filter((m) =>
    (m.specialization ?? []).some((sp) => words.includes(` ${tagWords(sp)} `)),
  );
  if (full.length === 1) return full[0];
  if (full.length > 1) return undefined;
  const partly = (mentors ?? []).filter((m) =>
    (m.specialization ?? []).some((sp) =>
      tagWords(sp)
        .split(' ')
        .some((w) => w.length >= 3 && !vague.has(w) && words.includes(` ${w} `)),
    ),
  );
  return partly.length === 1 ? partly[0] : undefined;
}
