import type { Server as HttpServer } from 'node:http';
import { createAdapter, createShardedAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import { Server } from 'socket.io';
import type { Assistant, TurnSink } from '../assistant/assistant.ts';
import type { ServerInboundEvents, ServerToClientEvents, SessionEndReason } from '../contract/socket.ts';
import type { Deps } from '../deps.ts';
import { resolveSession } from '../domain/accounts/login.ts';
import { type ChatWriter, createChatWriter } from '../domain/chat/writer.ts';
import { AppError } from '../errors.ts';
import { type SocketData, userRoom } from './events.ts';
import { registerChatHandlers } from './handlers/chat.ts';
import { originPolicy } from './origin.ts';

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

function unauthorized(message: string): Error & { data: { code: string; message: string } } {
  return Object.assign(new Error('unauthorized'), { data: { code: 'unauthorized', message } });
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

  let pub: Deps['redis'];
  let sub: Deps['redis'];
  if (deps.redis) {
    // The adapter calls these clients and drops the promises: publish() on every broadcast,
    // (un)subscribe at start-up, on rooms (sharded) and in close(). While Redis is away they reject
    // (publishing at once: no offline queue, so nothing stale is replayed minutes later; the rest
    // when the client gives up or is closed), and a rejection nobody handles would take the
    // process down. So each of them answers a failure by counting it instead. Local delivery goes
    // on meanwhile; other instances' clients catch up with chat:sync; subscriptions resume on
    // reconnect. No keyPrefix on these two: sharded channels count as keys to ioredis and would be
    // prefixed twice (the adapter's key already carries REDIS_KEY_PREFIX).
    pub = deps.redis.duplicate({ enableOfflineQueue: false, keyPrefix: '' });
    sub = deps.redis.duplicate({ keyPrefix: '' });
    absorbRejections(pub, ['publish', 'spublish'], () =>
      deps.metrics.errors.inc({ surface: 'redis_publish' }),
    );
    absorbRejections(
      sub,
      ['subscribe', 'psubscribe', 'ssubscribe', 'unsubscribe', 'punsubscribe', 'sunsubscribe'],
      () => deps.metrics.errors.inc({ surface: 'redis_subscribe' }),
    );
    for (const client of [pub, sub]) {
      client.on('error', (err) => deps.logger.warn({ err: err.message }, 'socket adapter redis problem'));
    }
    const key = `${deps.config.redis.keyPrefix}socket.io`;
    io.adapter(
      deps.config.redis.adapter === 'sharded'
        ? createShardedAdapter(pub, sub, { channelPrefix: key, subscriptionMode: 'dynamic' })
        : createAdapter(pub, sub, { key }),
    );
  }

  const writer =
    options.writer ?? createChatWriter(deps, { onBatch: (rows) => deps.metrics.chatBatchRows.observe(rows) });
  let closing = false;
  const inflight = new Set<Promise<unknown>>();
  io.use((socket, next) => {
    if (closing) {
      next(
        Object.assign(new Error('unavailable'), {
          data: { code: 'unavailable', message: 'Reconnect shortly.' },
        }),
      );
      return;
    }
    const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
    if (typeof token !== 'string' || token.length === 0 || token.length > 4096) {
      next(unauthorized('Connect with auth: { token }.'));
      return;
    }
    deps.tokens
      .verify(token, deps.clock.now())
      .then(async (claims) => {
        await resolveSession(deps, claims);
        socket.data.userId = claims.userId;
        socket.data.tokenVersion = claims.tokenVersion;
        socket.data.expiresAt = claims.expiresAt;
        // The token is not needed past this point: no secret kept for the socket's lifetime
        // (and ~300 bytes less per idle socket).
        delete (socket.handshake.auth as { token?: unknown }).token;
        next();
      })
      .catch((err) => {
        if (err instanceof AppError && err.code === 'unauthorized') next(unauthorized(err.message));
        else {
          deps.logger.error({ err }, 'socket handshake failed');
          next(
            Object.assign(new Error('unavailable'), {
              data: { code: 'unavailable', message: 'Try again shortly.' },
            }),
          );
        }
      });
  });

  const sinkFor = (userId: string): TurnSink => {
    const room = io.to(userRoom(userId));
    const out = deps.metrics.socketEventsOut;
    return {
      delta: (turnId, delta, offset) => {
        out.inc({ event: 'chat:delta' });
        room.emit('chat:delta', { turnId, delta, offset });
      },
      tool: (turnId, name, status, summary, display) => {
        out.inc({ event: 'chat:tool' });
        room.emit('chat:tool', { turnId, name, status, ...(summary ? { summary } : {}), ...display });
      },
      message: (message) => {
        out.inc({ event: 'chat:message' });
        room.emit('chat:message', message);
      },
    };
  };

  io.on('connection', (socket) => {
    deps.metrics.socketsConnected.inc();
    socket.once('disconnect', () => deps.metrics.socketsConnected.dec());
    socket.join(userRoom(socket.data.userId));
    registerChatHandlers(socket, {
      deps,
      assistant,
      writer,
      sinkFor,
      inflight,
      clustered: pub !== undefined,
    });
  });

  const onNotification = (e: Parameters<Parameters<typeof deps.events.on<'notification'>>[1]>[0]) => {
    if (!e.pushEnabled) return;
    deps.metrics.socketEventsOut.inc({ event: 'notification' });
    io.to(userRoom(e.userId)).emit('notification', e.notification);
  };
  const onMentorSession = (e: Parameters<Parameters<typeof deps.events.on<'mentor-session'>>[1]>[0]) => {
    deps.metrics.socketEventsOut.inc({ event: 'mentor:session' });
    io.to(userRoom(e.mentorUserId)).emit('mentor:session', { event: e.event, session: e.session });
  };
  /** Tells every socket of the user why, then closes them (on every instance, through the adapter). */
  const endSessions = (userId: string, reason: SessionEndReason) => {
    deps.metrics.socketEventsOut.inc({ event: 'session:ended' });
    io.to(userRoom(userId)).emit('session:ended', { reason });
    io.in(userRoom(userId)).disconnectSockets(true);
  };
  const onUserDeleted = ({ userId }: { userId: string }) => endSessions(userId, 'account_deleted');
  const onSessionsRevoked = ({ userId, reason }: { userId: string; reason: SessionEndReason }) =>
    endSessions(userId, reason);
  deps.events.on('notification', onNotification);
  deps.events.on('mentor-session', onMentorSession);
  deps.events.on('user-deleted', onUserDeleted);
  deps.events.on('sessions-revoked', onSessionsRevoked);

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
      deps.events.off('notification', onNotification);
      deps.events.off('mentor-session', onMentorSession);
      deps.events.off('user-deleted', onUserDeleted);
      deps.events.off('sessions-revoked', onSessionsRevoked);
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await Promise.all([
        pub?.quit().catch(() => pub?.disconnect()),
        sub?.quit().catch(() => sub?.disconnect()),
      ]);
    },
  };
}

/**
 * Replaces the named commands of a client with ones whose failure is counted and answered with 0,
 * for a caller (the socket.io adapter) that drops their promises.
 */
function absorbRejections(client: Redis, commands: readonly string[], onFailure: () => void): void {
  const target = client as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const name of commands) {
    const send = target[name]!.bind(client);
    target[name] = (...args) =>
      send(...args).catch(() => {
        onFailure();
        return 0;
      });
  }
}
