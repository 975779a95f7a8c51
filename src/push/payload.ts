import type { NotificationPush } from '../contract/socket.ts';
import { REMINDER_LEAD_MINUTES } from '../domain/mentor-sessions/send-due-reminders.ts';
import { STALE_PUSH_MINUTES } from '../scheduler/deferred.ts';

export type Urgency = 'very-low' | 'low' | 'normal' | 'high';

/**
 * The notifications that reach a device with no NightChill tab open, and how: a mentor's booking
 * and cancellation alerts (the other side of a cancellation too), "your session is coming up" on
 * both sides, and the reminders people set for themselves. ttlSeconds: how long the push service
 * may hold one for a device that is off (an alert later than that would only startle: a session
 * reminder after the session began, a reminder past the hour the scheduler still pushes it in).
 * Every other notification stays in the inbox and on open tabs only.
 */
export const PUSHED_TYPES: Readonly<Record<string, { ttlSeconds: number; urgency: Urgency }>> = {
  session_booked: { ttlSeconds: 24 * 3600, urgency: 'normal' },
  session_cancelled: { ttlSeconds: 24 * 3600, urgency: 'normal' },
  session_reminder: { ttlSeconds: REMINDER_LEAD_MINUTES * 60, urgency: 'high' },
  reminder: { ttlSeconds: STALE_PUSH_MINUTES * 60, urgency: 'high' },
};

/** What a device receives (encrypted to it): the notification's own words and where a tap leads. */
export interface PushPayload {
  title: string;
  body: string;
  /** A path of the web client (same origin): the service worker opens or focuses it. */
  url: string;
  /** One system notification per session (a cancellation replaces the booking), else per notification. */
  tag: string;
}

// Push services take 4 KB of payload; the words are cut well before (user text stays short anyway).
const TITLE_MAX = 120;
const BODY_MAX = 600;

const cut = (text: string, max: number) => {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
};

/**
 * The payload for a notification: title and body as the inbox shows them, nothing more (no ids
 * beyond the tag, no names the words do not already carry). `mentorSide`: the recipient is the
 * mentor of the session it is about, so a tap opens the mentor console; anything else opens chat.
 */
export function pushPayload(notification: NotificationPush, mentorSide: boolean): PushPayload {
  const sessionId = notification.data?.sessionId;
  return {
    title: cut(notification.title, TITLE_MAX),
    body: cut(notification.message, BODY_MAX),
    url: mentorSide ? '/#/mentor' : '/',
    tag: typeof sessionId === 'string' ? `session-${sessionId}` : `notification-${notification.id}`,
  };
}
