import { sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { fieldContext } from '../../crypto/fields.ts';
import { asSystem } from '../../db/tx.ts';
import { AppError } from '../../errors.ts';
import type { ContextSource } from '../context.ts';
import { withUser } from '../context.ts';
import type { ChatMessage } from './messages.ts';
import { type ChatAuthor, findSent, lockAuthors, nextId } from './order.ts';
import { sendChatMessage } from './send.ts';

export interface SendResult {
  message: ChatMessage;
  created: boolean;
}

/** Stores users' chat messages for this instance, many per transaction. */
export interface ChatWriter {
  /** Resolves once the message is committed (or was already stored under its clientMessageId). */
  /**
   * tokenVersion: the sender's token's; a message from a session that has ended (signed out
   * everywhere since) is refused as `unauthorized`, even while its socket is still open.
   */
  send(
    userId: string,
    input: { clientMessageId: string; content: string; tokenVersion?: number },
  ): Promise<SendResult>;
  /** Writes what is queued and waits for it; later sends are refused. */
  close(): Promise<void>;
}

interface Pending {
  userId: string;
  clientMessageId: string;
  content: string;
  tokenVersion?: number;
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
  /**
   * Longest a batch may take before its senders are told `unavailable` (retryable). A stalled
   * database would otherwise hold every ack for as long as it stalls. The batch may still commit
   * later: a retry with the same clientMessageId then returns that message, so nothing is doubled.
   */
  timeoutMs?: number;
  /** Batches committing at once; one user's messages always take the same lane. */
  lanes?: number;
  /** Called with each batch's row count (a metric). */
  onBatch?(rows: number): void;
}

/** Why a sender may not post (erased, signed out since their token, no consent), or undefined. */
function refusal(p: { tokenVersion?: number }, author: ChatAuthor | undefined): AppError | undefined {
  if (!author) return new AppError('unauthorized', 'This account no longer exists.');
  if (p.tokenVersion !== undefined && p.tokenVersion !== author.tokenVersion) {
    return new AppError('unauthorized', 'This session has ended; sign in again.');
  }
  if (!author.consent) return new AppError('consent_required');
  return undefined;
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
  const timeoutMs = options.timeoutMs ?? 3_000;
  let queue: Pending[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let closed = false;

  /** The batch's stored messages by user/clientMessageId, and each user's consent (absent: erased). */
  const writeBatch = async (
    batch: Pending[],
  ): Promise<{ results: Map<string, SendResult>; authors: Map<string, ChatAuthor> }> => {
    const { cipher } = source;
    const unique = new Map<string, Pending>();
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
  };

  const settle = (batch: Pending[], results: Map<string, SendResult>, authors: Map<string, ChatAuthor>) => {
    const told = new Set<string>();
    for (const p of batch) {
      const result = results.get(keyOf(p));
      if (result) {
        // The same clientMessageId twice in one batch: one row, and only the first starts a reply.
        p.resolve(told.has(keyOf(p)) ? { ...result, created: false } : result);
        told.add(keyOf(p));
      } else {
        p.reject(refusal(p, authors.get(p.userId)) ?? new Error('chat message neither inserted nor found'));
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
    const writing = writeBatch(batch);
    let timer: NodeJS.Timeout | undefined;
    const stalled = new Promise<'stalled'>((resolve) => {
      timer = setTimeout(() => resolve('stalled'), timeoutMs);
    });
    try {
      const outcome = await Promise.race([writing, stalled]);
      if (outcome === 'stalled') {
        // Its transaction may yet commit or fail; nobody waits for it, and the lane moves on.
        writing.catch(() => undefined);
        const err = new AppError('unavailable', 'Storing messages is slow right now; send again shortly.', {
          retryable: true,
        });
        for (const p of batch) p.reject(err);
        return;
      }
      settle(batch, outcome.results, outcome.authors);
    } catch (err) {
      if (batch.length > 1 && isRowError(err)) await oneByOne(batch);
      else for (const p of batch) p.reject(err);
    } finally {
      clearTimeout(timer);
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
