import { io, type Socket } from 'socket.io-client';
import type {
  Ack,
  ClientAcks,
  ClientToServerEvents,
  ServerToClientEvents,
  SessionEndReason,
} from '../../src/contract/socket.ts';
import { i18n } from './i18n/index.ts';
import { toast } from './ui/toasts.tsx';

export type { SessionEndReason };
/** Why this page left the signed-in app without the person asking here: the server said, or the token died. */
export type SignOutReason = SessionEndReason | 'expired';

/** The Socket.IO contract is the server's own (src/contract/socket.ts), imported as types only. */
export type ChatSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * One socket per signed-in page, websocket transport only (no sticky sessions needed behind a
 * load balancer). When the browser says it is offline the socket is closed at once, so sends are
 * queued rather than buffered into a dead connection; back online, it connects and catches up.
 */
export function openSocket(
  token: string,
  onEnded: (reason?: SessionEndReason) => void,
): {
  socket: ChatSocket;
  renewToken(change: () => Promise<string>): Promise<void>;
  close(): void;
} {
  const socket: ChatSocket = io({
    auth: { token },
    transports: ['websocket'],
    autoConnect: false,
    reconnectionDelay: 500,
    reconnectionDelayMax: 5_000,
  });
  // A new password set from this page ends this page's socket too: that end is expected (renewToken),
  // whether it shows as `session:ended` or as the old token refused on a reconnect in between.
  let renewing = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  socket.on('connect_error', (err) => {
    const data = (err as Error & { data?: { code?: string; details?: { retryAfterSeconds?: number } } }).data;
    if (data?.code === 'unauthorized') {
      socket.disconnect();
      if (!renewing) onEnded();
    }
    // Refused by a connection budget (too many opened in a short time, or from this network): the
    // server's refusal stops socket.io's own retries, so try again once the wait it names is over.
    if (data?.code === 'rate_limited') {
      const named = Number(data.details?.retryAfterSeconds);
      const wait = Number.isFinite(named) ? Math.min(300, Math.max(1, named)) : 30;
      clearTimeout(retry);
      retry = setTimeout(() => {
        if (!socket.connected && navigator.onLine !== false) socket.connect();
      }, wait * 1000);
    }
  });
  // Signed out everywhere, a new password, the account deleted: the server says so, then closes.
  socket.on('session:ended', ({ reason }) => {
    socket.disconnect();
    if (reason === 'password_changed' && renewing) return;
    onEnded(reason);
  });
  // Past the account's cap on open connections the server closes the oldest, saying why: say it
  // here, and do not reconnect by ourselves (that would close another device's in turn).
  socket.on('connection:closed', ({ limit }) => {
    socket.disconnect();
    const { m, fill } = i18n();
    toast(fill(m.app.tooManyTabs, { limit }));
  });
  const offline = () => socket.disconnect();
  const online = () => {
    if (!socket.connected) socket.connect();
  };
  window.addEventListener('offline', offline);
  window.addEventListener('online', online);
  if (navigator.onLine !== false) socket.connect();
  return {
    socket,
    /**
     * Runs `change` (the password change, resolving with the one token that still works) and
     * reconnects under that token. The old connection is closed before the new one opens, so its
     * `session:ended` is either ignored (it came during the change) or never read.
     */
    async renewToken(change) {
      renewing = true;
      try {
        const next = await change();
        socket.disconnect();
        socket.auth = { token: next };
        if (navigator.onLine !== false) socket.connect();
      } finally {
        renewing = false;
      }
    },
    close() {
      clearTimeout(retry);
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      socket.disconnect();
    },
  };
}

/** emit with an acknowledgement, as a promise; a silent server is a timeout error. */
export function request<E extends keyof ClientAcks>(
  socket: ChatSocket,
  event: E,
  payload: Parameters<ClientToServerEvents[E]>[0],
  timeoutMs = 15_000,
): Promise<Ack<ClientAcks[E]>> {
  return new Promise((resolve, reject) => {
    // socket.io's typed emit cannot be spelled for a generic event name: this is the same call.
    const timed = socket.timeout(timeoutMs) as unknown as {
      emit(ev: string, p: unknown, cb: (err: Error | null, ack: never) => void): void;
    };
    timed.emit(event, payload, (err, ack) => (err ? reject(err) : resolve(ack)));
  });
}
