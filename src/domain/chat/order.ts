import { and, eq, gt, or, sql } from 'drizzle-orm';
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

/** Locks the users' rows (in id order, so two batches never deadlock) and reads consent and newest id. */
export async function lockAuthors(tx: Tx, userIds: readonly string[]): Promise<Map<string, ChatAuthor>> {
  const ids = [...new Set(userIds)].sort();
  const { rows } = await tx.execute<{
    id: string;
    consent: boolean;
    token_version: number;
    last_id: string | null;
  }>(sql`
    SELECT u.id, u.consent_given AS consent, u.token_version,
      (SELECT c.id FROM chat_messages c WHERE c.user_id = u.id ORDER BY c.id DESC LIMIT 1) AS last_id
    FROM users u
    WHERE u.id IN (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})
    ORDER BY u.id
    FOR NO KEY UPDATE OF u`);
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, consent: r.consent, tokenVersion: Number(r.token_version), lastId: r.last_id },
    ]),
  );
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
  return tx
    .select()
    .from(chatMessages)
    .where(
      and(
        gt(chatMessages.createdAt, new Date(now.getTime() - RETRY_WINDOW_MS)),
        or(
          ...keys.map((k) =>
            and(eq(chatMessages.userId, k.userId), eq(chatMessages.clientMessageId, k.clientMessageId)),
          ),
        ),
      ),
    );
}
