import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { withSystem } from '../../src/domain/context.ts';
import { notify } from '../../src/domain/notifications/notify.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';

type Note = { id: string; title: string; read: boolean; readAt: string | null; createdAt: string };

describe.each(backends)('the notification inbox on %s', (backend) => {
  const clock = manualClock('2025-05-01T08:00:00.000Z');
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(backend, { clock });
  });
  afterAll(() => app?.close());

  /** Notifications through the one service, one second apart unless `sameInstant`. */
  async function send(userId: string, n: number, options: { sameInstant?: boolean; deliverAt?: Date } = {}) {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      if (!options.sameInstant) clock.advance(1000);
      const row = await withSystem(app.deps, (ctx) =>
        notify(ctx, {
          userId,
          type: 'reminder',
          title: `note ${ids.length}`,
          message: 'Time for a calm walk.',
          ...(options.deliverAt ? { deliverAt: options.deliverAt } : {}),
        }),
      );
      ids.push(row.id);
    }
    return ids;
  }
  const inbox = (token: string, query = '') => app.api('GET', `/api/me/notifications${query}`, { token });

  it('lists the inbox newest first with the unread count', async () => {
    const { user, token } = await app.signUp();
    const ids = await send(user.id, 3);
    const res = await inbox(token);
    expect(res.status).toBe(200);
    expect(res.body.notifications.map((n: Note) => n.id)).toEqual([...ids].reverse());
    expect(res.body).toMatchObject({ unreadCount: 3, nextCursor: null });
    expect(res.body.notifications[0]).toEqual({
      id: ids[2],
      type: 'reminder',
      title: 'note 2',
      message: 'Time for a calm walk.',
      actionUrl: null,
      actionLabel: null,
      data: null,
      read: false,
      readAt: null,
      createdAt: clock.now().toISOString(),
      deliverAt: null,
    });
  });

  it('pages with the cursor so every notification appears exactly once, ties included', async () => {
    const { user, token } = await app.signUp();
    const ids = [...(await send(user.id, 12)), ...(await send(user.id, 13, { sameInstant: true }))];
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await inbox(token, `?limit=10${cursor ? `&before=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.notifications.map((n: Note) => n.id));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(25);
    expect(new Set(seen)).toEqual(new Set(ids));
  });

  it('filters unread or read, marks one read (once) and all read', async () => {
    const { user, token } = await app.signUp();
    const [first, second, third] = await send(user.id, 3);

    clock.advance(60_000);
    const readAt = clock.now().toISOString();
    const one = await app.api('POST', `/api/me/notifications/${second}/read`, { token });
    expect(one.status).toBe(200);
    expect(one.body.notification).toMatchObject({ id: second, read: true, readAt });
    clock.advance(60_000);
    const again = await app.api('POST', `/api/me/notifications/${second}/read`, { token });
    expect(again.body.notification.readAt).toBe(readAt);

    const unread = await inbox(token, '?unread=true');
    expect(unread.body.notifications.map((n: Note) => n.id)).toEqual([third, first]);
    expect(unread.body.unreadCount).toBe(2);
    const read = await inbox(token, '?unread=false');
    expect(read.body.notifications.map((n: Note) => n.id)).toEqual([second]);

    const all = await app.api('POST', '/api/me/notifications/read-all', { token });
    expect(all.status).toBe(200);
    expect(all.body).toEqual({ updated: 2 });
    expect((await app.api('POST', '/api/me/notifications/read-all', { token })).body).toEqual({ updated: 0 });
    const after = await inbox(token);
    expect(after.body.unreadCount).toBe(0);
    expect(after.body.notifications.every((n: Note) => n.read && n.readAt)).toBe(true);
  });

  it('hides a reminder until it is due, then shows it at the top by when it fired', async () => {
    const { user, token } = await app.signUp();
    const due = new Date(clock.now().getTime() + 3_600_000);
    const [later] = await send(user.id, 1, { deliverAt: due });
    const [now] = await send(user.id, 1);

    const before = await inbox(token);
    expect(before.body.notifications.map((n: Note) => n.id)).toEqual([now]);
    expect(before.body.unreadCount).toBe(1);
    expect((await app.api('POST', `/api/me/notifications/${later}/read`, { token })).status).toBe(404);
    expect((await app.api('POST', '/api/me/notifications/read-all', { token })).body).toEqual({ updated: 1 });

    clock.set(due);
    const afterDue = await inbox(token);
    expect(afterDue.body.notifications.map((n: Note) => n.id)).toEqual([later, now]);
    expect(afterDue.body.notifications[0].deliverAt).toBe(due.toISOString());
    expect(afterDue.body.unreadCount).toBe(1);
  });

  it("gives user B a 404 for user A's notification and never lists or pages through A's", async () => {
    const a = await app.signUp();
    const b = await app.signUp();
    const [aNote] = await send(a.user.id, 1);
    await send(b.user.id, 1);

    const steal = await app.api('POST', `/api/me/notifications/${aNote}/read`, { token: b.token });
    expect(steal.status).toBe(404);
    expect(steal.body.error.code).toBe('not_found');
    const unknown = await app.api('POST', `/api/me/notifications/${randomUUID()}/read`, { token: b.token });
    expect(unknown.status).toBe(404);
    // Indistinguishable from an id that does not exist, but for each request's own id.
    const { requestId: _s, ...stolen } = steal.body.error;
    const { requestId: _u, ...missing } = unknown.body.error;
    expect(missing).toEqual(stolen);

    const listed = await inbox(b.token);
    expect(listed.body.notifications.map((n: Note) => n.id)).not.toContain(aNote);
    const cursor = await inbox(b.token, `?before=${aNote}`);
    expect(cursor.status).toBe(400);
    expect(cursor.body.error.details).toEqual([
      { field: 'before', message: 'is not a cursor of this inbox' },
    ]);

    expect((await app.api('POST', '/api/me/notifications/read-all', { token: b.token })).body).toEqual({
      updated: 1,
    });
    expect((await inbox(a.token)).body.unreadCount).toBe(1);
  });

  it('answers bad queries and ids with 400 naming the field', async () => {
    const { token } = await app.signUp();
    const cases: [string, string][] = [
      ['?limit=0', 'limit'],
      ['?limit=101', 'limit'],
      ['?limit=ten', 'limit'],
      ['?limit=2.5', 'limit'],
      ['?unread=yes', 'unread'],
      ['?before=not-a-uuid', 'before'],
      [`?before=${'a'.repeat(5000)}`, 'before'],
      ['?unred=true', 'unred'],
    ];
    for (const [query, field] of cases) {
      const res = await inbox(token, query);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('invalid_payload');
      expect(
        res.body.error.details
          .map((d: { field: string; message: string }) => `${d.field} ${d.message}`)
          .join(),
        query,
      ).toContain(field);
    }
    const badId = await app.api('POST', '/api/me/notifications/42/read', { token });
    expect(badId.status).toBe(400);
    expect(badId.body.error.details[0].field).toBe('id');
  });

  it('refuses every inbox endpoint without a token', async () => {
    expect((await app.api('GET', '/api/me/notifications')).status).toBe(401);
    expect((await app.api('POST', `/api/me/notifications/${randomUUID()}/read`)).status).toBe(401);
    expect((await app.api('POST', '/api/me/notifications/read-all')).status).toBe(401);
  });
});
