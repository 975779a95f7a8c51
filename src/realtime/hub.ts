import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { Assistant } from '../assistant/assistant.ts';
import type { ServerInboundEvents, ServerToClientEvents } from '../contract/socket.ts';
import type { Deps } from '../deps.ts';
import { type ChatWriter, createChatWriter } from '../domain/chat/writer.ts';
import { attachRedisAdapter } from './adapter.ts';
import { enforceUserCap, limitAddresses } from './caps.ts';
import { type SocketData, userRoom } from './events.ts';
import { registerChatHandlers } from './handlers/chat.ts';
import { authenticate, limitConnects } from './handshake.ts';
import { originPolicy } from './origin.ts';
import { forwardDomainEvents, turnSink } from './push.ts';

export type HubServer = Server<ServerInboundEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface Hub {
  io: HubServer;
  /**
   * Graceful stop: refuses new sockets, lets acks in flight finish (up to drainMs), then closes
   * every connection at the transport, which clients treat as a network drop and reconnect,
   * through the load balancer, to another instance.
   */
  close(drainMs?: number): Promise<void>;
}

export interface HubOptions {
  /** Stores chat:send messages; by default the batching writer on deps' database. */
  writer?: ChatWriter;
}

/** Attaches Socket.IO to the HTTP server Hono listens on. */
export function createHub(http: HttpServer, deps: Deps, assistant: Assistant, options: HubOptions = {}): Hub {
  const originAllowed = originPolicy(deps.config);
  const io: HubServer = new Server(http, {
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    allowRequest: (req, callback) => callback(null, originAllowed(req.headers.origin)),
    cors: { origin: deps.config.allowedOrigins.length ? [...deps.config.allowedOrigins] : false },
  });

  const adapter = attachRedisAdapter(io, deps);

  const writer =
    options.writer ?? createChatWriter(deps, { onBatch: (rows) => deps.metrics.chatBatchRows.observe(rows) });
  let closing = false;
  const inflight = new Set<Promise<unknown>>();
  // An account opening sockets faster than people do is refused first, on its token's signature
  // alone; then the address cap, before the session is looked up.
  io.use(limitConnects(deps));
  io.use(limitAddresses(io, deps));
  io.use(authenticate(deps, () => closing));

  const sinkFor = turnSink(io, deps);

  io.on('connection', (socket) => {
    deps.metrics.socketsConnected.inc();
    socket.once('disconnect', () => deps.metrics.socketsConnected.dec());
    socket.join(userRoom(socket.data.userId));
    enforceUserCap(io, socket, deps.budgets, adapter !== undefined).catch((err) =>
      deps.logger.error({ err }, 'socket cap check failed'),
    );
    registerChatHandlers(socket, {
      deps,
      assistant,
      writer,
      sinkFor,
      inflight,
      clustered: adapter !== undefined,
    });
  });

  const stopForwarding = forwardDomainEvents(io, deps);

  return {
    io,
    close: async (drainMs = 5_000) => {
      closing = true;
      let timedOut = false;
      const deadline = new Promise<void>((resolve) =>
        setTimeout(() => {
          timedOut = true;
          resolve();
        }, drainMs).unref(),
      );
      // Events still arriving on open connections are served too: drain until none is in flight.
      while (inflight.size > 0 && !timedOut) {
        await Promise.race([Promise.allSettled([...inflight]), deadline]);
      }
      await writer.close();
      // A transport close lets each connection write what it still holds (the last acks) first;
      // io.close() below would discard it, so it waits for them (at most a second).
      const closed = [...io.of('/').sockets.values()].map(
        (socket) =>
          new Promise<void>((resolve) => {
            socket.conn.once('close', () => resolve());
            socket.conn.close();
          }),
      );
      await Promise.race([Promise.all(closed), new Promise((r) => setTimeout(r, 1_000).unref())]);
      stopForwarding();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await adapter?.close();
    },
  };
}
