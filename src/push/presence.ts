import { userRoom } from '../realtime/events.ts';
import type { HubServer } from '../realtime/hub.ts';

/** How long to wait for the other instances to say whether they hold one of the user's sockets. */
export const PRESENCE_TIMEOUT_MS = 1_000;

/**
 * Whether the user has a socket open on any instance. This instance's own room first (no round
 * trip); then the adapter asks every instance (fetchSockets: through Redis with the Redis adapter):
 * the sockets themselves are the truth, so there is no presence counter to drift when an instance
 * dies (its sockets simply stop being reported). When the others do not answer in time (Redis
 * away, an instance hung) the user counts as away: a second alert on a device whose tab was open
 * after all costs less than a booking nobody hears about.
 */
export function socketPresence(
  io: HubServer,
  timeoutMs = PRESENCE_TIMEOUT_MS,
): (userId: string) => Promise<boolean> {
  return async (userId) => {
    const room = userRoom(userId);
    if ((io.of('/').adapter.rooms.get(room)?.size ?? 0) > 0) return true;
    const all = io.in(room).fetchSockets();
    all.catch(() => {});
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), timeoutMs);
      timer.unref();
    });
    try {
      const found = await Promise.race([all, late]);
      return (found?.length ?? 0) > 0;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  };
}
