import type pg from 'pg';
import { fieldContext } from '../../crypto/fields.ts';
import { SYSTEM_ROLE } from '../../db/tx.ts';
import type { ContextSource } from '../context.ts';
import type { ChatMessage } from './messages.ts';
import { type ChatAuthor, chatStatements, lookupFrom, nextId, textLiteral } from './order.ts';
import { refusal } from './send.ts';

/** The writer's source: it takes a pooled connection of its own (storeBatch). */
export type WriterSource = ContextSource & { database: { pool: pg.Pool } };

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

export const keyOf = (p: { userId: string; clientMessageId: string | null }) =>
  `${p.userId}/${p.clientMessageId}`;

/** The results of a simple query: one per statement (pg returns a bare result for a single one). */
async function simple(client: pg.PoolClient, text: string): Promise<pg.QueryResult[]> {
  const out = (await client.query(text)) as pg.QueryResult | pg.QueryResult[];
  return Array.isArray(out) ? out : [out];
}

/**
 * Stores a batch of users' messages in one transaction, as the system role (the hub authenticated
 * every user id in it; consent and token version are checked here), in two round trips on one
 * pooled connection:
 *
 * 1. BEGIN; the role; chat_batch_lookup (drizzle/0008): lock the authors' rows; their newest ids;
 *    clientMessageIds sent before (a retry after a lost ack: the stored message, no second reply).
 *    Its statements run in order, each with a fresh snapshot, so the look-ups see what committed
 *    while the lock waited (order.ts), and the locks make look-up-then-insert safe. Its plans are
 *    cached per connection: as literal statements they cost ~1.5 ms of planning per batch.
 * 2. One multi-row INSERT of the rest, ids drawn above each author's newest, and COMMIT.
 *
 * Under load a batch was seven round trips through drizzle's transaction (BEGIN, role, lock,
 * newest, sent, INSERT, COMMIT; 1-3 ms each at p50), and the hub sat idle waiting on them
 * (docs/performance.md). Returns the stored messages by user/clientMessageId, and the authors
 * (absent: erased).
 */
export async function storeBatch(
  source: WriterSource,
  batch: readonly Outgoing[],
): Promise<{ results: Map<string, SendResult>; authors: Map<string, ChatAuthor> }> {
  const { cipher } = source;
  const unique = new Map<string, Outgoing>();
  for (const p of batch) if (!unique.has(keyOf(p))) unique.set(keyOf(p), p);
  const rows = [...unique.values()];
  const userIds = rows.map((p) => p.userId);
  const now = source.clock.now();
  const client = await source.database.pool.connect();
  let broken: Error | undefined;
  try {
    const [, , found] = await simple(
      client,
      [
        'BEGIN',
        `SELECT set_config('role', '${SYSTEM_ROLE}', true)`,
        chatStatements.lookup(userIds, rows, now),
      ].join(';\n'),
    );
    const { authors, sent } = lookupFrom(found!.rows[0]);
    const results = new Map<string, SendResult>();
    const allowed = new Set(rows.filter((p) => refusal(p, authors.get(p.userId)) === undefined).map(keyOf));
    for (const row of sent) {
      if (!allowed.has(keyOf(row))) continue;
      const message: ChatMessage = {
        id: row.id,
        role: row.role,
        content: cipher.read(row.content, fieldContext.chatContent(row.userId)),
        createdAt: row.createdAt,
      };
      if (row.clientMessageId) message.clientMessageId = row.clientMessageId;
      results.set(keyOf(row), { message, created: false });
    }
    const fresh = rows.filter((p) => allowed.has(keyOf(p)) && !results.has(keyOf(p)));
    if (fresh.length === 0) {
      await client.query('COMMIT');
      return { results, authors };
    }
    for (const p of fresh) p.id = nextId(authors.get(p.userId)!, p.id);
    // The whole batch is one JSON literal, so building the statement costs the same for 1 row or
    // 100; textLiteral quotes it (contents are ciphertext, but nothing here relies on that).
    const json = JSON.stringify(
      fresh.map((p) => ({
        id: p.id,
        user_id: p.userId,
        content: cipher.encrypt(p.content, fieldContext.chatContent(p.userId)),
        client_message_id: p.clientMessageId,
        created_at: p.createdAt.toISOString(),
      })),
    );
    await simple(
      client,
      `INSERT INTO chat_messages (id, user_id, role, content, client_message_id, created_at)
      SELECT m.id, m.user_id, 'user', m.content, m.client_message_id, m.created_at
      FROM jsonb_to_recordset(${textLiteral(json)}::jsonb)
        AS m(id uuid, user_id uuid, content text, client_message_id uuid, created_at timestamptz);
      COMMIT`,
    );
    for (const p of fresh) {
      const message = { id: p.id, role: 'user' as const, content: p.content, createdAt: p.createdAt };
      results.set(keyOf(p), { message: { ...message, clientMessageId: p.clientMessageId }, created: true });
    }
    return { results, authors };
  } catch (err) {
    // A failed statement leaves the transaction aborted (or never begun): roll back, and drop the
    // connection if even that fails.
    await client.query('ROLLBACK').catch((rollbackFailed: Error) => {
      broken = rollbackFailed;
    });
    throw err;
  } finally {
    client.release(broken);
  }
}
