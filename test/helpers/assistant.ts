import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { ReplyContext } from '../../src/assistant/memory/context.ts';
import { asSystem } from '../../src/db/tx.ts';
import { openContext } from '../../src/domain/chat/context-seal.ts';
import type { TestApp } from './app.ts';
import { openSealed, testCipher } from './config.ts';
import { type ClientSocket, emitAck, nextEvent, openSocket } from './sockets.ts';

/** A signed-up user who gave consent, with a connected socket. */
export interface ChatUser {
  userId: string;
  token: string;
  displayName: string;
  socket: ClientSocket;
  /** Every assistant chat:message, chat:delta and chat:tool this socket has seen. */
  seen: {
    messages: WireReply[];
    deltas: { turnId: string; delta: string }[];
    tools: { turnId: string; name: string; status: string; summary?: string }[];
  };
}

export interface WireReply {
  id: string;
  role: string;
  content: string;
  createdAt: string;
  replyTo?: string;
  proposal?: { id: string; summary: string; expiresAt: string };
}

export interface Turn {
  messageId: string;
  reply: WireReply;
  deltas: string[];
  tools: { name: string; status: string; summary?: string }[];
}

export async function chatUser(
  app: TestApp,
  profile: { displayName?: string; timeZone?: string; password?: string } = {},
): Promise<ChatUser> {
  const { user, token } = await app.signUp(profile);
  const consent = await app.api('POST', '/api/me/consent', { token, body: { consent: true } });
  if (consent.status !== 200) throw new Error(`consent failed: ${consent.status}`);
  const socket = await openSocket(app.url, token);
  const seen: ChatUser['seen'] = { messages: [], deltas: [], tools: [] };
  socket.on('chat:message', (m: WireReply) => {
    if (m.role === 'assistant') seen.messages.push(m);
  });
  socket.on('chat:delta', (d: { turnId: string; delta: string }) => seen.deltas.push(d));
  socket.on('chat:tool', (t: ChatUser['seen']['tools'][number]) => seen.tools.push(t));
  const me = await app.api('GET', '/api/me', { token });
  return { userId: user.id, token, displayName: me.body.user.displayName, socket, seen };
}

/** The turnId of the reply: the stored context knows it. */
async function turnIdOf(app: TestApp, replyId: string): Promise<string | undefined> {
  const [row] = await storedReplies(app, sql`id = ${replyId}`);
  return row?.context?.turnId;
}

/** Sends a chat message and waits for the assistant's reply to it. */
export async function say(
  app: TestApp,
  who: ChatUser,
  content: string,
  options: { location?: { lat: number; lng: number }; timeoutMs?: number } = {},
): Promise<Turn> {
  const ack = await emitAck(who.socket, 'chat:send', {
    clientMessageId: randomUUID(),
    content,
    ...(options.location ? { location: options.location } : {}),
  });
  if (!ack.ok) throw new Error(`chat:send refused: ${JSON.stringify(ack.error)}`);
  return replyTo(app, who, ack.message.id, options.timeoutMs);
}

/** Waits for the assistant's reply to a stored message. */
export async function replyTo(
  app: TestApp,
  who: ChatUser,
  messageId: string,
  timeoutMs = 15_000,
): Promise<Turn> {
  if (!who.seen.messages.some((m) => m.replyTo === messageId)) {
    // Woken by the reply itself rather than by polling: the eval set runs 700 turns in a row.
    await nextEvent(
      who.socket,
      'chat:message',
      (m) => m.role === 'assistant' && m.replyTo === messageId,
      timeoutMs,
    );
  }
  const reply = who.seen.messages.filter((m) => m.replyTo === messageId).at(-1)!;
  const turnId = await turnIdOf(app, reply.id);
  return {
    messageId,
    reply,
    deltas: who.seen.deltas.filter((d) => d.turnId === turnId).map((d) => d.delta),
    tools: who.seen.tools.filter((t) => t.turnId === turnId).map(({ turnId: _t, ...t }) => t),
  };
}

export interface StoredReply {
  id: string;
  role: string;
  replyTo: string | null;
  context: ReplyContext | null;
}

/** Assistant replies as stored (context opened), oldest first, read as the system role. */
export async function storedReplies(app: TestApp, where: ReturnType<typeof sql>): Promise<StoredReply[]> {
  const { rows } = await asSystem(app.deps.database.db, (tx) =>
    tx.execute<{
      id: string;
      role: string;
      userId: string;
      replyTo: string | null;
      context: Record<string, unknown> | null;
    }>(
      sql`SELECT id, role, user_id AS "userId", reply_to AS "replyTo", context FROM chat_messages WHERE role = 'assistant' AND ${where} ORDER BY id`,
    ),
  );
  return rows.map(({ userId, context, ...row }) => ({
    ...row,
    context: (openContext(testCipher, userId, context) as ReplyContext | undefined) ?? null,
  }));
}

export const repliesOf = (app: TestApp, userId: string) => storedReplies(app, sql`user_id = ${userId}`);

/** Rows read as the system role; with `owner`, their sealed columns (title, message, mood) opened as that user's. */
export async function rows(
  app: TestApp,
  query: ReturnType<typeof sql>,
  owner?: string,
): Promise<Record<string, unknown>[]> {
  const result = await asSystem(app.deps.database.db, (tx) => tx.execute(query));
  const found = result.rows as Record<string, unknown>[];
  return owner ? found.map((row) => openSealed(row, owner)) : found;
}
