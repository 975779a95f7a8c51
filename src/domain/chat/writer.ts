import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../errors.ts';
import { withUser } from '../context.ts';
import { keyOf, type Outgoing, type SendResult, storeBatch, type WriterSource } from './batch.ts';
import type { ChatAuthor } from './order.ts';
import { refusal, sendChatMessage } from './send.ts';

export type { SendResult } from './batch.ts';

/** Stores users' chat messages for this instance, many per transaction. */
export interface ChatWriter {
  /**
   * Resolves once the message is committed (or was already stored under its clientMessageId).
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

interface Pending extends Outgoing {
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

/** Integrity (23xxx) and data (22xxx) errors belong to a row, not to the database being away. */
function isRowError(err: unknown): boolean {
  const code =
    (err as { code?: unknown; cause?: { code?: unknown } }).cause?.code ?? (err as { code?: unknown }).code;
  return typeof code === 'string' && /^2[23]/.test(code);
}

/**
 * Group commit for chat:send. A transaction per message costs every ack its own round trips and
 * fsync; here the messages that arrive within maxWaitMs, or while the previous batch commits,
 * share one transaction (storeBatch, batch.ts). The ack still follows the commit.
 *
 * Messages are spread over a few lanes by user; in a lane batches run one at a time and resolve
 * in arrival order, so one user's messages are stored and handed to the assistant in the order
 * they came. Lanes let one batch's commit overlap the next one's building and sending; two of up
 * to 400 rows beat four of up to 100 in throughput and half-rate latency (docs/realtime.md). A
 * row-level failure (a user erased a moment ago) is retried row by row through the one-message
 * path, so one bad row never fails the others; a batch slower than timeoutMs is answered
 * `unavailable` (retryable) and the lane moves on.
 */
export function createChatWriter(source: WriterSource, options: ChatWriterOptions = {}): ChatWriter {
  const lanes = Array.from({ length: Math.max(1, options.lanes ?? 2) }, () => createLane(source, options));
  return {
    send: (userId, input) => lanes[parseInt(userId.slice(-4), 16) % lanes.length || 0]!.send(userId, input),
    close: async () => {
      await Promise.all(lanes.map((lane) => lane.close()));
    },
  };
}

/** One lane: a queue whose batches commit one after another. */
function createLane(source: WriterSource, options: ChatWriterOptions): ChatWriter {
  const maxRows = options.maxRows ?? 400;
  const maxWaitMs = options.maxWaitMs ?? 2;
  const timeoutMs = options.timeoutMs ?? 3_000;
  let queue: Pending[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let closed = false;

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
        sendChatMessage(ctx, {
          clientMessageId: p.clientMessageId,
          content: p.content,
          tokenVersion: p.tokenVersion,
        }),
      ).then(p.resolve, p.reject);
    }
  };

  const flush = async (batch: Pending[]) => {
    options.onBatch?.(batch.length);
    const writing = storeBatch(source, batch);
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
          details: {
            retryable: true,
          },
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
