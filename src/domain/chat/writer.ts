import { and, eq, or, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { fieldContext } from '../../crypto/fields.ts';
import { chatMessages } from '../../db/schema/index.ts';
import { asSystem } from '../../db/tx.ts';
import { AppError } from '../../errors.ts';
import type { ContextSource } from '../context.ts';
import { withUser } from '../context.ts';
import type { ChatMessage } from './messages.ts';
import { lockAuthors, nextId } from './order.ts';
import { sendChatMessage } from './send.ts';

export interface SendResult {
  message: ChatMessage;
  created: boolean;
}

/** Stores users' chat messages for this instance, many per transaction. */
export interface ChatWriter {
  /** Resolves once the message is committed (or was already stored under its clientMessageId). */
  send(userId: string, input: { clientMessageId: string; content: string }): Promise<SendResult>;
  /** Writes what is queued and waits for it; later sends are refused. */
  close(): Promise<void>;
}

interface Pending {
  userId: string;
  clientMessageId: string;
  content: string;
  id: string;
  createdAt: Date;
  resolve(result: SendResult): void;
  reject(err: unknown): void;
}

export interface ChatWriterOptions {
  /** Most rows in one INSERT. */
  maxRows?: number;
  /** Longest a message waits for others to share its transaction. */
  maxWaitMs?: number;
  /** Batches committing at once; one user's messages always take the same lane. */
  lanes?: number;
  /** Called with each batch's row count (a metric). */
  onBatch?(rows: number): void;
}

const keyOf = (p: { userId: string; clientMessageId: string | null }) => `${p.userId}/${p.clientMessageId}`;

/** Integrity (23xxx) and data (22xxx) errors belong to a row, not to the database being away. */
function isRowError(err: unknown): boolean {
  const code =
    (err as { code?: unknown; cause?: { code?: unknown } }).cause?.code ?? (err as { code?: unknown }).code;
  return typeof code === 'string' && /^2[23]/.test(code);
}

/**
 * Group commit for chat:send. One transaction per connection round trip is the naive cost of a
 * stored ack (BEGIN, role, consent read, INSERT, COMMIT: five round trips and an fsync each); here
 * the messages that arrive within maxWaitMs, or while the previous batch commits, share one
 * consent read, one multi-row INSERT and one commit. The ack still follows the commit.
 *
 * Messages are spread over a few lanes by user; in a lane batches run one at a time and resolve
 * in arrival order, so one user's messages are stored and handed to the assistant in the order
 * they came, and ids (UUIDv7, taken at arrival from this process's monotonic generator) sort the
 * same way. Lanes let one batch's commit overlap the next one's building and sending. The batch runs as the system role: the writer
 * is trusted with the user ids the hub authenticated, and it checks each user's consent itself.
 * A row-level failure (a user erased a moment ago) is retried row by row through the one-message
 * path, so one bad row never fails the others.
 */
export function createChatWriter(source: ContextSource, options: ChatWriterOptions = {}): ChatWriter {
  const lanes = Array.from({ length: Math.max(1, options.lanes ?? 4) }, () => createLane(source, options));
  return {
    send: (userId, input) => lanes[parseInt(userId.slice(-4), 16) % lanes.length || 0]!.send(userId, input),
    close: async () => {
      await Promise.all(lanes.map((lane) => lane.close()));
    },
  };
}

/** One lane: a queue whose batches commit one after another. */
function createLane(source: ContextSource, options: ChatWriterOptions): ChatWriter {
  const maxRows = options.maxRows ?? 100;
  const maxWaitMs = options.maxWaitMs ?? 2;
  let queue: Pending[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let closed = false;

  /** The batch's stored messages by user/clientMessageId, and each user's consent (absent: erased). */
  const writeBatch = async (
    batch: Pending[],
  ): Promise<{ results: Map<string, SendResult>; consent: Map<string, boolean> }> => {
    const { cipher } = source;
    const fresh = new Map<string, Pending>();
    for (const p of batch) if (!fresh.has(keyOf(p))) fresh.set(keyOf(p), p);
    const rows = [...fresh.values()];
    return asSystem(source.database.db, async (tx) => {
      // Each author's row locked, with consent and newest id: ids follow commit order (order.ts).
      const authors = await lockAuthors(
        tx,
        rows.map((p) => p.userId),
      );
      const consent = new Map([...authors.values()].map((a) => [a.id, a.consent]));
      const allowed = rows.filter((p) => authors.get(p.userId)?.consent);
      for (const p of allowed) p.id = nextId(authors.get(p.userId)!, p.id);
      const results = new Map<string, SendResult>();
      if (allowed.length === 0) return { results, consent };
      // The whole batch is one parameter (JSON), so building the statement costs the same for 1
      // row or 100.
      const json = JSON.stringify(
        allowed.map((p) => ({
          id: p.id,
          user_id: p.userId,
          content: cipher.encrypt(p.content, fieldContext.chatContent(p.userId)),
          client_message_id: p.clientMessageId,
          created_at: p.createdAt.toISOString(),
        })),
      );
      const inserted = await tx.execute<{ id: string }>(sql`
        INSERT INTO chat_messages (id, user_id, role, content, client_message_id, created_at)
        SELECT m.id, m.user_id, 'user', m.content, m.client_message_id, m.created_at
        FROM jsonb_to_recordset(${json}::jsonb)
          AS m(id uuid, user_id uuid, content text, client_message_id uuid, created_at timestamptz)
        ON CONFLICT (user_id, client_message_id) DO NOTHING
        RETURNING id`);
      const insertedIds = new Set(inserted.rows.map((r) => r.id));
      const others: Pending[] = [];
      for (const p of allowed) {
        if (insertedIds.has(p.id)) {
          const message = { id: p.id, role: 'user' as const, content: p.content, createdAt: p.createdAt };
          results.set(keyOf(p), {
            message: { ...message, clientMessageId: p.clientMessageId },
            created: true,
          });
        } else others.push(p);
      }
      if (others.length === 0) return { results, consent };
      // Rare: sent before (a retry after a lost ack): the stored message, and no second reply.
      const existing = await tx
        .select()
        .from(chatMessages)
        .where(
          or(
            ...others.map((p) =>
              and(eq(chatMessages.userId, p.userId), eq(chatMessages.clientMessageId, p.clientMessageId)),
            ),
          ),
        );
      for (const row of existing) {
        const message: ChatMessage = {
          id: row.id,
          role: row.role,
          content: cipher.decrypt(row.content, fieldContext.chatContent(row.userId)),
          createdAt: row.createdAt,
        };
        if (row.clientMessageId) message.clientMessageId = row.clientMessageId;
        results.set(keyOf(row), { message, created: false });
      }
      return { results, consent };
    });
  };

  const settle = (batch: Pending[], results: Map<string, SendResult>, consent: Map<string, boolean>) => {
    const told = new Set<string>();
    for (const p of batch) {
      const result = results.get(keyOf(p));
      if (result) {
        // The same clientMessageId twice in one batch: one row, and only the first starts a reply.
        p.resolve(told.has(keyOf(p)) ? { ...result, created: false } : result);
        told.add(keyOf(p));
      } else if (!consent.has(p.userId)) {
        p.reject(new AppError('unauthorized', 'This account no longer exists.'));
      } else if (!consent.get(p.userId)) {
        p.reject(new AppError('consent_required'));
      } else {
        p.reject(new Error('chat message neither inserted nor found'));
      }
    }
  };

  const oneByOne = async (batch: Pending[]) => {
    for (const p of batch) {
      await withUser(source, p.userId, (ctx) =>
        sendChatMessage(ctx, { clientMessageId: p.clientMessageId, content: p.content }),
      ).then(p.resolve, p.reject);
    }
  };

  const flush = async (batch: Pending[]) => {
    options.onBatch?.(batch.length);
    try {
      const { results, consent } = await writeBatch(batch);
      settle(batch, results, consent);
    } catch (err) {
      if (batch.length > 1 && isRowError(err)) await oneByOne(batch);
      else for (const p of batch) p.reject(err);
    }
  };

  const drain = async () => {
    while (queue.length > 0) {
      const batch = queue.slice(0, maxRows);
      queue = queue.slice(maxRows);
      await flush(batch);
    }
  };

  const kick = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    running ??= drain().finally(() => {
      running = undefined;
      if (queue.length > 0) kick();
    });
  };

  return {
    send(userId, input) {
      if (closed) return Promise.reject(new AppError('unavailable', 'Reconnect shortly.'));
      return new Promise<SendResult>((resolve, reject) => {
        queue.push({ userId, ...input, id: uuidv7(), createdAt: source.clock.now(), resolve, reject });
        // While a batch commits, arrivals simply queue for the next one.
        if (running) return;
        if (queue.length >= maxRows) kick();
        else timer ??= setTimeout(kick, maxWaitMs);
      });
    },
    async close() {
      closed = true;
      if (queue.length > 0) kick();
      while (running) await running;
    },
  };
}
