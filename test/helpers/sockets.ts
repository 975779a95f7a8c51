import { io as connect, type Socket } from 'socket.io-client';
import { type ServerEventName, serverEvents } from '../../src/contract/socket.ts';

export type ClientSocket = Socket;

/**
 * Every event a test client receives is checked against the contract (src/contract/socket.ts):
 * an unknown event, or a payload the schema refuses, fails the run (as an unhandled error, since
 * it is found inside socket.io's listener), naming the event and the field.
 */
function checkContract(socket: Socket): void {
  socket.onAny((event: string, payload: unknown) => {
    const schema = serverEvents[event as ServerEventName];
    const problem = schema
      ? schema.safeParse(payload).error?.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`)
      : ['not an event of the contract'];
    if (problem?.length) {
      queueMicrotask(() => {
        throw new Error(`server broke the socket contract on ${event}: ${problem.join('; ')}`);
      });
    }
  });
}

/** Connects a real socket.io client and waits for the connection (or its refusal). */
export function openSocket(
  url: string,
  token: string | undefined,
  options: {
    origin?: string;
    transports?: ('websocket' | 'polling')[];
    /**
     * Called with the socket before it connects: listeners put on here hear events the server
     * sends right after the connection (several frames read in one go would pass a listener put
     * on once the returned promise resolves).
     */
    listen?: (socket: ClientSocket) => void;
  } = {},
): Promise<ClientSocket> {
  const socket = connect(url, {
    auth: token === undefined ? {} : { token },
    transports: options.transports ?? ['websocket'],
    reconnection: false,
    forceNew: true,
    timeout: 5_000,
    ...(options.origin ? { extraHeaders: { origin: options.origin } } : {}),
  });
  checkContract(socket);
  options.listen?.(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}

/** Emits with an acknowledgement and resolves with it. */
// biome-ignore lint/suspicious/noExplicitAny: acks are arbitrary JSON in tests.
export function emitAck<T = any>(
  socket: ClientSocket,
  event: string,
  payload: unknown,
  timeoutMs = 5_000,
): Promise<T> {
  return socket.timeout(timeoutMs).emitWithAck(event, payload) as Promise<T>;
}

/** Resolves with the next `event` the socket receives that matches. */
// biome-ignore lint/suspicious/noExplicitAny: events are arbitrary JSON in tests.
export function nextEvent<T = any>(
  socket: ClientSocket,
  event: string,
  match: (p: T) => boolean = () => true,
  timeoutMs = 5_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (payload: T) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

/** Collects every `event` the socket receives from now on. */
export function collect<T = unknown>(socket: ClientSocket, event: string): T[] {
  const seen: T[] = [];
  socket.on(event, (payload: T) => seen.push(payload));
  return seen;
}

/** Polls until cond holds (bounded): for effects that have no event of their own. */
export async function waitFor(cond: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
