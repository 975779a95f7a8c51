import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noCache } from '../../src/cache/index.ts';
import { manualClock } from '../../src/clock.ts';
import { createFieldCipher } from '../../src/crypto/cipher.ts';
import { mentorSessions } from '../../src/db/schema/index.ts';
import { asSystem } from '../../src/db/tx.ts';
import { DomainEventBus, type MentorSessionEvent, type NotificationEvent } from '../../src/events.ts';
import { sendDueReminders } from '../../src/scheduler/reminders.ts';
import { backends, createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { makeMentor, makeUser } from '../helpers/factories.ts';

describe.each(backends)('session reminders on %s', (backend) => {
  let t: TestDatabase;
  const clock = manualClock('2026-07-01T09:00:00Z');
  const instance = () => ({
    database: t.handle,
    cipher: createFieldCipher([{ id: 'k', key: Buffer.alloc(32, 5) }]),
    clock,
    logger: pino({ level: 'silent' }),
    events: new DomainEventBus(),
    cache: noCache,
  });
  beforeAll(async () => {
    t = await createTestDatabase(backend);
  });
  afterAll(() => t?.drop());

  it('reminds both sides once, some minutes before, however many instances sweep at once', async () => {
    const mentorUser = await makeUser(t.handle.db);
    const mentor = await makeMentor(t.handle.db, mentorUser.id);
    const people = await Promise.all(Array.from({ length: 6 }, () => makeUser(t.handle.db)));
    await asSystem(t.handle.db, (tx) =>
      tx.insert(mentorSessions).values(
        people.map((p, i) => ({
          mentorId: mentor.id,
          userId: p.id,
          // 10:00, 11:00, … : only the first is within 30 minutes once the clock reaches 09:40.
          scheduledAt: new Date(Date.UTC(2026, 6, 1, 10 + i)),
          durationMinutes: 45,
        })),
      ),
    );
    const [a, b, c] = [instance(), instance(), instance()];
    const pushed: NotificationEvent[] = [];
    const alerts: MentorSessionEvent[] = [];
    for (const i of [a, b, c]) {
      i.events.on('notification', (e) => pushed.push(e));
      i.events.on('mentor-session', (e) => alerts.push(e));
    }

    expect(await sendDueReminders(a)).toBe(0); // 09:00: nothing due yet
    clock.set('2026-07-01T09:40:00Z');
    const counts = await Promise.all([sendDueReminders(a), sendDueReminders(b), sendDueReminders(c)]);
    expect(counts.reduce((x, y) => x + y, 0)).toBe(1);
    clock.set('2026-07-01T12:45:00Z'); // sessions at 13:00 due; 10–12 already started or reminded
    const later = await Promise.all([sendDueReminders(a), sendDueReminders(b)]);
    expect(later.reduce((x, y) => x + y, 0)).toBe(1);
    expect(await sendDueReminders(c)).toBe(0);

    const { rows } = await asSystem(t.handle.db, (tx) =>
      tx.execute(
        sql`SELECT user_id, count(*)::int AS n FROM notifications WHERE type = 'session_reminder' GROUP BY user_id`,
      ),
    );
    const byUser = Object.fromEntries(rows.map((r) => [r.user_id, r.n]));
    expect(byUser).toEqual({ [people[0]!.id]: 1, [people[3]!.id]: 1, [mentorUser.id]: 2 });
    expect(pushed).toHaveLength(4);
    expect(alerts.map((e) => [e.mentorUserId, e.event])).toEqual([
      [mentorUser.id, 'reminder'],
      [mentorUser.id, 'reminder'],
    ]);
  });
});
