import type { NotificationPush, SessionChange, SessionEndReason, SessionOnWire } from './socket.ts';

/**
 * What domain verbs announce after their transaction commits (src/events.ts carries them). The
 * realtime hub pushes them to sockets, on this instance and through Redis to the others, in the
 * shapes of ./socket.ts.
 */

/** A notification for a user, pushed unless they turned notifications off. */
export interface NotificationEvent {
  userId: string;
  pushEnabled: boolean;
  notification: NotificationPush;
}

/** A change to a mentor session, for the mentor's user (`mentor:session`). */
export interface MentorSessionEvent {
  mentorUserId: string;
  event: SessionChange;
  session: SessionOnWire;
}

export interface DomainEvents {
  notification: [NotificationEvent];
  'mentor-session': [MentorSessionEvent];
  'user-deleted': [{ userId: string }];
  /** Every token of the user was revoked (sign out everywhere, a new password): open sockets must go too. */
  'sessions-revoked': [{ userId: string; reason: SessionEndReason }];
}
