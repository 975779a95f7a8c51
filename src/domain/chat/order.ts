import { sql } from 'drizzle-orm';
import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import type { Tx } from '../../db/tx.ts';
import type { ChatRole } from './messages.ts';

/**
 * Message ids are the replay cursor (`chat:sync {afterId}` returns what sorts after it), so for
 * each user they must sort in the order messages become visible, not merely in the order their
 * ids were drawn: a reply whose id was drawn first but which commits after the user's next
 * message would otherwise sit below a cursor a reconnecting client already holds, and be lost to
 * it; two instances with clocks a few ms apart would do the same. So every transaction that adds
 * a user's messages first locks that user's row (FOR NO KEY UPDATE: writers of one user queue
 * here, while foreign-key checks and other users' writes go on) and reads their newest id; each
 * new id is drawn above it. Ids then follow commit order per user, whichever instance wrote them.
 */
export interface ChatAuthor {
  id: string;
  consent: boolean;
  /** users.token_version: a sender whose token carries another has been signed out. */
  tokenVersion: number;
  /** The user's newest message id, or null. */
  lastId: string | null;
}

/**
 * A retried send is one whose clientMessageId was stored in the last 30 days: older is a new
 * message that happens to reuse an id. The bound also lets the lookup skip older partitions.
 */
export const RETRY_WINDOW_MS = 30 * 24 * 3600 * 1000;

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A uuid as an SQL literal. These statements carry their values inline, so that several can go
 * to the server as one simple-protocol query (one round trip; the extended protocol, which
 * carries parameters, takes one statement per round trip): every value is checked or escaped here.
 */
function uuidLiteral(id: string): string {
  if (!uuidShape.test(id)) throw new TypeError(`not a uuid: ${JSON.stringify(id)}`);
  return `'${id}'::uuid`;
}

/**
 * A text literal. Without a quote or a backslash (uuids, base64url ciphertext, ISO times: what the
 * batch carries) the text is quoted as it is; else pg's escapeLiteral, whose character loop was a
 * twentieth of the hub's CPU when it ran over every batch.
 */
export function textLiteral(text: string): string {
  return /['\\]/.test(text) ? pg.escapeLiteral(text) : `'${text}'`;
}

const timeLiteral = (t: Date) => `'${t.toISOString()}'::timestamptz`;

/** The oldest a stored message may be and still be found as a retry (RETRY_WINDOW_MS). */
const retryWindowStart = (now: Date) => timeLiteral(new Date(now.getTime() - RETRY_WINDOW_MS));

/** Idempotency keys as one jsonb literal of { user_id, client_message_id } records. */
const keysLiteral = (keys: readonly { userId: string; clientMessageId: string }[]) =>
  `${textLiteral(JSON.stringify(keys.map((k) => ({ user_id: k.userId, client_message_id: k.clientMessageId }))))}::jsonb`;

/**
 * The look-ups around storing chat messages, as SQL text: one call of chat_batch_lookup
 * (drizzle/0008), which in order locks the authors' rows (FOR NO KEY UPDATE, in id order, so two
 * writers never deadlock) with their consent and token version, reads each author's newest message
 * id (the top of the (user_id, id) index of each partition; no time bound, which would make a quiet
 * user's look-up walk their history through the filter) and the messages already stored under the
 * given clientMessageIds in the retry window (idempotency: chat_messages is partitioned, so no
 * unique index spans a user's messages; the row locks make look-up-then-insert safe). Each of its
 * statements takes a fresh snapshot, so the look-ups see what the transactions the lock waited for
 * committed; its plans are cached per connection. The hub's batch (batch.ts) sends it in one
 * simple query after BEGIN; the one-message path (lockAndLookUp) in its transaction.
 */
export const chatStatements = {
  /** One row whose `lookup` is { locked, newest, sent } as JSON (read it with lookupFrom). */
  lookup(
    userIds: readonly string[],
    keys: readonly { userId: string; clientMessageId: string }[],
    now: Date,
  ): string {
    const list = [...new Set(userIds)].sort().map(uuidLiteral).join(', ');
    return `SELECT chat_batch_lookup(ARRAY[${list}]::uuid[], ${keysLiteral(keys)},
      ${retryWindowStart(now)}) AS lookup`;
  },
};

/** A message found stored under a clientMessageId. */
export interface SentMessage {
  id: string;
  userId: string;
  role: ChatRole;
  content: string;
  clientMessageId: string | null;
  createdAt: Date;
}

/** What chatStatements.lookup found: the authors whose rows are now locked (absent: erased), and what they sent before. */
export interface ChatLookup {
  authors: Map<string, ChatAuthor>;
  sent: SentMessage[];
}

interface LookupJson {
  locked: { id: string; consent: boolean; token_version: number }[];
  newest: { user_id: string; id: string }[];
  sent: {
    id: string;
    user_id: string;
    role: ChatRole;
    content: string;
    client_message_id: string | null;
    created_at: string;
  }[];
}

/** Reads the row of chatStatements.lookup. */
export function lookupFrom(row: Record<string, unknown>): ChatLookup {
  const { locked, newest, sent } = row.lookup as LookupJson;
  const authors = new Map<string, ChatAuthor>(
    locked.map((r) => [
      r.id,
      { id: r.id, consent: r.consent, tokenVersion: Number(r.token_version), lastId: null },
    ]),
  );
  for (const r of newest) {
    const author = authors.get(r.user_id);
    if (author) author.lastId = r.id;
  }
  return {
    authors,
    sent: sent.map((r) => ({
      id: r.id,
      userId: r.user_id,
      role: r.role,
      content: r.content,
      clientMessageId: r.client_message_id ?? null,
      createdAt: new Date(r.created_at),
    })),
  };
}

/** chatStatements.lookup in the caller's transaction: one round trip. */
export async function lockAndLookUp(
  tx: Tx,
  userIds: readonly string[],
  keys: readonly { userId: string; clientMessageId: string }[],
  now: Date,
): Promise<ChatLookup> {
  const { rows } = await tx.execute(sql.raw(chatStatements.lookup(userIds, keys, now)));
  return lookupFrom(rows[0]!);
}

const timestampOf = (id: string) => Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16);

/**
 * An id above the author's newest (and records it there): the proposed one when it already is,
 * else a UUIDv7 one millisecond past the newest. UUID strings compare as their bytes do.
 */
export function nextId(author: ChatAuthor, proposed: string = uuidv7()): string {
  const id =
    author.lastId === null || proposed > author.lastId
      ? proposed
      : uuidv7({ msecs: timestampOf(author.lastId) + 1 });
  author.lastId = id;
  return id;
}
