import type { WireMessage } from '../contract/socket.ts';
import type { ChatMessage } from '../domain/chat/messages.ts';
import { toWire as plainWire } from './wire.ts';

/**
 * A message as chat:sync and chat:history return it: wire.ts's fields, and what a reply shows
 * beside its words (its place cards, its exercise, its proposal and what became of it) and the
 * reply it replaces, so that a reload or another device shows the conversation as it was.
 */
export function toWire(message: ChatMessage): WireMessage {
  return {
    ...plainWire(message),
    ...(message.replaces ? { replaces: message.replaces } : {}),
    ...(message.places ? { places: message.places } : {}),
    ...(message.exercise ? { exercise: message.exercise } : {}),
    ...(message.proposal ? { proposal: message.proposal } : {}),
  };
}
