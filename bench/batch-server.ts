/**
 * The anchors' second bare figure (../shared/anchors.md, "batched INSERT"): a Socket.IO server that
 * stores each chat:send before acknowledging it, the plain way: messages that arrive within 2 ms
 * (or 100 of them) go into one multi-row INSERT on a pool of 10, the ack after its commit. No
 * authentication, validation, encryption, row-level security, foreign key, ordering or
 * idempotency: what a stored ack costs at the least on this machine, beside which NightChill's is
 * read. BENCH_BATCH_DATABASE_URL names the database; the table is made fresh.
 */
import { createServer } from 'node:http';
import pg from 'pg';
import { Server } from 'socket.io';

interface Pending {
  clientMessageId: string;
  content: string;
  ack(r: unknown): void;
}

const pool = new pg.Pool({ connectionString: process.env.BENCH_BATCH_DATABASE_URL, max: 10 });
await pool.query(`DROP TABLE IF EXISTS bench_batch_messages;
  CREATE TABLE bench_batch_messages (
    id bigserial PRIMARY KEY,
    client_message_id text NOT NULL,
    content text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now())`);

let queue: Pending[] = [];
let timer: NodeJS.Timeout | undefined;

async function flush(): Promise<void> {
  clearTimeout(timer);
  timer = undefined;
  const batch = queue;
  queue = [];
  const values = batch.map((_, i) => `($${2 * i + 1}, $${2 * i + 2})`).join(', ');
  try {
    const { rows } = await pool.query<{ id: string }>(
      `INSERT INTO bench_batch_messages (client_message_id, content) VALUES ${values} RETURNING id`,
      batch.flatMap((p) => [p.clientMessageId, p.content]),
    );
    for (const [i, p] of batch.entries()) {
      p.ack({ ok: true, message: { id: rows[i]?.id, clientMessageId: p.clientMessageId } });
    }
  } catch {
    for (const p of batch) p.ack({ ok: false, error: { code: 'unavailable' } });
  }
}

const http = createServer();
const io = new Server(http, { serveClient: false });
io.on('connection', (socket) => {
  socket.on(
    'chat:send',
    (payload: { clientMessageId?: unknown; content?: unknown } | null, ack: (r: unknown) => void) => {
      if (typeof ack !== 'function') return;
      const { clientMessageId, content } = payload ?? {};
      if (typeof clientMessageId !== 'string' || typeof content !== 'string') {
        ack({ ok: false, error: { code: 'invalid_payload' } });
        return;
      }
      queue.push({ clientMessageId, content, ack });
      if (queue.length >= 100) void flush();
      else timer ??= setTimeout(flush, 2);
    },
  );
});
http.listen(0, '127.0.0.1', () => {
  const address = http.address();
  process.send?.({ type: 'ready', port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('message', (msg: { type: string }) => {
  if (msg.type === 'exit') void pool.end().finally(() => process.exit(0));
});
