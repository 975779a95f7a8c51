import type { TurnSink } from '../assistant/assistant.ts';
import type { SessionEndReason } from '../contract/socket.ts';
import type { Deps } from '../deps.ts';
import { userRoom } from './events.ts';
import type { HubServer } from './hub.ts';

/** How a user's turn reaches their sockets, on every instance (the user's room). */
export const turnSink =
  (io: HubServer, deps: Deps) =>
  (userId: string): TurnSink => {
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

/**
 * What domain verbs announce after commit, pushed to the user's sockets: notifications (unless
 * turned off), mentor session changes, and the end of every session of a user (told why, then
 * closed). Returns what stops it.
 */
export function forwardDomainEvents(io: HubServer, deps: Deps): () => void {
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
    // This instance's own sockets first, without Redis: while Redis is away the adapter's broadcast
    // goes nowhere, and a signed-out or deleted account must not keep a socket open here.
    io.local.to(userRoom(userId)).emit('session:ended', { reason });
    io.in(userRoom(userId)).local.disconnectSockets(true);
    // Then every other instance's.
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
  return () => {
    deps.events.off('notification', onNotification);
    deps.events.off('mentor-session', onMentorSession);
    deps.events.off('user-deleted', onUserDeleted);
    deps.events.off('sessions-revoked', onSessionsRevoked);
  };
}
