import type { Memory } from './memory.ts';
import { ACTIONABLE, asksForExercise, understand } from './understand.ts';
import { moodToLog, topicIn } from './words.ts';

/** Where one request ends and the next begins: "… and remind me …", "…? also …", "…, can we …". */
const JOIN =
  /\s*(?:[,;]\s*|\s)(?:and(?: then| also| tambien| aussi| auch)?|also|then|plus)\s+(?=(?:remind|find|show|check|book|log|what|tell|search|look|get|list|cancel|give|set|let|suggest|recommend|note|my|me|a|an|the|do|can|guide|walk|take|start|help|please|kindly|someone|somebody|anyone|anybody|who|un|una|une|ein|eine|einen)\b)|[;?!.]\s+(?:and |also |then )?|,\s+(?=(?:can we|can you|could you|could we|let'?s|please|remind|show|find|book)\b)/i;

/**
 * The requests of a message, in the order written, when it makes two or more different ones
 * ("find me a quiet cafe and remind me at 5 to call mum", "log my mood as 3/5 and show my
 * streak"); undefined for a message with one request (the usual case).
 */
export function requestsIn(text: string, memory: Memory): string[] | undefined {
  return joined(text, memory) ?? looselyJoined(text, memory);
}

function partsOf(text: string, join: RegExp): string[] {
  return text
    .split(join)
    .map((p) => p.trim())
    .filter((p) => p.length > 1);
}

function joined(text: string, memory: Memory): string[] | undefined {
  const parts = partsOf(text, JOIN);
  if (parts.length < 2) return undefined;
  const read = parts.map((p) => ({ p, kind: understand(p, memory).kind }));
  // A mood said in passing beside other requests ("honestly im scared of looking stupid. any
  // beginner gyms near me?") is context, not a request to log it.
  const acts = read.filter((r) => ACTIONABLE.has(r.kind) && (r.kind !== 'mood' || moodToLog.test(r.p)));
  if (acts.length < 2 || new Set(acts.map((a) => a.kind)).size < 2) return undefined;
  // "Had a panic attack yesterday. Who can help with that?": a mentor asked for what was said
  // before is one request, for that topic.
  if (acts.some((a) => a.kind === 'find_mentor' && !topicIn(a.p)) && topicIn(text)) return undefined;
  return acts.map((a) => a.p);
}

/** Any comma or "and": tried only when what follows it is a request of its own, whatever its first word. */
const LOOSE = /\s*,\s*(?:(?:and|also|then|plus)\s+)?|\s+(?:and|also|plus)\s+/i;

/**
 * Requests that stand alone after a bare comma or "and". Not a panic or a topic said before a
 * booking ("I get panic attacks, can I book someone tonight?" is one request with its reason).
 */
const LOOSE_KINDS = new Set([
  'check_in',
  'mood',
  'reminder',
  'journey',
  'rewards',
  'list_sessions',
  'find_places',
  'exercise',
]);

/**
 * "check me in at the quiet gym, feeling pretty good today log that", "check-in à the quiet gym,
 * et je me sens à 3/5": two requests joined by a plain comma or "and", each a different request
 * of its own, none of them words left over; a mood counts only when it is to be logged (a mood
 * said with a check-in otherwise goes with the check-in).
 */
function looselyJoined(text: string, memory: Memory): string[] | undefined {
  const parts = partsOf(text, LOOSE);
  if (parts.length < 2) return undefined;
  const read = parts.map((p) => ({ p, kind: understand(p, memory).kind }));
  // A mood counts only when it is to be logged, an exercise only when asked for in words ("log my
  // mood as 2, I'm overwhelmed" is one mood, its feeling said).
  const ownRequest = (r: (typeof read)[number]) =>
    r.kind === 'mood' ? moodToLog.test(r.p) : r.kind === 'exercise' ? asksForExercise(r.p) : true;
  if (!read.every((r) => LOOSE_KINDS.has(r.kind) && ownRequest(r))) return undefined;
  if (new Set(read.map((r) => r.kind)).size < read.length) return undefined;
  return read.map((r) => r.p);
}
