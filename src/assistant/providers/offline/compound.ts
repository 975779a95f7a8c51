import type { Memory } from './memory.ts';
import { understand } from './understand.ts';

/** Requests that do something; a message with two of them is handled as two, in order. */
const ACTIONABLE = new Set([
  'find_places',
  'check_in',
  'journey',
  'rewards',
  'find_mentor',
  'book_mentor',
  'cancel_session',
  'list_sessions',
  'reminder',
  'mood',
  'exercise',
]);

/** Where one request ends and the next begins: "… and remind me …", "…? also …", "…, can we …". */
const JOIN =
  /\s*(?:[,;]\s*|\s)(?:and(?: then)?|also|then|plus)\s+(?=(?:remind|find|show|check|book|log|what|tell|search|look|get|list|cancel|give|set|my|me|a|the|do|can)\b)|[;?!.]\s+(?:and |also |then )?|,\s+(?=(?:can we|can you|could you|could we|let'?s|please|remind|show|find|book)\b)/i;

/**
 * The requests of a message, in the order written, when it makes two or more different ones
 * ("find me a quiet cafe and remind me at 5 to call mum", "log my mood as 3/5 and show my
 * streak"); undefined for a message with one request (the usual case).
 */
export function requestsIn(text: string, memory: Memory): string[] | undefined {
  const parts = text
    .split(JOIN)
    .map((p) => p.trim())
    .filter((p) => p.length > 1);
  if (parts.length < 2) return undefined;
  const read = parts.map((p) => ({ p, kind: understand(p, memory).kind }));
  const acts = read.filter((r) => ACTIONABLE.has(r.kind));
  if (acts.length < 2 || new Set(acts.map((a) => a.kind)).size < 2) return undefined;
  return acts.map((a) => a.p);
}
