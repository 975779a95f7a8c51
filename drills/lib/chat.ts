import type { ClientSocket } from './clients.ts';
import { emitAck, newId } from './clients.ts';

export interface WireMessage {
  id: string;
  role: string;
  content: string;
  createdAt: string;
  clientMessageId?: string;
  replyTo?: string;
}

export type Watched = ReturnType<typeof watch>;

/** A socket that remembers when each chat:message arrived, by clientMessageId and by replyTo. */
export function watch(socket: ClientSocket) {
  const userArrivals = new Map<string, number>(); // clientMessageId → ms
  const replies = new Map<string, number>(); // replyTo (the user message id) → ms
  let duplicateReplies = 0;
  socket.on('chat:message', (m: WireMessage) => {
    const now = Date.now();
    if (m.role === 'user' && m.clientMessageId) userArrivals.set(m.clientMessageId, now);
    else if (m.replyTo) {
      if (replies.has(m.replyTo)) duplicateReplies++;
      replies.set(m.replyTo, now);
    }
  });
  return { userArrivals, replies, duplicateReplies: () => duplicateReplies };
}

export interface Sent {
  clientMessageId: string;
  sentAt: number;
  ackedAt?: number;
  id?: string;
  error?: string;
}

/** chat:send with a fresh clientMessageId (or the given one); never throws. */
export async function sendChat(
  socket: ClientSocket,
  content: string,
  options: { clientMessageId?: string; timeoutMs?: number } = {},
): Promise<Sent> {
  const sent: Sent = { clientMessageId: options.clientMessageId ?? newId(), sentAt: Date.now() };
  try {
    const ack = await emitAck(
      socket,
      'chat:send',
      { clientMessageId: sent.clientMessageId, content },
      options.timeoutMs ?? 10_000,
    );
    sent.ackedAt = Date.now();
    if (ack.ok) sent.id = ack.message.id;
    else sent.error = ack.error.code;
  } catch {
    sent.error = 'no_ack';
  }
  return sent;
}

/** The acked messages the database does not hold under the same id (as a superuser: RLS bypassed). */
export async function lostMessages(
  admin: { query: (sql: string) => Promise<{ rows: { id: string }[] }> },
  acked: { id?: string }[],
): Promise<number> {
  const { rows } = await admin.query(`SELECT id::text AS id FROM chat_messages WHERE role = 'user'`);
  const stored = new Set(rows.map((r) => r.id));
  return acked.filter((s) => s.id && !stored.has(s.id)).length;
}
