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
 * The statements around storing chat messages, as SQL text. The single-message path runs them one
 * by one in its transaction (lockAuthors, findSent); the hub's batch (batch.ts) sends them in one
 * query after BEGIN. Each statement of a simple query takes its own snapshot in READ COMMITTED, so
 * the newest-id look-up after the locking statement sees what the transactions it waited for
 * committed, as a separate round trip would.
 */
export const chatStatements = {
  /** Locks the users' rows (in id order, so two batches never deadlock), reads consent and token version. */
  lockAuthors(userIds: readonly string[]): string {
    const list = [...new Set(userIds)].sort().map(uuidLiteral).join(', ');
    return `SELECT id, consent_given AS consent, token_version FROM users
      WHERE id IN (${list}) ORDER BY id FOR NO KEY UPDATE`;
  },
  /**
   * Each user's newest message id: per user, the top of the (user_id, id) index of each partition
   * (a merge of one index entry per partition). A DISTINCT ON over the user's recent rows read all
   * of them, ~45 ms for 30 users with 700 messages each in the hour, and batches slowed as users
   * talked (docs/performance.md); this stays ~1 ms. It has no time bound: a bound on created_at
   * would make a quiet user's look-up walk their whole history backwards through the filter.
   */
  newestIds(userIds: readonly string[]): string {
    const list = [...new Set(userIds)].map(uuidLiteral).join(', ');
    return `SELECT u.id AS user_id, n.id FROM unnest(ARRAY[${list}]) AS u(id)
      CROSS JOIN LATERAL (
        SELECT c.id FROM chat_messages c WHERE c.user_id = u.id ORDER BY c.id DESC LIMIT 1
      ) n`;
  },
  /**
   * Messages already stored under these clientMessageIds (idempotency). chat_messages is
   * partitioned, so no unique index can span all of a user's messages; the caller holds the
   * users' row locks, which makes this look-up-then-insert safe against concurrent sends. The keys
   * are one JSON literal joined to the per-partition index on (user_id, client_message_id,
   * created_at); the window prunes older partitions.
   */
  sent(keys: readonly { userId: string; clientMessageId: string }[], now: Date): string {
    return `SELECT c.id, c.user_id, c.role, c.content, c.client_message_id, c.created_at
      FROM jsonb_to_recordset(${keysLiteral(keys)}) AS k(user_id uuid, client_message_id uuid)
      JOIN chat_messages c ON c.user_id = k.user_id AND c.client_message_id = k.client_message_id
      WHERE c.created_at > ${retryWindowStart(now)}`;
  },
  /**
   * The batch's look-ups in one call (drizzle/0008): lock the authors, their newest ids, and the
   * messages already stored under these clientMessageIds, each with a fresh snapshot, from plans
   * cached per connection. Returns one row whose `lookup` is { locked, newest, sent } as JSON.
   */
  batchLookup(
    userIds: readonly string[],
    keys: readonly { userId: string; clientMessageId: string }[],
    now: Date,
  ): string {
    const list = [...new Set(userIds)].sort().map(uuidLiteral).join(', ');
    return `SELECT chat_batch_lookup(ARRAY[${list}]::uuid[], ${keysLiteral(keys)},
      ${retryWindowStart(now)}) AS lookup`;
  },
};

/** A message found by chatStatements.sent. */
export interface SentMessage {
  id: string;
  userId: string;
  role: ChatRole;
  content: string;
  clientMessageId: string | null;
  createdAt: Date;
}

interface AuthorRow {
  id: string;
  consent: boolean;
  token_version: number | string;
}

/** The authors from the rows of chatStatements.lockAuthors and .newestIds. */
export function authorsFrom(
  locked: readonly Record<string, unknown>[],
  newest: readonly Record<string, unknown>[],
): Map<string, ChatAuthor> {
  const authors = new Map<string, ChatAuthor>(
    (locked as unknown as AuthorRow[]).map((r) => [
      r.id,
      { id: r.id, consent: r.consent, tokenVersion: Number(r.token_version), lastId: null },
    ]),
  );
  for (const r of newest as unknown as { user_id: string; id: string }[]) {
    const author = authors.get(r.user_id);
    if (author) author.lastId = r.id;
  }
  return authors;
}

/** The rows of chatStatements.sent (created_at is a Date from pg, a string through drizzle). */
export function sentFrom(rows: readonly Record<string, unknown>[]): SentMessage[] {
  return rows.map((r) => ({
    id: String(r.id),
    userId: String(r.user_id),
    role: r.role as ChatRole,
    content: String(r.content),
    clientMessageId: (r.client_message_id as string | null) ?? null,
    createdAt: new Date(r.created_at as string | Date),
  }));
}

/**
 * Locks the users' rows and reads consent, token version and newest message id, as two
 * statements in the caller's transaction (see chatStatements).
 */
export async function lockAuthors(tx: Tx, userIds: readonly string[]): Promise<Map<string, ChatAuthor>> {
  const locked = await tx.execute(sql.raw(chatStatements.lockAuthors(userIds)));
  if (locked.rows.length === 0) return new Map();
  const newest = await tx.execute(sql.raw(chatStatements.newestIds(userIds)));
  return authorsFrom(locked.rows, newest.rows);
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

/** Messages already stored under these clientMessageIds, in the caller's transaction. */
export async function findSent(
  tx: Tx,
  keys: readonly { userId: string; clientMessageId: string }[],
  now: Date,
): Promise<SentMessage[]> {
  if (keys.length === 0) return [];
  return sentFrom((await tx.execute(sql.raw(chatStatements.sent(keys, now)))).rows);
}
