import { and, gt, inArray, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { chatMessages } from '../../db/schema/index.ts';
import type { Tx } from '../../db/tx.ts';

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
 * How far back a user's newest message is looked for. Older messages sort below any id drawn now
 * unless an instance's clock is this far off; the bound lets the look-up skip old partitions.
 */
const NEWEST_WINDOW_MS = 60 * 60 * 1000;

/**
 * Locks the users' rows (in id order, so two batches never deadlock) and reads consent, token
 * version and newest message id. The newest ids are read by a second statement, after the locks
 * are held: in READ COMMITTED a statement sees what committed before it began, so a look-up in the
 * locking statement itself could miss the messages of the transaction it waited for.
 */
export async function lockAuthors(
  tx: Tx,
  userIds: readonly string[],
  now: Date,
): Promise<Map<string, ChatAuthor>> {
  const ids = [...new Set(userIds)].sort();
  const list = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const { rows } = await tx.execute<{ id: string; consent: boolean; token_version: number }>(sql`
    SELECT id, consent_given AS consent, token_version FROM users
    WHERE id IN (${list}) ORDER BY id FOR NO KEY UPDATE`);
  const authors = new Map<string, ChatAuthor>(
    rows.map((r) => [
      r.id,
      { id: r.id, consent: r.consent, tokenVersion: Number(r.token_version), lastId: null },
    ]),
  );
  if (authors.size === 0) return authors;
  const since = new Date(now.getTime() - NEWEST_WINDOW_MS).toISOString();
  const newest = await tx.execute<{ user_id: string; id: string }>(sql`
    SELECT DISTINCT ON (user_id) user_id, id FROM chat_messages
    WHERE user_id IN (${list}) AND created_at > ${since}::timestamptz
    ORDER BY user_id, id DESC`);
  for (const r of newest.rows) {
    const author = authors.get(r.user_id);
    if (author) author.lastId = r.id;
  }
  return authors;
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

/**
 * A retried send is one whose clientMessageId was stored in the last 30 days: older is a new
 * message that happens to reuse an id. The bound also lets the lookup skip older partitions.
 */
export const RETRY_WINDOW_MS = 30 * 24 * 3600 * 1000;

/**
 * Messages already stored under these clientMessageIds (idempotency). chat_messages is
 * partitioned, so no unique index can span all of a user's messages; the caller holds the users'
 * row locks (lockAuthors), which makes this look-up-then-insert safe against concurrent sends.
 */
export async function findSent(
  tx: Tx,
  keys: readonly { userId: string; clientMessageId: string }[],
  now: Date,
): Promise<(typeof chatMessages.$inferSelect)[]> {
  if (keys.length === 0) return [];
  // One parameter for the whole batch, joined to the per-partition index on
  // (user_id, client_message_id, created_at); the window prunes older partitions.
  const wanted = JSON.stringify(
    keys.map((k) => ({ user_id: k.userId, client_message_id: k.clientMessageId })),
  );
  const since = new Date(now.getTime() - RETRY_WINDOW_MS).toISOString();
  const found = await tx.execute<{ id: string }>(sql`
    SELECT c.id FROM jsonb_to_recordset(${wanted}::jsonb) AS k(user_id uuid, client_message_id uuid)
    JOIN chat_messages c ON c.user_id = k.user_id AND c.client_message_id = k.client_message_id
    WHERE c.created_at > ${since}::timestamptz`);
  if (found.rows.length === 0) return [];
  return tx
    .select()
    .from(chatMessages)
    .where(
      and(
        gt(chatMessages.createdAt, new Date(since)),
        inArray(
          chatMessages.id,
          found.rows.map((r) => r.id),
        ),
      ),
    );
}
