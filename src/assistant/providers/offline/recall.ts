import type { Memory } from './memory.ts';
import { typeIn } from './words.ts';

/**
 * Pointing back past the last reply (issue 16): "the mentor from before", "the first café you
 * showed me", "the healthy place from the start" (the glosses give these English words to "la
 * mentora de antes", "le resto du début", "den Mentor von vorhin"). The last reply's memory holds
 * only what it showed; a message that points back is read with the list it points at, taken from
 * the replies before (TurnFacts.earlier, newest first), as if it had just been shown.
 */
const pointsBack =
  /\bfrom (?:before|earlier|the (?:start|beginning))\b|\b(?:earlier|before) on\b|\bat the (?:start|beginning)\b|\b(?:you|u) (?:showed|show(?:ed)? me|suggested|mentioned|recommended|told me (?:about|of)|found|gave me|listed|sent)\b|\bthe (?:mentor|coach|one|place|cafe|gym) (?:before|earlier)\b/;

/** Whether a message points back at something shown earlier in the conversation. */
export const pointsBackIn = (t: string): boolean => pointsBack.test(t);

/** A mentor meant by pointing back: "book the mentor from before", "the coach you suggested". */
export const mentorPointedBack = (t: string): boolean =>
  pointsBack.test(t) && /\b(?:mentors?|coach|guide|that person|the person)\b/.test(t);

/**
 * The memory a message is read with: `memory`, or, when the message points back at mentors or at a
 * kind of place the last reply did not show, the same with the newest earlier list that has them.
 */
export function recalled(t: string, memory: Memory, earlier: readonly Memory[]): Memory {
  if (!earlier.length || !pointsBack.test(t)) return memory;
  if (mentorPointedBack(t)) {
    if (memory.focusMentor || memory.mentors?.length) return memory;
    const before = earlier.find((m) => m.focusMentor || m.mentors?.length);
    if (!before) return memory;
    return {
      ...memory,
      ...(before.mentors ? { mentors: before.mentors } : {}),
      ...(before.focusMentor ? { focusMentor: before.focusMentor } : {}),
    };
  }
  const kind = typeIn(t);
  const has = (m: Memory) => m.places?.some((p) => !kind || p.type === kind) ?? false;
  if (has(memory)) return memory;
  const before = earlier.find(has);
  if (!before?.places) return memory;
  const { focusPlace: _none, ...rest } = memory;
  return { ...rest, places: before.places, ...(before.focusPlace ? { focusPlace: before.focusPlace } : {}) };
}
