import { sql } from 'drizzle-orm';
import {
  check,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { createdAt, instant } from './columns.ts';
import { users } from './users.ts';

export const chatRoles = ['user', 'assistant', 'system'] as const;

/**
 * What became of the proposal a reply made: open until the user's next turn decides it (yes, no,
 * or something else: dropped). Expiry is read from the time, not stored (drizzle/0018).
 */
export const proposalStatuses = ['open', 'confirmed', 'declined', 'dropped'] as const;

export const chatMessages = pgTable(
  'chat_messages',
  {
    /** UUIDv7, made by the application: ids sort in creation order, which chat:sync relies on. */
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: varchar('role', { length: 20, enum: chatRoles }).notNull(),
    /** Encrypted at the application layer (src/crypto/cipher.ts). */
    content: text('content').notNull(),
    context: jsonb('context').$type<Record<string, unknown>>(),
    /** The client's idempotency key for a user message. */
    clientMessageId: uuid('client_message_id'),
    /** For an assistant message, the user message it answers. */
    replyTo: uuid('reply_to'),
    /**
     * A reply's cards (the places it found, the exercise it guides), sealed like content: what
     * chat:sync and chat:history show again beside it (drizzle/0018). NULL when it has none.
     */
    attachments: text('attachments'),
    /** The state of the proposal the reply made, if it made one (its words stay in the sealed context). */
    proposalStatus: varchar('proposal_status', { length: 20, enum: proposalStatuses }),
    /** When the user asked for this reply again (chat:regenerate): kept for the record, shown no more. */
    supersededAt: instant('superseded_at'),
    /** For a regenerated reply, the reply it took the place of. */
    replaces: uuid('replaces'),
    createdAt: createdAt(),
  },
  // Partitioned by quarter on created_at (drizzle/0005): keys include the partition column.
  (t) => [
    primaryKey({ name: 'chat_messages_pkey', columns: [t.id, t.createdAt] }),
    check('chat_messages_role_check', sql`${t.role} IN ('user', 'assistant', 'system')`),
    check('chat_messages_attachments_check', sql`${t.attachments} LIKE 'enc:v1:%'`),
    check(
      'chat_messages_proposal_status_check',
      sql`${t.proposalStatus} IN ('open', 'confirmed', 'declined', 'dropped')`,
    ),
    // A user's messages in order: history, sync and the newest-id look-up all go by id (UUIDv7,
    // time-ordered). The seed's (user_id, created_at DESC) index served no query and cost every
    // insert a fourth index; drizzle/0006 drops it.
    index('idx_chat_messages_user_id').on(t.userId, t.id),
    // Idempotency is kept by the writer under the user's row lock (src/domain/chat/order.ts); this
    // index serves its lookup and holds within a partition.
    uniqueIndex('idx_chat_messages_client_id').on(t.userId, t.clientMessageId, t.createdAt),
  ],
);
