import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ChatDelta,
  MentorSessionPush,
  NotificationPush,
  serverEvents,
  WireMessage,
} from '../../src/contract/socket.ts';
import { sessionEventPayload } from '../../src/domain/mentor-sessions/view.ts';
import { toWire } from '../../src/realtime/wire.ts';

/**
 * The socket contract (src/contract/socket.ts) is what the web client is typed against
 * (npm run typecheck checks web/ with it) and what every test client checks each received event
 * against (test/helpers/sockets.ts). Here: the server's builders produce what it says, and a
 * payload that drifts from it is refused.
 */
describe('the socket contract', () => {
  const at = new Date('2026-12-05T10:00:00Z');

  it('accepts what the builders of each payload produce', () => {
    const row = {
      id: randomUUID(),
      mentorId: randomUUID(),
      userId: randomUUID(),
      scheduledAt: at,
      durationMinutes: 45,
      sessionType: 'virtual' as const,
      locationId: null,
      status: 'scheduled' as const,
      mentorNotes: null,
      userNotes: null,
      createdAt: at,
      updatedAt: at,
      completedAt: null,
      reminderSentAt: null,
    };
    const session = sessionEventPayload(row, { mentor: 'Amara Okafor', user: 'Sam' });
    expect(MentorSessionPush.parse({ event: 'booked', session })).toEqual({ event: 'booked', session });

    const message = toWire({
      id: randomUUID(),
      role: 'assistant',
      content: 'Here are two quiet cafés.',
      createdAt: at,
      replyTo: randomUUID(),
    });
    expect(WireMessage.parse(message)).toEqual(message);
  });

  it('refuses a payload that drifted: a missing field, a wrong type, an unknown status', () => {
    expect(ChatDelta.safeParse({ turnId: 't', delta: 'Hi' }).success).toBe(false); // offset missing
    expect(
      NotificationPush.safeParse({
        id: randomUUID(),
        type: 'x',
        title: 1,
        message: 'm',
        createdAt: at.toISOString(),
      }).success,
    ).toBe(false);
    expect(
      serverEvents['chat:tool'].safeParse({ turnId: 't', name: 'search', status: 'running' }).success,
    ).toBe(false);
  });

  it('names every event the server emits and the web client listens to', () => {
    expect(Object.keys(serverEvents).sort()).toEqual(
      [
        'chat:delta',
        'chat:message',
        'chat:tool',
        'connection:closed',
        'mentor:session',
        'notification',
        'session:ended',
      ].sort(),
    );
  });
});
