/**
 * A NightChill instance for the hub benchmark, run as its own process so the load client does not
 * share its event loop: the real HTTP server, hub and database, with the assistant off (the bench
 * measures storing and acking) and no per-user chat budget. Talks to the bench over IPC.
 *
 * HUB_BENCH_STORE=none (default: database): chat:send is validated and its content encrypted as usual, then acked with
 * nothing stored. Not a way to run NightChill: a measurement of what the hub itself costs per
 * message (sockets, validation, encryption, acks) without the database's share.
 */
import type { Server as HttpServer } from 'node:http';
import { serve } from '@hono/node-server';
import { v7 as uuidv7 } from 'uuid';
import type { Assistant } from '../src/assistant/assistant.ts';
import { loadConfig } from '../src/config.ts';
import { fieldContext } from '../src/crypto/fields.ts';
import { createDeps } from '../src/deps.ts';
import type { ChatWriter } from '../src/domain/chat/writer.ts';
import { withUser } from '../src/domain/context.ts';
import { notify } from '../src/domain/notifications/notify.ts';
import { createApp } from '../src/http/app.ts';
import { createHub } from '../src/realtime/hub.ts';

const silentAssistant: Assistant = { startTurn: async () => {}, cancel: () => false };
const unlimited = {
  consume: async () => ({ allowed: true, remaining: 1, retryAfterSeconds: 0 }),
  reset: async () => {},
};

const store = process.env.HUB_BENCH_STORE ?? 'database';
if (store !== 'database' && store !== 'none') {
  throw new Error(`HUB_BENCH_STORE must be database or none, not ${JSON.stringify(store)}`);
}
const config = loadConfig({
  ...process.env,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  SEED_ON_START: 'false',
});
const deps = await createDeps(config, { rateLimiter: unlimited });
const app = createApp(deps);
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => server.once('listening', resolve));
const encryptOnly: ChatWriter = {
  send: async (userId, { clientMessageId, content }) => {
    deps.cipher.encrypt(content, fieldContext.chatContent(userId));
    const message = {
      id: uuidv7(),
      role: 'user' as const,
      content,
      clientMessageId,
      createdAt: deps.clock.now(),
    };
    return { message, created: true };
  },
  close: async () => {},
};
createHub(server as HttpServer, deps, silentAssistant, store === 'none' ? { writer: encryptOnly } : {});
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;

process.on('message', async (msg: { type: string; userId?: string; id?: number }) => {
  if (msg.type === 'exit') {
    process.exit(0);
  } else if (msg.type === 'memory') {
    global.gc?.();
    process.send?.({
      type: 'memory',
      id: msg.id,
      rss: process.memoryUsage().rss,
      heap: process.memoryUsage().heapUsed,
    });
  } else if (msg.type === 'notify' && msg.userId) {
    const userId = msg.userId;
    await withUser(deps, userId, (ctx) =>
      notify(ctx, { userId, type: 'bench', title: String(Date.now()), message: 'x' }),
    );
  }
});
process.send?.({ type: 'ready', port });
