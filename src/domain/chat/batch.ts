import { sql } from 'drizzle-orm';
import { fieldContext } from '../../crypto/fields.ts';
import { asSystem } from '../../db/tx.ts';
import { AppError } from '../../errors.ts';
import type { ContextSource } from '../context.ts';
import type { ChatMessage } from './messages.ts';
import { type ChatAuthor, findSent, lockAuthors, nextId } from './order.ts';

export interface SendResult {
  message: ChatMessage;
  created: boolean;
}

/** A user's message waiting to be stored: its id (UUIDv7) and time were taken on arrival. */
export interface Outgoing {
  userId: string;
  clientMessageId: string;
  content: string;
  /** The sender's token version, when sent over a socket. */
  tokenVersion?: number;
  id: string;
  createdAt: Date;
}

/** Why a sender may not post (erased, signed out since their token, no consent), or undefined. */
export function refusal(p: { tokenVersion?: number }, author: ChatAuthor | undefined): AppError | undefined {
  if (!author) return new AppError('unauthorized', 'This account no longer exists.');
  if (p.tokenVersion !== undefined && p.tokenVersion !== author.tokenVersion) {
    return new AppError('unauthorized', 'This session has ended; sign in again.');
  }
  if (!author.consent) return new AppError('consent_required');
  return undefined;
}

export const keyOf = (p: { userId: string; clientMessageId: string | null }) =>
  `${p.userId}/${p.clientMessageId}`;

/**
 * Stores a batch of users' messages in one transaction, as the system role (the hub authenticated
 * every user id in it; consent and token version are checked here): lock the authors' rows and
 * read their newest ids (order.ts), find clientMessageIds sent before (a retry after a lost ack:
 * the stored message, no second reply), then one multi-row INSERT of the rest, with ids drawn
 * above each author's newest. Returns the stored messages by user/clientMessageId, and the
 * authors (absent: erased).
 */
export async function storeBatch(
  source: ContextSource,
  batch: readonly Outgoing[],
): Promise<{ results: Map<string, SendResult>; authors: Map<string, ChatAuthor> }> {
  const { cipher } = source;
  const unique = new Map<string, Outgoing>();
  for (const p of batch) if (!unique.has(keyOf(p))) unique.set(keyOf(p), p);
  const rows = [...unique.values()];
  return asSystem(source.database.db, async (tx) => {
    // Each author's row locked, with consent and newest id: ids follow commit order (order.ts).
    const authors = await lockAuthors(
      tx,
      rows.map((p) => p.userId),
      source.clock.now(),
    );
    const allowed = rows.filter((p) => refusal(p, authors.get(p.userId)) === undefined);
    const results = new Map<string, SendResult>();
    if (allowed.length === 0) return { results, authors };
    // Sent before (a retry after a lost ack): the stored message, and no second reply. Safe to
    // look up first: the authors' rows are locked until this commits.
    for (const row of await findSent(tx, allowed, allowed[0]!.createdAt)) {
      const message: ChatMessage = {
        id: row.id,
        role: row.role,
        content: cipher.decrypt(row.content, fieldContext.chatContent(row.userId)),
        createdAt: row.createdAt,
      };
      if (row.clientMessageId) message.clientMessageId = row.clientMessageId;
      results.set(keyOf(row), { message, created: false });
    }
    const fresh = allowed.filter((p) => !results.has(keyOf(p)));
    if (fresh.length === 0) return { results, authors };
    for (const p of fresh) p.id = nextId(authors.get(p.userId)!, p.id);
    // The whole batch is one parameter (JSON), so building the statement costs the same for 1
    // row or 100.
    const json = JSON.stringify(
      fresh.map((p) => ({
        id: p.id,
        user_id: p.userId,
        content: cipher.encrypt(p.content, fieldContext.chatContent(p.userId)),
        client_message_id: p.clientMessageId,
        created_at: p.createdAt.toISOString(),
      })),
    );
    await tx.execute(sql`
      INSERT INTO chat_messages (id, user_id, role, content, client_message_id, created_at)
      SELECT m.id, m.user_id, 'user', m.content, m.client_message_id, m.created_at
      FROM jsonb_to_recordset(${json}::jsonb)
        AS m(id uuid, user_id uuid, content text, client_message_id uuid, created_at timestamptz)`);
    for (const p of fresh) {
      const message = { id: p.id, role: 'user' as const, content: p.content, createdAt: p.createdAt };
      results.set(keyOf(p), { message: { ...message, clientMessageId: p.clientMessageId }, created: true });
    }
    return { results, authors };
  });
}
