import { EventEmitter } from 'node:events';
import type { SessionEventPayload } from './domain/mentor-sessions/view.ts';

/** A notification as pushed to clients (docs/realtime.md: `notification`). */
export interface NotificationEvent {
  userId: string;
  pushEnabled: boolean;
  notification: {
    id: string;
    type: string;
    title: string;
    message: string;
    actionUrl?: string;
    createdAt: string;
    data?: Record<string, unknown>;
  };
}

/** A change to a mentor session, for the mentor's user (docs/realtime.md: `mentor:session`). */
export interface MentorSessionEvent {
  mentorUserId: string;
  event: 'booked' | 'cancelled' | 'reminder' | 'updated';
  session: SessionEventPayload;
}

/** Why a user's sockets were closed, as the client is told (`session:ended`). */
export type SessionEndReason = 'signed_out' | 'password_changed' | 'account_deleted';

export interface DomainEvents {
  notification: [NotificationEvent];
  'mentor-session': [MentorSessionEvent];
  'user-deleted': [{ userId: string }];
  /** Every token of the user was revoked (sign out everywhere, a new password): open sockets must go too. */
  'sessions-revoked': [{ userId: string; reason: SessionEndReason }];
}

/**
 * What domain verbs announce after their transaction commits. The realtime hub subscribes and
 * pushes to sockets (on this instance, and through Redis to the others).
 */
export class DomainEventBus extends EventEmitter<DomainEvents> {}
