import type { WireMessage } from '../contract/socket.ts';
import type { ChatMessage } from '../domain/chat/messages.ts';

export function toWire(message: ChatMessage): WireMessage {
  return {
    id: message.id,
    role: message.role,
    content: message.content,
    createdAt: message.createdAt.toISOString(),
    ...(message.clientMessageId ? { clientMessageId: message.clientMessageId } : {}),
    ...(message.replyTo ? { replyTo: message.replyTo } : {}),
  };
}
