import type { Deps } from '../deps.ts';
import { addressBucket, trustedClientAddress } from '../ratelimit/address.ts';
import { type Budgets, overBudget } from '../ratelimit/budgets.ts';
import { userRoom } from './events.ts';
import type { HubSocket } from './handlers/chat.ts';
import type { HubServer } from './hub.ts';

type Middleware = Parameters<HubServer['use']>[0];

/** Every socket from one client address (an IPv6 /64) joins this room while the address cap is on. */
export const addressRoom = (bucket: string) => `addr:${bucket}`;

/**
 * How long to wait for the other instances' answer before counting this instance's sockets only
 * (the adapter's own timeout is 5 s, far too long to hold a handshake).
 */
const ACROSS_MS = 1_000;

interface Counted {
  id: string;
  /** When its handshake arrived (ms since the epoch): the oldest is closed first. */
  issued: number;
}

/**
 * The sockets in a room on every instance, asked through the adapter (fetchSockets): the truth is
 * the sockets themselves, so nothing leaks when an instance dies (its sockets simply stop being
 * reported), and there is no counter to keep in step. When the other instances do not answer in
 * time (Redis away, an instance hung), this instance's sockets: a cap then holds per instance,
 * never not at all.
 */
async function socketsIn(io: HubServer, room: string): Promise<Counted[]> {
  const shape = (s: { id: string; handshake: { issued: number } }) => ({
    id: s.id,
    issued: s.handshake.issued,
  });
  const all = io.in(room).fetchSockets();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ACROSS_MS);
    timer.unref();
  });
  try {
    const found = await Promise.race([all, late]);
    if (found) return found.map(shape);
  } catch {
    // Redis away: the adapter could not even ask.
  } finally {
    clearTimeout(timer);
  }
  all.catch(() => {});
  return (await io.in(room).local.fetchSockets()).map(shape);
}

/**
 * Refuses a new socket from an address that already holds the sockets_per_address cap (on every
 * instance), with connect_error `{ code: 'rate_limited', details: { retryAfterSeconds, budget } }`.
 * An admitted socket joins the address's room at once, in the same tick as the count, so a burst
 * on one instance is counted exactly; a burst spread over instances at the same instant may pass
 * by what is in flight elsewhere. A handshake that fails later leaves the room (socket.io cleans up).
 */
export function limitAddresses(io: HubServer, deps: Deps): Middleware {
  const cap = deps.budgets.cap('sockets_per_address');
  const resolve = trustedClientAddress(deps.config.trustedProxies);
  return (socket, next) => {
    if (cap === undefined) {
      next();
      return;
    }
    const room = addressRoom(
      addressBucket(resolve(socket.handshake.address, socket.handshake.headers['x-forwarded-for'])),
    );
    const local = () => io.of('/').adapter.rooms.get(room);
    const refuse = () => {
      const body = overBudget('sockets_per_address', 30).toBody();
      next(Object.assign(new Error('rate_limited'), { data: body }));
    };
    if ((local()?.size ?? 0) >= cap) {
      refuse();
      return;
    }
    socketsIn(io, room).then(
      (sockets) => {
        const here = local();
        const elsewhere = sockets.filter((s) => !here?.has(s.id)).length;
        if (elsewhere + (here?.size ?? 0) >= cap) {
          refuse();
          return;
        }
        socket.join(room);
        next();
      },
      (err) => {
        deps.logger.error({ err }, 'socket address count failed');
        next();
      },
    );
  };
}

/**
 * Keeps a user within sockets_per_user: run once a new socket has joined the user's room, it
 * closes the oldest beyond the cap (on whichever instance they are), each first told why with
 * `connection:closed`; the new socket is always kept. Two of these running at once cannot close
 * more than needed: each closes a socket only when it sees `cap` newer ones, which then exist.
 */
export async function enforceUserCap(
  io: HubServer,
  socket: HubSocket,
  budgets: Budgets,
  clustered: boolean,
): Promise<void> {
  const cap = budgets.cap('sockets_per_user');
  if (cap === undefined) return;
  const room = userRoom(socket.data.userId);
  // One instance and under the cap: nobody else to ask.
  if (!clustered && (socket.nsp.adapter.rooms.get(room)?.size ?? 0) <= cap) return;
  const sockets = await socketsIn(io, room);
  if (sockets.length <= cap) return;
  const oldest = sockets
    .filter((s) => s.id !== socket.id)
    .sort((a, b) => a.issued - b.issued || a.id.localeCompare(b.id))
    .slice(0, sockets.length - cap);
  for (const { id } of oldest) {
    // A socket here is closed directly: the adapter's own disconnectSockets goes through Redis
    // even for local sockets, and does nothing while Redis is away.
    const here = io.of('/').sockets.get(id);
    if (here) {
      here.emit('connection:closed', { reason: 'too_many_connections', limit: cap });
      here.disconnect(true);
    } else {
      io.to(id).emit('connection:closed', { reason: 'too_many_connections', limit: cap });
      io.in(id).disconnectSockets(true);
    }
  }
}
