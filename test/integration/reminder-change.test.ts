import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import type { NotificationEvent } from '../../src/contract/domain-events.ts';
import { createFieldCipher } from '../../src/crypto/cipher.ts';
import { withUser } from '../../src/domain/context.ts';
import {
  cancelReminder,
  listPendingReminders,
  moveReminder,
} from '../../src/domain/notifications/change-reminder.ts';
import { scheduleReminder } from '../../src/domain/notifications/schedule-reminder.ts';
import { pushDeferredNotifications } from '../../src/scheduler/deferred.ts';
import { backends, contextSource, createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { makeUser } from '../helpers/factories.ts';

/**
 * A reminder moved or cancelled after it was set (issue 16): it goes off at the new time only,
 * however many instances sweep; once it has gone off it cannot change; nobody else can touch it;
 * bad input is refused with a clear code.
 */
describe.each(backends)('changing a reminder already set, on %s', (backend) => {
  let t: TestDatabase;
  const clock = manualClock('2030-05-06T08:00:00Z');
  const cipher = createFieldCipher([{ id: 'k', key: Buffer.alloc(32, 7) }]);
  const instance = () => contextSource(t.handle, cipher, clock);
  beforeAll(async () => {
    t = await createTestDatabase(backend);
  });
  afterAll(() => t?.drop());

  const code = (p: Promise<unknown>) =>
    p.then(
      () => 'ok',
      (err: { code?: string }) => err.code ?? String(err),
    );

  it('moves a reminder: it goes off at the new time only, once, however many instances sweep', async () => {
    clock.set('2030-05-06T08:00:00Z');
    const me = await makeUser(t.handle.db);
    const [a, b, c] = [instance(), instance(), instance()];
    const pushed: NotificationEvent[] = [];
    for (const i of [a, b, c]) i.events.on('notification', (e) => pushed.push(e));
    const { notification } = await withUser(a, me.id, (u) =>
      scheduleReminder(u, { title: 'Drink water', at: '2030-05-06T10:00:00Z' }),
    );
    const moved = await withUser(b, me.id, (u) =>
      moveReminder(u, notification.id, { at: '2030-05-06T11:30:00Z' }),
    );
    expect(moved.reminder).toMatchObject({ id: notification.id, title: 'Drink water' });
    expect(moved.reminder.deliverAt.toISOString()).toBe('2030-05-06T11:30:00.000Z');
    expect(moved.from.toISOString()).toBe('2030-05-06T10:00:00.000Z');

    clock.set('2030-05-06T10:00:30Z'); // the old time: nothing goes off
    expect(
      (await Promise.all([a, b, c].map((i) => pushDeferredNotifications(i)))).reduce((x, y) => x + y),
    ).toBe(0);
    clock.set('2030-05-06T11:30:10Z'); // the new time: once
    expect(
      (await Promise.all([a, b, c].map((i) => pushDeferredNotifications(i)))).reduce((x, y) => x + y),
    ).toBe(1);
    expect(await pushDeferredNotifications(a)).toBe(0);
    expect(pushed.map((e) => [e.userId, e.notification.title, e.notification.createdAt])).toEqual([
      [me.id, 'Drink water', '2030-05-06T11:30:00.000Z'],
    ]);

    // Gone off: it can no longer be moved or cancelled.
    expect(await code(withUser(a, me.id, (u) => moveReminder(u, notification.id, { inMinutes: 30 })))).toBe(
      'unprocessable',
    );
    expect(await code(withUser(a, me.id, (u) => cancelReminder(u, notification.id)))).toBe('unprocessable');
  });

  it('cancels a reminder: it never goes off and leaves the list of those waiting', async () => {
    clock.set('2030-05-06T08:00:00Z');
    const me = await makeUser(t.handle.db);
    const a = instance();
    const { notification } = await withUser(a, me.id, (u) =>
      scheduleReminder(u, { title: 'Call mum', at: '2030-05-06T17:00:00Z' }),
    );
    const later = await withUser(a, me.id, (u) =>
      scheduleReminder(u, { title: 'Stretch', at: '2030-05-06T16:50:00Z' }),
    );
    expect((await withUser(a, me.id, (u) => listPendingReminders(u))).map((r) => r.title)).toEqual([
      'Stretch',
      'Call mum',
    ]);
    expect((await withUser(a, me.id, (u) => cancelReminder(u, notification.id))).title).toBe('Call mum');
    expect((await withUser(a, me.id, (u) => listPendingReminders(u))).map((r) => r.id)).toEqual([
      later.notification.id,
    ]);
    clock.set('2030-05-06T17:00:30Z');
    const pushed: NotificationEvent[] = [];
    a.events.on('notification', (e) => pushed.push(e));
    await pushDeferredNotifications(a);
    expect(pushed.map((e) => e.notification.title)).toEqual(['Stretch']);
  });

  it("refuses another person's reminder as not found, and bad input with invalid_payload", async () => {
    clock.set('2030-05-06T08:00:00Z');
    const [me, other] = [await makeUser(t.handle.db), await makeUser(t.handle.db)];
    const a = instance();
    const { notification } = await withUser(a, me.id, (u) =>
      scheduleReminder(u, { title: 'Take meds', at: '2030-05-07T07:00:00Z' }),
    );
    expect(await code(withUser(a, other.id, (u) => moveReminder(u, notification.id, { inMinutes: 5 })))).toBe(
      'not_found',
    );
    expect(await code(withUser(a, other.id, (u) => cancelReminder(u, notification.id)))).toBe('not_found');
    expect(await withUser(a, other.id, (u) => listPendingReminders(u))).toEqual([]);
    expect(await code(withUser(a, me.id, (u) => moveReminder(u, 'not-a-uuid', { inMinutes: 5 })))).toBe(
      'invalid_payload',
    );
    expect(await code(withUser(a, me.id, (u) => moveReminder(u, notification.id, {})))).toBe(
      'invalid_payload',
    );
    expect(
      await code(withUser(a, me.id, (u) => moveReminder(u, notification.id, { at: '2030-05-06T07:00:00Z' }))),
    ).toBe('invalid_payload'); // already past
    // Still there, at its time.
    const [still] = await withUser(a, me.id, (u) => listPendingReminders(u));
    expect(still?.deliverAt.toISOString()).toBe('2030-05-07T07:00:00.000Z');
  });
});
